#!/usr/bin/env bash
# Stops the broker started by start.sh and waits until it has exited (it flushes its logs on SIGTERM).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data="${KAFKA_DATA_DIR:-$here/data}"
pidfile="$data/broker.pid"

if [ ! -f "$pidfile" ] || ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
  echo "kafka: no broker started by this project is running"
  rm -f "$pidfile"
  exit 0
fi
pid="$(cat "$pidfile")"
kill "$pid"
for _ in $(seq 1 60); do
  kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; echo "kafka: broker stopped"; exit 0; }
  sleep 0.5
done
kill -9 "$pid" 2>/dev/null || true
rm -f "$pidfile"
echo "kafka: broker did not stop within 30 s and was killed"
