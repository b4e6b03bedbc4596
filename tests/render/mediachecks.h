#pragma once
// Checks on exported images and videos, shared by the render tests and the viewer's export test.

#include <QColor>
#include <QImage>
#include <QSize>
#include <QString>

namespace cm::test {

/** What libavformat reads back from a video file. */
struct MediaInfo {
    int frames = 0; ///< packets of the video stream (one per frame for GIF and H.264 in MP4)
    QSize size;
    QString codec;
    double seconds = 0.0;
};

/** Reads a video file back with libavformat; frames 0 when it cannot be read. */
MediaInfo probe(const QString &path);

/** Pixels of `image` within `tolerance` (max channel difference) of `color`. */
int countPixels(const QImage &image, const QColor &color, int tolerance = 6);

} // namespace cm::test
