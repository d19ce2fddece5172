#!/usr/bin/env bash
# Issue 15 on loopback: AimsBot on LiteDB, on PostgreSQL, and as two instances on one PostgreSQL, in
# one run, with a bare endpoint for scale; then kill -9 of one of two instances mid-burst and a check
# that nothing acknowledged was lost, no turn ran twice and no conversation ran out of order.
# Starts a throwaway PostgreSQL cluster of its own (as .ci/run does) on a free loopback port and stops it.
# Usage: benchmarks/run-load.sh shared [seconds] [fixed rate]   (or this file directly)
# Ports: SHARED_PORT_BASE (default 6100) +1..+3 bots, +95..+99 fake Connectors and the bare endpoint.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
fixed=${2:-200}
base=${SHARED_PORT_BASE:-6100}
bot_a=$((base + 1)); bot_b=$((base + 2)); bot_lite=$((base + 3)); connector=$((base + 98)); bare=$((base + 99))
for port in $bot_a $bot_b $bot_lite $connector $bare $((base + 95)) $((base + 96)) $((base + 97)); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is in use: set SHARED_PORT_BASE"; exit 1; fi
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; command: $0 $seconds $fixed"
# SHARED_NO_BUILD=1 uses the Release binaries already built; SHARED_ONLY=crash runs only the kill -9 check.
if [[ -z "${SHARED_NO_BUILD:-}" ]]; then
  for project in src/AimsBot benchmarks/AimsBot.LoadTest; do dotnet build -c Release -v q -nologo "$project" >/dev/null; done
fi
only=${SHARED_ONLY:-all}
crash_rate=${SHARED_CRASH_RATE:-500}
work=$(mktemp -d)
loader=(dotnet benchmarks/AimsBot.LoadTest/bin/Release/net10.0/AimsBot.LoadTest.dll)
load() { "${loader[@]}" "$@"; }
pids=()

# --- PostgreSQL: a cluster of our own (the postgres user owns it when we are root), stopped on exit.
pg_bin() { for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }; done; dirname "$(command -v initdb)"; }
bin=$(pg_bin)
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
as_owner=()
if [ "$(id -u)" -eq 0 ]; then chown postgres "$work"; chmod 755 "$work"; as_owner=(runuser -u postgres --); fi
"${as_owner[@]}" "$bin/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 >"$work/initdb.log" 2>&1
"${as_owner[@]}" "$bin/pg_ctl" -D "$work/pg" -w -l "$work/pg.log" -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1 -c max_connections=300 -c synchronous_commit=on" start >/dev/null
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  "${as_owner[@]}" "$bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
cs() { echo "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$1;Maximum Pool Size=50"; }
newdb() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE $1" >/dev/null; }

# start_instance <name> <port> <LiteDb|PostgreSql> <database>: a Release bot in the no-auth local mode,
# pacing off (the fake Connector has no limits), logs in $work/<name>.log; its pid in $started.
start_instance() {
  local name=$1 port=$2 provider=$3 db=$4
  env ASPNETCORE_ENVIRONMENT=Development Urls="http://127.0.0.1:$port" Storage__Provider="$provider" \
    Storage__Path="$work/$name/aimsbot.db" ConnectionStrings__AimsBot="$(cs "$db")" Delivery__Pacing__Enabled=false \
    Schedule__Enabled=false Logging__LogLevel__Default=Warning \
    dotnet src/AimsBot/bin/Release/net10.0/AimsBot.dll >>"$work/$name.log" 2>&1 &
  started=$!
  pids+=("$started")
  until curl -sf -o /dev/null "http://127.0.0.1:$port/healthz"; do
    kill -0 "$started" 2>/dev/null || { echo "$name did not start:"; cat "$work/$name.log"; exit 1; }
    sleep 0.05
  done
}
url() { echo "http://127.0.0.1:$1/api/messages"; }
# The standalone fake Connector answers the ceiling runs' replies; shared-load hosts its own to time them.
"${loader[@]}" connector --port "$connector" & pids+=($!)
"${loader[@]}" bare --port "$bare" & pids+=($!)
until curl -sf -o /dev/null "http://127.0.0.1:$bare/healthz"; do sleep 0.05; done

