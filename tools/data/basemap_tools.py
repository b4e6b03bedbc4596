#!/usr/bin/env python3
"""Attribute and geometry helpers for build_basemap.sh (Python 3.11 stdlib).

GDAL's ogr2ogr does the clipping, simplifying and GeoPackage writing; this file
does what is easier with plain data: names, GMT dumps, river naming, the check
picture. Every subcommand reads and writes GeoJSON (degrees WGS 84).

  basemap_tools.py countries   IN OUT COUNTRIES_JSON   iso_a2/name/name_fr
  basemap_tools.py provinces   IN OUT                  iso_3166_2/name/name_fr/country
  basemap_tools.py gmt-lines   OUT < gmt dump          WDBII river pieces with level
  basemap_tools.py lakes       OUT < gmt dump          GSHHG lake polygons, named
  basemap_tools.py rivers      NE GSHHG OUT            Natural Earth + named tributaries
  basemap_tools.py places      PLACES_TSV OUT          populated places worth drawing
  basemap_tools.py render      OUT.png LAYER.geojson...  check picture (rsvg-convert)
"""

import csv
import heapq
import json
import math
import os
import re
import subprocess
import sys

BOX = (33.5, 28.5, 49.5, 38.5)

# ISO 3166-1 numeric (world-atlas ids) -> alpha-2.
NUMERIC_TO_ISO = {"196": "CY", "376": "IL", "275": "PS", "422": "LB", "760": "SY",
                  "792": "TR", "368": "IQ", "364": "IR", "682": "SA", "414": "KW",
                  "400": "JO", "818": "EG", "031": "AZ", "051": "AM", "268": "GE"}
# Natural Earth units without an ISO code, French names from common usage.
UNCODED_FR = {"N. Cyprus": "Chypre du Nord", "Cyprus U.N. Buffer Zone": "Zone tampon de l'ONU (Chypre)",
              "Akrotiri": "Akrotiri", "Dhekelia": "Dhekelia"}

# Natural Earth 10m river names -> (English, French).
RIVER_NAMES = {
    "Al Furat": ("Euphrates", "Euphrate"), "Firat": ("Euphrates", "Euphrate"),
    "Euphrates": ("Euphrates", "Euphrate"), "Dicle": ("Tigris", "Tigre"),
    "Tigris": ("Tigris", "Tigre"), "Jordan": ("Jordan", "Jourdain"),
    "Shatt al Arab": ("Shatt al-Arab", "Chatt-el-Arab"), "Karkheh": ("Karkheh", "Karkheh"),
    "Ceyhan": ("Ceyhan", "Ceyhan"), "Gharraf Canal": ("Gharraf Canal", "canal du Gharraf"),
    "Hindiyah Channel": ("Hindiyah Channel", "canal de Hindiya"),
    "Shatt al Hillah": ("Shatt al-Hillah", "Chatt al-Hilla"),
    "Qezel Owzan": ("Qezel Owzan", "Ghezel Ozan"), "Sefid": ("Sefid Rud", "Sefid Roud"),
    "Atshan": ("Atshan", "Atshan"), "Talkeh": ("Talkeh", "Talkeh"),
}

# Tributaries missing from Natural Earth 10m, traced along the GSHHG/WDBII
# river network between points known to lie on them (towns on their banks,
# dams, confluences; degrees lon, lat, upstream first).
RIVER_ANCHORS = [
    ("Khabur", "Khabour", [(40.748, 36.502), (40.735, 36.058), (40.753, 35.746), (40.427, 35.156)]),
    ("Orontes", "Oronte", [(36.58, 34.66), (36.732, 34.927), (36.758, 35.132), (36.572, 35.248),
                           (36.320, 35.814), (36.16, 36.20)]),
    ("Little Zab", "Petit Zab", [(44.95, 35.95), (44.14, 35.75), (43.40, 35.23)]),
    ("Great Zab", "Grand Zab", [(43.66, 36.27), (43.49, 36.04), (43.33, 35.98)]),
    ("Diyala", "Diyala", [(45.70, 35.11), (45.17, 34.27), (44.605, 33.754), (44.52, 33.22)]),
    ("Afrin", "Afrine", [(36.870, 36.512), (36.60, 36.30)]),
]
SNAP = 0.06  # degrees: an anchor farther than this from the network is skipped

