#!/usr/bin/env bash
# Makes a Java 17 runtime base image without a container registry: a minimal Debian root file system
# (debootstrap) with the JRE from Debian's packages, imported into podman. For machines that reach
# Debian's package mirror but no registry; with a registry, the Dockerfile's default BASE_IMAGE serves.
#
#   ops/image/build-base.sh [image-name]        (default localhost/conveyor-base:bookworm-jre17)
#
# The mirror is the one this machine's apt already uses (MIRROR overrides it). Needs root, debootstrap
# and podman. Does nothing when the image exists already (FORCE=1 rebuilds it).
set -euo pipefail

IMAGE="${1:-localhost/conveyor-base:bookworm-jre17}"
SUITE="${SUITE:-bookworm}"
PACKAGES="${PACKAGES:-openjdk-17-jre-headless,ca-certificates}"

log() { printf '[base-image] %s\n' "$*" >&2; }

if [ "${FORCE:-0}" != 1 ] && podman image exists "$IMAGE"; then
  log "$IMAGE exists"
  exit 0
fi

# The first Debian archive (not the security one) in the apt sources: deb822 .sources files, then the one-line format.
apt_mirror() {
  local file uri
  for file in /etc/apt/sources.list.d/*.sources; do
    [ -f "$file" ] || continue
    uri=$(awk '
      /^[[:space:]]*$/ { if (debian && uri != "") { print uri; exit } debian = 0; uri = ""; next }
      /^URIs:/ { uri = $2 }
      /^Suites:/ { for (i = 2; i <= NF; i++) if ($i !~ /-security$/ && $i !~ /-updates$/) debian = 1 }
      END { if (debian && uri != "") print uri }' "$file" | head -n 1)
    if [ -n "$uri" ] && [[ "$uri" == */debian ]]; then echo "$uri"; return; fi
  done
  for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$file" ] || continue
    uri=$(awk '$1 == "deb" && $3 !~ /-security$/ { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' "$file" \
      | grep -E '/debian/?$' | head -n 1 || true)
    if [ -n "$uri" ]; then echo "$uri"; return; fi
  done
}

MIRROR="${MIRROR:-$(apt_mirror)}"
if [ -z "$MIRROR" ]; then
  log "no Debian mirror found in /etc/apt/sources.list*; set MIRROR=<a Debian archive URL>"
  exit 1
fi

ROOT=$(mktemp -d "${TMPDIR:-/tmp}/conveyor-base.XXXXXX")
trap 'rm -rf "$ROOT"' EXIT
log "debootstrap $SUITE from $MIRROR with $PACKAGES"
debootstrap --variant=minbase --include="$PACKAGES" "$SUITE" "$ROOT" "$MIRROR" >"$ROOT.log" 2>&1 || {
  tail -n 20 "$ROOT.log" >&2; rm -f "$ROOT.log"; exit 1; }
rm -f "$ROOT.log"
# package lists, caches and docs are not needed at run time
rm -rf "$ROOT"/var/lib/apt/lists/* "$ROOT"/var/cache/apt/* "$ROOT"/usr/share/doc/* "$ROOT"/usr/share/man/* \
  "$ROOT"/usr/share/locale/*

log "importing into podman as $IMAGE"
tar -C "$ROOT" -c . | podman import --quiet \
  --change "ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-$(dpkg --print-architecture)" \
  --change 'ENV LANG=C.UTF-8' \
  --change 'CMD ["/bin/bash"]' \
  - "$IMAGE" >/dev/null
log "done: $(podman image inspect --format '{{.Size}}' "$IMAGE") bytes"
