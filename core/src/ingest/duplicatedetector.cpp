#include "conflictmap/duplicatedetector.h"

#include "ingest/ingesttext.h"

#include <QHash>

#include <algorithm>

namespace cm {
namespace {

constexpr int kShingleWords = 5;
constexpr int kBins = 32;
constexpr int kBands = 8;
constexpr int kRows = kBins / kBands;
constexpr int kMinShingles = 8;
constexpr int kMaxCandidates = 64;

quint64 mix(quint64 x)
{
    // splitmix64 finaliser
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

// Calls `word` with the hash of each word of text outside the sorted boilerplate ranges.
template <typename Callback>
void forEachWord(const QString &text, const QVector<TextRange> &boilerplate, Callback word)
{
    const QChar *data = text.constData();
    const int size = int(text.size());
    int range = 0;
    int i = 0;
    while (i < size) {
        while (range < boilerplate.size() && boilerplate.at(range).end() <= i)
            ++range;
        if (range < boilerplate.size() && boilerplate.at(range).start <= i) {
            i = boilerplate.at(range).end();
            continue;
        }
        if (!data[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        quint64 hash = 0xcbf29ce484222325ULL;
        while (i < size) {
            const QChar c = data[i];
            if (c.unicode() < 0x80) {
                const char folded = ingest::asciiWordChar(c.unicode());
                if (!folded)
                    break;
                hash ^= uchar(folded);
                hash *= 0x100000001b3ULL;
            } else if (c.isLetterOrNumber()) {
                hash ^= ingest::foldChar(c).unicode();
                hash *= 0x100000001b3ULL;
            } else if (!ingest::isMark(c)) {
                break;
            }
            ++i;
        }
        word(hash);
    }
}

QVector<quint64> shingles(const QString &text, const QVector<TextRange> &boilerplate)
{
    QVector<quint64> words;
    forEachWord(text, boilerplate, [&](quint64 hash) { words.append(hash); });
    QVector<quint64> result;
    for (int k = 0; k + kShingleWords <= words.size(); ++k) {
        quint64 hash = 0;
        for (int j = 0; j < kShingleWords; ++j)
            hash = mix(hash ^ words.at(k + j));
        result.append(hash);
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

double jaccard(const QVector<quint64> &a, const QVector<quint64> &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    int common = 0;
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i) == b.at(j)) {
            ++common;
            ++i;
            ++j;
        } else if (a.at(i) < b.at(j)) {
            ++i;
        } else {
            ++j;
        }
    }
    return double(common) / double(a.size() + b.size() - common);
}

} // namespace

TextFingerprint DuplicateDetector::fingerprint(const QString &text, const QVector<TextRange> &boilerplate)
{
    TextFingerprint result;
    quint64 exact = 0x9e3779b97f4a7c15ULL;
    quint64 window[kShingleWords] = {}; // the last words, oldest first
    std::array<quint32, kBins> bins;
    bins.fill(0xFFFFFFFFu);
    std::array<bool, kBins> filled{};
    int shingles = 0;
    forEachWord(text, boilerplate, [&](quint64 hash) {
        exact = mix(exact ^ hash);
        std::copy(window + 1, window + kShingleWords, window);
        window[kShingleWords - 1] = hash;
        ++result.words;
        if (result.words < kShingleWords)
            return;
        quint64 shingle = 0;
        for (quint64 word : window)
            shingle = mix(shingle ^ word);
        ++shingles;
        const int bin = int(shingle >> 59);
        const quint32 value = quint32(shingle);
        if (!filled[bin] || value < bins[bin]) {
            bins[bin] = value;
            filled[bin] = true;
        }
    });
    result.exact = exact;
    if (shingles < kMinShingles)
        return result;
    // Empty bins borrow from the next filled bin (rotation densification).
    result.minHash.resize(kBins);
    for (int bin = 0; bin < kBins; ++bin) {
        int source = bin;
        int distance = 0;
        while (!filled[source]) {
            source = (source + 1) % kBins;
            ++distance;
        }
        result.minHash[bin] = bins[source] + quint32(distance) * 0x9E3779B1u;
    }
    return result;
}

double DuplicateDetector::similarity(const QString &a, const QVector<TextRange> &boilerplateA,
                                     const QString &b, const QVector<TextRange> &boilerplateB)
{
    return jaccard(shingles(a, boilerplateA), shingles(b, boilerplateB));
}

QVector<DuplicateMatch> DuplicateDetector::find(const QVector<TextFingerprint> &fingerprints,
                                                const std::function<double(int, int)> &similarity,
                                                double threshold)
{
    QVector<DuplicateMatch> matches;
    QVector<int> originalOf(fingerprints.size(), -1);
    QHash<QPair<quint64, int>, int> exactFirst;
    QHash<quint64, QVector<int>> buckets;

    for (int i = 0; i < fingerprints.size(); ++i) {
        const TextFingerprint &print = fingerprints.at(i);
        if (print.words == 0)
            continue;
        const QPair<quint64, int> exactKey(print.exact, print.words);
        const auto same = exactFirst.constFind(exactKey);
        if (same != exactFirst.constEnd()) {
            originalOf[i] = same.value();
            matches.append({i, same.value(), 1.0, true});
            continue;
        }
        exactFirst.insert(exactKey, i);
        if (print.minHash.size() != kBins)
            continue;

        QVector<quint64> bandKeys(kBands);
        QVector<int> candidates;
        for (int band = 0; band < kBands; ++band) {
            quint64 key = mix(quint64(band) + 1);
            for (int row = 0; row < kRows; ++row)
                key = mix(key ^ print.minHash.at(band * kRows + row));
            bandKeys[band] = key;
            const auto bucket = buckets.constFind(key);
            if (bucket == buckets.constEnd())
                continue;
            for (int j : bucket.value())
                if (candidates.size() < kMaxCandidates && !candidates.contains(j))
                    candidates.append(j);
        }
        std::sort(candidates.begin(), candidates.end());
        for (int j : candidates) {
            int agree = 0;
            for (int bin = 0; bin < kBins; ++bin)
                agree += print.minHash.at(bin) == fingerprints.at(j).minHash.at(bin);
            // The estimate only filters; the exact similarity decides.
            if (double(agree) / kBins < threshold - 0.25)
                continue;
            const double exact = similarity(i, j);
            if (exact >= threshold) {
                const int root = originalOf.at(j) >= 0 ? originalOf.at(j) : j;
                originalOf[i] = root;
                matches.append({i, root, exact, false});
                break;
            }
        }
        for (int band = 0; band < kBands; ++band)
            buckets[bandKeys.at(band)].append(i);
    }
    return matches;
}

} // namespace cm
