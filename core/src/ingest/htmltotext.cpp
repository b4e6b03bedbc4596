#include "conflictmap/htmltotext.h"

#include "ingest/ingestlexicon.h"

#include <QHash>
#include <QStringView>

#include <algorithm>
#include <numeric>

namespace cm {
namespace {

struct Entity {
    const char *name;
    char16_t codePoint;
};

// The character references met in French news pages (HTML's full table has ~2,000).
const Entity kEntities[] = {
    {"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},      {"apos", '\''},
    {"nbsp", 0xA0},     {"iexcl", 0xA1},    {"cent", 0xA2},     {"pound", 0xA3},    {"euro", 0x20AC},
    {"yen", 0xA5},      {"sect", 0xA7},     {"uml", 0xA8},      {"copy", 0xA9},     {"ordf", 0xAA},
    {"laquo", 0xAB},    {"not", 0xAC},      {"shy", 0xAD},      {"reg", 0xAE},      {"macr", 0xAF},
    {"deg", 0xB0},      {"plusmn", 0xB1},   {"sup2", 0xB2},     {"sup3", 0xB3},     {"acute", 0xB4},
    {"micro", 0xB5},    {"para", 0xB6},     {"middot", 0xB7},   {"cedil", 0xB8},    {"sup1", 0xB9},
    {"ordm", 0xBA},     {"raquo", 0xBB},    {"frac14", 0xBC},   {"frac12", 0xBD},   {"frac34", 0xBE},
    {"iquest", 0xBF},   {"Agrave", 0xC0},   {"Aacute", 0xC1},   {"Acirc", 0xC2},    {"Atilde", 0xC3},
    {"Auml", 0xC4},     {"Aring", 0xC5},    {"AElig", 0xC6},    {"Ccedil", 0xC7},   {"Egrave", 0xC8},
    {"Eacute", 0xC9},   {"Ecirc", 0xCA},    {"Euml", 0xCB},     {"Igrave", 0xCC},   {"Iacute", 0xCD},
    {"Icirc", 0xCE},    {"Iuml", 0xCF},     {"ETH", 0xD0},      {"Ntilde", 0xD1},   {"Ograve", 0xD2},
    {"Oacute", 0xD3},   {"Ocirc", 0xD4},    {"Otilde", 0xD5},   {"Ouml", 0xD6},     {"times", 0xD7},
    {"Oslash", 0xD8},   {"Ugrave", 0xD9},   {"Uacute", 0xDA},   {"Ucirc", 0xDB},    {"Uuml", 0xDC},
    {"Yacute", 0xDD},   {"THORN", 0xDE},    {"szlig", 0xDF},    {"agrave", 0xE0},   {"aacute", 0xE1},
    {"acirc", 0xE2},    {"atilde", 0xE3},   {"auml", 0xE4},     {"aring", 0xE5},    {"aelig", 0xE6},
    {"ccedil", 0xE7},   {"egrave", 0xE8},   {"eacute", 0xE9},   {"ecirc", 0xEA},    {"euml", 0xEB},
    {"igrave", 0xEC},   {"iacute", 0xED},   {"icirc", 0xEE},    {"iuml", 0xEF},     {"eth", 0xF0},
    {"ntilde", 0xF1},   {"ograve", 0xF2},   {"oacute", 0xF3},   {"ocirc", 0xF4},    {"otilde", 0xF5},
    {"ouml", 0xF6},     {"divide", 0xF7},   {"oslash", 0xF8},   {"ugrave", 0xF9},   {"uacute", 0xFA},
    {"ucirc", 0xFB},    {"uuml", 0xFC},     {"yacute", 0xFD},   {"thorn", 0xFE},    {"yuml", 0xFF},
    {"OElig", 0x152},   {"oelig", 0x153},   {"Scaron", 0x160},  {"scaron", 0x161},  {"Yuml", 0x178},
    {"fnof", 0x192},    {"circ", 0x2C6},    {"tilde", 0x2DC},   {"ensp", 0x2002},   {"emsp", 0x2003},
    {"thinsp", 0x2009}, {"zwnj", 0x200C},   {"zwj", 0x200D},    {"lrm", 0x200E},    {"rlm", 0x200F},
    {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"sbquo", 0x201A},
    {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"bdquo", 0x201E},  {"dagger", 0x2020}, {"Dagger", 0x2021},
    {"bull", 0x2022},   {"hellip", 0x2026}, {"permil", 0x2030}, {"prime", 0x2032},  {"lsaquo", 0x2039},
    {"rsaquo", 0x203A}, {"trade", 0x2122},  {"larr", 0x2190},   {"rarr", 0x2192},   {"minus", 0x2212},
    {"NewLine", '\n'},  {"Tab", '\t'},      {"colon", ':'},     {"comma", ','},     {"period", '.'},
    {"excl", '!'},      {"quest", '?'},     {"lpar", '('},      {"rpar", ')'},      {"sol", '/'},
    {"num", '#'},
};

const QHash<QString, char16_t> &entityTable()
{
    static const QHash<QString, char16_t> table = [] {
        QHash<QString, char16_t> result;
        for (const Entity &entity : kEntities)
            result.insert(QString::fromLatin1(entity.name), entity.codePoint);
        return result;
    }();
    return table;
}

// Windows-1252 meanings of numeric references &#128;..&#159; (as browsers read them).
const char16_t kC1Replacement[32] = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178,
};

// Decodes the reference at html[i] == '&'; returns the characters (empty if not a
// reference) and sets `length` to the source characters consumed.
QString decodeEntityAt(const QString &html, int i, int &length)
{
    const int n = int(html.size());
    int j = i + 1;
    if (j < n && html.at(j) == QLatin1Char('#')) {
        ++j;
        const bool hex = j < n && (html.at(j) == QLatin1Char('x') || html.at(j) == QLatin1Char('X'));
        if (hex)
            ++j;
        const int digitsStart = j;
        uint value = 0;
        while (j < n && j - digitsStart < 8) {
            const QChar c = html.at(j);
            int digit = -1;
            if (c.isDigit())
                digit = c.digitValue();
            else if (hex && c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'))
                digit = c.toLower().unicode() - 'a' + 10;
            if (digit < 0)
                break;
            value = value * (hex ? 16 : 10) + uint(digit);
            ++j;
        }
        if (j == digitsStart)
            return {};
        if (j < n && html.at(j) == QLatin1Char(';'))
            ++j;
        length = j - i;
        if (value >= 0x80 && value <= 0x9F)
            return QString(QChar(ushort(kC1Replacement[value - 0x80])));
        if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return QString(QChar::ReplacementCharacter);
        const char32_t codePoint = value;
        return QString::fromUcs4(&codePoint, 1);
    }
    while (j < n && j - i <= 32 && html.at(j).isLetterOrNumber())
        ++j;
    if (j == i + 1)
        return {};
    const QString name = html.mid(i + 1, j - i - 1);
    const auto found = entityTable().constFind(name);
    if (found == entityTable().constEnd())
        return {};
    const bool semicolon = j < n && html.at(j) == QLatin1Char(';');
    // Without ';' only the historic short names are references ("&amp" "&nbsp").
    if (!semicolon && name != QLatin1String("amp") && name != QLatin1String("lt") &&
        name != QLatin1String("gt") && name != QLatin1String("quot") && name != QLatin1String("nbsp"))
        return {};
    length = j - i + (semicolon ? 1 : 0);
    return QString(QChar(ushort(found.value())));
}

bool isHtmlSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\n') || c == QLatin1Char('\t') ||
           c == QLatin1Char('\r') || c == QLatin1Char('\f');
}

bool isOneOf(const QString &name, std::initializer_list<const char *> names)
{
    for (const char *candidate : names)
        if (name == QLatin1String(candidate))
            return true;
    return false;
}

QDate parseMetaDate(const QString &value)
{
    const QString trimmed = value.trimmed();
    QDate date = QDate::fromString(trimmed.left(10), Qt::ISODate);
    if (!date.isValid() && trimmed.size() >= 8 && trimmed.at(0).isDigit())
        date = QDate::fromString(trimmed.left(8), QStringLiteral("yyyyMMdd"));
    if (!date.isValid())
        date = QDate::fromString(trimmed.left(10), QStringLiteral("dd/MM/yyyy"));
    if (!date.isValid())
        date = QDate::fromString(trimmed.left(10), QStringLiteral("dd.MM.yyyy"));
    return date;
}

struct Attribute {
    QString name;
    QString value;
};

class Renderer
{
public:
    explicit Renderer(const QString &html) : mHtml(html)
    {
        mDoc.text.reserve(html.size() / 2);
        mDoc.sourceOffsets.reserve(html.size() / 2);
    }

