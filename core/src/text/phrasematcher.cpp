#include "text/phrasematcher.h"

#include <algorithm>

namespace cm {
namespace {

uint pairKey(const QString &text)
{
    return (uint(text.at(0).unicode()) << 16) | uint(text.at(1).unicode());
}

} // namespace

bool PhraseMatcher::add(const QString &pattern, int payload)
{
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
            QVector<Atom> atoms;
            const Tokens parts = tokenize(alternative);
            for (const Token &part : parts) {
                if (part.text == QLatin1String("*")) {
                    if (!atoms.isEmpty())
                        atoms.last().prefix = true;
                    continue;
                }
                atoms.append({part.text, false});
            }
            if (!atoms.isEmpty())
                element.alternatives.append(atoms);
        }
        if (!element.alternatives.isEmpty())
            compiled.elements.append(element);
    }
    if (compiled.elements.isEmpty())
        return false;
    const int index = mPatterns.size();
    mPatterns.append(compiled);
    for (const QVector<Atom> &alternative : compiled.elements.first().alternatives) {
        const Atom &first = alternative.first();
        if (first.text.size() < 2)
            mShortFirst = true;
        else
            mFirstPairs.insert(pairKey(first.text));
        if (first.prefix) {
            QVector<int> &list = mPrefix[first.text];
            if (!list.contains(index))
                list.append(index);
            if (!mPrefixLengths.contains(int(first.text.size()))) {
                mPrefixLengths.append(int(first.text.size()));
                std::sort(mPrefixLengths.begin(), mPrefixLengths.end());
            }
        } else {
            QVector<int> &list = mExact[first.text];
            if (!list.contains(index))
                list.append(index);
        }
    }
    return true;
}

QVector<int> PhraseMatcher::elementEnds(const Element &element, const Tokens &tokens, int index,
                                        int limit) const
{
    QVector<int> ends;
    for (const QVector<Atom> &alternative : element.alternatives) {
        int i = index;
        bool ok = true;
        for (const Atom &atom : alternative) {
            if (i >= limit) {
                ok = false;
                break;
            }
            const QString &text = tokens.at(i).text;
            if (atom.prefix ? !text.startsWith(atom.text) : text != atom.text) {
                ok = false;
                break;
            }
            ++i;
        }
        if (ok && !ends.contains(i))
            ends.append(i);
    }
    return ends;
}

void PhraseMatcher::matchElement(const Pattern &pattern, int element, const Tokens &tokens, int index,
                                 int limit, int *best) const
{
    if (element == pattern.elements.size()) {
        *best = std::max(*best, index);
        return;
    }
    // Filler phrases may sit before any word but the first.
    QVector<int> starts{index};
    if (element > 0 && mFillers) {
        int at = index;
        for (int skip = 0; skip < 2 && at < limit; ++skip) {
            const Match filler = mFillers->longestAt(tokens, at, limit);
            if (!filler.isValid())
                break;
            at = filler.end;
            starts.append(at);
        }
    }
    const Element &current = pattern.elements.at(element);
    for (int start : starts) {
        for (int end : elementEnds(current, tokens, start, limit))
            matchElement(pattern, element + 1, tokens, end, limit, best);
    }
    if (current.optional)
        matchElement(pattern, element + 1, tokens, index, limit, best);
}

QVector<PhraseMatcher::Match> PhraseMatcher::matchesAt(const Tokens &tokens, int index, int limit) const
{
    QVector<Match> matches;
    if (index >= limit || index >= tokens.size())
        return matches;
    const QString &text = tokens.at(index).text;
    if (!mShortFirst && (text.size() < 2 || !mFirstPairs.contains(pairKey(text))))
        return matches;
    QVector<int> candidates = mExact.value(text);
    for (int length : mPrefixLengths) {
        if (length > text.size())
            break;
        const auto it = mPrefix.constFind(text.left(length));
        if (it != mPrefix.constEnd())
            candidates += it.value();
    }
    for (int candidate : candidates) {
        int best = -1;
        matchElement(mPatterns.at(candidate), 0, tokens, index, limit, &best);
        if (best > index)
            matches.append({mPatterns.at(candidate).payload, index, best});
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const Match &a, const Match &b) { return a.end - a.begin > b.end - b.begin; });
    return matches;
}

PhraseMatcher::Match PhraseMatcher::longestAt(const Tokens &tokens, int index, int limit) const
{
    const QVector<Match> matches = matchesAt(tokens, index, limit);
    return matches.isEmpty() ? Match{} : matches.first();
}

} // namespace cm
