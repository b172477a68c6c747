#!/usr/bin/env bash
# The README's distributed command: `npm run stack` on a fresh database, then a token from `npx hyeopchi token`, a
# mutation through the gateway that reads back what it wrote, and Ctrl-C (SIGINT) stops every process.
set -euo pipefail
: "${KAFKA_BROKERS:?needs the Kafka broker}"
admin_url="postgres://postgres@127.0.0.1:5432/postgres"
database="hyeopchi_ci_stack_$$"
logs="$(mktemp -d)"
out="$logs/stack.out"
DATABASE_URL="postgres://postgres@127.0.0.1:5432/$database" KAFKA_TOPIC_NAMESPACE="ci-stack-$$" STACK_LOGS="$logs" \
  GATEWAY_PORT=4600 setsid npm run stack >"$out" 2>&1 &
pid=$!
cleanup() {
  kill -INT -- -"$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 -- -"$pid" 2>/dev/null || break; sleep 0.25; done
  psql "$admin_url" -q -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$logs"
  return 0
}
trap cleanup EXIT

for _ in $(seq 1 240); do
  grep -q "Hyeopchi is up" "$out" && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
if ! grep -q "Hyeopchi is up" "$out"; then
  echo "npm run stack did not come up:"
  cat "$out" "$logs"/*.log
  exit 1
fi
token="$(node bin/hyeopchi.js token --sub ci-kim --role cso_admin)"
mutation='{"query":"mutation { registerOrganization(input: {organizationId: \"ci-org\", name: \"CI network\", district: \"Mapo-gu\"}) { __typename ... on CommandAccepted { visible organization { name } } ... on CommandRefused { code message } } }"}'
answer="$(curl -fsS -H 'content-type: application/json' -H "authorization: Bearer $token" -d "$mutation" http://127.0.0.1:4600/graphql)"
echo "gateway answers: $answer"
[[ "$answer" == *'"visible":true,"organization":{"name":"CI network"}'* ]]

kill -INT -- -"$pid"
for _ in $(seq 1 60); do kill -0 -- -"$pid" 2>/dev/null || break; sleep 0.25; done
if kill -0 -- -"$pid" 2>/dev/null; then
  echo "npm run stack did not stop on Ctrl-C" >&2
  exit 1
fi
echo "stack stopped on Ctrl-C"
