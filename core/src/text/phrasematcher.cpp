#include "text/phrasematcher.h"

#include "text/wordtable.h"

#include <QStringList>
#include <algorithm>

namespace cm {

void PhraseMatcher::addFirst(std::vector<QVector<int>> &table, std::vector<char> &starts, int id, bool prefix,
                             int pattern)
{
    if (mStartBit == -2)
        mStartBit = WordTable::instance().newStartBit();
    WordTable::instance().markStart(id, prefix, mStartBit);
    if (id >= int(table.size())) {
        table.resize(size_t(id) + 1);
        starts.resize(size_t(id) + 1, 0);
    }
    starts[size_t(id)] = 1;
    QVector<int> &list = table[size_t(id)];
    if (!list.contains(pattern))
        list.append(pattern);
}

bool PhraseMatcher::add(const QString &pattern, int payload)
{
    WordTable &table = WordTable::instance();
    Pattern compiled;
    compiled.payload = payload;
    const QStringList words = pattern.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString word : words) {
        Element element;
        if (word.startsWith(QLatin1Char('?'))) {
            element.optional = !compiled.elements.isEmpty();
            word.remove(0, 1);
        }
        for (const QString &alternative : word.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            const Tokens parts = tokenize(alternative);
            QVector<Atom> atoms;
            for (int i = 0; i < parts.size(); ++i) {
                if (parts.at(i).text == QLatin1String("*"))
                    continue;
                const bool prefix = i + 1 < parts.size() && parts.at(i + 1).text == QLatin1String("*");
                const QStringView text = parts.at(i).text;
                atoms.append({prefix ? table.addPrefix(text) : table.addWord(text), prefix});
            }
            if (!atoms.isEmpty())
                element.alternatives.append(atoms);
        }
        if (!element.alternatives.isEmpty())
            compiled.elements.append(element);
    }
    if (compiled.elements.isEmpty())
        return false;
    bool firstIsOneWord = true;
    for (const QVector<Atom> &alternative : compiled.elements.first().alternatives)
        firstIsOneWord = firstIsOneWord && alternative.size() == 1;
    compiled.oneWord = firstIsOneWord && compiled.elements.size() == 1;
    if (firstIsOneWord && compiled.elements.size() > 1 && !compiled.elements.at(1).optional) {
        compiled.checkSecond = true;
        for (const QVector<Atom> &alternative : compiled.elements.at(1).alternatives)
            compiled.secondWords.append(alternative.first());
    }
    const int index = mPatterns.size();
    mPatterns.append(compiled);
    for (const QVector<Atom> &alternative : compiled.elements.first().alternatives) {
        const Atom &first = alternative.first();
        if (first.prefix)
            addFirst(mPrefixFirst, mPrefixStarts, first.id, true, index);
        else
            addFirst(mExactFirst, mExactStarts, first.id, false, index);
    }
    return true;
}

bool PhraseMatcher::mayStartByLists(const Token &token) const
{
    if (unsigned(token.wordId) < mExactStarts.size() && mExactStarts[size_t(token.wordId)])
        return true;
    if (token.prefixIds[0] < 0 || mPrefixStarts.empty())
        return false;
    for (int p : token.prefixIds)
        if (unsigned(p) < mPrefixStarts.size() && mPrefixStarts[size_t(p)])
            return true;
    return false;
}

void PhraseMatcher::matchElement(const Pattern &pattern, int element, const Tokens &tokens, int index,
                                 int limit, const std::vector<int> *skipTo, int *best) const
{
    if (element == pattern.elements.size()) {
        *best = std::max(*best, index);
        return;
    }
    // Filler phrases may sit before any word but the first.
    int starts[4] = {index, -1, -1, -1};
    int startCount = 1;
    if (element > 0) {
        int at = index;
        for (int skip = 0; skip < 3 && at < limit; ++skip) {
            if (skipTo && at < int(skipTo->size()) && (*skipTo)[size_t(at)] > at) {
                at = std::min(limit, (*skipTo)[size_t(at)]);
            } else if (skip < 2 && mFillers && mFillers->mayStartAt(tokens.at(at))) {
                const Match filler = mFillers->longestAt(tokens, at, limit);
                if (!filler.isValid())
                    break;
                at = filler.end;
            } else {
                break;
            }
            starts[startCount++] = at;
        }
    }
    const Element &current = pattern.elements.at(element);
    for (int s = 0; s < startCount; ++s) {
        for (const QVector<Atom> &alternative : current.alternatives) {
            int i = starts[s];
            bool ok = true;
            for (const Atom &atom : alternative) {
                if (i >= limit || !atom.matches(tokens.at(i))) {
                    ok = false;
                    break;
                }
                ++i;
            }
            if (ok)
                matchElement(pattern, element + 1, tokens, i, limit, skipTo, best);
        }
    }
    if (current.optional)
        matchElement(pattern, element + 1, tokens, index, limit, skipTo, best);
}

PhraseMatcher::Match PhraseMatcher::longestAt(const Tokens &tokens, int index, int limit) const
{
    return longestAt(tokens, index, limit, nullptr);
}

PhraseMatcher::Match PhraseMatcher::longestAt(const Tokens &tokens, int index, int limit,
                                              const std::vector<int> *skipTo) const
{
    Match result;
    if (index >= limit || index >= tokens.size())
        return result;
    const Token &token = tokens.at(index);
    auto tryPatterns = [&](const QVector<int> &candidates) {
        for (int candidate : candidates) {
            const Pattern &pattern = mPatterns.at(candidate);
            int best = -1;
            // a candidate's first word matches this token, so a one-word pattern is done
            if (pattern.oneWord) {
                best = index + 1;
            } else if (pattern.checkSecond) {
                // the second word must follow at once, unless a filler may sit between
                const int next = index + 1;
                if (next >= limit)
                    continue;
                const Token &following = tokens.at(next);
                const bool filler = (mFillers && mFillers->mayStartAt(following)) ||
                                    (skipTo && next < int(skipTo->size()) && (*skipTo)[size_t(next)] > next);
                if (!filler && std::none_of(pattern.secondWords.cbegin(), pattern.secondWords.cend(),
                                            [&](const Atom &atom) { return atom.matches(following); }))
                    continue;
                matchElement(pattern, 0, tokens, index, limit, skipTo, &best);
            } else {
                matchElement(pattern, 0, tokens, index, limit, skipTo, &best);
            }
            if (best > index && best > result.end) // of equally long ones, the first tried
                result = {pattern.payload, index, best};
        }
    };
    if (unsigned(token.wordId) < mExactFirst.size())
        tryPatterns(mExactFirst[size_t(token.wordId)]);
    if (token.prefixIds[0] >= 0)
        for (int p : token.prefixIds)
            if (unsigned(p) < mPrefixFirst.size())
                tryPatterns(mPrefixFirst[size_t(p)]);
    return result;
}

} // namespace cm
