#!/usr/bin/env bash
# Delivery under load (issue 13), on loopback and on ports of its own (so it can run beside run-load.sh):
#  1. activity -> reply at a fixed rate (the load driver is the Connector and matches each reply to its
#     activity), with the bare endpoint's acknowledgements at the same rate;
#  2. turns processed per second: while 64 senders fill the inbox, then a backlog run alone after a restart;
#  3. a Connector outage for a set time during load: replies delivered, duplicated, missing, dead-lettered;
#  4. the inbox file deleted between runs: how many new messages are answered, what /healthz says.
# Usage: benchmarks/load-delivery.sh [rate] [seconds] [outage-seconds]   (or run-load.sh --delivery ...)
# Ports: DELIVERY_BOT_PORT (3988), DELIVERY_REPLY_PORT (5088), DELIVERY_BARE_PORT (5089), DELIVERY_CONNECTOR_PORT (5090).
# DELIVERY_PARTS picks the parts (default "latency turns outage inbox"); DELIVERY_OUTAGE_RATE (20/s);
# LOAD_IDS=guid: random GUID message ids (as the Agents Playground sends) instead of Teams' own (milliseconds since 1970).
# DELIVERY_WARMUP: seconds of load at half the rate before part 1 is measured (30; 0 measures a bot just started).
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-1000}
seconds=${2:-20}
outage=${3:-30}
warmup=${DELIVERY_WARMUP:-30}
bot_port=${DELIVERY_BOT_PORT:-3988}
reply_port=${DELIVERY_REPLY_PORT:-5088}
bare_port=${DELIVERY_BARE_PORT:-5089}
connector_port=${DELIVERY_CONNECTOR_PORT:-5090}
bot_url=http://127.0.0.1:$bot_port

for port in "$bot_port" "$reply_port" "$bare_port" "$connector_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is in use: stop what runs there first"; exit 1; fi
done
for project in src/AimsBot benchmarks/AimsBot.LoadTest; do dotnet build -c Release -v q -nologo "$project" >/dev/null; done
work=$(mktemp -d)
loader=(dotnet benchmarks/AimsBot.LoadTest/bin/Release/net10.0/AimsBot.LoadTest.dll)
load() { "${loader[@]}" "$@"; }
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