    HtmlDocument run();

private:
    enum Break { None, Space, Line, Paragraph };

    void requestBreak(Break level) { mPending = qMax(mPending, level); }
    void emitChar(QChar c, int source);
    void emitText(const QString &text, int source);
    void emitRun(int from, int to);
    int parseTag(int i);
    void handleTag(const QString &name, bool closing, bool selfClosing, const QVector<Attribute> &attributes);
    int skipRawText(const QString &name, int from, QString *content);
    void considerPublished(const QString &value, const QString &from, int priority, bool update);

    const QString &mHtml;
    HtmlDocument mDoc;
    Break mPending = None;
    bool mInHead = false;
    QString mSkipName;
    int mSkipDepth = 0;
    int mPreDepth = 0;
    int mArticleDepth = 0;
    int mH1Start = -1;
    QString mH1Title;
    QString mTitleTag;
    QString mOgTitle;
    QString mCanonical;
    QString mOgUrl;
    int mPublishedPriority = 1 << 30;
};

void Renderer::emitChar(QChar c, int source)
{
    if (mSkipDepth > 0 || mInHead)
        return;
    QString &out = mDoc.text;
    if (!out.isEmpty() && mPending != None) {
        const bool atLineStart = out.endsWith(QLatin1Char('\n'));
        if (mPending == Paragraph) {
            const int newlines = out.endsWith(QLatin1String("\n\n")) ? 0 : (atLineStart ? 1 : 2);
            for (int k = 0; k < newlines; ++k) {
                out.append(QLatin1Char('\n'));
                mDoc.sourceOffsets.append(source);
            }
        } else if (mPending == Line) {
            if (!atLineStart) {
                out.append(QLatin1Char('\n'));
                mDoc.sourceOffsets.append(source);
            }
        } else if (!atLineStart) {
            out.append(QLatin1Char(' '));
            mDoc.sourceOffsets.append(source);
        }
    }
    mPending = None;
    out.append(c);
    mDoc.sourceOffsets.append(source);
}

void Renderer::emitText(const QString &text, int source)
{
    for (QChar c : text)
        emitChar(c, source);
}

// Emits mHtml[from, to), ordinary characters (no markup, reference or white space), at once.
void Renderer::emitRun(int from, int to)
{
    emitChar(mHtml.at(from), from); // the first one takes any pending break
    if (to - from < 2 || mSkipDepth > 0 || mInHead)
        return;
    mDoc.text.append(mHtml.constData() + from + 1, to - from - 1);
    const int first = int(mDoc.sourceOffsets.size());
    mDoc.sourceOffsets.resize(first + to - from - 1);
    std::iota(mDoc.sourceOffsets.begin() + first, mDoc.sourceOffsets.end(), from + 1);
}

int Renderer::skipRawText(const QString &name, int from, QString *content)
{
    const QString closing = QLatin1String("</") + name;
    const int end = int(mHtml.indexOf(closing, from, Qt::CaseInsensitive));
    if (end < 0) {
        if (content)
            *content = mHtml.mid(from);
        return int(mHtml.size());
    }
    if (content)
        *content = mHtml.mid(from, end - from);
    const int close = int(mHtml.indexOf(QLatin1Char('>'), end));
    return close < 0 ? int(mHtml.size()) : close + 1;
}

void Renderer::considerPublished(const QString &value, const QString &from, int priority, bool update)
{
    if (priority >= mPublishedPriority)
        return;
    const QDate date = parseMetaDate(value);
    if (!date.isValid())
        return;
    mDoc.published = date;
    mDoc.publishedFrom = from;
    mDoc.publishedIsUpdate = update;
    mPublishedPriority = priority;
}

// Parses the tag at mHtml[i] == '<'; returns the index after it, or -1 if this '<' is text.
int Renderer::parseTag(int i)
{
    const int n = int(mHtml.size());
    int j = i + 1;
    const bool closing = j < n && mHtml.at(j) == QLatin1Char('/');
    if (closing)
        ++j;
    if (j >= n || !mHtml.at(j).isLetter())
        return -1;
    const int nameStart = j;
    while (j < n && (mHtml.at(j).isLetterOrNumber() || mHtml.at(j) == QLatin1Char('-') ||
                     mHtml.at(j) == QLatin1Char(':')))
        ++j;
    const QString name = mHtml.mid(nameStart, j - nameStart).toLower();

    QVector<Attribute> attributes;
    bool selfClosing = false;
    while (j < n && mHtml.at(j) != QLatin1Char('>')) {
        const QChar c = mHtml.at(j);
        if (isHtmlSpace(c)) {
            ++j;
            continue;
        }
        if (c == QLatin1Char('/')) {
            selfClosing = true;
            ++j;
            continue;
        }
        selfClosing = false;
        const int attributeStart = j;
        while (j < n && !isHtmlSpace(mHtml.at(j)) && mHtml.at(j) != QLatin1Char('=') &&
               mHtml.at(j) != QLatin1Char('>') && mHtml.at(j) != QLatin1Char('/'))
            ++j;
        Attribute attribute;
        attribute.name = mHtml.mid(attributeStart, j - attributeStart).toLower();
        while (j < n && isHtmlSpace(mHtml.at(j)))
            ++j;
        if (j < n && mHtml.at(j) == QLatin1Char('=')) {
            ++j;
            while (j < n && isHtmlSpace(mHtml.at(j)))
                ++j;
            if (j < n && (mHtml.at(j) == QLatin1Char('"') || mHtml.at(j) == QLatin1Char('\''))) {
                const QChar quote = mHtml.at(j);
                const int valueStart = ++j;
                while (j < n && mHtml.at(j) != quote)
                    ++j;
                attribute.value = mHtml.mid(valueStart, j - valueStart);
                if (j < n)
                    ++j;
            } else {
                const int valueStart = j;
                while (j < n && !isHtmlSpace(mHtml.at(j)) && mHtml.at(j) != QLatin1Char('>'))
                    ++j;
                attribute.value = mHtml.mid(valueStart, j - valueStart);
            }
        }
        if (attribute.name.isEmpty()) {
            ++j; // a stray character such as '"' or '<'
            continue;
        }
        attributes.append(attribute);
    }
    const int after = j < n ? j + 1 : n;
    handleTag(name, closing, selfClosing, attributes);

    // Raw-text elements: their content is not markup.
    if (!closing && !selfClosing &&
        isOneOf(name, {"script", "style", "textarea", "title", "xmp", "noscript", "iframe", "noembed",
                       "noframes"})) {
        QString content;
        const int next = skipRawText(name, after, &content);
        if (name == QLatin1String("title") && mTitleTag.isEmpty())
            mTitleTag = HtmlToText::decodeEntities(content).simplified();
        if (name == QLatin1String("script")) {
            bool jsonLd = false;
            for (const Attribute &attribute : attributes)
                jsonLd |= attribute.name == QLatin1String("type") &&
                          attribute.value.contains(QLatin1String("ld+json"));
            const int key = jsonLd ? int(content.indexOf(QLatin1String("\"datePublished\""))) : -1;
            if (key >= 0) {
                const int open =
                    int(content.indexOf(QLatin1Char('"'), content.indexOf(QLatin1Char(':'), key)));
                const int close = open < 0 ? -1 : int(content.indexOf(QLatin1Char('"'), open + 1));
                if (close > open)
                    considerPublished(content.mid(open + 1, close - open - 1),
                                      QStringLiteral("json-ld datePublished"), 1, false);
            }
        }
        return next;
    }
    return after;
}

void Renderer::handleTag(const QString &name, bool closing, bool selfClosing,
                         const QVector<Attribute> &attributes)
{
    if (mSkipDepth > 0) {
        if (name == mSkipName)
            mSkipDepth += closing ? -1 : (selfClosing ? 0 : 1);
        return;
    }
    if (name == QLatin1String("head")) {
        mInHead = !closing;
        return;
    }
    if (name == QLatin1String("body")) {
        mInHead = false;
        return;
    }
    // Browsers end the head at the first element that cannot be in it.
    if (mInHead &&
        !isOneOf(name, {"title", "meta", "link", "script", "style", "base", "noscript", "template"}))
        mInHead = false;

    auto attribute = [&](const char *key) {
        for (const Attribute &a : attributes)
            if (a.name == QLatin1String(key))
                return a.value;
        return QString();
    };

    if (!closing && !attributes.isEmpty()) { // (metadata lies in attributes)
        // Metadata may sit anywhere: <meta> in the body, itemprop on any element.
        const QString property = (attribute("property") + QLatin1Char(' ') + attribute("name") +
                                  QLatin1Char(' ') + attribute("itemprop"))
                                     .toLower();
        const QString content = attribute("content");
        const ingest::IngestLexicon &lexicon = ingest::IngestLexicon::instance();
        if (!property.trimmed().isEmpty()) {
            const QStringList keys = property.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &key : keys) {
                if (key == QLatin1String("og:title") && !content.isEmpty())
                    mOgTitle = HtmlToText::decodeEntities(content).simplified();
                if (key == QLatin1String("og:url"))
                    mOgUrl = content.trimmed();
                const QString value = content.isEmpty() ? attribute("datetime") : content;
                const int published = int(lexicon.htmlMetaPublished.indexOf(key));
                if (published >= 0)
                    considerPublished(value, key, published, false);
                const int updated = int(lexicon.htmlMetaUpdated.indexOf(key));
                if (updated >= 0)
                    considerPublished(value, key, 1000 + updated, true);
            }
        }
        if (name == QLatin1String("link") && attribute("rel").toLower() == QLatin1String("canonical"))
            mCanonical = attribute("href").trimmed();
        if (name == QLatin1String("time")) {
            const QString datetime = attribute("datetime");
            const bool marked = attributes.end() !=
                                std::find_if(attributes.begin(), attributes.end(), [](const Attribute &a) {
                                    return a.name == QLatin1String("pubdate");
                                });
            considerPublished(datetime, QStringLiteral("time"), marked ? 200 : 500, false);
        }
    }

