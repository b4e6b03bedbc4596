#!/usr/bin/env python3
"""Generate a corpus of realistic French news articles about the war against the
Islamic State (Syria/Iraq, 2016-2017) for ConflictMap benchmarks and tests.

usage: python3 tools/gencorpus.py --count 10000 --out DIR [--seed 1]

Writes DIR/batch_NNN/article_NNNNNN.{txt,md,html} (1,000 files per folder) in
varied shapes: pasted pages with share buttons, "Lire aussi" blocks, subscription
and donation pitches, cookie banners, photo credits; saved HTML pages with
metadata; Markdown with front matter. Encodings: UTF-8 (with and without BOM),
windows-1252 and UTF-16. About 1% are exact copies and 1% reposts of an earlier
article. Sentences use varied control-change constructions ("X s'est emparé de
Y", "Y est tombée aux mains de X", "la reprise de Y par X"...). Town names come
from resources/gazetteer/places.tsv when present, else from a built-in list.

DIR/manifest.tsv lists each file with the publication date written in it and
where (header, url, inferred, none), to check the ingest on the corpus.
The same --seed gives the same corpus.
"""
import argparse
import csv
import datetime
import os
import random
import sys

FALLBACK_TOWNS = [
    "Alep", "Raqqa", "Palmyre", "Mossoul", "Deir ez-Zor", "Manbij", "Jarablos", "Al-Bab", "Dabiq",
    "Kobané", "Tabqa", "Mayadine", "Boukamal", "Tal Afar", "Ramadi", "Falloujah", "Tikrit", "Sinjar",
    "Hawija", "Qaraqosh", "Al-Qaryatayn", "Khanasser", "Soukhné", "Akhtarine", "Al-Raï", "Qayyarah",
    "Baaj", "Anah", "Rawa", "Al-Qaïm", "Hit", "Baiji",
]

FACTIONS = {
    "isis": ["le groupe Etat islamique", "l'EI", "Daech", "les jihadistes de l'EI", "les djihadistes"],
    "regime": ["l'armée syrienne", "les forces du régime", "les troupes loyalistes", "les forces prorégime"],
    "rebels": ["les rebelles", "les rebelles syriens soutenus par Ankara", "l'Armée syrienne libre"],
    "sdf": ["les Forces démocratiques syriennes", "les FDS", "l'alliance arabo-kurde"],
    "iraq": ["l'armée irakienne", "les forces irakiennes", "les unités antiterroristes irakiennes"],
    "peshmerga": ["les peshmergas", "les forces kurdes irakiennes"],
}

CAPTURE_TEMPLATES = [
    "{X} s'est emparé {de_Y} {when}, selon {source}.",
    "{Y_cap} est tombée aux mains {de_X} {when}, a indiqué {source}.",
    "La reprise {de_Y} par {X} a été confirmée {when} par {source}.",
    "{X_cap} a repris le contrôle {de_Y} {when}, après plusieurs jours de combats.",
    "{X_cap} a chassé {Z} {de_Y} {when}, d'après {source}.",
    "{Y_cap} a été reprise par {X} {when}, selon {source}.",
    "{X_cap} est entré {when} dans {Y}, où des combats se poursuivent.",
    "{X_cap} contrôle désormais {Y}, a affirmé {source}.",
    "Après la chute {de_Y}, {Z} s'est replié vers le sud.",
    "{X_cap} a pris {Y} {when} au terme d'une offensive éclair.",
]

FILLER = [
    "Les combats ont fait des dizaines de morts de part et d'autre, selon un bilan encore provisoire.",
    "Des milliers de civils ont fui la zone ces derniers jours, selon les Nations unies.",
    "La coalition internationale a mené plusieurs frappes aériennes en appui des forces au sol.",
    "Les démineurs ont commencé à sécuriser les rues, truffées d'engins explosifs.",
    "L'organisation jihadiste a perdu une grande partie des territoires conquis en 2014.",
    "Plusieurs villages voisins seraient encore tenus par des combattants isolés.",
    "Les habitants interrogés décrivent des destructions considérables dans le centre.",
    "Un responsable militaire a assuré que l'offensive se poursuivrait dans les prochains jours.",
    "Les ONG s'inquiètent du sort des déplacés, installés dans des camps de fortune.",
    "Cette avancée ouvre la route vers la frontière, selon plusieurs analystes.",
]

