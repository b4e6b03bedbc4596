#include "conflictmap/gazetteer.h"

#include "conflictmap/resources.h"
#include "gazetteer/gazetteerdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace cm {
namespace {

const char *const kRequiredColumns[] = {"id", "name", "lat", "lon"};

template <typename Entry>
void addEntry(QHash<QString, QVector<Entry>> &index, const QString &key, Entry entry)
{
    if (key.isEmpty())
        return;
    QVector<Entry> &entries = index[key];
    // Spellings of one place are indexed together, so a repeat is always the last entry.
    if (!entries.isEmpty() && entries.back().place == entry.place) {
        entries.back().primary = entries.back().primary || entry.primary;
        return;
    }
    entries.append(std::move(entry));
}

Diagnostic problem(const QString &file, int line, const QString &message,
                   Diagnostic::Severity severity = Diagnostic::Severity::Error)
{
    return {file, line, message, severity};
}

} // namespace

bool isInRegionOfInterest(double lat, double lon)
{
    return lat >= 29.0 && lat <= 38.0 && lon >= 34.0 && lon <= 49.0;
}

double tierConfidence(MatchTier tier)
{
    switch (tier) {
    case MatchTier::Exact:
        return 1.0;
    case MatchTier::Normalised:
        return 0.9;
    case MatchTier::Transliteration:
        return 0.7;
    case MatchTier::Skeleton:
        return 0.45;
    }
    return 0.0;
}

double sizeScore(const Place &place)
{
    double floor = 2.5;
    switch (place.kind) {
    case PlaceKind::Country:
        floor = 7.0;
        break;
    case PlaceKind::Province:
        floor = 3.0; // below the towns of the same name unless the text says "province"
        break;
    case PlaceKind::City:
        floor = 4.5;
        break;
    case PlaceKind::Town:
        floor = 3.5;
        break;
    case PlaceKind::Village:
        floor = 2.5;
        break;
    case PlaceKind::Crossing:
    case PlaceKind::District:
    case PlaceKind::Airbase:
    case PlaceKind::Dam:
    case PlaceKind::Site:
        floor = 3.0;
        break;
    }
    double score = std::max(floor, place.population > 0 ? std::log10(double(place.population)) : 0.0);
    // Curated entries exist because the press names them.
    if (place.id.startsWith(QLatin1String("cm:")))
        score += 0.5;
    return score;
}

void GazetteerData::index(int placeIndex)
{
    const Place &place = places.at(placeIndex);
    QSet<QString> seen;
    const bool isSite = place.kind == PlaceKind::Crossing || place.kind == PlaceKind::District ||
                        place.kind == PlaceKind::Airbase || place.kind == PlaceKind::Dam ||
                        place.kind == PlaceKind::Site;
    auto add = [&](const QString &spelling, bool primary) {
        if (spelling.isEmpty() || !NameKeyer::hasLatinLetter(spelling))
            return;
        if (seen.contains(spelling) && !primary)
            return;
        seen.insert(spelling);
        const NameKeys keys = keyer.keys(spelling);
        const int space = keys.exact.indexOf(QLatin1Char(' '));
        if (space > 0 && isSite)
            siteLeadWords.insert(keys.exact.left(space));
        addEntry(exact, keys.exact, IndexEntry{placeIndex, primary});
        addEntry(normalised, keys.normalised, IndexEntry{placeIndex, primary});
        addEntry(translit, keys.translit, IndexEntry{placeIndex, primary});
        addEntry(skeleton, keys.skeleton, SkeletonEntry{placeIndex, primary, keys.translit});
    };
    add(place.name, true);
    add(place.frenchName, true);
    for (const QString &spelling : place.names)
        add(spelling, false);
}

void GazetteerData::touch()
{
    static std::atomic<quint64> counter{0};
    serial = ++counter;
}

void GazetteerData::reindex()
{
    touch();
    exact.clear();
    normalised.clear();
    translit.clear();
    skeleton.clear();
    siteLeadWords.clear();
    for (int i = 0; i < places.size(); ++i)
        index(i);
}

