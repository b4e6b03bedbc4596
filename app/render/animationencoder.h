#pragma once

#include "conflictmap/diagnostic.h"

#include <QColor>
#include <QImage>
#include <QSize>
#include <QString>
#include <QVector>
#include <memory>

namespace cm {

/** Writes frames as an animated GIF (looping forever), an H.264 MP4 video (yuv420p) or a
 *  numbered PNG sequence (frame_0001.png, …), with FFmpeg's libraries (libavformat,
 *  libavcodec with libx264, libswscale). One frame per addFrame() call, each shown for
 *  1 / framesPerSecond seconds. Not thread-safe. */
class AnimationEncoder
{
public:
    enum class Format { Gif, Mp4, PngSequence };

    AnimationEncoder();
    ~AnimationEncoder();
    AnimationEncoder(const AnimationEncoder &) = delete;
    AnimationEncoder &operator=(const AnimationEncoder &) = delete;

    /** .gif → Gif, .mp4 → Mp4, anything else (a folder) → PngSequence. */
    static Format formatFor(const QString &path);
    /** The frame size a format stores for `size`: MP4 (yuv420p) needs even sides, so odd
     *  ones lose their last pixel row or column. */
    static QSize storedSize(Format format, const QSize &size);

    /** Colours to keep exact in the GIF palette (e.g. faction colours as drawn); the rest
     *  of the 256 colours come from the first frame's most frequent colours. Call before open(). */
    void setPaletteHint(const QVector<QColor> &colors);

    /** Starts writing `path` (a folder for PNG sequences, created when missing; existing
     *  frame_*.png there are removed first). False plus a diagnostic when the encoder or
     *  file is unavailable. */
    bool open(const QString &path, const QSize &size, double framesPerSecond,
              Diagnostics *diagnostics = nullptr);
    /** Adds a frame (scaled to the size given to open() when it differs). */
    bool addFrame(const QImage &image, Diagnostics *diagnostics = nullptr);
    /** Flushes the encoder and closes the file. Also called by the destructor. */
    bool finish(Diagnostics *diagnostics = nullptr);

    int frameCount() const;
    /** The files written so far (one, or the PNG frames). */
    QStringList files() const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace cm
