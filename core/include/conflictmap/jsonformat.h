#pragma once

#include "conflictmap/article.h"
#include "conflictmap/controlevent.h"

#include <QJsonObject>

namespace cm {

/** The `articles[]` entry of `extract --json` (shared/spec/events.md). */
QJsonObject articleToJson(const Article &article);

/** The `events[]` entry of `extract --json`; unknown values are JSON null. */
QJsonObject eventToJson(const ControlEvent &event);

/** Reads back an `events[]` entry; missing fields keep their defaults. */
ControlEvent eventFromJson(const QJsonObject &object);

/** The whole `extract --json` object: {"articles": [...], "events": [...]}. */
QJsonObject extractionToJson(const QVector<Article> &articles, const ControlEvents &events);

} // namespace cm
