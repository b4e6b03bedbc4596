#include "articlepane.h"

#include "factionpalette.h"

#include "conflictmap/article.h"
#include "conflictmap/controlevent.h"

#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace cm {
namespace {

QString dateSourceText(DateSource source)
{
    switch (source) {
    case DateSource::Header:
        return ArticlePane::tr("from the article header");
    case DateSource::Url:
        return ArticlePane::tr("from the address");
    case DateSource::Body:
        return ArticlePane::tr("from the text");
    case DateSource::Inferred:
        return ArticlePane::tr("inferred");
    case DateSource::None:
        break;
    }
    return ArticlePane::tr("not found");
}

// Paragraph breaks stay visible; other characters are escaped.
QString escapedText(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

ArticlePane::ArticlePane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ArticlePane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    mHeader = new QLabel(this);
    mHeader->setWordWrap(true);
    mHeader->setTextFormat(Qt::RichText);
    mHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mBrowser = new QTextBrowser(this);
    mBrowser->setOpenLinks(false);
    layout->addWidget(mHeader);
    layout->addWidget(mBrowser, 1);
    clear();
}

void ArticlePane::clear()
{
    mHighlighted.clear();
    mHeader->setText(tr("<i>Select an event to read its source.</i>"));
    mBrowser->clear();
}

void ArticlePane::showEvent(const Article &article, const ControlEvent &event)
{
    render(article, &event);
}

void ArticlePane::showArticle(const Article &article)
{
    render(article, nullptr);
}

void ArticlePane::render(const Article &article, const ControlEvent *event)
{
    const QLocale locale;
    QStringList header;
    header << QStringLiteral("<b style='font-size:large'>%1</b>")
                  .arg((article.title.isEmpty() ? article.file : article.title).toHtmlEscaped());
    QString published = article.published.isValid()
                            ? tr("Published %1 (%2)")
                                  .arg(locale.toString(article.published, QLocale::LongFormat),
                                       dateSourceText(article.publishedSource))
                            : tr("Publication date unknown");
    header << QStringLiteral("%1 — <span style='color:gray'>%2</span>")
                  .arg(published, article.file.toHtmlEscaped());
    if (event) {
        const QString when =
            event->date.isValid() ? locale.toString(event->date, QLocale::LongFormat) : tr("unknown");
        QString line = tr("Event dated %1, %2").arg(when, FactionPalette::precisionName(event->precision));
        if (!event->dateNote.isEmpty())
            line += QStringLiteral(": <i>%1</i>").arg(event->dateNote.toHtmlEscaped());
        header << line;
    }
    mHeader->setText(header.join(QStringLiteral("<br>")));

    // Boilerplate is greyed; the evidence is highlighted and anchored for scrolling.
    const QString &text = article.text;
    int evidenceStart = -1;
    int evidenceEnd = -1;
    if (event && event->offset >= 0 && event->offset + event->evidence.size() <= text.size() &&
        text.mid(event->offset, event->evidence.size()) == event->evidence) {
        evidenceStart = event->offset;
        evidenceEnd = event->offset + event->evidence.size();
    } else if (event && !event->evidence.isEmpty()) {
        evidenceStart = text.indexOf(event->evidence);
        if (evidenceStart >= 0)
            evidenceEnd = evidenceStart + event->evidence.size();
    }
    mHighlighted = evidenceStart >= 0 ? text.mid(evidenceStart, evidenceEnd - evidenceStart) : QString();

    QString html;
    html.reserve(text.size() * 11 / 10 + 200);
    html += QStringLiteral("<div style='line-height:140%'>");
    int position = 0;
    auto emitPlain = [&](int end) {
        // Split the plain stretch [position, end) around boilerplate ranges.
        while (position < end) {
            int next = end;
            bool furniture = false;
            for (const TextRange &range : article.boilerplate) {
                if (range.start <= position && position < range.end()) {
                    furniture = true;
                    next = std::min(end, range.end());
                    break;
                }
                if (range.start > position) {
                    next = std::min(end, range.start);
                    break;
                }
            }
            const QString piece = escapedText(text.mid(position, next - position));
            html += furniture ? QStringLiteral("<span style='color:#9a9a9a'>%1</span>").arg(piece) : piece;
            position = next;
        }
    };
    if (evidenceStart >= 0) {
        emitPlain(evidenceStart);
        html += QStringLiteral("<a name='evidence'></a><span style='background-color:#ffe066; color:#000000; "
                               "font-weight:600'>%1</span>")
                    .arg(escapedText(mHighlighted));
        position = evidenceEnd;
    }
    emitPlain(text.size());
    html += QStringLiteral("</div>");
    mBrowser->setHtml(html);
    // The document lays out lazily: scroll once it has.
    if (evidenceStart >= 0)
        QTimer::singleShot(0, mBrowser,
                           [browser = mBrowser] { browser->scrollToAnchor(QStringLiteral("evidence")); });
}

} // namespace cm
