// Gazetteer: loading place tables and tiered spelling lookup.
#include <catch2/catch.hpp>

#include "conflictmap/gazetteer.h"
#include "conflictmap/resources.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace cm;

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(CM_TEST_DATA "/gazetteer/") + QLatin1String(name);
}

// The mini fixture: 51 real places (GeoNames extract) and a supplement with a source column.
const Gazetteer &miniGazetteer()
{
    static const Gazetteer *gazetteer = [] {
        Resources::setDirectory(QStringLiteral(CM_RESOURCES));
        auto *loaded = new Gazetteer;
        loaded->loadTable(fixture("mini.tsv"));
        loaded->loadTable(fixture("mini_supplement.tsv"));
        return loaded;
    }();
    return *gazetteer;
}

// Id of the first candidate, with its tier, or "" when nothing matched.
QString firstId(const QString &name, MatchTier *tier = nullptr)
{
    const Gazetteer &gazetteer = miniGazetteer();
    const QVector<PlaceCandidate> candidates = gazetteer.candidates(name);
    if (candidates.isEmpty())
        return {};
    if (tier)
        *tier = candidates.first().tier;
    return gazetteer.place(candidates.first().index).id;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

TEST_CASE("A place table loads with every column, and a bad line is reported and skipped", "[gazetteer]")
{
    Resources::setDirectory(QStringLiteral(CM_RESOURCES));
    Gazetteer gazetteer;
    Diagnostics diagnostics;
    CHECK(gazetteer.loadTable(fixture("mini.tsv"), &diagnostics));
    CHECK(diagnostics.isEmpty());
    CHECK(gazetteer.places().size() == 51);

    const int index = gazetteer.indexOf(QStringLiteral("gn:163808"));
    REQUIRE(index >= 0);
    const Place &palmyra = gazetteer.place(index);
    CHECK(palmyra.geonameId == 163808);
    CHECK(palmyra.name == QStringLiteral("Tadmur"));
    CHECK(palmyra.frenchName == QStringLiteral("Palmyre"));
    CHECK(palmyra.lat == Approx(34.5624));
    CHECK(palmyra.lon == Approx(38.28402));
    CHECK(palmyra.country == QStringLiteral("SY"));
    CHECK(palmyra.admin1 == QStringLiteral("SY-HI"));
    CHECK(palmyra.kind == PlaceKind::Town);
    CHECK(palmyra.population == 51015);
    CHECK(palmyra.names.contains(QStringLiteral("Palmyra")));

    // The supplement has an extra `source` column and one broken line (line 7).
    CHECK_FALSE(gazetteer.loadTable(fixture("mini_supplement.tsv"), &diagnostics));
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics.first().line == 7);
    CHECK(diagnostics.first().file.endsWith(QStringLiteral("mini_supplement.tsv")));
    CHECK(gazetteer.places().size() == 57);
    const int crossing = gazetteer.indexOf(QStringLiteral("cm:halwaniye-crossing"));
    REQUIRE(crossing >= 0);
    CHECK(gazetteer.place(crossing).kind == PlaceKind::Crossing);
    CHECK(gazetteer.place(crossing).geonameId == 0);
    CHECK(gazetteer.indexOf(QStringLiteral("cm:bad-row")) == -1);
    CHECK(gazetteer.indexOf(QStringLiteral("nowhere")) == -1);
}

