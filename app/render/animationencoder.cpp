#include "animationencoder.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <algorithm>
#include <numeric>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

namespace cm {
namespace {

QString avError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof(text));
    return QString::fromUtf8(text);
}

// A palette for the whole animation: the hinted colours, then the most frequent colours of
// the frame (5 bits per channel buckets, each represented by its mean colour).
QVector<QRgb> buildPalette(const QImage &frame, const QVector<QColor> &hints)
{
    QVector<QRgb> palette;
    for (const QColor &color : hints)
        if (palette.size() < 96 && !palette.contains(color.rgb()))
            palette << color.rgb();
    for (QRgb fixed : {qRgb(0, 0, 0), qRgb(255, 255, 255)})
        if (!palette.contains(fixed))
            palette << fixed;

    struct Bucket {
        qint64 count = 0, red = 0, green = 0, blue = 0;
    };
    QVector<Bucket> buckets(32 * 32 * 32);
    const QImage image = frame.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = line[x];
            Bucket &bucket = buckets[(qRed(c) >> 3) << 10 | (qGreen(c) >> 3) << 5 | (qBlue(c) >> 3)];
            ++bucket.count;
            bucket.red += qRed(c);
            bucket.green += qGreen(c);
            bucket.blue += qBlue(c);
        }
    }
    QVector<int> order(buckets.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return buckets[a].count > buckets[b].count; });
    for (int index : order) {
        const Bucket &bucket = buckets[index];
        if (palette.size() >= 256 || bucket.count == 0)
            break;
        const QRgb mean = qRgb(int(bucket.red / bucket.count), int(bucket.green / bucket.count),
                               int(bucket.blue / bucket.count));
        if (!palette.contains(mean))
            palette << mean;
    }
    while (palette.size() < 256)
        palette << qRgb(0, 0, 0);
    return palette;
}

} // namespace

struct AnimationEncoder::Data {
    Format format = Format::PngSequence;
    QString path;
    QSize size;
    double framesPerSecond = 2.0;
    int frames = 0;
    bool open = false;
    QStringList files;
    QVector<QColor> paletteHint;
    QVector<QRgb> palette;

    AVFormatContext *container = nullptr;
    AVCodecContext *codec = nullptr;
    AVStream *stream = nullptr;
    AVFrame *frame = nullptr;
    AVPacket *packet = nullptr;
    SwsContext *scaler = nullptr;

    bool fail(Diagnostics *diagnostics, const QString &message)
    {
        if (diagnostics)
            diagnostics->append({path, 0, message});
        return false;
    }

    bool drain(Diagnostics *diagnostics)
    {
        for (;;) {
            const int received = avcodec_receive_packet(codec, packet);
            if (received == AVERROR(EAGAIN) || received == AVERROR_EOF)
                return true;
            if (received < 0)
                return fail(diagnostics, QStringLiteral("encoding failed: %1").arg(avError(received)));
            av_packet_rescale_ts(packet, codec->time_base, stream->time_base);
            packet->stream_index = stream->index;
            const int written = av_interleaved_write_frame(container, packet);
            if (written < 0)
                return fail(diagnostics, QStringLiteral("writing failed: %1").arg(avError(written)));
        }
    }

    void release()
    {
        sws_freeContext(scaler);
        scaler = nullptr;
        av_frame_free(&frame);
        av_packet_free(&packet);
        avcodec_free_context(&codec);
        if (container) {
            if (!(container->oformat->flags & AVFMT_NOFILE))
                avio_closep(&container->pb);
            avformat_free_context(container);
            container = nullptr;
        }
        stream = nullptr;
    }
};

AnimationEncoder::AnimationEncoder() : d(std::make_unique<Data>()) {}

AnimationEncoder::~AnimationEncoder()
{
    finish();
    d->release();
}

AnimationEncoder::Format AnimationEncoder::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("gif"))
        return Format::Gif;
    if (suffix == QLatin1String("mp4"))
        return Format::Mp4;
    return Format::PngSequence;
}

QSize AnimationEncoder::storedSize(Format format, const QSize &size)
{
    if (format == Format::Mp4)
        return QSize(size.width() & ~1, size.height() & ~1);
    return size;
}

void AnimationEncoder::setPaletteHint(const QVector<QColor> &colors)
{
    d->paletteHint = colors;
}

