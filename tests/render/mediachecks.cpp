#include "mediachecks.h"

extern "C" {
#include <libavformat/avformat.h>
}

namespace cm::test {

MediaInfo probe(const QString &path)
{
    MediaInfo info;
    AVFormatContext *context = nullptr;
    if (avformat_open_input(&context, path.toUtf8().constData(), nullptr, nullptr) < 0)
        return info;
    if (avformat_find_stream_info(context, nullptr) >= 0) {
        const int index = av_find_best_stream(context, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
        if (index >= 0) {
            const AVCodecParameters *parameters = context->streams[index]->codecpar;
            info.size = QSize(parameters->width, parameters->height);
            info.codec = QString::fromUtf8(avcodec_get_name(parameters->codec_id));
            AVPacket *packet = av_packet_alloc();
            while (av_read_frame(context, packet) >= 0) {
                if (packet->stream_index == index)
                    ++info.frames;
                av_packet_unref(packet);
            }
            av_packet_free(&packet);
            if (context->duration > 0)
                info.seconds = context->duration / double(AV_TIME_BASE);
        }
    }
    avformat_close_input(&context);
    return info;
}

int countPixels(const QImage &image, const QColor &color, int tolerance)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            if (qAbs(qRed(line[x]) - color.red()) <= tolerance &&
                qAbs(qGreen(line[x]) - color.green()) <= tolerance &&
                qAbs(qBlue(line[x]) - color.blue()) <= tolerance)
                ++count;
    }
    return count;
}

} // namespace cm::test
