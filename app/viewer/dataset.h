#pragma once

#include "conflictmap/article.h"
#include "conflictmap/controlevent.h"
#include "conflictmap/diagnostic.h"

#include <QHash>
#include <QStringList>

namespace cm {

/** What the viewer has loaded: the folders, their articles (skipped ones included),
 *  the control events extracted from them and the problems met. Immutable once
 *  built; shared by value (implicitly shared Qt containers). */
struct Dataset {
    QStringList folders;
    QVector<Article> articles;
    ControlEvents events;
    Diagnostics diagnostics;
    /** Per event, in `events` order: the folded text the events table searches
     *  (EventTableModel::searchText), filled by LoadTask::build off the GUI thread. */
    QStringList searchText;

    /** Index in `articles` of the article an event comes from; -1 when not found. */
    int articleIndex(const ControlEvent &event) const;
    /** Builds the folder+file lookup; call after filling `articles`. */
    void index();

private:
    QHash<QString, int> mArticleIndex;
};

} // namespace cm
