#!/usr/bin/env bash
# Benchmarks grade-all over a generated class: submissions per minute for --jobs 1 and --jobs 2,
# container sandbox vs process sandbox, and the seconds each kind of submission took (from the
# class summary, with bench/generate-class.sh's KINDS.txt). Needs Docker for the container rows (.ci/docker-up).
#
# Usage: bench/grade-all.sh [COUNT] [SANDBOXES] [JOBS]   defaults: 30, "process container", "1 2"
#        EXERCISES="fd-leak handshake-timer pool-sizer" bench/grade-all.sh ...   (a class of only those exercises)
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

# Seconds per kind of submission (count, mean, max) from a run's summary.csv and the class's KINDS.txt.
kind_times() {
  awk -F, 'NR == FNR { kind[$1 " " $2] = $3; next }
           FNR > 1 { sub(/ s$/, "", $NF); t = $NF + 0; k = kind[$1 " " $2]; n[k]++; sum[k] += t; if (t > max[k]) max[k] = t }
           END { for (k in n) printf "    %-16s %3d %8.1f %8.1f\n", k, n[k], sum[k] / n[k], max[k] }' \
    FS=' ' "$work/class/KINDS.txt" FS=, "$1" | sort -k3 -n -r
}

runs=()
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
    outcome=$(grep -A1 "^grade-all: .* graded, " "$log" | tr "\n" " " | sed "s/  */ /g; s/ $//")
    [ "$status" = 0 ] || outcome="exit $status: $outcome"
    awk -v s="$start" -v e="$end" -v n="$count" -v sb="$sandbox" -v j="$jobs" -v o="$outcome" \
      'BEGIN { t = e - s; printf "%-10s %4d %9.1f %16.1f   %s\n", sb, j, t, n * 60 / t, o }'
    if [ -f "$work/class/.grades/summary.csv" ]; then
      cp "$work/class/.grades/summary.csv" "$work/$sandbox-$jobs.csv"
      runs+=("$sandbox-$jobs")
    fi
  done
done
for run in "${runs[@]}"; do
  echo
  echo "seconds per submission by kind ($run): kind, count, mean, max"
  kind_times "$work/$run.csv"
done
echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (other work on the machine slows every figure)"
echo "reproduce: ${EXERCISES:+EXERCISES=\"$EXERCISES\" }bench/grade-all.sh $count \"$sandboxes\" \"$jobs_list\""
