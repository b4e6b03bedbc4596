#!/usr/bin/env bash
# Renders the PNG sizes of the application icon from the SVG (needs librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/hicolor"
for size in 16 32 48 64 128 256; do
  mkdir -p "${size}x${size}/apps"
  rsvg-convert -w "$size" -h "$size" scalable/apps/org.conflictmap.ConflictMap.svg \
    -o "${size}x${size}/apps/org.conflictmap.ConflictMap.png"
done
