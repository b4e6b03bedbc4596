#pragma once

#include "conflictmap/diagnostic.h"

#include <QStringList>
#include <QVector>

namespace cm {

/** One data line of a lexicon file: its tab-separated columns and 1-based line number. */
struct LexiconRow {
    QStringList columns;
    int line = 0;
};

/** Reads a UTF-8 lexicon file: '#' starts a comment line, blank lines are skipped, columns
 *  are tab-separated and trimmed. Rows with fewer than `minColumns` columns are reported
 *  in `diagnostics` and skipped. Returns false (with a diagnostic) if the file is unreadable. */
bool readLexiconFile(const QString &path, int minColumns, QVector<LexiconRow> *rows,
                     Diagnostics *diagnostics);

} // namespace cm
