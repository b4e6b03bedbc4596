// Folded words looked up by view (private to the ingest module).
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace cm::ingest {

/** Words with a small value (a month number, a weekday), looked up by QStringView: a
 *  QString-keyed hash would need a string built for every word of every article. */
class WordMap
{
public:
    /** Adds a word, or gives it a new value. */
    void insert(const QString &word, int value = 1);
    /** The word's value, or 0. */
    int value(QStringView word) const { return mValues.value(word, 0); }
    bool contains(QStringView word) const { return mValues.contains(word); }

private:
    QStringList mWords;              ///< the keys' characters
    QHash<QStringView, int> mValues; ///< views of mWords (their buffers do not move)
};

} // namespace cm::ingest
