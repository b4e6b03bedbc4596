#include "conflictmap/textnormalize.h"

namespace cm {
namespace {

// Maps one character to its folded form; returns a null QChar to drop it.
QString foldChar(QChar c)
{
    switch (c.unicode()) {
    case 0x2019: case 0x2018: case 0x02BC: case 0x02BF: case 0x02BE: case 0x02BB: case 0x00B4:
    case 0x0060: case 0x02B9: case 0x2032:
        return QStringLiteral("'");
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x2033:
        return QStringLiteral("\"");
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        return QStringLiteral("-");
    case 0x00A0: case 0x202F: case 0x2009: case 0x2007:
        return QStringLiteral(" ");
    case 0x0153: case 0x0152:
        return QStringLiteral("oe");
    case 0x00E6: case 0x00C6:
        return QStringLiteral("ae");
    case 0x00DF:
        return QStringLiteral("ss");
    default:
        break;
    }
    if (c.unicode() < 0x80)
        return QString(c.toLower());
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
    QString kept;
    for (QChar part : decomposed)
        if (part.category() != QChar::Mark_NonSpacing && part.category() != QChar::Mark_SpacingCombining
            && part.category() != QChar::Mark_Enclosing)
            kept.append(part.toLower());
    return kept;
}

} // namespace

QString foldText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool lastSpace = true;
    for (QChar c : text) {
        const QString folded = c.isSpace() ? QStringLiteral(" ") : foldChar(c);
        for (QChar f : folded) {
            if (f == QLatin1Char(' ')) {
                if (!lastSpace)
                    out.append(f);
                lastSpace = true;
            } else {
                out.append(f);
                lastSpace = false;
            }
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QString foldTextSameLength(const QString &text)
{
    QString out(text.size(), QLatin1Char(' '));
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            out[i] = QLatin1Char(' ');
            continue;
        }
        if (c.isSurrogate()) {
            out[i] = c;
            continue;
        }
        const QString folded = foldChar(c);
        out[i] = folded.isEmpty() ? QLatin1Char(' ') : folded.at(0);
    }
    return out;
}

} // namespace cm
