#!/usr/bin/env bash
# Runs both libFuzzer targets of a CONFLICTMAP_FUZZ build for N seconds each,
# starting from the test fixtures. Fails on any crash, hang or sanitizer report.
#   tools/fuzz.sh BUILD_DIR [SECONDS]      (the long run: SECONDS=3600 or more)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:?usage: tools/fuzz.sh BUILD_DIR [SECONDS]}" && pwd)"
seconds="${2:-60}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for target in fuzz_ingest_extract fuzz_dates_toponyms; do
  corpus="$work/$target"
  mkdir -p "$corpus"
  # Seed corpus: the sample articles and every small ingest/extraction fixture.
  find "$here/resources/articles" "$here/tests/data/ingest" "$here/tests/data/extract" \
       -type f -size -64k \( -name '*.txt' -o -name '*.md' -o -name '*.htm*' \) \
       -exec cp -t "$corpus" {} + 2>/dev/null || true
  echo "fuzz: $target for ${seconds}s from $(ls "$corpus" | wc -l) seeds"
  status=0
  (cd "$work" && ASAN_OPTIONS=detect_leaks=0 "$build/fuzz/$target" -max_total_time="$seconds" \
     -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 "$corpus" >"$work/$target.log" 2>&1) || status=$?
  tail -n 12 "$work/$target.log"
  if [ "$status" -ne 0 ] || ls "$work"/crash-* "$work"/timeout-* "$work"/oom-* >/dev/null 2>&1; then
    echo "fuzz: $target failed (status $status); reproducers kept in $work" >&2
    trap - EXIT
    exit 1
  fi
done
echo "fuzz: no crash, hang or sanitizer report"
