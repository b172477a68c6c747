#!/usr/bin/env bash
# npm run stack: the distributed platform without Docker. Kafka (unless KAFKA_BROKERS names one), each service
# and the gateway as separate processes on DATABASE_URL, until Ctrl-C, which stops them all.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if ((BASH_VERSINFO[0] < 4 || (BASH_VERSINFO[0] == 4 && BASH_VERSINFO[1] < 4))); then
  echo "npm run stack needs bash 4.4 or later (wait -n); this is $BASH_VERSION" >&2
  exit 1
fi

export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/hyeopchi}"
logs="${STACK_LOGS:-data/stack}"
gateway_port="${GATEWAY_PORT:-4000}"
mkdir -p "$logs"

npm run --silent build
if [ -z "${KAFKA_BROKERS:-}" ]; then
  npm run --silent kafka:start
  export KAFKA_BROKERS="127.0.0.1:9092"
fi
if command -v psql >/dev/null; then
  database="${DATABASE_URL##*/}"
  database="${database%%\?*}"
  server="${DATABASE_URL%/*}/postgres"
  if [ -z "$(psql "$server" -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" 2>/dev/null)" ]; then
    psql "$server" -q -c "CREATE DATABASE \"$database\"" && echo "created database $database"
  fi
fi

pids=()
stop() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  # each app stops by itself on SIGTERM; one that hangs is killed after 20 s
  for _ in $(seq 1 80); do
    alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.25
  done
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  echo "stack stopped (Kafka keeps running: npm run kafka:stop)"
}
trap stop EXIT
trap 'stop; exit 0' INT TERM

# start NAME PORT: runs one app in the background and waits until it answers on PORT
start() {
  local name=$1 port=$2 url=$3
  PORT=$port node "dist/apps/$name/src/main.js" >"$logs/$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do
    if curl -fsS "$url" >/dev/null 2>&1; then
      echo "$name on port $port"
      return 0
    fi
    if ! kill -0 "${pids[-1]}" 2>/dev/null; then break; fi
    sleep 0.5
  done
  echo "$name did not start; its log ($logs/$name.log):" >&2
  cat "$logs/$name.log" >&2
  exit 1
}

port=4101
for service in civic department committee feedback; do
  start "$service" "$port" "http://127.0.0.1:$port/health"
  port=$((port + 1))
done
start gateway "$gateway_port" "http://127.0.0.1:$gateway_port/health"

echo "Hyeopchi is up: GraphQL at http://localhost:$gateway_port/graphql (logs in $logs; Ctrl-C stops it)"
# until one of them stops, or we are told to
wait -n "${pids[@]}" || true
echo "a process of the stack stopped; stopping the others" >&2
exit 1