SOURCES = ["l'Observatoire syrien des droits de l'homme", "une source militaire", "l'agence officielle",
           "un porte-parole", "des sources locales", "le commandement des opérations"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
AUTHORS = ["Claire Martin", "Samir Haddad", "Hélène Roux", "Karim Benali", "Julie Moreau", "Omar Saleh"]
OUTLETS = ["Le Courrier du Levant", "La Voix d'Orient", "Info Monde 24", "Radio Levant Info", "Le Quotidien du Sud"]
RELATED = ["Mossoul : la bataille de la vieille ville", "Raqqa, capitale assiégée", "Alep : la trêve vole en éclats",
           "Syrie : ce que l'on sait de l'offensive turque", "Irak : le retour difficile des déplacés"]


def load_towns(root):
    path = os.path.join(root, "resources", "gazetteer", "places.tsv")
    towns = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if row.get("kind") in ("city", "town", "village") and row.get("country") in ("SY", "IQ"):
                    name = row.get("name_fr") or row.get("name")
                    if name and all(ord(c) < 0x250 for c in name):
                        towns.append(name)
    return sorted(set(towns)) or FALLBACK_TOWNS


def de(name):
    """French 'de' before a name: d'Alep, de Raqqa."""
    return ("d'" if name[:1].lower() in "aeiouyéèh" else "de ") + name


def cap(text):
    return text[:1].upper() + text[1:]


def when(rng, published):
    """A past time word consistent with the publication day: a weekday of the last days, or "hier"."""
    if rng.random() < 0.15:
        return "hier"
    weekday = WEEKDAYS[(published - datetime.timedelta(days=rng.randint(0, 4))).weekday()]
    return rng.choice(["%s", "ce %s", "%s soir", "%s matin"]) % weekday


def sentence(rng, towns, published):
    to, frm = rng.sample(sorted(FACTIONS), 2)
    town = rng.choice(towns)
    x, z = rng.choice(FACTIONS[to]), rng.choice(FACTIONS[frm])
    return rng.choice(CAPTURE_TEMPLATES).format(
        X=x, X_cap=cap(x), Z=z, Y=town, Y_cap=cap(town), de_Y=de(town), de_X=de(x).replace("de les ", "des "),
        when=when(rng, published), source=rng.choice(SOURCES)).replace("de le ", "du ").replace("de les ", "des ")


def body(rng, towns, published):
    paragraphs = []
    for _ in range(rng.randint(3, 9)):
        parts = [sentence(rng, towns, published)] + rng.sample(FILLER, rng.randint(1, 3))
        if rng.random() < 0.3:
            earlier = published - datetime.timedelta(days=rng.randint(2, 60))
            event = sentence(rng, towns, earlier)
            parts.append("Le %d %s %d, %s" % (earlier.day, MONTHS[earlier.month - 1], earlier.year,
                                               event[0].lower() + event[1:]))
        rng.shuffle(parts)
        paragraphs.append(" ".join(parts))
    return paragraphs


def french_date(day):
    return "%d %s %d" % (day.day, MONTHS[day.month - 1], day.year)


def header_and_source(rng, day, title):
    """A date header in one of many shapes; returns (lines, source, url)."""
    author, outlet = rng.choice(AUTHORS), rng.choice(OUTLETS)
    hour = "%02dh%02d" % (rng.randint(6, 22), rng.randint(0, 59))
    slug = title.lower().replace(" ", "-").replace(":", "").replace("'", "-")[:60]
    shapes = [
        (["Par %s | %s" % (author, french_date(day))], "header", ""),
        (["Publié le %s à %s" % (day.strftime("%d/%m/%Y"), hour),
          "Mis à jour le %s" % (day + datetime.timedelta(days=1)).strftime("%d/%m/%Y")], "header", ""),
        (["%s %d, %d %s" % (MONTHS[day.month - 1], day.day, day.year, hour.replace("h", ":"))], "header", ""),
        ([day.strftime("%d/%m/%Y")], "header", ""),
        (["%s avec AFP | %s à %s" % (outlet, day.strftime("%d.%m.%Y"), hour)], "header", ""),
        (["Mis à jour le %s" % french_date(day)], "header", ""),
        ([], "url", "https://www.exemple-info.fr/monde/%s/%s" % (day.strftime("%Y/%m/%d"), slug)),
        ([], "url", "http://www.journal-exemple.fr/monde/%d-%s-%s" % (rng.randint(10 ** 6, 10 ** 7), day.strftime("%Y%m%d"), slug)),
        ([], "inferred", ""),
    ]
    return rng.choice(shapes)


def furniture(rng):
    top, bottom = [], []
    if rng.random() < 0.3:
        top += ["Nous utilisons des cookies pour mesurer l'audience. En poursuivant votre navigation, vous acceptez "
                "l'utilisation de cookies.", "Accepter"]
    if rng.random() < 0.5:
        top += ["Accueil | Monde | Moyen-Orient"]
    if rng.random() < 0.5:
        top += ["Partager", "Tweeter", "E-mail"]
    if rng.random() < 0.5:
        bottom += ["Lire aussi", ""] + rng.sample(RELATED, 2)
    if rng.random() < 0.3:
        bottom += ["Soutenez notre rédaction à partir de 1€", "Nous comptons sur votre soutien pour défendre notre "
                   "journalisme indépendant."]
    if rng.random() < 0.3:
        bottom += ["Vos commentaires", "Les commentaires sont modérés. Merci de respecter notre charte de modération."]
    if rng.random() < 0.4:
        bottom += ["Abonnez-vous à notre newsletter", "Tous droits réservés"]
    return top, bottom


def render_text(rng, title, date_lines, paragraphs, top, bottom, url, embed):
    lines = top + [""] + [title, ""] + date_lines + [""]
    if rng.random() < 0.4:
        lines += ["Des combattants dans les rues de la ville. – %s %s" % (rng.choice(["JOHN", "OMAR", "DELIL"]),
                                                                      rng.choice(["SMITH", "SALEH", "SOULEIMAN"])), ""]
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    if embed:
        lines += embed + [""]
    lines += bottom
    if url:
        lines += ["", url]
    return "\n".join(lines) + "\n"


def render_markdown(rng, title, day, source, paragraphs, bottom, url, embed):
    lines = []
    if source == "header" and rng.random() < 0.5:
        lines += ["---", 'title: "%s"' % title.replace('"', "'"), "date: %s" % day.isoformat()]
        if url:
            lines.append("url: %s" % url)
        lines += ["---", ""]
    lines += ["# " + title, ""]
    if source == "header" and len(lines) < 5:
        lines += ["*Publié le %s*" % french_date(day), ""]
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    if embed:
        lines += ["> " + line if line else "" for line in embed] + [""]
    lines += ["## À lire aussi", ""] + ["[%s](https://www.exemple-info.fr/%d)" % (r, i) for i, r in enumerate(RELATED[:3])]
    if url:
        lines += ["", "Source : " + url]
    return "\n".join(lines) + "\n"


def render_html(rng, title, day, source, paragraphs, bottom, url, embed):
    def esc(text):
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&#39;")
    head = ["<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8">', "<title>%s - %s</title>" % (esc(title), rng.choice(OUTLETS))]
    if source == "header":
        head.append('<meta property="article:published_time" content="%sT%02d:00:00+01:00">' % (day.isoformat(), rng.randint(6, 22)))
    if url:
        head.append('<link rel="canonical" href="%s">' % url)
    head += ["<style>body{margin:0} .share{float:right}</style>",
             "<script>var _paq = window._paq || []; _paq.push(['trackPageView']);</script></head><body>",
             '<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>', "<article><h1>%s</h1>" % esc(title)]
    if source == "header" and rng.random() < 0.5:
        head.append('<p class="date">Publié le <time datetime="%s">%s</time></p>' % (day.isoformat(), french_date(day)))
    head.append('<div class="share"><button>Partager</button><button>Tweeter</button></div>')
    parts = head + ["<p>%s</p>" % esc(p) for p in paragraphs]
    if embed:
        parts.append('<blockquote class="twitter-tweet">%s</blockquote>' % "".join("<p>%s</p>" % esc(e) for e in embed if e))
    parts += ["<!-- publicité -->", "<aside><h3>Lire aussi</h3><ul>"] + ["<li><a href='/%d'>%s</a></li>" % (i, esc(r)) for i, r in enumerate(RELATED[:3])]
    parts += ["</ul></aside></article>", "<footer>%s</footer>" % esc(" ".join(bottom)), "</body></html>"]
    return "\n".join(parts) + "\n"


def encode(rng, text, fmt):
    roll = rng.random()
    if fmt == "html" or roll < 0.6:
        return text.encode("utf-8"), "utf-8"
    if roll < 0.7:
        return b"\xef\xbb\xbf" + text.encode("utf-8"), "utf-8-bom"
    if roll < 0.95:
        return text.encode("cp1252", errors="replace"), "windows-1252"
    if roll < 0.975:
        return b"\xff\xfe" + text.encode("utf-16-le"), "utf-16le"
    return b"\xfe\xff" + text.encode("utf-16-be"), "utf-16be"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10000, help="number of articles (default 10000)")
    parser.add_argument("--out", required=True, help="output folder (created)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    towns = load_towns(root)
    os.makedirs(args.out, exist_ok=True)
    first, last = datetime.date(2016, 1, 1), datetime.date(2017, 12, 31)
    written = []  # (path, bytes, published, source) of earlier articles, for copies
    total_bytes = 0
    with open(os.path.join(args.out, "manifest.tsv"), "w", encoding="utf-8") as manifest:
        manifest.write("# file\tpublished\tsource\tformat\tencoding\n")
        for n in range(args.count):
            folder = os.path.join(args.out, "batch_%03d" % (n // 1000))
            os.makedirs(folder, exist_ok=True)
            roll = rng.random()
            if written and roll < 0.01:
                # The same article saved twice.
                path, data, published, source, fmt, encoding, text, title = rng.choice(written)
                name = "article_%06d.%s" % (n, fmt)
            elif written and roll < 0.02:
                # A repost: an earlier article under a retouched title, saved again.
                path, data, published, source, fmt, encoding, text, title = rng.choice(written)
                data, encoding = encode(rng, text.replace(title, title + " (repris)", 1), fmt)
                name = "article_%06d.%s" % (n, fmt)
            else:
                day = first + datetime.timedelta(days=rng.randint(0, (last - first).days))
                town = rng.choice(towns)
                title = rng.choice(["%s : %s", "Syrie : %s, %s", "Irak : %s, %s"]) % (
                    town, rng.choice(["les combats se poursuivent", "nouvelle offensive", "la ville reprise",
                                      "les jihadistes en recul", "l'étau se resserre"]))
                date_lines, source, url = header_and_source(rng, day, title)
                paragraphs = body(rng, towns, day)
                embed = []
                published = day
                if source == "inferred":
                    # No date on the page: an embedded post of that day, and the day's weekday word.
                    weekday = WEEKDAYS[day.weekday()]
                    embed = ["%s pic.twitter.com/%08x" % (sentence(rng, towns, day), rng.getrandbits(32)), "",
                             "— %s (@%s) %s" % (rng.choice(OUTLETS), "agence", french_date(day))]
                    paragraphs.append("Les combats se poursuivaient %s dans les environs, selon %s." % (weekday, rng.choice(SOURCES)))
                top, bottom = furniture(rng)
                fmt = rng.choices(["txt", "md", "html"], [0.65, 0.15, 0.2])[0]
                if fmt == "txt":
                    text = render_text(rng, title, date_lines, paragraphs, top, bottom, url, embed)
                elif fmt == "md":
                    text = render_markdown(rng, title, day, source, paragraphs, bottom, url, embed)
                else:
                    text = render_html(rng, title, day, source, paragraphs, bottom, url, embed)
                data, encoding = encode(rng, text, fmt)
                name = "article_%06d.%s" % (n, fmt)
                written.append((os.path.join(folder, name), data, published, source, fmt, encoding, text, title))
                if len(written) > 2000:
                    written.pop(0)
            path = os.path.join(folder, name)
            with open(path, "wb") as handle:
                handle.write(data)
            total_bytes += len(data)
            fmt_name = {"txt": "text", "md": "markdown", "html": "html"}[name.rsplit(".", 1)[1]]
            manifest.write("%s\t%s\t%s\t%s\t%s\n" % (os.path.relpath(path, args.out), published.isoformat(), source,
                                                     fmt_name, encoding))
    print("wrote %d articles (%.1f MB) to %s" % (args.count, total_bytes / 1e6, args.out), file=sys.stderr)


if __name__ == "__main__":
    main()
