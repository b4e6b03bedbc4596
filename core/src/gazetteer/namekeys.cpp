#include "gazetteer/namekeys.h"

#include "conflictmap/textnormalize.h"

#include <QFile>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

namespace cm {
namespace {

// Characters below this code point are folded once into a table: Latin, Greek, Cyrillic,
// Arabic and general punctuation cover every name and article text we read.
constexpr int kTableSize = 0x2100;

const std::vector<QString> &foldTable()
{
    static const std::vector<QString> table = [] {
        std::vector<QString> result(kTableSize);
        for (int code = 0; code < kTableSize; ++code) {
            const QChar c(static_cast<char16_t>(code));
            if (c.isSpace())
                result[code] = QStringLiteral(" ");
            else if (!c.isSurrogate())
                result[code] = foldText(QString(c));
        }
        return result;
    }();
    return table;
}

bool isVowel(QChar c)
{
    switch (c.unicode()) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
        return true;
    default:
        return false;
    }
}

// "raqqah" → "raqqa": a final h after a vowel is a transliteration of tā' marbūṭa.
template <typename Chars> void dropFinalVowelH(Chars &text)
{
    const int size = int(text.size());
    if (size > 2 && text[size - 1] == QLatin1Char('h') && isVowel(text[size - 2]))
        text.resize(size - 1);
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'');
}

QString withoutApostrophes(QStringView word)
{
    QString out = word.toString();
    out.remove(QLatin1Char('\''));
    return out;
}

} // namespace

QString foldCharacter(QChar c)
{
    const ushort code = c.unicode();
    if (code < 0x80) {
        if (code >= 'A' && code <= 'Z')
            return QString(QChar(code + 32));
        if (c.isSpace())
            return QStringLiteral(" ");
        if (code == '`')
            return QStringLiteral("'");
        return QString(c);
    }
    if (code < kTableSize)
        return foldTable()[code];
    return c.isSurrogate() ? QString() : foldText(QString(c));
}

NameKeyer::NameKeyer() = default;

