#!/usr/bin/env bash
# The bot's resident set on issue 12's data set, as it runs in production (issue 12's "resident set under 300 MB").
# 1. A separate process seeds a LiteDB file: 10,000 AI systems owned by 2,000 people, 100,000 attestation records,
#    50,000 risks, the audit programme and 500 findings; every owner and one committee member has a personal Teams
#    chat on a local fake Connector (AimsBot.Benchmarks --seed scheduler).
# 2. The real bot (Release, src/AimsBot/bin/Release/net10.0/AimsBot.dll, no-auth local mode) runs on that file with
#    its production settings except: every hour and day working, Schedule:TickInterval=TICK (10 s), the committee
#    digest every minute (Digest:Schedule "* * * * *"), Teams sends to the fake Connector (a third process). So it
#    ticks the planner, sends the attestation/reminder campaign (one bundle per owner due) and a digest a minute.
# 3. Its VmRSS is sampled from /proc every second for SECONDS (default 300); reported: the peak sampled, the kernel's
#    high-water mark (VmHWM), and the GC heap (dotnet-counters, when /work/tools/dotnet-counters exists) at the end.
# Usage: benchmarks/memory-bot.sh [seconds]   Env: MEMORY_BOT_PORT (4721), MEMORY_CONNECTOR_PORT (4722), TICK (00:00:10),
#        MEMORY_BOT_ENV (extra VAR=value settings for the bot), MEMORY_NO_BUILD=1, MEMORY_KEEP=1 (keep the files).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
bot_port=${MEMORY_BOT_PORT:-4721}
connector_port=${MEMORY_CONNECTOR_PORT:-4722}
tick=${TICK:-00:00:10}
for port in "$bot_port" "$connector_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is in use: stop what runs there first"; exit 1; fi
done
[[ "${MEMORY_NO_BUILD:-}" == 1 ]] || for project in src/AimsBot benchmarks/AimsBot.LoadTest benchmarks/AimsBot.Benchmarks; do dotnet build -c Release -v q -nologo "$project" >/dev/null; done
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; [[ -n "${MEMORY_KEEP:-}" ]] && echo "kept $work" || rm -rf "$work"; }
trap cleanup EXIT
status_line() { awk '/VmRSS|VmHWM/ {printf "%s %d MiB  ", $1, $2/1024} END {print ""}' "/proc/$1/status"; }

echo "== seeding (its own process); load average $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores, shared)"
dotnet benchmarks/AimsBot.Benchmarks/bin/Release/net10.0/AimsBot.Benchmarks.dll --seed scheduler "$work/aimsbot.db" "http://127.0.0.1:$connector_port/"
dotnet benchmarks/AimsBot.LoadTest/bin/Release/net10.0/AimsBot.LoadTest.dll connector --port "$connector_port" --report-every 30 & pids+=($!)
until curl -s -o /dev/null "http://127.0.0.1:$connector_port/"; do sleep 0.1; done
env ASPNETCORE_ENVIRONMENT=Development Storage__Path="$work/aimsbot.db" Urls="http://127.0.0.1:$bot_port" \
  Slack__SigningSecret=load-test-signing-secret Slack__BotToken=xoxb-load-test Logging__LogLevel__Default=Warning \
  Roles__Committee__0=teams:tenant-1:committee-1 Roles__Admins__0=teams:tenant-1:owner-1 \
  Attestation__Periods__Critical=30.00:00:00 Schedule__TickInterval="$tick" Schedule__WorkingHours=00:00-24:00 \
  Schedule__WorkingDays=Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday Digest__Schedule="* * * * *" \
  ${MEMORY_BOT_ENV:-} dotnet src/AimsBot/bin/Release/net10.0/AimsBot.dll >>"$work/bot.log" 2>&1 &
bot=$!
pids+=("$bot")
echo "== bot pid $bot on 127.0.0.1:$bot_port, ticking every $tick, a digest a minute; sampling its resident set for $seconds s"
peak=0
for (( s = 1; s <= seconds; s++ )); do
  sleep 1
  kill -0 "$bot" 2>/dev/null || { echo "the bot stopped:"; tail -20 "$work/bot.log"; exit 1; }
  now_rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$bot/status")
  (( now_rss > peak )) && peak=$now_rss
  (( s % 30 == 0 )) && echo "  $s s: resident $now_rss MiB (peak $peak MiB), CPU $(awk '{printf "%.0f s", ($14+$15)/100}' "/proc/$bot/stat")"
done
if [[ -x /work/tools/dotnet-counters ]]; then
  /work/tools/dotnet-counters collect -p "$bot" --format csv -o "$work/counters.csv" --duration 00:00:05 \
    --counters System.Runtime >/dev/null 2>&1 || true
  grep -E "gc.heap.size|gc.last_collection.heap.size|gc.committed|working_set" "$work/counters.csv" 2>/dev/null | tail -8 | cut -d, -f2- || true
fi
echo "bot resident set over $seconds s: peak sampled ${peak} MiB; now $(status_line "$bot")"
grep -E "fail|rror" "$work/bot.log" | sort | uniq -c | sort -rn | head -5 || true
