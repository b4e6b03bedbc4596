#pragma once

#include "conflictmap/controlevent.h"

#include <QVector>

namespace cm {

/** One fact reported by one or more articles. */
struct FusedEvent {
    ControlEvent event;    ///< the merged event: best-known roles, narrowest date, highest confidence
    ControlEvents sources; ///< every statement merged into it, in input order
};

/** Tolerances of EventFusion. */
struct FusionOptions {
    double maxDistanceKm = 15.0; ///< places closer than this are the same (when ids differ)
    int slackDays = 2;           ///< dates this far apart still match, beyond their precision
};

/** Merges the same event across articles: same place (same id, or close), same winner (or one
 *  unknown), compatible kind (capture and partial together; hold with hold; denied with denied),
 *  and dates that agree within their precision. Keeps every source. Deterministic: the result
 *  follows the order of first appearance. */
class EventFusion
{
public:
    explicit EventFusion(FusionOptions options = {});

    QVector<FusedEvent> fuse(const ControlEvents &events) const;

private:
    FusionOptions mOptions;
};

} // namespace cm