    if (isOneOf(name, {"nav", "button", "select", "aside", "svg", "template", "object", "canvas", "map",
                       "datalist", "dialog"}) ||
        (name == QLatin1String("footer") && mArticleDepth == 0)) {
        if (!closing && !selfClosing) {
            mSkipName = name;
            mSkipDepth = 1;
        }
        return;
    }
    if (name == QLatin1String("article"))
        mArticleDepth = qMax(0, mArticleDepth + (closing ? -1 : 1));
    if (name == QLatin1String("pre"))
        mPreDepth = qMax(0, mPreDepth + (closing ? -1 : 1));
    if (name == QLatin1String("h1")) {
        if (!closing && mH1Title.isEmpty())
            mH1Start = int(mDoc.text.size());
        if (closing && mH1Start >= 0 && mH1Title.isEmpty()) {
            mH1Title = mDoc.text.mid(mH1Start).simplified();
            mH1Start = -1;
        }
    }
    if (name == QLatin1String("br")) {
        requestBreak(Line);
        if (mPending == Line && mDoc.text.endsWith(QLatin1Char('\n'))) {
            // Two <br> in a row make a paragraph break.
            mPending = Paragraph;
        }
        return;
    }
    if (isOneOf(name, {"li", "dt", "dd", "tr", "option", "caption"})) {
        requestBreak(Line);
        return;
    }
    if (isOneOf(name, {"td", "th"})) {
        requestBreak(Space);
        return;
    }
    if (isOneOf(name,
                {"p",       "div",    "h1",       "h2",         "h3",         "h4",      "h5",      "h6",
                 "ul",      "ol",     "dl",       "table",      "blockquote", "section", "article", "header",
                 "footer",  "main",   "figure",   "figcaption", "pre",        "hr",      "address", "details",
                 "summary", "center", "fieldset", "legend",     "form",       "hgroup"}))
        requestBreak(Paragraph);
}

HtmlDocument Renderer::run()
{
    const int n = int(mHtml.size());
    int i = 0;
    while (i < n) {
        const QChar c = mHtml.at(i);
        if (c == QLatin1Char('<')) {
            if (QStringView(mHtml).mid(i).startsWith(QLatin1String("<!--"))) {
                const int end = int(mHtml.indexOf(QLatin1String("-->"), i + 4));
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (i + 1 < n && (mHtml.at(i + 1) == QLatin1Char('!') || mHtml.at(i + 1) == QLatin1Char('?'))) {
                const int end = int(mHtml.indexOf(QLatin1Char('>'), i));
                i = end < 0 ? n : end + 1;
                continue;
            }
            const int next = parseTag(i);
            if (next >= 0) {
                i = next;
                continue;
            }
        }
        if (c == QLatin1Char('&')) {
            int length = 0;
            const QString decoded = decodeEntityAt(mHtml, i, length);
            if (!decoded.isEmpty()) {
                emitText(decoded, i);
                i += length;
                continue;
            }
        }
        if (isHtmlSpace(c) && mPreDepth > 0) {
            if (c != QLatin1Char('\r'))
                emitChar(c, i); // preformatted: white space is kept as written
        } else if (isHtmlSpace(c)) {
            requestBreak(Space);
        } else {
            int end = i + 1;
            while (end < n && mHtml.at(end) != QLatin1Char('<') && mHtml.at(end) != QLatin1Char('&') &&
                   !isHtmlSpace(mHtml.at(end)))
                ++end;
            emitRun(i, end);
            i = end;
            continue;
        }
        ++i;
    }
    if (mH1Start >= 0 && mH1Title.isEmpty())
        mH1Title = mDoc.text.mid(mH1Start).simplified();
    mDoc.title = !mOgTitle.isEmpty() ? mOgTitle : (!mH1Title.isEmpty() ? mH1Title : mTitleTag);
    mDoc.url = !mCanonical.isEmpty() ? mCanonical : mOgUrl;
    return mDoc;
}

} // namespace

HtmlDocument HtmlToText::convert(const QString &html)
{
    return Renderer(html).run();
}

QString HtmlToText::decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    QString out;
    out.reserve(text.size());
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        if (text.at(i) == QLatin1Char('&')) {
            int length = 0;
            const QString decoded = decodeEntityAt(text, i, length);
            if (!decoded.isEmpty()) {
                out.append(decoded);
                i += length;
                continue;
            }
        }
        out.append(text.at(i));
        ++i;
    }
    return out;
}

bool HtmlToText::looksLikeHtml(const QString &text)
{
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (QStringView(text).mid(i).startsWith(QLatin1String("<!--"))) {
            const int end = int(text.indexOf(QLatin1String("-->"), i));
            if (end < 0)
                return false;
            i = end + 3;
            continue;
        }
        break;
    }
    const QString start = text.mid(i, 15).toLower();
    return start.startsWith(QLatin1String("<!doctype html")) || start.startsWith(QLatin1String("<html")) ||
           start.startsWith(QLatin1String("<head")) || start.startsWith(QLatin1String("<body")) ||
           start.startsWith(QLatin1String("<?xml"));
}

} // namespace cm
