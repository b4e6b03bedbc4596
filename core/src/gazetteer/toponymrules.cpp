#include "gazetteer/toponymrules.h"

#include <QDir>
#include <QFile>

namespace cm {
namespace {

// Reads a "[section]" list file: each non-comment line is one entry of the section above it.
bool readSections(const QString &path, QVector<QPair<QString, QString>> *entries, Diagnostics *diagnostics)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (diagnostics)
            diagnostics->append({path, 0, QStringLiteral("cannot read word list: %1").arg(file.errorString()),
                                 Diagnostic::Severity::Error});
        return false;
    }
    QString section;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        const int hash = line.indexOf(QLatin1String(" #"));
        if (hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        if (section.isEmpty()) {
            if (diagnostics)
                diagnostics->append({path, i + 1, QStringLiteral("entry before any [section] ignored"),
                                     Diagnostic::Severity::Warning});
            continue;
        }
        entries->append({section, line});
    }
    return true;
}

} // namespace

bool ToponymRules::load(const QString &directory, const NameKeyer &keyer, Diagnostics *diagnostics)
{
    const QDir dir(directory);
    bool ok = true;

    QVector<QPair<QString, QString>> falseFriends;
    ok &= readSections(dir.filePath(QStringLiteral("not_places.txt")), &falseFriends, diagnostics);
    mKeyer = &keyer;
    mFalseFriendsExact.clear();
    mFalseFriends.clear();
    mFalseFriendsTranslit.clear();
    for (const auto &entry : falseFriends) {
        const NameKeys keys = keyer.keys(entry.second);
        if (keys.normalised.isEmpty())
            continue;
        mFalseFriendsExact.insert(keys.exact, entry.first);
        FalseFriend &known = mFalseFriends[keys.normalised];
        known.category = entry.first;
        known.hasArticle = known.hasArticle || startsWithArticle(keys, keyer);
        if (keys.exact.contains(QLatin1Char(' ')) && !keys.translit.isEmpty())
            mFalseFriendsTranslit.insert(keys.translit, entry.first);
    }

    QVector<QPair<QString, QString>> cues;
    ok &= readSections(dir.filePath(QStringLiteral("cues.txt")), &cues, diagnostics);
    const QHash<QString, QSet<QString> *> lists{
        {QStringLiteral("stopword"), &mStopWords},    {QStringLiteral("particle"), &mParticles},
        {QStringLiteral("elision"), &mElisions},      {QStringLiteral("province"), &mProvinceNouns},
        {QStringLiteral("place_cue"), &mPlaceCues},   {QStringLiteral("title"), &mPersonTitles},
        {QStringLiteral("given_name"), &mGivenNames}, {QStringLiteral("leading"), &mLeadingWords},
    };
    for (QSet<QString> *list : lists)
        list->clear();
    mHyphenParticles.clear();
    for (const auto &entry : cues) {
        QSet<QString> *list = lists.value(entry.first);
        if (!list) {
            if (diagnostics)
                diagnostics->append({dir.filePath(QStringLiteral("cues.txt")), 0,
                                     QStringLiteral("unknown section [%1] ignored").arg(entry.first),
                                     Diagnostic::Severity::Warning});
            continue;
        }
        // Cue words are compared on the exact key; "en-" is a particle before a hyphen only.
        if (list == &mParticles && entry.second.endsWith(QLatin1Char('-')))
            mHyphenParticles.insert(NameKeyer::exactKey(entry.second));
        else
            list->insert(NameKeyer::exactKey(entry.second));
    }
    return ok;
}

bool ToponymRules::startsWithArticle(const NameKeys &keys, const NameKeyer &keyer)
{
    const int space = keys.exact.indexOf(QLatin1Char(' '));
    return space > 0 && keyer.isArticle(keys.exact.left(space));
}

QString ToponymRules::falseFriendCategory(const NameKeys &keys, int wordCount) const
{
    const auto exact = mFalseFriendsExact.constFind(keys.exact);
    if (exact != mFalseFriendsExact.constEnd())
        return *exact;
    const auto found = mFalseFriends.constFind(keys.normalised);
    if (found != mFalseFriends.constEnd() &&
        (found->hasArticle || !mKeyer || !startsWithArticle(keys, *mKeyer)))
        return found->category;
    if (wordCount > 1) {
        const auto translit = mFalseFriendsTranslit.constFind(keys.translit);
        if (translit != mFalseFriendsTranslit.constEnd())
            return *translit;
    }
    return {};
}

} // namespace cm
