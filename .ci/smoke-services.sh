#!/usr/bin/env bash
# Starts each service the way the README says (npm run start:<service>) on its own database and Kafka namespace,
# one after the other, waits for each one's health (database and broker up), then the gateway (npm run
# start:gateway) until it answers a GraphQL query, checks that each serves its metrics, then stops them all.
set -euo pipefail
: "${KAFKA_BROKERS:?needs the Kafka broker}"
admin_url="postgres://postgres@127.0.0.1:5432/postgres"
database="hyeopchi_ci_services_$$"
logs="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM -- -"$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 40); do kill -0 -- -"$pid" 2>/dev/null || break; sleep 0.25; done
  done
  psql "$admin_url" -q -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$logs"
  return 0
}
trap cleanup EXIT
psql "$admin_url" -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE $database"

port=4201
for service in civic department committee feedback; do
  if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then
    echo "something already answers on port $port; stop it first" >&2
    exit 1
  fi
  DATABASE_URL="postgres://postgres@127.0.0.1:5432/$database" KAFKA_TOPIC_NAMESPACE="ci-smoke-$$" PORT=$port \
    setsid npm run "start:$service" >"$logs/$service.log" 2>&1 &
  pids+=($!)
  healthy=""
  for _ in $(seq 1 120); do
    if health="$(curl -fsS "http://127.0.0.1:$port/health" 2>/dev/null)"; then
      healthy="$health"
      break
    fi
    kill -0 "${pids[-1]}" 2>/dev/null || break
    sleep 0.5
  done
  if [[ "$healthy" != *'"broker":"up"'* ]]; then
    echo "npm run start:$service did not become healthy within 60 s:"
    echo "$healthy"
    cat "$logs/$service.log"
    exit 1
  fi
  echo "$service answers: $healthy"
  # read whole before grep: grep -q stops reading at its match, and pipefail would take curl's broken pipe for a failure
  metrics="$(curl -fsS "http://127.0.0.1:$port/metrics")"
  if ! grep -q '^# TYPE hyeopchi_commands_total counter$' <<<"$metrics"; then
    echo "npm run start:$service serves no command metrics on /metrics"
    exit 1
  fi
  port=$((port + 1))
done

DATABASE_URL="postgres://postgres@127.0.0.1:5432/$database" KAFKA_TOPIC_NAMESPACE="ci-smoke-$$" PORT=$port \
  JWT_SECRET="ci-smoke-secret-of-at-least-thirty-two-characters" setsid npm run start:gateway >"$logs/gateway.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  if answer="$(curl -fsS -H 'content-type: application/json' -d '{"query":"{ me { subject } }"}' \
    "http://127.0.0.1:$port/graphql" 2>/dev/null)"; then
    echo "gateway answers: $answer"
    metrics="$(curl -fsS "http://127.0.0.1:$port/metrics")"
    if ! grep -q '^hyeopchi_graphql_requests_total{operation_type="query",outcome="ok"} [1-9]' <<<"$metrics"; then
      echo "npm run start:gateway did not count that query on /metrics"
      exit 1
    fi
    exit 0
  fi
  kill -0 "${pids[-1]}" 2>/dev/null || break
  sleep 0.5
done
echo "npm run start:gateway did not answer on /graphql within 60 s:"
cat "$logs/gateway.log"
exit 1
