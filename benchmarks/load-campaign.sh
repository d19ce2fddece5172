#!/usr/bin/env bash
# A campaign at platform pace (issue 12, part 8): the bot (Release, no-auth local mode) with N owners whose
# attestation is due, each with a personal Teams chat on a local fake Connector (a second process) that allows
# RATE messages a second and answers 429 Retry-After: 1 beyond it. The first planner tick queues one bundle per
# owner; the outbox sends them at Delivery:Pacing's pace. Reports the time from the first to the last message,
# calls refused and chats that got a message twice; the bot's resident set at the end.
# With KILL_AFTER=s the bot is killed (-9) s seconds into the campaign and started again on the same files:
# every owner must still get the message, and none twice beyond at-least-once (a batch in flight when killed).
# The bot's Teams pace per destination and per app (Delivery:Pacing:Teams) is set to PACE (default: RATE - 2, i.e. 48/s under
# a limit of 50/s), the setting an operator would choose for a known per-app limit.
# Usage: benchmarks/load-campaign.sh [owners] [rate]   Ports: CAMPAIGN_BOT_PORT (4711), CAMPAIGN_CONNECTOR_PORT (4712).
set -euo pipefail
cd "$(dirname "$0")/.."
owners=${1:-5000}
rate=${2:-50}
bot_port=${CAMPAIGN_BOT_PORT:-4711}
connector_port=${CAMPAIGN_CONNECTOR_PORT:-4712}
bot_url=http://127.0.0.1:$bot_port
pace=${PACE:-$(( rate - 2 ))}
for port in "$bot_port" "$connector_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is in use: stop what runs there first"; exit 1; fi
done
[[ "${CAMPAIGN_NO_BUILD:-}" == 1 ]] || for project in src/AimsBot benchmarks/AimsBot.LoadTest; do dotnet build -c Release -v q -nologo "$project" >/dev/null; done
work=$(mktemp -d)
loader=(dotnet benchmarks/AimsBot.LoadTest/bin/Release/net10.0/AimsBot.LoadTest.dll)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; [[ -n "${CAMPAIGN_KEEP:-}" ]] && echo "kept $work" || rm -rf "$work"; }
trap cleanup EXIT
rss() { awk '/VmRSS|VmHWM/ {printf "%s %d MiB  ", $1, $2/1024} END {print ""}' "/proc/$1/status"; }

"${loader[@]}" campaign-seed --db "$work/aimsbot.db" --owners "$owners" --service-url "http://127.0.0.1:$connector_port/"
start_bot() {
  env ASPNETCORE_ENVIRONMENT=Development Storage__Path="$work/aimsbot.db" Urls="$bot_url" \
    Slack__SigningSecret=load-test-signing-secret Slack__BotToken=xoxb-load-test \
    Logging__LogLevel__Default=Warning Schedule__WorkingHours=00:00-24:00 \
    Schedule__WorkingDays=Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday Schedule__TickInterval=00:00:10 \
    Delivery__Pacing__Teams__PerDestination="$pace" Delivery__Pacing__Teams__DestinationBurst="$pace" \
    Delivery__Pacing__Teams__PerApp="$pace" Delivery__Pacing__Teams__AppBurst="$pace" \
    ${CAMPAIGN_BOT_ENV:-} dotnet src/AimsBot/bin/Release/net10.0/AimsBot.dll >>"$work/bot.log" 2>&1 &
  bot=$!
  pids+=("$bot")
}
echo "== campaign: $owners owners, the Connector allowing $rate messages/s, the bot pacing at $pace/s; load average $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores, shared)"
"${loader[@]}" campaign --port "$connector_port" --rate "$rate" --expect "$owners" --timeout "${CAMPAIGN_TIMEOUT:-900}" & connector=$!
pids+=("$connector")
until curl -s -o /dev/null "http://127.0.0.1:$connector_port/"; do sleep 0.1; done
begin=$(date +%s%N)
start_bot
if [[ -n "${KILL_AFTER:-}" ]]; then
  sleep "$KILL_AFTER"
  echo "killing the bot (-9) after $KILL_AFTER s: $(rss "$bot")"
  kill -9 "$bot"; wait "$bot" 2>/dev/null || true
  start_bot
  echo "started again"
fi
peak=0
while kill -0 "$connector" 2>/dev/null; do
  now_rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$bot/status" 2>/dev/null || echo 0)
  (( now_rss > peak )) && peak=$now_rss
  sleep 1
done
wait "$connector" && status=0 || status=$?
echo "bot start to campaign end: $(( ($(date +%s%N) - begin) / 1000000 )) ms; bot resident set: peak sampled ${peak} MiB, now $(rss "$bot")"
curl -sf "$bot_url/healthz" || true; echo
grep -E "fail|rror" "$work/bot.log" | sort | uniq -c | sort -rn | head -5 || true
exit "$status"
