#pragma once

#include "conflictmap/article.h"
#include "conflictmap/controlevent.h"

#include <QJsonObject>
#include <QJsonParseError>

class QIODevice;

namespace cm {

/** The `articles[]` entry of `extract --json` (shared/spec/events.md). */
QJsonObject articleToJson(const Article &article);

/** The `events[]` entry of `extract --json`; unknown values are JSON null. */
QJsonObject eventToJson(const ControlEvent &event);

/** Reads back an `events[]` entry; missing fields keep their defaults. */
ControlEvent eventFromJson(const QJsonObject &object);

/** The whole `extract --json` object: {"articles": [...], "events": [...]}. */
QJsonObject extractionToJson(const QVector<Article> &articles, const ControlEvents &events);

/** Reads the `events[]` of an `extract --json` document (UTF-8): the events that
 *  QJsonDocument::fromJson and eventFromJson() give, found by parsing blocks of entries on all
 *  cores. On malformed JSON returns false with *error as QJsonDocument::fromJson sets it (reason
 *  and byte offset); for a document that is not an object, false with error NoError. */
bool readExtractionEvents(const QByteArray &json, ControlEvents *events, QJsonParseError *error);

/** Writes the whole `extract --json` document to `device` as UTF-8: the bytes of
 *  QJsonDocument(extractionToJson(articles, events)).toJson(), without building it. Blocks of
 *  items are formatted on all cores and written in order, so memory stays bounded however many
 *  items there are. Returns false when the device fails to take the bytes. */
bool writeExtractionJson(QIODevice &device, const QVector<Article> &articles, const ControlEvents &events);

} // namespace cm