int AnimationEncoder::frameCount() const
{
    return d->frames;
}
QStringList AnimationEncoder::files() const
{
    return d->files;
}

bool AnimationEncoder::open(const QString &path, const QSize &size, double framesPerSecond,
                            Diagnostics *diagnostics)
{
    finish();
    d->release();
    d->format = formatFor(path);
    d->path = path;
    d->size = storedSize(d->format, size);
    d->framesPerSecond = framesPerSecond > 0 ? framesPerSecond : 2.0;
    d->frames = 0;
    d->files.clear();
    d->palette.clear();
    if (d->size.width() < 2 || d->size.height() < 2)
        return d->fail(diagnostics, QStringLiteral("the frame size is too small"));

    if (d->format == Format::PngSequence) {
        QDir dir(path);
        if (!dir.mkpath(QStringLiteral(".")))
            return d->fail(diagnostics, QStringLiteral("cannot create the folder"));
        for (const QString &old : dir.entryList({QStringLiteral("frame_*.png")}, QDir::Files))
            dir.remove(old);
        d->open = true;
        return true;
    }

    av_log_set_level(AV_LOG_ERROR); // x264's statistics are not for our users
    const QByteArray file = path.toUtf8();
    const bool gif = d->format == Format::Gif;
    int status =
        avformat_alloc_output_context2(&d->container, nullptr, gif ? "gif" : "mp4", file.constData());
    if (status < 0 || !d->container)
        return d->fail(diagnostics, QStringLiteral("no FFmpeg muxer: %1").arg(avError(status)));
    const AVCodec *encoder =
        gif ? avcodec_find_encoder(AV_CODEC_ID_GIF) : avcodec_find_encoder_by_name("libx264");
    if (!encoder && !gif)
        encoder = avcodec_find_encoder(AV_CODEC_ID_H264);
    if (!encoder) {
        d->release();
        return d->fail(diagnostics, QStringLiteral("FFmpeg has no %1 encoder").arg(gif ? "GIF" : "H.264"));
    }
    d->stream = avformat_new_stream(d->container, nullptr);
    d->codec = avcodec_alloc_context3(encoder);
    d->codec->width = d->size.width();
    d->codec->height = d->size.height();
    const AVRational rate = av_d2q(d->framesPerSecond, 1000);
    d->codec->framerate = rate;
    if (gif) {
        d->codec->pix_fmt = AV_PIX_FMT_PAL8;
        d->codec->time_base = AVRational{1, 100}; // GIF delays are in hundredths of a second
    } else {
        d->codec->pix_fmt = AV_PIX_FMT_YUV420P;
        d->codec->time_base = av_inv_q(rate);
        d->codec->gop_size = 12;
        d->codec->max_b_frames = 2;
        av_opt_set(d->codec->priv_data, "preset", "medium", 0);
        av_opt_set(d->codec->priv_data, "crf", "20", 0);
    }
    if (d->container->oformat->flags & AVFMT_GLOBALHEADER)
        d->codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    status = avcodec_open2(d->codec, encoder, nullptr);
    if (status < 0) {
        d->release();
        return d->fail(diagnostics, QStringLiteral("cannot start the encoder: %1").arg(avError(status)));
    }
    avcodec_parameters_from_context(d->stream->codecpar, d->codec);
    d->stream->time_base = d->codec->time_base;
    d->stream->avg_frame_rate = rate;

    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!(d->container->oformat->flags & AVFMT_NOFILE)) {
        status = avio_open(&d->container->pb, file.constData(), AVIO_FLAG_WRITE);
        if (status < 0) {
            d->release();
            return d->fail(diagnostics, QStringLiteral("cannot write: %1").arg(avError(status)));
        }
    }
    AVDictionary *muxerOptions = nullptr;
    if (gif)
        av_dict_set(&muxerOptions, "loop", "0", 0); // 0: loop forever
    else
        av_dict_set(&muxerOptions, "movflags", "+faststart", 0);
    status = avformat_write_header(d->container, &muxerOptions);
    av_dict_free(&muxerOptions);
    if (status < 0) {
        d->release();
        return d->fail(diagnostics, QStringLiteral("cannot write the header: %1").arg(avError(status)));
    }

    d->frame = av_frame_alloc();
    d->frame->format = d->codec->pix_fmt;
    d->frame->width = d->codec->width;
    d->frame->height = d->codec->height;
    d->packet = av_packet_alloc();
    if (av_frame_get_buffer(d->frame, 0) < 0) {
        d->release();
        return d->fail(diagnostics, QStringLiteral("out of memory"));
    }
    if (!gif) {
        d->scaler =
            sws_getContext(d->size.width(), d->size.height(), AV_PIX_FMT_BGRA, d->size.width(),
                           d->size.height(), AV_PIX_FMT_YUV420P, SWS_BICUBIC, nullptr, nullptr, nullptr);
        if (!d->scaler) {
            d->release();
            return d->fail(diagnostics, QStringLiteral("no colour conversion to yuv420p"));
        }
    }
    d->files << path;
    d->open = true;
    return true;
}