bool NameKeyer::load(const QString &path, Diagnostics *diagnostics)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (diagnostics)
            diagnostics->append(
                {path, 0, QStringLiteral("cannot read transliteration rules: %1").arg(file.errorString()),
                 Diagnostic::Severity::Error});
        return false;
    }
    QSet<QString> articles;
    QSet<QString> theatre;
    QString sun;
    QHash<QChar, QVector<QPair<QString, QString>>> rewrites;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        const QString kind = fields.first().trimmed();
        if (kind == QLatin1String("article") && fields.size() >= 2) {
            for (const QString &word : fields.at(1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                articles.insert(exactKey(word));
        } else if (kind == QLatin1String("theatre") && fields.size() >= 2) {
            for (const QString &country : fields.at(1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                theatre.insert(country.toUpper());
        } else if (kind == QLatin1String("sun") && fields.size() >= 2) {
            sun = fields.at(1);
            sun.remove(QLatin1Char(' '));
        } else if (kind == QLatin1String("rewrite") && fields.size() >= 3 && !fields.at(1).isEmpty()) {
            const QString from = fields.at(1);
            rewrites[from.at(0)].append({from, fields.at(2)});
        } else if (diagnostics) {
            diagnostics->append(
                {path, i + 1, QStringLiteral("unknown rule line ignored"), Diagnostic::Severity::Warning});
        }
    }
    for (auto &list : rewrites)
        std::stable_sort(list.begin(), list.end(),
                         [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    mArticles = articles;
    mArticleList.clear();
    for (const QString &article : articles)
        mArticleList.append(article);
    mTheatre = theatre;
    mSunLetters = sun;
    mRewrites = rewrites;
    mHasRewrite.fill(false);
    for (auto it = rewrites.cbegin(); it != rewrites.cend(); ++it)
        if (it.key().unicode() < 128)
            mHasRewrite[it.key().unicode()] = true;
    return true;
}

QString NameKeyer::exactKey(QStringView name)
{
    // Most words are ASCII letters and digits: their key is the word in lower case.
    const bool plain = !name.isEmpty() && std::all_of(name.begin(), name.end(), [](QChar c) {
        const ushort code = c.unicode();
        return (code >= 'a' && code <= 'z') || (code >= 'A' && code <= 'Z') || (code >= '0' && code <= '9');
    });
    if (plain) {
        QString lower(int(name.size()), Qt::Uninitialized);
        QChar *out = lower.data();
        for (QChar c : name)
            *out++ = c.unicode() >= 'A' && c.unicode() <= 'Z' ? QChar(c.unicode() + 32) : c;
        return lower;
    }
    // A stack buffer and one string at the end: this runs on every capitalised word.
    QVarLengthArray<QChar, 64> out;
    auto appendFolded = [&out](QChar f) {
        if (f.isLetterOrNumber() || isApostrophe(f))
            out.append(f);
        else if (!out.isEmpty() && out.last() != QLatin1Char(' '))
            out.append(QLatin1Char(' '));
    };
    for (QChar c : name) {
        const ushort code = c.unicode();
        if (code < 0x80) {
            if (code >= 'a' && code <= 'z')
                out.append(c);
            else
                appendFolded(code >= 'A' && code <= 'Z' ? QChar(code + 32) : code == '`' ? QChar('\'') : c);
        } else if (code < kTableSize) {
            for (QChar f : foldTable()[code])
                appendFolded(f);
        } else {
            for (QChar f : foldCharacter(c))
                appendFolded(f);
        }
    }
    if (!out.isEmpty() && out.last() == QLatin1Char(' '))
        out.removeLast();
    return QString(out.constData(), int(out.size()));
}

bool NameKeyer::hasLatinLetter(QStringView name)
{
    for (QChar c : name) {
        const ushort code = c.unicode();
        if (c.isLetter() && (code < 0x0250 || (code >= 0x1E00 && code < 0x1F00)))
            return true;
    }
    return false;
}

void NameKeyer::appendRewritten(Buffer &out, QStringView token) const
{
    int i = 0;
    while (i < token.size()) {
        const QChar c = token.at(i);
        if (c == QLatin1Char('\'')) {
            ++i;
            continue;
        }
        bool replaced = false;
        if (c.unicode() < 128 && mHasRewrite[c.unicode()]) {
            for (const auto &rule : mRewrites.value(c)) {
                if (token.mid(i).startsWith(rule.first)) {
                    for (QChar r : rule.second)
                        out.append(r);
                    i += int(rule.first.size());
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced) {
            out.append(c);
            ++i;
        }
    }
}

bool NameKeyer::isArticleWord(QStringView word) const
{
    if (word.contains(QLatin1Char('\'')))
        return mArticles.contains(withoutApostrophes(word));
    for (const QString &article : mArticleList)
        if (word == article)
            return true;
    return false;
}

NameKeys NameKeyer::keys(QStringView name, bool loose) const
{
    NameKeys keys;
    keys.exact = exactKey(name);
    if (keys.exact.isEmpty())
        return keys;

    // Words of the exact key, without the leading article when more words follow.
    QVarLengthArray<QStringView, 8> words;
    const QStringView exact(keys.exact);
    for (int start = 0; start < exact.size();) {
        int space = int(exact.indexOf(QLatin1Char(' '), start));
        if (space < 0)
            space = int(exact.size());
        const QStringView word = exact.mid(start, space - start);
        if (!word.isEmpty() && word != QLatin1String("'"))
            words.append(word);
        start = space + 1;
    }
    if (words.size() > 1 && isArticleWord(words.at(0)))
        words.remove(0);
    if (words.isEmpty())
        return keys;

    Buffer buffer;
    for (const QStringView word : words)
        for (QChar c : word)
            if (c != QLatin1Char('\'') && (buffer.isEmpty() || buffer.last() != c))
                buffer.append(c);
    dropFinalVowelH(buffer);
    keys.normalised = QString(buffer.constData(), int(buffer.size()));
    if (!loose)
        return keys;

    // An article inside a name assimilates to a following sun letter ("ash-Shughur",
    // "al-Choughour", "ez-Zor" and "Ezzor" all give one key).
    buffer.clear();
    for (int i = 0; i < words.size(); ++i) {
        if (i + 1 < words.size() && isArticleWord(words.at(i))) {
            Buffer next;
            appendRewritten(next, words.at(i + 1).left(4));
            buffer.append(QLatin1Char('a'));
            if (next.isEmpty() || !mSunLetters.contains(next.first()))
                buffer.append(QLatin1Char('l'));
        } else {
            appendRewritten(buffer, words.at(i));
        }
    }
    Buffer collapsed;
    for (QChar c : buffer)
        if (collapsed.isEmpty() || collapsed.last() != c)
            collapsed.append(c);
    dropFinalVowelH(collapsed);
    Buffer translit;
    int consonants = 0;
    for (QChar c : collapsed) {
        if (isVowel(c)) {
            if (translit.isEmpty() || translit.last() != QLatin1Char('a'))
                translit.append(QLatin1Char('a'));
        } else {
            translit.append(c);
            ++consonants;
        }
    }
    if (translit.size() > 2 && translit.last() == QLatin1Char('a'))
        translit.removeLast();
    // One consonant says too little ("Une", "Il" and "Anah" would all be "an").
    if (consonants >= 2)
        keys.translit = QString(translit.constData(), int(translit.size()));
    if (consonants >= 3) {
        keys.skeleton.reserve(consonants);
        for (QChar c : translit)
            if (c != QLatin1Char('a'))
                keys.skeleton.append(c);
    }
    return keys;
}

int editDistance(const QString &a, const QString &b)
{
    QVector<int> previous(b.size() + 1);
    QVector<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace cm