# GSHHG lakes are unnamed: a lake takes the name of the known point inside it.
LAKE_NAMES = [
    ((43.22, 34.02), "Lake Tharthar", "Lac Tharthar"),
    ((43.57, 32.81), "Lake Razzaza", "Lac Razzaza"),
    ((43.44, 33.31), "Lake Habbaniyah", "Lac Habbaniyah"),
    ((35.59, 32.80), "Sea of Galilee", "Lac de Tibériade"),
    ((35.47, 31.43), "Dead Sea", "Mer Morte"),
    ((45.51, 37.69), "Lake Urmia", "Lac d'Ourmia"),
    ((43.06, 38.40), "Lake Van", "Lac de Van"),
    ((44.94, 36.09), "Lake Dukan", "Lac de Dokan"),
    ((37.51, 36.06), "Lake Jabbul", "Lac Jabboul"),
    ((36.56, 34.64), "Lake Qattinah", "Lac de Qattinah"),
]


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def save(path, features):
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False)


def feature(props, geometry):
    return {"type": "Feature", "properties": props, "geometry": geometry}


def strip_fr_article(s):
    s = (s or "").strip()
    return re.sub(r"^(?:de la |de l'|de |du |des |d')", "", s)


# --------------------------------------------------------------------------

def cmd_countries(src, out, countries_json):
    i18n = {c["country_a2"]: c["i18n"].get("fr", "") for c in load(countries_json)}
    feats = []
    for f in load(src)["features"]:
        p = f["properties"]
        iso = NUMERIC_TO_ISO.get(str(p.get("id") or ""), "")
        name = p.get("name") or ""
        name_fr = i18n.get(iso, "") if iso else UNCODED_FR.get(name, "")
        if not iso and not name_fr:
            sys.exit(f"countries: no ISO code nor French name for {name!r} ({p.get('id')})")
        feats.append(feature({"iso_a2": iso, "name": name, "name_fr": name_fr}, f["geometry"]))
    save(out, feats)


def cmd_provinces(src, out):
    feats = []
    for f in load(src)["features"]:
        p = f["properties"]
        feats.append(feature({
            "iso_3166_2": p["iso_3166_2"],
            "name": p.get("name_en") or p.get("name") or "",
            "name_fr": strip_fr_article(p.get("name_fr")),
            "country": p["iso_a2"],
        }, f["geometry"]))
    save(out, feats)


def read_gmt(stream):
    """Segments of a GMT multisegment dump as (header, [(lon, lat), ...])."""
    segs, cur, hdr = [], None, ""
    for line in stream:
        line = line.strip()
        if not line:
            continue
        if line.startswith(">"):
            if cur and len(cur) > 1:
                segs.append((hdr, cur))
            cur, hdr = [], line[1:].strip()
            continue
        x, y = line.split()[:2]
        cur.append((round(float(x), 5), round(float(y), 5)))
    if cur and len(cur) > 1:
        segs.append((hdr, cur))
    return segs


def cmd_gmt_lines(out):
    feats = []
    for hdr, pts in read_gmt(sys.stdin):
        m = re.search(r"Level (\d+)", hdr)
        feats.append(feature({"level": int(m.group(1)) if m else -1},
                             {"type": "LineString", "coordinates": [list(p) for p in pts]}))
    save(out, feats)


def ring_contains(ring, x, y):
    inside, j = False, len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def cmd_lakes(out):
    """GMT dumps shorelines cut at its storage bins: join the pieces end to
    end into rings (pieces cut by the region edge are closed straight)."""
    key = lambda p: (round(p[0], 4), round(p[1], 4))
    pieces = [pts for _, pts in read_gmt(sys.stdin)]
    rings = [p for p in pieces if key(p[0]) == key(p[-1])]
    open_ = [p for p in pieces if key(p[0]) != key(p[-1])]
    while open_:
        a = open_.pop()
        joined = True
        while joined and key(a[0]) != key(a[-1]):
            joined = False
            for j, b in enumerate(open_):
                if key(a[-1]) == key(b[0]):
                    a = a + b[1:]
                elif key(a[-1]) == key(b[-1]):
                    a = a + b[::-1][1:]
                else:
                    continue
                del open_[j]
                joined = True
                break
        rings.append(a if key(a[0]) == key(a[-1]) else a + [a[0]])
    feats = []
    for r in rings:
        if len(r) < 4:
            continue
        name, name_fr = "", ""
        for (x, y), n, nf in LAKE_NAMES:
            if ring_contains(r, x, y):
                name, name_fr = n, nf
        feats.append(feature({"name": name, "name_fr": name_fr},
                             {"type": "Polygon", "coordinates": [[list(p) for p in r]]}))
    named = sorted({f["properties"]["name"] for f in feats if f["properties"]["name"]})
    print(f"lakes: {len(feats)} polygons, named: {', '.join(named)}", file=sys.stderr)
    save(out, feats)