bool AnimationEncoder::addFrame(const QImage &image, Diagnostics *diagnostics)
{
    if (!d->open)
        return d->fail(diagnostics, QStringLiteral("the animation is not open"));
    QImage frame = image;
    if (frame.size() != d->size) {
        // An odd side only loses its last pixel; other sizes are scaled.
        if (qAbs(frame.width() - d->size.width()) <= 1 && qAbs(frame.height() - d->size.height()) <= 1 &&
            frame.width() >= d->size.width() && frame.height() >= d->size.height())
            frame = frame.copy(0, 0, d->size.width(), d->size.height());
        else
            frame = frame.scaled(d->size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }

    if (d->format == Format::PngSequence) {
        const QString file = QDir(d->path).filePath(
            QStringLiteral("frame_%1.png").arg(d->frames + 1, 4, 10, QLatin1Char('0')));
        if (!frame.save(file, "PNG"))
            return d->fail(diagnostics, QStringLiteral("cannot write %1").arg(file));
        d->files << file;
        ++d->frames;
        return true;
    }

    if (av_frame_make_writable(d->frame) < 0)
        return d->fail(diagnostics, QStringLiteral("out of memory"));
    if (d->format == Format::Gif) {
        if (d->palette.isEmpty())
            d->palette = buildPalette(frame, d->paletteHint);
        const QImage indexed = frame.convertToFormat(QImage::Format_RGB32)
                                   .convertToFormat(QImage::Format_Indexed8, d->palette, Qt::ThresholdDither);
        for (int y = 0; y < d->size.height(); ++y)
            memcpy(d->frame->data[0] + y * d->frame->linesize[0], indexed.constScanLine(y),
                   size_t(d->size.width()));
        // FFmpeg's PAL8 palette is 256 native-endian 0xAARRGGBB words, as QRgb.
        auto *palette = reinterpret_cast<uint32_t *>(d->frame->data[1]);
        for (int i = 0; i < 256; ++i)
            palette[i] = i < indexed.colorCount() ? (indexed.color(i) | 0xff000000u) : 0xff000000u;
        d->frame->pts = qRound64(d->frames * 100.0 / d->framesPerSecond);
        d->frame->pkt_duration = qRound64((d->frames + 1) * 100.0 / d->framesPerSecond) - d->frame->pts;
    } else {
        const QImage rgb = frame.convertToFormat(QImage::Format_RGB32);
        const uint8_t *source[1] = {rgb.constBits()};
        const int stride[1] = {int(rgb.bytesPerLine())};
        sws_scale(d->scaler, source, stride, 0, rgb.height(), d->frame->data, d->frame->linesize);
        d->frame->pts = d->frames;
    }
    const int sent = avcodec_send_frame(d->codec, d->frame);
    if (sent < 0)
        return d->fail(diagnostics, QStringLiteral("encoding failed: %1").arg(avError(sent)));
    ++d->frames;
    return d->drain(diagnostics);
}

bool AnimationEncoder::finish(Diagnostics *diagnostics)
{
    if (!d->open)
        return true;
    d->open = false;
    if (d->format == Format::PngSequence)
        return true;
    bool ok = avcodec_send_frame(d->codec, nullptr) >= 0 && d->drain(diagnostics);
    const int trailer = av_write_trailer(d->container);
    if (trailer < 0)
        ok = d->fail(diagnostics, QStringLiteral("cannot finish the file: %1").arg(avError(trailer)));
    d->release();
    return ok;
}

} // namespace cm
