#!/usr/bin/env bash
# Builds the default grading image loopback-sandbox:<tag> without any registry:
# a minimal Debian root file system (debootstrap from this machine's apt source) plus the JDK
# the runner runs on, and an unprivileged user 10001, imported with `docker import`.
#
# Usage: grader/container/build-image.sh [--force] [--tag TAG]
#   --force   rebuild even if the image exists (the cached Debian root file system is reused)
#   --tag     image tag (default: the tag the grader expects, see DEFAULT_TAG)
# Environment: LOOPBACK_CACHE_DIR (default ~/.cache/loopback) keeps the debootstrap tarball.
set -euo pipefail

DEFAULT_TAG=0.1.0
REPO=loopback-sandbox
SANDBOX_UID=10001
tag=$DEFAULT_TAG
force=false
while [ $# -gt 0 ]; do
  case "$1" in
    --force) force=true ;;
    --tag) tag=${2:?--tag needs a value}; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "build-image: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
image="$REPO:$tag"
say() { echo "build-image: $*" >&2; }

if ! docker info >/dev/null 2>&1; then
  say "Docker is not reachable; start it first with .ci/docker-up"; exit 1
fi
if [ "$force" = false ] && docker image inspect "$image" >/dev/null 2>&1; then
  say "$image exists; nothing to do (use --force to rebuild)"; exit 0
fi

# The first plain Debian suite and its URI from the machine's apt configuration (one-line or deb822 format).
apt_source() {
  local f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    awk '$1 == "deb" { i = 2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
                       if ($(i+1) !~ /-/) { print $i, $(i+1); exit } }' "$f"
  done
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk 'BEGIN { RS = ""; FS = "\n" }
         { t = u = s = ""
           for (k = 1; k <= NF; k++) {
             if ($k ~ /^Types:/) t = $k
             if ($k ~ /^URIs:/) { split($k, a, " "); u = a[2] }
             if ($k ~ /^Suites:/) { split($k, b, " "); s = b[2] } }
           if (t ~ /[ \t]deb([ \t]|$)/ && u != "" && s != "" && s !~ /-/) { print u, s; exit } }' "$f"
  done
}
sources=$(apt_source) || true
read -r mirror suite <<< "${sources%%$'\n'*}" || true
if [ -z "${mirror:-}" ] || [ -z "${suite:-}" ]; then
  say "no Debian apt source found in /etc/apt/sources.list or /etc/apt/sources.list.d/"; exit 1
fi

java_home=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')
if [ ! -x "$java_home/bin/java" ]; then
  say "cannot find the runner's JDK (java.home of \`java\`: '$java_home')"; exit 1
fi

cache=${LOOPBACK_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/loopback}
base="$cache/debian-$suite-minbase.tar"
work=$(mktemp -d "${TMPDIR:-/var/tmp}/loopback-image.XXXXXX")
trap 'rm -rf "$work"' EXIT
root="$work/root"
mkdir -p "$root" "$cache"

if [ -f "$base" ]; then
  say "reusing the cached Debian $suite root file system $base"
else
  command -v debootstrap >/dev/null || { say "debootstrap is missing: apt-get install -y debootstrap"; exit 1; }
  say "debootstrap --variant=minbase $suite from the apt source $mirror (once; cached in $cache)"
  debootstrap --variant=minbase "$suite" "$root" "$mirror" > "$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log" >&2; say "debootstrap failed"; exit 1; }
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
  tar -C "$root" -cf "$base.part" . && mv "$base.part" "$base"
  rm -rf "$root"; mkdir -p "$root"
fi
tar -C "$root" -xf "$base"

say "copying the JDK $java_home (same path inside the image)"
mkdir -p "$root$(dirname "$java_home")"
cp -a "$java_home" "$root$java_home"
# Debian's JDK links its configuration into /etc: replace such links by the files they point at.
find "$root$java_home" -type l | while read -r link; do
  host_link=${link#"$root"}
  target=$(readlink -f "$host_link" || true)
  case "$target" in "$java_home"/*) continue ;; esac
  rm -f "$link"
  if [ -n "$target" ] && [ -f "$target" ]; then cp -L "$target" "$link"; fi
done

# Home stays on the read-only root (a write to ~ fails as it does in the process sandbox); /work is the tmpfs.
say "adding the unprivileged user sandbox ($SANDBOX_UID, home /home/sandbox) and /work"
echo "sandbox:x:$SANDBOX_UID:$SANDBOX_UID:Loopback sandbox:/home/sandbox:/usr/sbin/nologin" >> "$root/etc/passwd"
echo "sandbox:x:$SANDBOX_UID:" >> "$root/etc/group"
mkdir -p "$root/work" "$root/home/sandbox"
chown "$SANDBOX_UID:$SANDBOX_UID" "$root/work"

say "importing $image"
previous=$(docker image inspect -f '{{.Id}}' "$image" 2>/dev/null || true)
tar -C "$root" -c . | docker import \
  --change "ENV JAVA_HOME=$java_home" \
  --change "ENV PATH=$java_home/bin:/usr/local/bin:/usr/bin:/bin" \
  --change "USER $SANDBOX_UID" \
  --change "WORKDIR /work" \
  --change "LABEL dev.loopback.sandbox=$tag" \
  - "$image" >/dev/null
if [ -n "$previous" ] && [ "$previous" != "$(docker image inspect -f '{{.Id}}' "$image")" ]; then
  docker rmi "$previous" >/dev/null 2>&1 || true
fi
say "built $image ($(docker image inspect -f '{{.Size}}' "$image" | awk '{ printf "%d MB", $1 / 1048576 }'))"
# Capture all of it: `| head -1` would close the pipe early, and the docker CLI, killed by SIGPIPE, failed the
# script with 141 under pipefail (most builds, depending on timing).
version=$(docker run --rm --network none "$image" java -version 2>&1) \
  || { echo "$version" >&2; say "the new image $image cannot run java; see the output above"; exit 1; }
say "inside: ${version%%$'\n'*}"
