#!/usr/bin/env bash
# Load on loopback from a second process: the bot (Release, no-auth local mode, Connector pointed at
# a local fake) and a bare endpoint that only answers 200, driven the same way in the same run.
# Then: resident memory after 10,000 registrations, time to start until ready, and a kill -9 in the
# middle of a burst followed by a check that every acknowledged activity was kept and processed.
# Usage: benchmarks/run-load.sh [rate] [seconds] [registrations]
#        benchmarks/run-load.sh --delivery [rate] [seconds] [outage-seconds]   (activity -> reply, turns/s, faults:
#        see benchmarks/load-delivery.sh)
set -euo pipefail
# benchmarks/run-load.sh shared ...: issue 15's LiteDB / PostgreSQL / two-instance run (load-shared.sh).
if [[ "${1:-}" == "shared" ]]; then shift; exec "$(dirname "$0")/load-shared.sh" "$@"; fi
cd "$(dirname "$0")/.."
if [[ "${1:-}" == "--delivery" ]]; then shift; exec benchmarks/load-delivery.sh "$@"; fi
rate=${1:-500}
seconds=${2:-20}
registrations=${3:-10000}

for port in 3978 5097 5098 5099; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is in use: stop what runs there first"; exit 1; fi
done
for project in src/AimsBot benchmarks/AimsBot.LoadTest; do dotnet build -c Release -v q -nologo "$project" >/dev/null; done
work=$(mktemp -d)
loader=(dotnet benchmarks/AimsBot.LoadTest/bin/Release/net10.0/AimsBot.LoadTest.dll)
load() { "${loader[@]}" "$@"; }
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

start_bot() {
  local begin=$(date +%s%N)
  env ASPNETCORE_ENVIRONMENT=Development Storage__Path="$work/aimsbot.db" Urls=http://127.0.0.1:3978 \
    Slack__SigningSecret=load-test-signing-secret Slack__BotToken=xoxb-load-test Slack__ApiBaseUrl=http://127.0.0.1:5098/slack/ \
    Logging__LogLevel__Default=Warning Delivery__Pacing__Enabled=false \
    dotnet src/AimsBot/bin/Release/net10.0/AimsBot.dll >>"$work/bot.log" 2>&1 &
  bot=$!
  pids+=("$bot")
  until curl -sf -o /dev/null http://127.0.0.1:3978/healthz; do
    kill -0 "$bot" 2>/dev/null || { echo "the bot did not start:"; cat "$work/bot.log"; exit 1; }
    sleep 0.01
  done
  echo "time to ready: $(( ($(date +%s%N) - begin) / 1000000 )) ms (process start to first healthy answer)"
}
# Waits (at most 20 minutes) until the bot has processed every queued turn and sent every reply,
# and reports how fast the backlog went down (turns run end to end per second).
drain() {
  local begin=$(date +%s%N) health first="" elapsed
  for _ in $(seq 1 12000); do
    health=$(curl -sf http://127.0.0.1:3978/healthz) || true
    [[ -z "$first" ]] && first=$(grep -o '"inboxPending":[0-9]*' <<<"$health" | cut -d: -f2)
    if grep -q '"inboxPending":0,"outboxPending":0' <<<"$health"; then
      elapsed=$(( ($(date +%s%N) - begin) / 1000000 ))
      echo "queues drained in $elapsed ms: ${first:-0} turns pending at the start, $(( ${first:-0} * 1000 / (elapsed + 1) )) turns/s: $health"
      return 0
    fi
    sleep 0.1
  done
  echo "queues not drained after 20 minutes: $health"; return 1
}
rss() { awk '/VmRSS|VmHWM/ {printf "%s %d MiB  ", $1, $2/1024} END {print ""}' "/proc/$1/status"; }

"${loader[@]}" connector --port 5098 & pids+=($!)
"${loader[@]}" bare --port 5099 & pids+=($!)
until curl -sf -o /dev/null http://127.0.0.1:5099/healthz; do sleep 0.05; done
start_bot

echo "== fixed rate: $rate activities/s for $seconds s (latency = time to acknowledge, from the scheduled send)"
load load --name bot --url http://127.0.0.1:3978/api/messages --rate "$rate" --seconds "$seconds" --service-url http://127.0.0.1:5098/
load load --name bare --url http://127.0.0.1:5099/api/messages --rate "$rate" --seconds "$seconds"
echo "== throughput ceiling: 64 concurrent senders for 10 s"
load load --name bot --url http://127.0.0.1:3978/api/messages --rate 0 --concurrency 64 --seconds 10 --service-url http://127.0.0.1:5098/
load load --name bare --url http://127.0.0.1:5099/api/messages --rate 0 --concurrency 64 --seconds 10

echo "== Slack: signed slash commands, $rate/s for $seconds s, then 64 concurrent senders for 10 s"
load slash --name bot --url http://127.0.0.1:3978/api/slack/commands --rate "$rate" --seconds "$seconds"
load slash --name bare --url http://127.0.0.1:5099/api/slack/commands --rate "$rate" --seconds "$seconds"
load slash --name bot --url http://127.0.0.1:3978/api/slack/commands --rate 0 --concurrency 64 --seconds 10
load slash --name bare --url http://127.0.0.1:5099/api/slack/commands --rate 0 --concurrency 64 --seconds 10

drain
echo "== memory: $registrations registrations through the chat flow"
echo -n "before: "; rss "$bot"
load register --url http://127.0.0.1:3978/api/messages --count "$registrations" --concurrency 64 --connector-port 5097
echo -n "after:  "; rss "$bot"

echo "== kill -9 in the middle of a burst, restart, verify"
load load --name burst --url http://127.0.0.1:3978/api/messages --rate 1000 --seconds 6 --service-url http://127.0.0.1:5098/ --acked-file "$work/acked.txt" --warmup 0 || true &
burst=$!
sleep 3
kill -9 "$bot"
wait "$burst" || true
start_bot
drain
kill "$bot"; wait "$bot" 2>/dev/null || true
load verify-inbox --db "$work/aimsbot.db" --acked "$work/acked.txt"
rm -rf "$work"