TEST_CASE("Columns are read by header name, and tables that are not place tables are skipped", "[gazetteer]")
{
    Resources::setDirectory(QStringLiteral(CM_RESOURCES));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("a_places.tsv")),
              "names\tlon\tlat\tkind\tid\tname\tcountry\n"
              "Tall Abyad|Tell Abyad|Tal Abyad\t38.95382\t36.69648\tvillage\tgn:163750\tTall Abyad\tSY\n"
              "\n"
              "# a comment line\n"
              "Kobani|Kobané\t38.35347\t36.89095\ttown\tgn:172256\tAyn al Arab\tSY\n"
              "Kobani\t38.3\t36.8\ttown\tgn:172256\tDuplicate\tSY\n");
    writeFile(dir.filePath(QStringLiteral("b_spellings.tsv")),
              "spelling\texpected_id\tnote\nAlep\tgn:170063\t\n");

    Gazetteer gazetteer;
    Diagnostics diagnostics;
    CHECK(gazetteer.loadFolder(dir.path(), &diagnostics));
    CHECK(gazetteer.places().size() == 2);
    const int kobani = gazetteer.indexOf(QStringLiteral("gn:172256"));
    REQUIRE(kobani >= 0);
    CHECK(gazetteer.place(kobani).lat == Approx(36.89095));
    CHECK(gazetteer.place(kobani).lon == Approx(38.35347));
    CHECK(gazetteer.place(kobani).name == QStringLiteral("Ayn al Arab"));
    CHECK(gazetteer.place(kobani).kind == PlaceKind::Town);
    // The duplicate id and the table without place columns are both warnings.
    REQUIRE(diagnostics.size() == 2);
    CHECK(diagnostics.at(0).severity == Diagnostic::Severity::Warning);
    CHECK(diagnostics.at(0).line == 6);
    CHECK(diagnostics.at(1).file.endsWith(QStringLiteral("b_spellings.tsv")));

    Gazetteer empty;
    Diagnostics missing;
    CHECK_FALSE(empty.loadFolder(dir.filePath(QStringLiteral("no-such-folder")), &missing));
    CHECK(missing.size() == 1);
    CHECK(empty.isEmpty());
}

TEST_CASE("Spellings match through tiers: exact, normalised, transliteration, skeleton", "[gazetteer]")
{
    MatchTier tier = MatchTier::Skeleton;
    // French names and alternate names as they are.
    CHECK(firstId(QStringLiteral("Palmyre"), &tier) == QStringLiteral("gn:163808"));
    CHECK(tier == MatchTier::Exact);
    CHECK(firstId(QStringLiteral("KHANASSER"), &tier) == QStringLiteral("gn:168351"));
    CHECK(tier == MatchTier::Exact);
    CHECK(firstId(QStringLiteral("Kobané"), &tier) == QStringLiteral("gn:172256"));
    CHECK(tier == MatchTier::Exact);

    // Article, apostrophes, doubled letters and spacing.
    CHECK(firstId(QStringLiteral("al-Raï"), &tier) == QStringLiteral("gn:169138"));
    CHECK(tier == MatchTier::Normalised);
    CHECK(firstId(QStringLiteral("Deir Ezzor"), &tier) == QStringLiteral("gn:170794"));
    CHECK(tier == MatchTier::Normalised);
    CHECK(firstId(QStringLiteral("Raqqah"), &tier) == QStringLiteral("gn:172955"));
    CHECK(firstId(QStringLiteral("Al Mayadine"), &tier) == QStringLiteral("gn:173480"));
    CHECK(tier == MatchTier::Normalised);

    // Transliteration: ou/u, ch/sh, dj/j, e/a/i, sun-letter articles, final -e/-é.
    CHECK(firstId(QStringLiteral("Jisr al-Choughour"), &tier) == QStringLiteral("gn:169023"));
    CHECK(tier == MatchTier::Transliteration);
    CHECK(firstId(QStringLiteral("Tel Abiadh"), &tier) == QStringLiteral("gn:163750"));
    CHECK(tier == MatchTier::Transliteration);
    CHECK(firstId(QStringLiteral("Manbidj"), &tier) == QStringLiteral("gn:167357"));
    CHECK(firstId(QStringLiteral("Maarat al-Noumane"), &tier) == QStringLiteral("gn:167611"));
    CHECK(tier == MatchTier::Transliteration);
    CHECK(firstId(QStringLiteral("Haouija"), &tier) == QStringLiteral("gn:390188"));
    CHECK(tier == MatchTier::Transliteration);

    // Consonant skeleton: a dropped vowel.
    CHECK(firstId(QStringLiteral("Ataman"), &tier) == QStringLiteral("cm:atman"));
    CHECK(tier == MatchTier::Skeleton);

    // Nothing for words that are no name of the table.
    CHECK(firstId(QStringLiteral("Vendredi")).isEmpty());
    CHECK(firstId(QStringLiteral("")).isEmpty());
    CHECK(firstId(QStringLiteral("-- ' --")).isEmpty());
}