load_average() { echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores, shared with other engineers' builds and tests)"; }
health() { curl -sf "$bot_url/healthz" || true; }
field() { grep -o "\"$1\":[0-9]*" <<<"$2" | cut -d: -f2; }

delivery_start_bot() {
  env ASPNETCORE_ENVIRONMENT=Development Storage__Path="$work/aimsbot.db" Urls="$bot_url" \
    Slack__SigningSecret=load-test-signing-secret Slack__BotToken=xoxb-load-test Slack__ApiBaseUrl="http://127.0.0.1:$reply_port/slack/" \
    Logging__LogLevel__Default=Warning Delivery__Pacing__Enabled=false \
    dotnet src/AimsBot/bin/Release/net10.0/AimsBot.dll >>"$work/bot.log" 2>&1 &
  bot=$!
  pids+=("$bot")
  until curl -sf -o /dev/null "$bot_url/healthz"; do
    kill -0 "$bot" 2>/dev/null || { echo "the bot did not start:"; cat "$work/bot.log"; exit 1; }
    sleep 0.01
  done
}

delivery_stop_bot() { kill "$bot"; wait "$bot" 2>/dev/null || true; }

# Waits (at most 20 minutes) until no turn waits; prints how many waited and how fast they went.
delivery_drain() {
  local begin=$(date +%s%N) h first="" elapsed
  # Five looks a second: each /healthz counts the waiting replies, work the drain would otherwise do.
  for _ in $(seq 1 6000); do
    h=$(health)
    [[ -z "$first" ]] && first=$(field inboxPending "$h")
    if [[ "$(field inboxPending "$h")" == "0" ]]; then
      elapsed=$(( ($(date +%s%N) - begin) / 1000000 ))
      echo "inbox drained in $elapsed ms: ${first:-0} turns waited, $(( ${first:-0} * 1000 / (elapsed + 1) )) turns/s"
      return 0
    fi
    sleep 0.2
  done
  echo "inbox not drained after 20 minutes: $h"; return 1
}

# Waits (at most 10 minutes) until no reply waits either, so that the next part does not queue behind this one's.
delivery_settle() {
  local h
  for _ in $(seq 1 3000); do
    h=$(health)
    [[ "$(field outboxPending "$h")" == "0" ]] && return 0
    sleep 0.2
  done
  echo "outbox not empty after 10 minutes: $h"
}

delivery_reply_latency() {
  # A bot that has run for a while: the JIT has recompiled the hot paths (tiered compilation burns a third of a
  # core for the first half minute or so), and the stores have their pages cached. The warm-up runs in the
  # measuring process itself, so that its Connector is warm too when the measured part starts.
  (( warmup > 0 )) && echo "== warm-up: $(( rate / 2 )) activities/s for $warmup s (not measured)"
  echo "== activity -> reply: $rate activities/s for $seconds s; $(load_average)"
  load load --name bot --url "$bot_url/api/messages" --rate "$rate" --seconds "$seconds" --reply-port "$reply_port" \
    --warmup-seconds "$warmup" --warmup-rate "$(( rate / 2 ))" || true
  load load --name bare --url "http://127.0.0.1:$bare_port/api/messages" --rate "$rate" --seconds "$seconds" || true
  delivery_drain
}

delivery_turns_per_second() {
  echo "== turns processed per second; $(load_average)"
  local before after pending
  before=$(field inboxPending "$(health)")
  load load --name bot --url "$bot_url/api/messages" --rate 0 --concurrency 64 --seconds 10 --service-url "http://127.0.0.1:$connector_port/" --warmup 0 | tee "$work/ceiling.txt" || true
  pending=$(field inboxPending "$(health)")
  after=$(grep -o 'ok *[0-9]*' "$work/ceiling.txt" | grep -o '[0-9]*$')
  echo "while acknowledging: $(( (after + before - pending) / 10 )) turns/s processed (acknowledged $after in 10 s, $pending waiting at the end)"
  load load --name bare --url "http://127.0.0.1:$bare_port/api/messages" --rate 0 --concurrency 64 --seconds 10 --warmup 0 || true
  echo "backlog alone: the bot stopped and started again with the $pending turns waiting"
  delivery_stop_bot
  delivery_start_bot
  delivery_drain
  delivery_settle
}

delivery_outage() {
  local outage_rate=${DELIVERY_OUTAGE_RATE:-20} h
  echo "== Connector outage: $outage_rate activities/s for $(( outage + 20 )) s, the Connector refusing every send (503, every tenth 429 Retry-After 3) from 5 s for $outage s; $(load_average)"
  load load --name outage --url "$bot_url/api/messages" --rate "$outage_rate" --seconds "$(( outage + 20 ))" --reply-port "$reply_port" \
    --outage-at 5 --outage-seconds "$outage" --reply-wait 300 --warmup 0 || true
  h=$(health)
  echo "dead-lettered: $(field outboxDead "$h"), still pending: $(field outboxPending "$h")"
}

delivery_inbox_deleted() {
  echo "== inbox file deleted between runs; $(load_average)"
  delivery_drain
  delivery_stop_bot
  rm -f "$work/aimsbot.inbox.db" "$work/aimsbot.inbox-log.db"
  delivery_start_bot
  load load --name new-inbox --url "$bot_url/api/messages" --rate 20 --seconds 5 --reply-port "$reply_port" --reply-wait 60 --warmup 0 || true
  echo "healthz after the restart: $(health)"
}

# Started directly (not through the function), so $! is the process itself and the cleanup stops it.
"${loader[@]}" bare --port "$bare_port" & pids+=($!)
"${loader[@]}" connector --port "$connector_port" & pids+=($!)
until curl -sf -o /dev/null "http://127.0.0.1:$bare_port/healthz"; do sleep 0.05; done
delivery_start_bot
parts=${DELIVERY_PARTS:-latency turns outage inbox}
[[ " $parts " == *" latency "* ]] && delivery_reply_latency
[[ " $parts " == *" turns "* ]] && delivery_turns_per_second
[[ " $parts " == *" outage "* ]] && delivery_outage
[[ " $parts " == *" inbox "* ]] && delivery_inbox_deleted
delivery_stop_bot
