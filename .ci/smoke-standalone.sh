#!/usr/bin/env bash
# Starts the platform the way the README says (npm start, embedded defaults, a fresh data folder in the checkout),
# waits for its health endpoint, and stops it. Fails if it does not answer within a minute.
set -euo pipefail
data="data/ci-smoke"
log="$(mktemp)"
rm -rf "$data"
if curl -fsS http://127.0.0.1:4100/health >/dev/null 2>&1; then
  echo "something already answers on port 4100; stop it first" >&2
  exit 1
fi
# Its own process group, so that stopping it stops node and the embedded PostgreSQL, not only npm.
# The embedded defaults: whatever CI exported for the tests (DATABASE_URL, KAFKA_BROKERS) is not passed on.
env -u DATABASE_URL -u KAFKA_BROKERS EMBEDDED_POSTGRES_DIR="$data" PORT=4100 EMBEDDED_POSTGRES_PORT=54400 \
  setsid npm start >"$log" 2>&1 &
pid=$!
cluster=""
cleanup() {
  kill -TERM -- -$pid 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 -- -$pid 2>/dev/null || break; sleep 0.25; done
  # /health does not say where the cluster is; the start-up line does
  cluster="$(sed -n 's/.*(embedded PostgreSQL in \([^,]*\), .*/\1/p' "$log" | head -n 1)"
  rm -rf "$data" "$log"
  [ -n "$cluster" ] && rm -rf "$cluster"
  return 0
}
trap cleanup EXIT
for _ in $(seq 1 120); do
  if health="$(curl -fsS http://127.0.0.1:4100/health 2>/dev/null)"; then
    echo "standalone answers: $health"
    if ! curl -fsS http://127.0.0.1:4100/ | grep -q '<div id="root">'; then
      echo "the web app is not served at http://127.0.0.1:4100/" >&2
      exit 1
    fi
    echo "the web app is served at /"
    exit 0
  fi
  kill -0 $pid 2>/dev/null || { echo "npm start exited:"; cat "$log"; exit 1; }
  sleep 0.5
done
echo "npm start did not answer on /health within 60 s:"
cat "$log"
exit 1