# drain <port>: waits (at most 15 minutes) until the shared queues are empty; turns per second from the
# backlog at the start (the acknowledged-but-not-run turns) to empty.
drain() {
  local begin=$(date +%s%N) health first="" elapsed
  for _ in $(seq 1 9000); do
    health=$(curl -sf "http://127.0.0.1:$1/healthz") || true
    [[ -z "$first" ]] && first=$(grep -o '"inboxPending":[0-9]*' <<<"$health" | cut -d: -f2)
    if grep -q '"inboxPending":0,"outboxPending":0' <<<"$health"; then
      elapsed=$(( ($(date +%s%N) - begin) / 1000000 ))
      echo "queues drained in $elapsed ms: ${first:-0} turns pending at the start, $(( ${first:-0} * 1000 / (elapsed + 1) )) turns/s processed (replies sent too)"
      return 0
    fi
    sleep 0.1
  done
  echo "queues not drained after 15 minutes: $health"; return 1
}

# bench <label> <port,...>: acknowledgement ceiling (64 senders split over the instances, 5 s), turns
# processed per second while that backlog drains, then activity-to-reply latency at $fixed/s for $seconds s.
bench() {
  local label=$1 n=0 ceiling=() urls=""
  IFS=',' read -ra ports <<<"$2"
  for port in "${ports[@]}"; do urls="$urls${urls:+,}$(url "$port")"; done
  echo "== $label: acknowledgement ceiling, 64 concurrent senders for 5 s (load average $(cut -d' ' -f1 /proc/loadavg))"
  local per=$((64 / ${#ports[@]}))
  for port in "${ports[@]}"; do
    load load --name "$label-$n" --url "$(url "$port")" --rate 0 --concurrency "$per" --seconds 5 --service-url "http://127.0.0.1:$connector/" & ceiling+=($!)
    n=$((n + 1))
  done
  for p in "${ceiling[@]}"; do wait "$p" || true; done
  echo "== $label: the backlog drains (load average $(cut -d' ' -f1 /proc/loadavg))"
  drain "${ports[0]}" || true
  echo "== $label: $fixed/s for $seconds s round-robin, time from activity to reply (load average $(cut -d' ' -f1 /proc/loadavg))"
  load shared-load --name "$label" --urls "$urls" --rate "$fixed" --seconds "$seconds" --connector-port $((base + 96)) --user-offset 2000 --reply-wait 300 || true
}

if [[ "$only" != crash ]]; then
echo "== bare endpoint (for scale)"
load load --name bare --url "$(url $bare)" --rate 0 --concurrency 64 --seconds 10
load load --name bare --url "$(url $bare)" --rate "$fixed" --seconds "$seconds"

start_instance lite $bot_lite LiteDb none; lite=$started
bench "litedb" "$bot_lite"
kill -9 "$lite"

newdb bench1
start_instance pg1 $bot_a PostgreSql bench1; one=$started
bench "pg-1" "$bot_a"
kill -9 "$one"

newdb bench2
start_instance pg2a $bot_a PostgreSql bench2; a=$started
start_instance pg2b $bot_b PostgreSql bench2; b=$started
bench "pg-2" "$bot_a,$bot_b"
kill -9 "$a" "$b"
fi

echo "== two instances on one PostgreSQL, round-robin at $crash_rate/s for 12 s; kill -9 of one after 8 s"
newdb crash
start_instance crash-a $bot_a PostgreSql crash; a=$started
start_instance crash-b $bot_b PostgreSql crash; b=$started
for port in $bot_a $bot_b; do # warm both instances' message path first (a cold one answers nothing for seconds on a busy machine)
  load load --name warm --url "$(url "$port")" --rate 0 --concurrency 4 --seconds 3 --warmup 20 --service-url "http://127.0.0.1:$connector/" || true
done
load shared-load --name crash --urls "$(url $bot_a),$(url $bot_b)" --rate "$crash_rate" --seconds 12 --connector-port $((base + 95)) \
  --user-offset 3000 --acked-file "$work/acked.txt" --reply-wait 300 &
driver=$!
sleep 8
kill -9 "$a"
echo "killed instance A (pid $a) at $(date +%T)"
wait "$driver" || true
drain "$bot_b" || true # the survivor runs what the dead one held (its leased replies wait for their lease)
load verify-shared --connection "$(cs crash)" --acked "$work/acked.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