def km(a, b):
    kx = 111.32 * math.cos(math.radians((a[1] + b[1]) / 2))
    return math.hypot((a[0] - b[0]) * kx, (a[1] - b[1]) * 110.57)


def cmd_rivers(ne_path, gshhg_path, out):
    feats = []
    for f in load(ne_path)["features"]:
        p = f["properties"]
        if not f["geometry"]:
            continue
        name, name_fr = RIVER_NAMES.get(p.get("name") or "", (p.get("name") or "", ""))
        feats.append(feature({"name": name, "name_fr": name_fr, "scalerank": int(p.get("scalerank") or 10),
                              "source": "naturalearth"}, f["geometry"]))

    # Graph of the WDBII network; minor rivers cost more so paths keep to main channels.
    cost_factor = {1: 1.0, 2: 1.0, 3: 1.0, 4: 3.0}
    graph, level_of = {}, {}
    pieces = [(f["properties"]["level"], [tuple(c) for c in f["geometry"]["coordinates"]])
              for f in load(gshhg_path)["features"]]
    for level, pts in pieces:
        for a, b in zip(pts, pts[1:]):
            if a == b:
                continue
            w = km(a, b) * cost_factor.get(level, 3.0)
            graph.setdefault(a, []).append((b, w))
            graph.setdefault(b, []).append((a, w))
            level_of[frozenset((a, b))] = level
    nodes = list(graph)

    def snap(pt):
        best = min(nodes, key=lambda n: (n[0] - pt[0]) ** 2 + (n[1] - pt[1]) ** 2)
        return best if math.dist(best, pt) <= SNAP else None

    def path(a, b):
        dist, prev, heap = {a: 0.0}, {}, [(0.0, a)]
        while heap:
            d, n = heapq.heappop(heap)
            if n == b:
                break
            if d > dist[n]:
                continue
            for m, w in graph[n]:
                nd = d + w
                if nd < dist.get(m, 1e18):
                    dist[m], prev[m] = nd, n
                    heapq.heappush(heap, (nd, m))
        if b not in dist:
            return None
        out_, n = [b], b
        while n != a:
            n = prev[n]
            out_.append(n)
        return out_[::-1]

    used = set()
    for name, name_fr, anchors in RIVER_ANCHORS:
        snapped = [snap(a) for a in anchors]
        lines, missed = [], []
        for (a, sa), (b, sb) in zip(zip(anchors, snapped), zip(anchors[1:], snapped[1:])):
            p = path(sa, sb) if sa and sb else None
            # A detour much longer than the river's own course means the network is broken there.
            if p and sum(km(u, v) for u, v in zip(p, p[1:])) < 3.0 * km(a, b) + 20:
                lines.append([list(c) for c in p])
                used.update(frozenset(e) for e in zip(p, p[1:]))
            else:
                missed.append(f"{a}->{b}")
        if lines:
            feats.append(feature({"name": name, "name_fr": name_fr, "scalerank": 8, "source": "gshhg"},
                                 {"type": "MultiLineString", "coordinates": lines}))
        print(f"rivers: {name}: {len(lines)} stretches traced" +
              (f", not traced: {'; '.join(missed)}" if missed else ""), file=sys.stderr)

    # Remaining WDBII major and additional rivers (levels 2-3), unnamed.
    for level, pts in pieces:
        if level not in (2, 3):
            continue
        run = [pts[0]]
        for a, b in zip(pts, pts[1:]):
            if frozenset((a, b)) in used:
                if len(run) > 1:
                    feats.append(feature({"name": "", "name_fr": "", "scalerank": 9 + (level == 3),
                                          "source": "gshhg"},
                                         {"type": "LineString", "coordinates": [list(c) for c in run]}))
                run = [b]
            else:
                run.append(b)
        if len(run) > 1:
            feats.append(feature({"name": "", "name_fr": "", "scalerank": 9 + (level == 3), "source": "gshhg"},
                                 {"type": "LineString", "coordinates": [list(c) for c in run]}))
    save(out, feats)


