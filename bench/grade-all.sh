#!/usr/bin/env bash
# Benchmarks grade-all over a generated class: submissions per minute for --jobs 1 and --jobs 2,
# container sandbox vs process sandbox. Needs Docker for the container rows (.ci/docker-up).
#
# Usage: bench/grade-all.sh [COUNT] [SANDBOXES] [JOBS]   defaults: 30, "process container", "1 2"
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-30}
sandboxes=${2:-process container}
jobs_list=${3:-1 2}
work=$(mktemp -d "${TMPDIR:-/tmp}/loopback-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

bench/generate-class.sh "$work/class" "$count"
echo "bench: compiling the runner" >&2
mvn -q -B -pl runner -am compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=runtime >&2
classpath="runner/target/classes:$(cat "$work/cp.txt")"
export TESTCONTAINERS_RYUK_DISABLED=true
if [ -f /.dockerenv ]; then export TESTCONTAINERS_HOST_OVERRIDE=localhost; fi

printf '%-10s %4s %9s %16s   %s\n' sandbox jobs seconds submissions/min outcome
for sandbox in $sandboxes; do
  for jobs in $jobs_list; do
    rm -rf "$work/class/.grades"
    log="$work/$sandbox-$jobs.log"
    start=$(date +%s.%N)
    status=0
    java -Dloopback.home="$PWD" -cp "$classpath" dev.loopback.runner.Main \
      grade-all "$work/class" --sandbox "$sandbox" --jobs "$jobs" >/dev/null 2>"$log" || status=$?
    end=$(date +%s.%N)
    outcome=$(tail -1 "$log")
    [ "$status" = 0 ] || outcome="exit $status: $outcome"
    awk -v s="$start" -v e="$end" -v n="$count" -v sb="$sandbox" -v j="$jobs" -v o="$outcome" \
      'BEGIN { t = e - s; printf "%-10s %4d %9.1f %16.1f   %s\n", sb, j, t, n * 60 / t, o }'
  done
done
