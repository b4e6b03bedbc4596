// Word lists that drive toponym finding (private to the gazetteer module): false friends
// from resources/gazetteer/not_places.txt and French cues from resources/gazetteer/cues.txt.
#pragma once

#include "conflictmap/diagnostic.h"
#include "gazetteer/namekeys.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace cm {

class ToponymRules
{
public:
    /** Reads not_places.txt and cues.txt of `directory`; missing files give diagnostics. */
    bool load(const QString &directory, const NameKeyer &keyer, Diagnostics *diagnostics);

    /** True when the name's first word is an Arabic article followed by more words. */
    static bool startsWithArticle(const NameKeys &keys, const NameKeyer &keyer);

    /** Category ("person", "organisation", "foreign", "word") of a name that is not an
     *  event place, or empty. Compared on exact and normalised keys, and for names of
     *  several words also on transliteration keys ("Bashar al-Assad" = "Bachar al-Assad").
     *  An entry without article does not reject a name with one ("Bab" is not "al-Bab"). */
    QString falseFriendCategory(const NameKeys &keys, int wordCount) const;

    /** Cue lists, on exact keys (folded lower case). */
    bool isStopWord(const QString &exact) const { return mStopWords.contains(exact); }
    bool isParticle(const QString &exact) const { return mParticles.contains(exact); }
    /** Particles that are also French words ("en", "et"): only before a hyphen ("Tell en-Nasr"). */
    bool isHyphenParticle(const QString &exact) const { return mHyphenParticles.contains(exact); }
    bool isElision(const QString &exact) const { return mElisions.contains(exact); }
    bool isProvinceNoun(const QString &exact) const { return mProvinceNouns.contains(exact); }
    bool isPlaceCue(const QString &exact) const { return mPlaceCues.contains(exact); }
    bool isPersonTitle(const QString &exact) const { return mPersonTitles.contains(exact); }
    bool isGivenName(const QString &exact) const { return mGivenNames.contains(exact); }
    /** French words that may lead a name given to resolve() ("à", "de", "la province de"). */
    bool isLeadingWord(const QString &exact) const { return mLeadingWords.contains(exact); }

private:
    const NameKeyer *mKeyer = nullptr; ///< the gazetteer's, which owns these rules
    struct FalseFriend {
        QString category;
        bool hasArticle = false; ///< the listed name starts with al-, el-…
    };
    QHash<QString, QString> mFalseFriendsExact;    ///< exact key → category
    QHash<QString, FalseFriend> mFalseFriends;     ///< normalised key → category
    QHash<QString, QString> mFalseFriendsTranslit; ///< translit key (names of 2+ words) → category
    QSet<QString> mStopWords;
    QSet<QString> mParticles;
    QSet<QString> mHyphenParticles;
    QSet<QString> mElisions;
    QSet<QString> mProvinceNouns;
    QSet<QString> mPlaceCues;
    QSet<QString> mPersonTitles;
    QSet<QString> mGivenNames;
    QSet<QString> mLeadingWords;
};

} // namespace cm
