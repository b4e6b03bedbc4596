#pragma once

#include <QString>

namespace cm {

/** Finds the read-only data files (gazetteer, lexicons, basemap, sample articles).
 *  Looks in $CONFLICTMAP_RESOURCES, then <exe>/../share/conflictmap (installed),
 *  then the source tree's resources/ (build tree). */
class Resources
{
public:
    /** The resources folder in use; empty when none was found. */
    static QString directory();
    /** Absolute path of a file below the resources folder ("gazetteer/places.tsv"). */
    static QString path(const QString &relative);
    /** Use this folder from now on (tests, --resources). */
    static void setDirectory(const QString &directory);
};

} // namespace cm
