#!/usr/bin/env bash
# Starts a single-node Apache Kafka 3.9 broker in KRaft mode on 127.0.0.1:9092 (KAFKA_PORT; its controller
# listens on KAFKA_CONTROLLER_PORT, 9093). KAFKA_ADVERTISED_PORT, the port clients are told to connect to after
# bootstrapping, defaults to KAFKA_PORT; the chaos suite sets it to a fault proxy's port in front of the broker.
# The jars come from Maven Central (pom.xml); data and logs stay in git-ignored folders.
# Idempotent: a broker already answering is left alone.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data="${KAFKA_DATA_DIR:-$here/data}"
partitions="${KAFKA_TOPIC_PARTITIONS:-6}"
port="${KAFKA_PORT:-9092}"
controller_port="${KAFKA_CONTROLLER_PORT:-9093}"
advertised_port="${KAFKA_ADVERTISED_PORT:-$port}"

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

if answers; then
  echo "kafka: a broker already answers on 127.0.0.1:$port"
  exit 0
fi

if [ ! -f "$here/lib/kafka_2.13-3.9.1.jar" ]; then
  echo "kafka: fetching the broker's jars from Maven Central"
  mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies -DoutputDirectory="$here/lib" -DincludeScope=runtime
fi

mkdir -p "$data/logs"
config="$data/server.properties"
{
  cat "$here/server.properties"
  echo "listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port"
  echo "advertised.listeners=PLAINTEXT://127.0.0.1:$advertised_port"
  echo "controller.quorum.voters=1@127.0.0.1:$controller_port"
  echo "log.dirs=$data/logs"
  echo "num.partitions=$partitions"
} >"$config"

java_cmd=(java -Xms256m -Xmx768m -XX:+UseG1GC -Djava.awt.headless=true
  "-Dlog4j.configuration=file:$here/log4j.properties" -cp "$here/lib/*")

if [ ! -f "$data/logs/meta.properties" ]; then
  cluster_id="$("${java_cmd[@]}" kafka.tools.StorageTool random-uuid)"
  "${java_cmd[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$config" --ignore-formatted >/dev/null
fi

nohup "${java_cmd[@]}" kafka.Kafka "$config" >"$data/broker.log" 2>&1 &
echo $! >"$data/broker.pid"

for _ in $(seq 1 120); do
  if ! kill -0 "$(cat "$data/broker.pid")" 2>/dev/null; then
    echo "kafka: the broker exited during start-up; last lines of $data/broker.log:" >&2
    tail -n 30 "$data/broker.log" >&2
    exit 1
  fi
  if answers && grep -q "Kafka Server started" "$data/broker.log"; then
    echo "kafka: broker started on 127.0.0.1:$port (pid $(cat "$data/broker.pid"), data in $data)"
    exit 0
  fi
  sleep 0.5
done
echo "kafka: the broker did not answer within 60 s; see $data/broker.log" >&2
exit 1
