// ToponymResolver: place mentions in French text, false friends, context, and the
// acceptance tables against the project's gazetteer.
#include <catch2/catch.hpp>

#include "conflictmap/gazetteer.h"
#include "conflictmap/geodesy.h"
#include "conflictmap/resources.h"
#include "conflictmap/toponymresolver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <thread>

using namespace cm;

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace {

QString testData(const QString &relative)
{
    return QStringLiteral(CM_TEST_DATA "/") + relative;
}

const Gazetteer &miniGazetteer()
{
    static const Gazetteer *gazetteer = [] {
        Resources::setDirectory(QStringLiteral(CM_RESOURCES));
        auto *loaded = new Gazetteer;
        loaded->loadTable(testData(QStringLiteral("gazetteer/mini.tsv")));
        loaded->loadTable(testData(QStringLiteral("gazetteer/mini_supplement.tsv")));
        return loaded;
    }();
    return *gazetteer;
}

// The project's gazetteer (resources/gazetteer), loaded once.
const Gazetteer &projectGazetteer()
{
    static const Gazetteer *gazetteer = [] {
        Resources::setDirectory(QStringLiteral(CM_RESOURCES));
        auto *loaded = new Gazetteer;
        loaded->loadFolder(QStringLiteral(CM_RESOURCES "/gazetteer"));
        return loaded;
    }();
    return *gazetteer;
}

QString idOf(const ToponymResolver &resolver, const PlaceCandidate &candidate)
{
    return candidate.isValid() ? resolver.gazetteer().place(candidate.index).id : QString();
}

QString resolvedId(const QString &name)
{
    const ToponymResolver resolver(miniGazetteer());
    return idOf(resolver, resolver.resolve(name));
}

QStringList surfaces(const QVector<PlaceMention> &mentions)
{
    QStringList result;
    for (const PlaceMention &mention : mentions)
        result.append(mention.surface);
    return result;
}

// Rows of a tab-separated table with a header, '#' comments skipped, as header → value maps.
QVector<QHash<QString, QString>> readTable(const QString &path)
{
    QVector<QHash<QString, QString>> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    QStringList header;
    for (QString line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (header.isEmpty()) {
            header = fields;
            continue;
        }
        QHash<QString, QString> row;
        for (int i = 0; i < header.size() && i < fields.size(); ++i)
            row.insert(header.at(i).trimmed(), fields.at(i).trimmed());
        rows.append(row);
    }
    return rows;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TEST_CASE("resolve() takes press forms: articles, prepositions, accents, variants", "[toponyms]")
{
    CHECK(resolvedId(QStringLiteral("al-Raï")) == QStringLiteral("gn:169138"));
    CHECK(resolvedId(QStringLiteral("d'al-Raï")) == QStringLiteral("gn:169138"));
    CHECK(resolvedId(QStringLiteral("Al Rai")) == QStringLiteral("gn:169138"));
    CHECK(resolvedId(QStringLiteral("à Raqqa")) == QStringLiteral("gn:172955"));
    CHECK(resolvedId(QStringLiteral("Raqa")) == QStringLiteral("gn:172955"));
    CHECK(resolvedId(QStringLiteral("de Deir Ezzor")) == QStringLiteral("gn:170794"));
    CHECK(resolvedId(QStringLiteral("Deir el-Zor")) == QStringLiteral("gn:170794"));
    CHECK(resolvedId(QStringLiteral("d’al-Bab")) == QStringLiteral("gn:174018"));
    CHECK(resolvedId(QStringLiteral("la ville de Minbej")) == QStringLiteral("gn:167357"));
    CHECK(resolvedId(QStringLiteral("Mossoul")) == QStringLiteral("gn:99072"));
    CHECK(resolvedId(QStringLiteral("Boukamal")) == QStringLiteral("gn:174448"));
    CHECK(resolvedId(QStringLiteral("Abou Kamal")) == QStringLiteral("gn:174448"));
    CHECK(resolvedId(QStringLiteral("Cheikh Maskin")) == QStringLiteral("gn:164328"));
    CHECK(resolvedId(QStringLiteral("Soueïda")) == QStringLiteral("gn:172408"));
    CHECK(resolvedId(QStringLiteral("Halwaniyé")) == QStringLiteral("cm:halwaniye-crossing"));
    CHECK(resolvedId(QStringLiteral("Ataman")) == QStringLiteral("cm:atman"));
    CHECK(resolvedId(QStringLiteral("raqqa")) ==
          QStringLiteral("gn:172955")); // a name given alone may be lower-case
    CHECK(resolvedId(QStringLiteral("")).isEmpty());
    CHECK(resolvedId(QStringLiteral("de la")).isEmpty());
}

TEST_CASE("A name written as a province is the province, alone it is the city", "[toponyms]")
{
    CHECK(resolvedId(QStringLiteral("Alep")) == QStringLiteral("gn:170063"));
    CHECK(resolvedId(QStringLiteral("la province d'Alep")) == QStringLiteral("ne1:SY-HL"));
    CHECK(resolvedId(QStringLiteral("province syrienne d'Alep")) == QStringLiteral("ne1:SY-HL"));
    CHECK(resolvedId(QStringLiteral("Hama")) == QStringLiteral("gn:170017"));
    CHECK(resolvedId(QStringLiteral("gouvernorat de Hama")) == QStringLiteral("ne1:SY-HM"));
    CHECK(resolvedId(QStringLiteral("Deir Ezzor")) == QStringLiteral("gn:170794"));
    CHECK(resolvedId(QStringLiteral("province de Deir Ezzor")) == QStringLiteral("ne1:SY-DY"));

    const ToponymResolver resolver(miniGazetteer());
    const PlaceResolution province = resolver.explain(QStringLiteral("la province d'Alep"));
    CHECK(province.province);
    CHECK(province.name == QStringLiteral("Alep"));
    // A province named where there is no such province falls back to the town.
    CHECK(resolvedId(QStringLiteral("province de Palmyre")) == QStringLiteral("gn:163808"));
}

TEST_CASE("False friends are not places: people, organisations, foreign capitals", "[toponyms]")
{
    const ToponymResolver resolver(miniGazetteer());
    for (const char *name : {"Bachar", "Bachar al-Assad", "Bashar el-Assad", "al-Baghdadi", "Baghdadi",
                             "Rami Abdel Rahmane", "Abdel Rahmane", "Front al-Nosra", "Daech", "Hezbollah",
                             "Paris", "Moscou", "Ankara", "Beyrouth", "Washington", "Sotchi", "Amman"}) {
        INFO(name);
        const PlaceResolution resolution = resolver.explain(QString::fromUtf8(name));
        CHECK_FALSE(resolution.match.isValid());
        CHECK_FALSE(resolution.rejectedAs.isEmpty());
    }
    CHECK(resolver.falseFriendCategory(QStringLiteral("Bachar al-Assad")) == QStringLiteral("person"));
    CHECK(resolver.falseFriendCategory(QStringLiteral("Beyrouth")) == QStringLiteral("foreign"));
    CHECK(resolver.falseFriendCategory(QStringLiteral("Front al-Nosra")) == QStringLiteral("organisation"));
    CHECK(resolver.falseFriendCategory(QStringLiteral("Raqqa")).isEmpty());
    // Basrah and Baghdad stay places under their own names.
    CHECK(resolvedId(QStringLiteral("Bassorah")) == QStringLiteral("gn:99532"));
    CHECK(resolvedId(QStringLiteral("Bagdad")) == QStringLiteral("gn:98182"));
}

TEST_CASE("findMentions finds capitalised place names with their French particles", "[toponyms]")
{
    const ToponymResolver resolver(miniGazetteer());
    const QString text = QStringLiteral("Après Cheikh Maskin, les rebelles ont pris le contrôle du nord-est "
                                        "d'al-Raï, selon Rami Abdel Rahmane, "
                                        "directeur de l'OSDH. Le président Bachar al-Assad a quitté Damas "
                                        "pour Deir ez-Zor et Jisr al-Choughour.");
    const QVector<PlaceMention> mentions = resolver.findMentions(text);
    CHECK(surfaces(mentions) ==
          QStringList({QStringLiteral("Cheikh Maskin"), QStringLiteral("al-Raï"), QStringLiteral("Damas"),
                       QStringLiteral("Deir ez-Zor"), QStringLiteral("Jisr al-Choughour")}));
    QStringList ids;
    for (const PlaceMention &mention : mentions) {
        ids.append(idOf(resolver, mention.match));
        CHECK(text.mid(mention.start, mention.length) == mention.surface);
        CHECK_FALSE(mention.province);
    }
    CHECK(ids ==
          QStringList({QStringLiteral("gn:164328"), QStringLiteral("gn:169138"), QStringLiteral("gn:170654"),
                       QStringLiteral("gn:170794"), QStringLiteral("gn:169023")}));

    // A title ends a sentence: the next capitalised word is no person.
    const QVector<PlaceMention> afterTitle =
        resolver.findMentions(QStringLiteral("Il a rencontré le président. Raqqa est encerclée."));
    CHECK(surfaces(afterTitle) == QStringList({QStringLiteral("Raqqa")}));

    // Lower-case words are not names; a range limits the search.
    CHECK(resolver.findMentions(QStringLiteral("la raqqa et damas")).isEmpty());
    const QVector<PlaceMention> ranged =
        resolver.findMentions(text, text.indexOf(QStringLiteral("Damas")), -1);
    REQUIRE_FALSE(ranged.isEmpty());
    CHECK(ranged.first().surface == QStringLiteral("Damas"));
    CHECK(resolver.findMentions(text, 5, 3).isEmpty());
}

TEST_CASE("findMentions marks provinces and keeps loose matches for place contexts", "[toponyms]")
{
    const ToponymResolver resolver(miniGazetteer());
    const QString text =
        QStringLiteral("L'EI s'est retiré de la province d'Alep, et du sud-est de la province "
                       "pétrolière de Deir Ezzor, mais tient encore Alep. C'est au tour "
                       "d'Ataman de tomber. Ataman a dit non.");
    const QVector<PlaceMention> mentions = resolver.findMentions(text);
    REQUIRE(surfaces(mentions) == QStringList({QStringLiteral("Alep"), QStringLiteral("Deir Ezzor"),
                                               QStringLiteral("Alep"), QStringLiteral("Ataman")}));
    CHECK(mentions.at(0).province);
    CHECK(idOf(resolver, mentions.at(0).match) == QStringLiteral("ne1:SY-HL"));
    CHECK(mentions.at(1).province);
    CHECK(idOf(resolver, mentions.at(1).match) == QStringLiteral("ne1:SY-DY"));
    CHECK_FALSE(mentions.at(2).province);
    CHECK(idOf(resolver, mentions.at(2).match) == QStringLiteral("gn:170063"));
    CHECK(mentions.at(3).match.tier == MatchTier::Skeleton);
    CHECK(mentions.at(3).match.confidence < 0.5);
    CHECK(mentions.at(0).match.confidence > mentions.at(3).match.confidence);
}

TEST_CASE("A site written with its French noun is the site, not the town", "[toponyms]")
{
    const ToponymResolver resolver(miniGazetteer());
    const QString text =
        QStringLiteral("Les FDS ont pris le barrage de Tabqa, puis Tabqa, et la ville de Raqqa.");
    const QVector<PlaceMention> mentions = resolver.findMentions(text);
    REQUIRE(surfaces(mentions) == QStringList({QStringLiteral("barrage de Tabqa"), QStringLiteral("Tabqa"),
                                               QStringLiteral("Raqqa")}));
    CHECK(idOf(resolver, mentions.at(0).match) == QStringLiteral("cm:tabqa-dam"));
    CHECK(text.mid(mentions.at(0).start, mentions.at(0).length) == QStringLiteral("barrage de Tabqa"));
    CHECK(idOf(resolver, mentions.at(1).match) == QStringLiteral("gn:172374"));
    CHECK(idOf(resolver, mentions.at(2).match) == QStringLiteral("gn:172955"));
    CHECK(resolvedId(QStringLiteral("le barrage de Tabqa")) == QStringLiteral("cm:tabqa-dam"));
}

TEST_CASE("disambiguate() prefers the place near the article's other places", "[toponyms]")
{
    const ToponymResolver resolver(miniGazetteer());
    const QString latakia =
        QStringLiteral("Le régime s'empare de Salma, près de Lattaquié, avant de reprendre Rabia.");
    QVector<PlaceMention> mentions = resolver.findMentions(latakia);
    REQUIRE(surfaces(mentions).contains(QStringLiteral("Rabia")));
    resolver.disambiguate(mentions);
    for (const PlaceMention &mention : mentions)
        if (mention.surface == QStringLiteral("Rabia"))
            CHECK(idOf(resolver, mention.match) == QStringLiteral("gn:167880"));

    const QString nineveh =
        QStringLiteral("Les peshmergas ont repris Sinjar, puis Rabia, à l'ouest de Mossoul.");
    mentions = resolver.findMentions(nineveh);
    REQUIRE(surfaces(mentions).contains(QStringLiteral("Rabia")));
    resolver.disambiguate(mentions);
    for (const PlaceMention &mention : mentions)
        if (mention.surface == QStringLiteral("Rabia"))
            CHECK(idOf(resolver, mention.match) == QStringLiteral("cm:rabia-iq"));

    QVector<PlaceMention> none;
    resolver.disambiguate(none);
    CHECK(none.isEmpty());
}

TEST_CASE("findMentions can run from several threads at once", "[toponyms]")
{
    const ToponymResolver resolver(miniGazetteer());
    const QString text =
        QStringLiteral("Les forces ont repris Palmyre, puis al-Qaryatayn, Mayadine et Boukamal. ")
            .repeated(50);
    const QStringList expected = surfaces(resolver.findMentions(text));
    REQUIRE(expected.size() == 200);
    QVector<QStringList> results(4);
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([&, i] { results[i] = surfaces(resolver.findMentions(text)); });
    for (std::thread &thread : threads)
        thread.join();
    for (const QStringList &result : results)
        CHECK(result == expected);
}

TEST_CASE("Odd input gives no mention and no crash", "[toponyms]")
{
    const ToponymResolver resolver(miniGazetteer());
    const QString capitals =
        QStringLiteral("Abc Def Ghi Jkl Mno Pqr Stu Vwx ").repeated(200) + QStringLiteral("Palmyre");
    const QVector<PlaceMention> runs = resolver.findMentions(capitals);
    REQUIRE(runs.size() == 1); // a long capitalised run is tried in windows: the name at its end is found
    CHECK(runs.first().surface == QStringLiteral("Palmyre"));
    const QStringList odd{QString(),
                          QStringLiteral("'"),
                          QStringLiteral("-- ' -- al- d' l'"),
                          QString::fromUtf8("\xF0\x9F\x98\x80 \xF0\x9F\x98\x80"),
                          QStringLiteral("AL-"),
                          QStringLiteral("al-al-al-"),
                          QStringLiteral("d'"),
                          QString(QChar(0xD800))};
    for (const QString &text : odd) {
        CHECK(resolver.findMentions(text).isEmpty());
        CHECK(resolver.findMentions(text, -5, 1000).isEmpty());
        CHECK_FALSE(resolver.resolve(text).isValid());
    }
    CHECK(resolver.findMentions(QStringLiteral("Palmyre"), 7, 2).isEmpty());
}

// ---- Acceptance, against the project's gazetteer (resources/gazetteer) ----

TEST_CASE("Every place of the sample articles' gold resolves within 15 km", "[toponyms][acceptance]")
{
    const Gazetteer &gazetteer = projectGazetteer();
    REQUIRE_FALSE(gazetteer.isEmpty());
    const ToponymResolver resolver(gazetteer);
    const QVector<QHash<QString, QString>> rows =
        readTable(testData(QStringLiteral("gazetteer/seeds_toponyms.tsv")));
    REQUIRE(rows.size() >= 25);

    // The table's points are the gold's when the evaluation folder is next to the project.
    QHash<QString, QPair<double, double>> gold;
    QFile goldFile(QStringLiteral(CM_TEST_DATA "/../../../shared/eval/seeds_gold.json"));
    if (goldFile.open(QIODevice::ReadOnly))
        for (const QJsonValue &article : QJsonDocument::fromJson(goldFile.readAll()).array())
            for (const QJsonValue &event : article.toObject().value(QStringLiteral("events")).toArray())
                gold.insert(event.toObject().value(QStringLiteral("place")).toString(),
                            {event.toObject().value(QStringLiteral("lat")).toDouble(),
                             event.toObject().value(QStringLiteral("lon")).toDouble()});

    QHash<QString, QVector<PlaceMention>> articleMentions;
    for (const auto &row : rows) {
        const QString spelling = row.value(QStringLiteral("spelling"));
        const QString expect = row.value(QStringLiteral("expect"));
        const double lat = row.value(QStringLiteral("lat")).toDouble();
        const double lon = row.value(QStringLiteral("lon")).toDouble();
        INFO(spelling.toStdString() << " in " << row.value(QStringLiteral("file")).toStdString());
        if (gold.contains(row.value(QStringLiteral("gold_place")))) {
            CHECK(gold.value(row.value(QStringLiteral("gold_place"))).first == Approx(lat));
            CHECK(gold.value(row.value(QStringLiteral("gold_place"))).second == Approx(lon));
        }
        auto matches = [&](const PlaceCandidate &candidate) {
            if (!candidate.isValid())
                return false;
            const Place &place = gazetteer.place(candidate.index);
            if (expect.startsWith(QStringLiteral("province:")))
                return place.kind == PlaceKind::Province && place.admin1 == expect.mid(9);
            return distanceKm(place.lat, place.lon, lat, lon) <= 15.0;
        };

        // The spelling on its own, unless only its article's context can tell…
        if (expect != QStringLiteral("point-in-context"))
            CHECK(matches(resolver.resolve(spelling)));

        // …and as found in its article, after disambiguation by the article's other places.
        const QString file = row.value(QStringLiteral("file"));
        if (!articleMentions.contains(file)) {
            QVector<PlaceMention> mentions =
                resolver.findMentions(readText(QStringLiteral(CM_SEEDS "/") + file));
            resolver.disambiguate(mentions);
            articleMentions.insert(file, mentions);
        }
        const PlaceResolution understood = resolver.explain(spelling);
        bool found = false;
        bool near = false;
        for (const PlaceMention &mention : articleMentions.value(file)) {
            if (mention.surface != understood.name || mention.province != understood.province)
                continue;
            found = true;
            near = near || matches(mention.match);
        }
        CHECK(found);
        CHECK(near);
    }
}

TEST_CASE("At least 95% of the spelling table resolves to the expected place", "[toponyms][acceptance]")
{
    const Gazetteer &gazetteer = projectGazetteer();
    REQUIRE_FALSE(gazetteer.isEmpty());
    const ToponymResolver resolver(gazetteer);
    const QVector<QHash<QString, QString>> rows =
        readTable(testData(QStringLiteral("gazetteer/spellings.tsv")));
    REQUIRE(rows.size() >= 150);
    int correct = 0;
    QStringList wrong;
    for (const auto &row : rows) {
        const QString spelling = row.value(QStringLiteral("spelling"));
        const QString expected = row.value(QStringLiteral("expected_id"));
        const QString got = idOf(resolver, resolver.resolve(spelling));
        if (got == expected)
            ++correct;
        else
            wrong.append(QStringLiteral("%1: expected %2, got %3")
                             .arg(spelling, expected, got.isEmpty() ? QStringLiteral("nothing") : got));
    }
    const double accuracy = double(correct) / rows.size();
    WARN("spellings.tsv: " << correct << "/" << rows.size() << " resolved as expected\n"
                           << wrong.join(QLatin1Char('\n')).toStdString());
    CHECK(accuracy >= 0.95);
}

TEST_CASE("Capitalised non-place words and foreign places yield no place of the region",
          "[toponyms][acceptance]")
{
    const Gazetteer &gazetteer = projectGazetteer();
    REQUIRE_FALSE(gazetteer.isEmpty());
    const ToponymResolver resolver(gazetteer);
    const QVector<QHash<QString, QString>> rows =
        readTable(testData(QStringLiteral("gazetteer/not_places.tsv")));
    REQUIRE(rows.size() >= 60);
    QStringList wrong;
    for (const auto &row : rows) {
        const QString word = row.value(QStringLiteral("word"));
        auto inRegion = [&](const PlaceCandidate &candidate) {
            if (!candidate.isValid())
                return false;
            const Place &place = gazetteer.place(candidate.index);
            return isInRegionOfInterest(place.lat, place.lon);
        };
        const PlaceCandidate alone = resolver.resolve(word);
        if (inRegion(alone))
            wrong.append(QStringLiteral("%1 → %2").arg(word, gazetteer.place(alone.index).id));
        // In a sentence, where a place would be expected.
        const QString sentence =
            QStringLiteral("Selon les informations venues de %1, la situation reste tendue.").arg(word);
        for (const PlaceMention &mention : resolver.findMentions(sentence))
            if (inRegion(mention.match))
                wrong.append(QStringLiteral("%1 in a sentence → %2")
                                 .arg(word, gazetteer.place(mention.match.index).id));
    }
    INFO(wrong.join(QLatin1Char('\n')).toStdString());
    CHECK(wrong.isEmpty());
}