def cmd_places(tsv, out, min_population=20000):
    feats = []
    with open(tsv, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if r["kind"] not in ("city", "town", "village"):
                continue
            pop = int(r["population"])
            # cities include every province capital (PPLA); a town of unknown
            # population is a district seat (see build_gazetteer.kind_of).
            if pop >= min_population or r["kind"] == "city" or (r["kind"] == "town" and pop == 0):
                lon, lat = float(r["lon"]), float(r["lat"])
                if BOX[0] <= lon <= BOX[2] and BOX[1] <= lat <= BOX[3]:
                    feats.append(feature({"name": r["name"], "name_fr": r["name_fr"], "population": pop,
                                          "geonameid": int(r["geonameid"]), "kind": r["kind"]},
                                         {"type": "Point", "coordinates": [lon, lat]}))
    save(out, feats)


# --------------------------------------------------------------------------

def cmd_render(out_png, *layers):
    """Draw GeoJSON layers (path:stroke:fill:width[:label]) into an SVG and
    convert it with rsvg-convert."""
    # CM_RENDER_BOX="xmin,ymin,xmax,ymax" zooms in.
    x0, y0, x1, y1 = [float(v) for v in os.environ.get("CM_RENDER_BOX", ",".join(map(str, BOX))).split(",")]
    W = 1800
    H = round(W * (y1 - y0) / (x1 - x0) / math.cos(math.radians((y0 + y1) / 2)))
    sx = lambda c: (c[0] - x0) / (x1 - x0) * W
    sy = lambda c: (y1 - c[1]) / (y1 - y0) * H
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="DejaVu Sans">',
           '<rect width="100%" height="100%" fill="#dfeefa"/>']
    labels = []
    for spec in layers:
        path, stroke, fill, width, *rest = spec.split(":")
        label = rest[0] if rest else ""
        for f in load(path)["features"]:
            g = f["geometry"]
            if not g:
                continue
            t, cs = g["type"], g["coordinates"]
            if t == "Point":
                x, y = sx(cs), sy(cs)
                svg.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{fill}" stroke="{stroke}"/>')
                if label:
                    text = f["properties"].get("name_fr") or f["properties"].get("name")
                    labels.append(f'<text x="{x + 4:.1f}" y="{y - 3:.1f}" font-size="10" fill="#222">{text}</text>')
                continue
            polys = {"Polygon": [cs], "MultiPolygon": cs}.get(t)
            lines = {"LineString": [cs], "MultiLineString": cs}.get(t)
            if polys:
                d = " ".join("M" + " L".join(f"{sx(c):.1f},{sy(c):.1f}" for c in ring) + " Z"
                             for poly in polys for ring in poly)
                svg.append(f'<path d="{d}" fill="{fill}" fill-rule="evenodd" stroke="{stroke}" stroke-width="{width}"/>')
            elif lines:
                for l in lines:
                    d = "M" + " L".join(f"{sx(c):.1f},{sy(c):.1f}" for c in l)
                    svg.append(f'<path d="{d}" fill="none" stroke="{stroke}" stroke-width="{width}"/>')
                if label and f["properties"].get("name"):
                    l = max(lines, key=len)
                    c = l[len(l) // 2]
                    labels.append(f'<text x="{sx(c):.1f}" y="{sy(c):.1f}" font-size="11" font-style="italic" '
                                  f'fill="#1f5fa8">{f["properties"].get("name_fr") or f["properties"]["name"]}</text>')
    svg += labels + ["</svg>"]
    svg_path = out_png.rsplit(".", 1)[0] + ".svg"
    with open(svg_path, "w", encoding="utf-8") as f:
        f.write("\n".join(svg))
    subprocess.run(["rsvg-convert", svg_path, "-o", out_png], check=True)


def main():
    cmds = {"countries": cmd_countries, "provinces": cmd_provinces, "gmt-lines": cmd_gmt_lines,
            "lakes": cmd_lakes, "rivers": cmd_rivers, "places": cmd_places, "render": cmd_render}
    if len(sys.argv) < 2 or sys.argv[1] not in cmds:
        sys.exit(__doc__)
    cmds[sys.argv[1]](*sys.argv[2:])


if __name__ == "__main__":
    main()
