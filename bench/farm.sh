#!/usr/bin/env bash
# Benchmarks the grading farm on this machine: grades bench/generate-class.sh's submissions with 1 worker, then
# with 2 workers (each a JVM with --jobs 1, process sandbox), through RabbitMQ and PostgreSQL on 127.0.0.1, and
# prints submissions per minute for each and the speed-up. Each run uses its own queue and schema, removed after.
#
# Usage: bench/farm.sh [COUNT] [WORKERS...]   defaults: 30, "1 2"
# Needs: RabbitMQ on 127.0.0.1:5672 (guest/guest) and PostgreSQL on 127.0.0.1:5432 (user postgres, database test).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-30}
shift || true
worker_counts=${*:-1 2}
work=$(mktemp -d "${TMPDIR:-/tmp}/loopback-farm-bench.XXXXXX")
pids=()
stop_workers() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
}
trap 'stop_workers; rm -rf "$work"' EXIT

bench/generate-class.sh "$work/class" "$count"
echo "bench: compiling the runner" >&2
mvn -q -B -pl runner -am compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=runtime >&2
classpath="runner/target/classes:$(cat "$work/cp.txt")"
runner() { COLUMNS=400 java -Dloopback.home="$PWD" -cp "$classpath" dev.loopback.runner.Main "$@"; }
# A worker runs in the background: exec, so "$!" is the worker JVM itself and stop_workers' TERM reaches it (without
# exec, "$!" is the subshell running the function and TERM left the JVM running after the bench).
worker() { COLUMNS=400 exec java -Dloopback.home="$PWD" -cp "$classpath" dev.loopback.runner.Main worker "$@"; }

echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | sed -n 1p), load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %9s %16s   %s\n' workers seconds submissions/min outcome
first=""
for workers in $worker_counts; do
  tag="bench_$(date +%s)_$workers"
  broker="amqp://guest:guest@127.0.0.1:5672/?queue=loopback.grade.$tag"
  db="postgresql://postgres@127.0.0.1:5432/test?schema=$tag"
  rm -rf "$work/class/.grades"
  for i in $(seq "$workers"); do
    worker --broker "$broker" --db "$db" --sandbox process --jobs 1 >"$work/worker-$workers-$i.log" 2>&1 &
    pids+=("$!")
  done
  for i in $(seq "$workers"); do
    until grep -q ': consuming ' "$work/worker-$workers-$i.log"; do
      kill -0 "${pids[$((i - 1))]}" 2>/dev/null || { echo "bench: worker $i did not start:" >&2; cat "$work/worker-$workers-$i.log" >&2; exit 1; }
      sleep 0.2
    done
  done
  log="$work/grade-all-$workers.log"
  start=$(date +%s.%N)
  status=0
  runner grade-all "$work/class" --broker "$broker" --db "$db" --wait >/dev/null 2>"$log" || status=$?
  end=$(date +%s.%N)
  stop_workers
  outcome=$(tail -n 1 "$log")
  [ "$status" = 0 ] || outcome="exit $status: $outcome"
  rate=$(awk -v s="$start" -v e="$end" -v n="$count" 'BEGIN { printf "%.1f", n * 60 / (e - s) }')
  awk -v s="$start" -v e="$end" -v w="$workers" -v r="$rate" -v o="$outcome" \
    'BEGIN { printf "%-8d %9.1f %16s   %s\n", w, e - s, r, o }'
  [ -n "$first" ] || first=$rate
  if [ "$first" != "$rate" ]; then
    awk -v a="$first" -v b="$rate" -v w="$workers" 'BEGIN { printf "speed-up with %d workers: %.2fx (target >= 1.6x for 2)\n", w, b / a }'
  fi
  PGOPTIONS=--client-min-messages=warning psql -q -h 127.0.0.1 -U postgres test -c "DROP SCHEMA IF EXISTS $tag CASCADE" >/dev/null
  /usr/sbin/rabbitmqctl -q delete_queue "loopback.grade.$tag" >/dev/null 2>&1 || true
  /usr/sbin/rabbitmqctl -q delete_queue "loopback.grade.$tag.dead" >/dev/null 2>&1 || true
done
echo "reproduce: bench/farm.sh $count $worker_counts"
