#!/usr/bin/env bash
# Generates a class folder of submissions for grade-all from the exercises' reference solutions and stubs:
# learners cycle through correct, partial, stub-only, broken (does not compile) and hostile submissions
# (endless loop, System.exit, a connection to a non-loopback address, a write to the home folder,
# a thread bomb, a memory hog). Each learner submits every exercise, until COUNT submissions exist; the kinds go
# round per submission (submission N is kind N mod 10), and OUT/KINDS.txt says which submission is which.
#
# Usage: bench/generate-class.sh OUT [COUNT]   (COUNT defaults to 30; OUT is emptied first)
#        EXERCISES="fd-leak handshake-timer pool-sizer" bench/generate-class.sh OUT   (only those exercises; default all)
set -euo pipefail
out=${1:?usage: bench/generate-class.sh OUT [COUNT]}
count=${2:-30}
home=$(cd "$(dirname "$0")/.." && pwd)
defs="$home/grader/exercises"
scenarios="$home/grader/src/test/resources/scenarios"
if [ -n "${EXERCISES:-}" ]; then
  read -r -a exercises <<< "$EXERCISES"
  for id in "${exercises[@]}"; do
    [ -f "$defs/$id/exercise.json" ] || { echo "generate-class: no exercise $id under $defs" >&2; exit 1; }
  done
else
  mapfile -t exercises < <(find "$defs" -mindepth 2 -maxdepth 2 -name exercise.json -printf '%h\n' | xargs -n1 basename | sort)
fi
[ "${#exercises[@]}" -gt 0 ] || { echo "generate-class: no exercises under $defs" >&2; exit 1; }
kinds=(correct partial stub broken hostile-loop hostile-exit hostile-network hostile-write hostile-threads hostile-memory)

rm -rf "$out"; mkdir -p "$out"

# Copies the first partial golden scenario (0 < score < 100) of an exercise into $2, or the stub when there is
# none; a scenario whose expected.json names "sources" starts from that folder of the exercise, its src/ laid over.
partial_into() {
  local id=$1 target=$2 dir base
  for dir in "$scenarios/$id"/*/; do
    [ -f "$dir/expected.json" ] || continue
    if grep -Eq '"score": *([1-9]|[1-9][0-9])[,} ]' "$dir/expected.json"; then
      base=$(sed -nE 's/.*"sources": *"([a-z]+)".*/\1/p' "$dir/expected.json")
      [ -z "$base" ] || cp -r "$defs/$id/$base/." "$target/"
      [ ! -d "$dir/src" ] || cp -r "$dir/src/." "$target/"
      return
    fi
  done
  cp -r "$defs/$id/stub/." "$target/"
}

# The Java line a hostile submission adds to its main class.
hostile_line() {
  case "$1" in
    hostile-loop) echo 'static { while (Boolean.parseBoolean("true")) { Thread.onSpinWait(); } }' ;;
    hostile-exit) echo 'static { if (Boolean.parseBoolean("true")) { System.exit(7); } }' ;;
    hostile-network) echo 'static { try (java.net.Socket s = new java.net.Socket()) { s.connect(new java.net.InetSocketAddress("192.0.2.1", 80), 2000); System.err.println("HOSTILE: connected out"); } catch (java.io.IOException e) { System.err.println("hostile: no network: " + e.getMessage()); } }' ;;
    hostile-write) echo 'static { try { java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("user.home"), "loopback-pwned.txt"), "x"); System.err.println("HOSTILE: wrote home"); } catch (Exception e) { System.err.println("hostile: no write: " + e); } }' ;;
    hostile-threads) echo 'static { for (int i = 0; i < 100_000; i++) { Thread t = new Thread(() -> { try { Thread.sleep(Long.MAX_VALUE); } catch (InterruptedException e) { } }); t.setDaemon(true); t.start(); } }' ;;
    hostile-memory) echo 'static final java.util.List<byte[]> HOG = new java.util.ArrayList<>(); static { for (int i = 0; i < 8192; i++) { HOG.add(new byte[1 << 20]); } }' ;;
  esac
}

n=0; learner=0
while [ "$n" -lt "$count" ]; do
  name=$(printf 'learner-%02d' "$((learner + 1))")
  for id in "${exercises[@]}"; do
    [ "$n" -lt "$count" ] || break
    # The kind goes round per submission, not per learner, so every kind appears however many exercises there are.
    kind=${kinds[$((n % ${#kinds[@]}))]}
    echo "$name $id $kind" >> "$out/KINDS.txt"
    target="$out/$name/exercises/$id/src/main/java"
    mkdir -p "$target"
    case "$kind" in
      correct|hostile-*) cp -r "$defs/$id/solution/." "$target/" ;;
      partial) partial_into "$id" "$target" ;;
      stub|broken) cp -r "$defs/$id/stub/." "$target/" ;;
    esac
    main=$(grep -rlE '^public (final )?class .*\{$' "$target" | sort | sed -n 1p)
    case "$kind" in
      broken) echo 'class Broken { int missing = ; }' >> "$main" ;;
      hostile-*) sed -i -E "0,/^public (final )?class .*\{$/s//&\n    $(hostile_line "$kind" | sed 's/[&/\]/\\&/g')/" "$main" ;;
    esac
    n=$((n + 1))
  done
  learner=$((learner + 1))
done
echo "generate-class: $n submissions from $learner learners in $out" >&2