QVector<NameHit> GazetteerData::lookup(const NameKeys &keys, bool loose) const
{
    QVector<NameHit> hits;
    auto seen = [&hits](int place) {
        return std::any_of(hits.cbegin(), hits.cend(),
                           [place](const NameHit &hit) { return hit.place == place; });
    };
    auto collect = [&](const QHash<QString, QVector<IndexEntry>> &index, const QString &key, MatchTier tier) {
        if (key.isEmpty())
            return;
        const auto found = index.constFind(key);
        if (found == index.constEnd())
            return;
        const bool loose = tier != MatchTier::Exact && tier != MatchTier::Normalised;
        for (const IndexEntry &entry : *found)
            if (!seen(entry.place) && (!loose || keyer.isTheatre(places.at(entry.place).country)))
                hits.append({entry.place, tier, entry.primary});
    };
    collect(exact, keys.exact, MatchTier::Exact);
    collect(normalised, keys.normalised, MatchTier::Normalised);
    if (!loose)
        return hits;
    collect(translit, keys.translit, MatchTier::Transliteration);
    if (!keys.skeleton.isEmpty()) {
        const auto found = skeleton.constFind(keys.skeleton);
        if (found != skeleton.constEnd()) {
            // Same consonants is loose (6% wrong on held-back aliases): also ask for close
            // vowel structure, one edit per four letters.
            const int allowed = std::max(1, int(keys.translit.size()) / 4);
            for (const SkeletonEntry &entry : *found)
                if (!seen(entry.place) && keyer.isTheatre(places.at(entry.place).country) &&
                    editDistance(keys.translit, entry.translit) <= allowed)
                    hits.append({entry.place, MatchTier::Skeleton, entry.primary});
        }
    }
    return hits;
}

Gazetteer::Gazetteer() : d(new GazetteerData) {}

Gazetteer::~Gazetteer()
{
    delete d;
}

Gazetteer::Gazetteer(Gazetteer &&other) noexcept : d(other.d)
{
    other.d = new GazetteerData;
}

Gazetteer &Gazetteer::operator=(Gazetteer &&other) noexcept
{
    std::swap(d, other.d);
    return *this;
}

bool Gazetteer::loadRules(const QString &directory, Diagnostics *diagnostics)
{
    bool ok = d->keyer.load(QDir(directory).filePath(QStringLiteral("transliteration.txt")), diagnostics);
    ok &= d->rules.load(directory, d->keyer, diagnostics);
    d->rulesLoaded = true;
    d->reindex();
    return ok;
}

bool Gazetteer::loadFolder(const QString &directory, Diagnostics *diagnostics)
{
    const QDir dir(directory);
    if (!dir.exists()) {
        if (diagnostics)
            diagnostics->append(problem(directory, 0, QStringLiteral("gazetteer folder not found")));
        return false;
    }
    const QStringList tables = dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
    if (tables.isEmpty()) {
        if (diagnostics)
            diagnostics->append(
                problem(directory, 0, QStringLiteral("no *.tsv place table in the gazetteer folder")));
        return false;
    }
    bool ok = true;
    for (const QString &table : tables)
        ok &= loadTable(dir.filePath(table), diagnostics);
    return ok;
}

