#!/usr/bin/env bash
# Submit-to-report wall time of the pool-sizer reference solution beside `mvn -q -o test` of the same
# hidden tests (its plugins and dependencies resolved online once, not timed):
#   cold     the first submit of a runner whose shell has been open for 2 s (its sandbox started ahead),
#   one-shot the first submit of a fresh JVM with nothing started ahead (`submit` as one command),
#   warm     the 10th and later submits in one runner, 2 s apart (a learner edits between submits),
#            and back to back (reported, no target).
# Prints the figures and the ratio; exits 1 when a target is missed (2 when the Maven baseline fails):
# warm median < 150 ms, cold median < 600 ms, Maven at least 15x slower than a warm submit.
# The runner JVMs get the options of .mvn/jvm.config, as the course's runner runs inside Maven's JVM
# (mvn compile exec:java); BENCH_JAVA_OPTS adds more.
# Reproduce: bench/submit.sh [runs]   (default 10 runs per figure, Maven 3 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUNS=${1:-10}
EXERCISE=pool-sizer
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Not timed, so online: a fresh machine's Maven cache may lack the build's plugins and dependencies.
echo "bench: building the grader (quiet)" >&2
mvn -q -B -pl grader/support,grader test-compile dependency:build-classpath \
    -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >&2
CP="$(cat "$WORK/cp.txt"):$ROOT/grader/target/classes:$ROOT/grader/target/test-classes"
SOURCES="$ROOT/grader/exercises/$EXERCISE/solution"
JVM_CONFIG=$(cat .mvn/jvm.config 2>/dev/null || true)
bench() { java $JVM_CONFIG ${BENCH_JAVA_OPTS:-} -cp "$CP" dev.loopback.grader.bench.SubmitBench "$1" "$ROOT" "$EXERCISE" "$SOURCES" "$WORK/state" ${2:-} ${3:-}; }

echo "bench: priming the compiled-test cache and the class-sharing archive (not counted)" >&2
bench oneshot >/dev/null
echo "bench: $RUNS cold submits, each in a fresh runner whose shell has been open for 2 s" >&2
COLD=$(for _ in $(seq "$RUNS"); do bench cold; done | median)
echo "bench: $RUNS one-shot submits, each in a fresh JVM with nothing started ahead" >&2
ONESHOT=$(for _ in $(seq "$RUNS"); do bench oneshot; done | median)
echo "bench: warm submits 2 s apart (median of the 10th to the $((9 + RUNS))th in one runner)" >&2
WARM=$(bench warm "$RUNS" 2000)
echo "bench: warm submits back to back (median of the 10th to the $((9 + RUNS))th in one runner)" >&2
BURST=$(bench warm "$RUNS" 0)

echo "bench: Maven baseline: mvn -q -o test of the same hidden tests against the same reference" >&2
MVN_PROJECT="$WORK/maven"
mkdir -p "$MVN_PROJECT/src/main/java" "$MVN_PROJECT/src/test/java"
cp -r "$SOURCES"/. "$MVN_PROJECT/src/main/java/"
cp -r "$ROOT/grader/exercises/$EXERCISE/tests"/. "$MVN_PROJECT/src/test/java/"
cp -r "$ROOT/grader/support/src/main/java/dev" "$MVN_PROJECT/src/test/java/"
rm -rf "$MVN_PROJECT/src/test/java/dev/loopback/sandbox"
cat > "$MVN_PROJECT/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>maven-baseline</artifactId><version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId>
      <version>6.1.3</version><scope>test</scope></dependency>
  </dependencies>
  <build><plugins>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-surefire-plugin</artifactId><version>3.6.1</version></plugin>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.16.0</version></plugin>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.5.0</version></plugin>
  </plugins></build>
</project>
POM
# Once online and not timed: resolves surefire, its JUnit provider and the other plugins on a machine whose
# Maven cache has never seen them (an offline first run fails there), and checks that the baseline passes.
echo "bench: resolving the baseline's plugins and dependencies (online, not timed)" >&2
(cd "$MVN_PROJECT" && mvn -q -B -Dstyle.color=never test >"$WORK/maven-online.log" 2>&1) \
  || { tail -20 "$WORK/maven-online.log" >&2; echo "bench: the Maven baseline project does not pass (its last 20 lines of output are above)" >&2; exit 2; }
MAVEN=$(for _ in 1 2 3; do
  start=$(date +%s%N)
  (cd "$MVN_PROJECT" && mvn -q -o -B -Dstyle.color=never test >"$WORK/maven-offline.log" 2>&1) \
    || { tail -20 "$WORK/maven-offline.log" >&2; echo "bench: an offline run of the Maven baseline failed after the online one passed (output above)" >&2; exit 2; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
done | median)

RATIO=$(awk -v m="$MAVEN" -v w="$WARM" 'BEGIN { printf "%.1f", m / w }')
echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | sed -n 1p), load average $(cut -d" " -f1-3 /proc/loadavg)"
echo "runner JVM options (.mvn/jvm.config, then BENCH_JAVA_OPTS): $JVM_CONFIG ${BENCH_JAVA_OPTS:-}"
echo "submit $EXERCISE reference, cold (shell open 2 s), median of $RUNS:        ${COLD} ms   (target < 600 ms)"
echo "submit $EXERCISE reference, one-shot command, median of $RUNS:         ${ONESHOT} ms"
echo "submit $EXERCISE reference, warm (10th and later, 2 s apart), median of $RUNS: ${WARM} ms   (target < 150 ms)"
echo "submit $EXERCISE reference, warm, back to back, median of $RUNS:       ${BURST} ms"
echo "mvn -q -o test of the same hidden tests, median of 3:                  ${MAVEN} ms"
echo "Maven / warm submit: ${RATIO}x   (target >= 15x)"
echo "reproduce: bench/submit.sh $RUNS"
FAIL=0
[ "$WARM" -lt 150 ] || { echo "MISSED: warm submit is not under 150 ms"; FAIL=1; }
[ "$COLD" -lt 600 ] || { echo "MISSED: cold submit is not under 600 ms"; FAIL=1; }
awk -v r="$RATIO" 'BEGIN { exit !(r >= 15) }' || { echo "MISSED: a warm submit is not 15x faster than Maven"; FAIL=1; }
exit $FAIL
