#pragma once

#include "dataset.h"

#include <QDate>
#include <functional>
#include <memory>

class QgsApplication;
class QTemporaryDir;

namespace cm::test {

/** A generated war: `places` towns spread over the land of Syria and Iraq, each held
 *  at the start by the faction whose base is nearest, then captured as fronts advance
 *  from the bases through 2016–2017 (one or two captures per town, a few partial
 *  captures and denials). Every event has an article whose text contains its
 *  evidence at its offset. Deterministic for a seed. */
Dataset generatedScenario(int places, quint32 seed = 7);

/** Writes `count` generated articles into `folder` with tools/gencorpus.py (python3);
 *  false, with the script's output in `error`, when it failed. */
bool generateCorpus(const QString &folder, int count, int seed = 1, QString *error = nullptr);

/** Starts QGIS for GUI tests and benchmarks: offscreen platform, settings and profile in
 *  `home` (never the user's), resources from the source tree unless CONFLICTMAP_RESOURCES
 *  says otherwise. Call QgsApplication::exitQgis() before the application goes. */
std::unique_ptr<QgsApplication> startOffscreenQgis(int &argc, char **argv, const QTemporaryDir &home);

/** Runs the event loop until `done` or `timeoutMs`; true when `done` became true. */
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 20000);

} // namespace cm::test