bool Gazetteer::loadTable(const QString &path, Diagnostics *diagnostics)
{
    if (!d->rulesLoaded) {
        // Rules next to the table win (a test folder), else the installed ones.
        const QString own = QFileInfo(path).absolutePath();
        const bool hasOwn = QFileInfo::exists(QDir(own).filePath(QStringLiteral("transliteration.txt")));
        loadRules(hasOwn ? own : Resources::path(QStringLiteral("gazetteer")), diagnostics);
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (diagnostics)
            diagnostics->append(
                problem(path, 0, QStringLiteral("cannot read place table: %1").arg(file.errorString())));
        return false;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    int headerLine = 0;
    while (headerLine < lines.size() &&
           (lines.at(headerLine).trimmed().isEmpty() || lines.at(headerLine).startsWith(QLatin1Char('#'))))
        ++headerLine;
    if (headerLine >= lines.size()) {
        if (diagnostics)
            diagnostics->append(problem(path, 0, QStringLiteral("empty place table")));
        return false;
    }

    QHash<QString, int> columns;
    const QStringList header = lines.at(headerLine).trimmed().split(QLatin1Char('\t'));
    for (int i = 0; i < header.size(); ++i)
        columns.insert(header.at(i).trimmed().toLower(), i);
    for (const char *required : kRequiredColumns) {
        if (!columns.contains(QLatin1String(required))) {
            if (diagnostics)
                diagnostics->append(problem(path, headerLine + 1,
                                            QStringLiteral("not a place table (no '%1' column): skipped")
                                                .arg(QLatin1String(required)),
                                            Diagnostic::Severity::Warning));
            return true;
        }
    }
    auto column = [&columns](const char *name) { return columns.value(QLatin1String(name), -1); };
    const int idColumn = column("id"), geonameColumn = column("geonameid"), nameColumn = column("name"),
              frenchColumn = column("name_fr"), latColumn = column("lat"), lonColumn = column("lon"),
              countryColumn = column("country"), admin1Column = column("admin1"), kindColumn = column("kind"),
              populationColumn = column("population"), namesColumn = column("names");
    const int needed = std::max({idColumn, nameColumn, latColumn, lonColumn}) + 1;

    bool ok = true;
    for (int lineIndex = headerLine + 1; lineIndex < lines.size(); ++lineIndex) {
        QString line = lines.at(lineIndex);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        const int lineNumber = lineIndex + 1;
        auto field = [&fields](int index) {
            return index >= 0 && index < fields.size() ? fields.at(index).trimmed() : QString();
        };
        if (fields.size() < needed) {
            if (diagnostics)
                diagnostics->append(problem(path, lineNumber,
                                            QStringLiteral("%1 columns, expected %2: line skipped")
                                                .arg(fields.size())
                                                .arg(header.size())));
            ok = false;
            continue;
        }
        Place place;
        place.id = field(idColumn);
        place.name = field(nameColumn);
        bool latOk = false, lonOk = false;
        place.lat = field(latColumn).toDouble(&latOk);
        place.lon = field(lonColumn).toDouble(&lonOk);
        if (place.id.isEmpty() || place.name.isEmpty() || !latOk || !lonOk || std::abs(place.lat) > 90.0 ||
            std::abs(place.lon) > 180.0) {
            if (diagnostics)
                diagnostics->append(problem(
                    path, lineNumber, QStringLiteral("missing id or name, or bad lat/lon: line skipped")));
            ok = false;
            continue;
        }
        if (d->byId.contains(place.id)) {
            if (diagnostics)
                diagnostics->append(problem(path, lineNumber,
                                            QStringLiteral("duplicate id %1: line skipped").arg(place.id),
                                            Diagnostic::Severity::Warning));
            continue;
        }
        place.geonameId = field(geonameColumn).toLongLong();
        place.frenchName = field(frenchColumn);
        place.country = field(countryColumn).toUpper();
        place.admin1 = field(admin1Column);
        place.kind = placeKindFromId(field(kindColumn));
        place.population = std::max<qint64>(0, field(populationColumn).toLongLong());
        for (const QString &spelling : field(namesColumn).split(QLatin1Char('|'), Qt::SkipEmptyParts))
            place.names.append(spelling.trimmed());

        const int index = d->places.size();
        d->places.append(place);
        d->byId.insert(place.id, index);
        d->index(index);
    }
    d->touch();
    return ok;
}

bool Gazetteer::isEmpty() const
{
    return d->places.isEmpty();
}

const QVector<Place> &Gazetteer::places() const
{
    return d->places;
}

const Place &Gazetteer::place(int index) const
{
    return d->places.at(index);
}

int Gazetteer::indexOf(const QString &id) const
{
    return d->byId.value(id, -1);
}

QVector<PlaceCandidate> Gazetteer::candidates(const QString &name) const
{
    const QVector<NameHit> hits = d->lookup(d->keyer.keys(name));
    QVector<PlaceCandidate> result;
    result.reserve(hits.size());
    for (const NameHit &hit : hits)
        result.append({hit.place, hit.tier, tierConfidence(hit.tier)});
    std::stable_sort(result.begin(), result.end(), [this](const PlaceCandidate &a, const PlaceCandidate &b) {
        if (a.tier != b.tier)
            return a.tier < b.tier;
        return sizeScore(d->places.at(a.index)) > sizeScore(d->places.at(b.index));
    });
    return result;
}

} // namespace cm