TEST_CASE("Candidates come best tier first, then larger places first", "[gazetteer]")
{
    const Gazetteer &gazetteer = miniGazetteer();
    const QVector<PlaceCandidate> alep = gazetteer.candidates(QStringLiteral("Alep"));
    REQUIRE(alep.size() >= 2);
    CHECK(gazetteer.place(alep.at(0).index).id == QStringLiteral("gn:170063")); // the city
    bool hasProvince = false;
    for (const PlaceCandidate &candidate : alep)
        hasProvince = hasProvince || gazetteer.place(candidate.index).id == QStringLiteral("ne1:SY-HL");
    CHECK(hasProvince);
    for (int i = 1; i < alep.size(); ++i) {
        CHECK(alep.at(i - 1).tier <= alep.at(i).tier);
        CHECK(alep.at(i - 1).confidence >= alep.at(i).confidence);
    }

    // Each place once, at its cheapest tier, with that tier's confidence.
    const QVector<PlaceCandidate> raqqa = gazetteer.candidates(QStringLiteral("Raqqa"));
    QVector<int> seen;
    for (const PlaceCandidate &candidate : raqqa) {
        CHECK_FALSE(seen.contains(candidate.index));
        seen.append(candidate.index);
        CHECK(candidate.confidence > 0.0);
        CHECK(candidate.confidence <= 1.0);
    }
    REQUIRE_FALSE(raqqa.isEmpty());
    CHECK(raqqa.first().tier == MatchTier::Exact);
    CHECK(raqqa.first().confidence == Approx(1.0));
}

TEST_CASE("The region of interest is 34-49 E, 29-38 N", "[gazetteer]")
{
    CHECK(isInRegionOfInterest(36.2, 37.16));        // Aleppo
    CHECK(isInRegionOfInterest(36.34, 43.12));       // Mosul
    CHECK(isInRegionOfInterest(29.0, 49.0));         // corner, included
    CHECK_FALSE(isInRegionOfInterest(48.86, 2.35));  // Paris
    CHECK_FALSE(isInRegionOfInterest(39.93, 32.86)); // Ankara
    CHECK_FALSE(isInRegionOfInterest(35.69, 51.39)); // Tehran
}

TEST_CASE("The project's gazetteer loads without errors", "[gazetteer]")
{
    const QString folder = QStringLiteral(CM_RESOURCES "/gazetteer");
    Resources::setDirectory(QStringLiteral(CM_RESOURCES));
    Gazetteer gazetteer;
    Diagnostics diagnostics;
    CHECK(gazetteer.loadFolder(folder, &diagnostics));
    QStringList errors;
    for (const Diagnostic &diagnostic : diagnostics)
        if (diagnostic.severity == Diagnostic::Severity::Error)
            errors.append(formatDiagnostic(diagnostic));
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    CHECK(errors.isEmpty());
    CHECK(gazetteer.places().size() > 1000);
    for (const QString &id : {QStringLiteral("ne0:SY"), QStringLiteral("ne0:IQ"), QStringLiteral("ne1:SY-HL"),
                              QStringLiteral("gn:170063"), QStringLiteral("gn:99072")})
        CHECK(gazetteer.indexOf(id) >= 0);
    int inRegion = 0;
    int unnamed = 0;
    for (const Place &place : gazetteer.places()) {
        if (place.names.isEmpty())
            ++unnamed;
        if (isInRegionOfInterest(place.lat, place.lon))
            ++inRegion;
    }
    CHECK(unnamed == 0);
    CHECK(inRegion > gazetteer.places().size() * 9 / 10);
}
