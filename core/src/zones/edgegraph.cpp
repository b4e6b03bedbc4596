#include "zones/edgegraph.h"

#include "conflictmap/geodesy.h"

#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

namespace cm {
namespace {

struct PointKey {
    double x, y;
    bool operator==(const PointKey &other) const { return x == other.x && y == other.y; }
};
struct PointHash {
    size_t operator()(const PointKey &key) const
    {
        quint64 a = 0, b = 0;
        std::memcpy(&a, &key.x, sizeof a);
        std::memcpy(&b, &key.y, sizeof b);
        quint64 h = a * 0x9e3779b97f4a7c15ULL ^ (b + 0x7f4a7c159e3779b9ULL + (a << 6) + (a >> 2));
        h ^= h >> 29;
        return size_t(h * 0xbf58476d1ce4e5b9ULL);
    }
};

struct Segment {
    int from = -1, to = -1; ///< point ids
    int left = -1;
    int right = -2; ///< -2 until a second face walks the segment
};

double signedArea(const std::vector<double> &xy)
{
    double sum = 0.0;
    const size_t n = xy.size() / 2;
    for (size_t i = 0; i + 1 < n; ++i)
        sum +=
            (xy[2 * i] - xy[0]) * (xy[2 * i + 3] - xy[1]) - (xy[2 * i + 2] - xy[0]) * (xy[2 * i + 1] - xy[1]);
    return 0.5 * sum;
}

bool inside(const std::vector<double> &ring, double x, double y)
{
    bool in = false;
    const size_t n = ring.size() / 2;
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
        const double xi = ring[2 * i], yi = ring[2 * i + 1], xj = ring[2 * j], yj = ring[2 * j + 1];
        if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
            in = !in;
    }
    return in;
}

void appendUint32(QByteArray &out, quint32 value)
{
    const quint32 little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&little), 4);
}

void appendRing(QByteArray &out, const std::vector<double> &xy)
{
    appendUint32(out, quint32(xy.size() / 2));
    for (double value : xy) {
        quint64 bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        bits = qToLittleEndian(bits);
        out.append(reinterpret_cast<const char *>(&bits), 8);
    }
}

} // namespace

void EdgeGraph::build(GEOSContextHandle_t context,
                      const std::vector<std::pair<const GEOSGeometry *, int>> &faces)
{
    mChains.clear();
    std::unordered_map<PointKey, int, PointHash> pointIds;
    std::vector<PointKey> points;
    auto pointId = [&](double x, double y) {
        const auto [it, inserted] = pointIds.emplace(PointKey{x, y}, int(points.size()));
        if (inserted)
            points.push_back({x, y});
        return it->second;
    };
    std::unordered_map<quint64, int> segmentIds; // undirected (low id, high id) → segment
    std::vector<Segment> segments;

    // Walk every ring with its face on the left (shells counter-clockwise, holes clockwise).
    auto walk = [&](const GEOSGeometry *ring, int cell, bool shell) {
        const GEOSCoordSequence *sequence = GEOSGeom_getCoordSeq_r(context, ring);
        unsigned int size = 0;
        if (!sequence || !GEOSCoordSeq_getSize_r(context, sequence, &size) || size < 4)
            return;
        std::vector<double> xy(size_t(2 * size));
        for (unsigned int i = 0; i < size; ++i)
            GEOSCoordSeq_getXY_r(context, sequence, i, &xy[2 * i], &xy[2 * i + 1]);
        const bool counterClockwise = signedArea(xy) > 0.0;
        std::vector<int> ids(size);
        for (unsigned int i = 0; i < size; ++i) {
            const unsigned int k = counterClockwise == shell ? i : size - 1 - i;
            ids[i] = pointId(xy[2 * k], xy[2 * k + 1]);
        }
        for (unsigned int i = 0; i + 1 < size; ++i) {
            const int a = ids[i], b = ids[i + 1];
            if (a == b)
                continue;
            const quint64 key = (quint64(quint32(std::min(a, b))) << 32) | quint32(std::max(a, b));
            const auto [it, inserted] = segmentIds.emplace(key, int(segments.size()));
            if (inserted)
                segments.push_back({a, b, cell, -2});
            else if (segments[size_t(it->second)].right == -2)
                segments[size_t(it->second)].right = cell;
        }
    };
    for (const auto &[polygon, cell] : faces) {
        walk(GEOSGetExteriorRing_r(context, polygon), cell, true);
        const int holes = GEOSGetNumInteriorRings_r(context, polygon);
        for (int h = 0; h < holes; ++h)
            walk(GEOSGetInteriorRingN_r(context, polygon, h), cell, false);
    }
    segmentIds.clear();

    // Keep the segments between different cells, directed so the higher cell is on the left:
    // then every segment of one border runs the same way and chains link end to start.
    std::vector<Segment> kept;
    for (Segment segment : segments) {
        if (segment.right == -2)
            segment.right = -1;
        if (segment.left == segment.right)
            continue;
        if (segment.right > segment.left) {
            std::swap(segment.from, segment.to);
            std::swap(segment.left, segment.right);
        }
        kept.push_back(segment);
    }
    segments.clear();
    mNodeCount = int(points.size());
    std::vector<int> outCount(points.size(), 0), inCount(points.size(), 0), firstOut(points.size(), -1),
        firstIn(points.size(), -1);
    for (size_t s = 0; s < kept.size(); ++s) {
        ++outCount[size_t(kept[s].from)];
        ++inCount[size_t(kept[s].to)];
        firstOut[size_t(kept[s].from)] = int(s);
        firstIn[size_t(kept[s].to)] = int(s);
    }
    auto passes = [&](int point) {
        const size_t p = size_t(point);
        if (outCount[p] != 1 || inCount[p] != 1)
            return false;
        const Segment &in = kept[size_t(firstIn[p])], &out = kept[size_t(firstOut[p])];
        return in.left == out.left && in.right == out.right;
    };

    std::vector<char> used(kept.size(), 0);
    auto trace = [&](size_t s) {
        Chain chain;
        chain.left = kept[s].left;
        chain.right = kept[s].right;
        chain.startNode = kept[s].from;
        const PointKey &start = points[size_t(kept[s].from)];
        chain.xy = {start.x, start.y};
        while (true) {
            used[s] = 1;
            const PointKey &end = points[size_t(kept[s].to)];
            chain.lengthKm +=
                distanceKm(chain.xy[chain.xy.size() - 1], chain.xy[chain.xy.size() - 2], end.y, end.x);
            chain.xy.push_back(end.x);
            chain.xy.push_back(end.y);
            const int node = kept[s].to;
            if (node == chain.startNode || !passes(node) || used[size_t(firstOut[size_t(node)])]) {
                chain.endNode = node;
                break;
            }
            s = size_t(firstOut[size_t(node)]);
        }
        mChains.push_back(std::move(chain));
    };
    for (size_t s = 0; s < kept.size(); ++s)
        if (!used[s] && !passes(kept[s].from))
            trace(s);
    for (size_t s = 0; s < kept.size(); ++s) // closed loops: islands, lone cells
        if (!used[s])
            trace(s);
}

QByteArray EdgeGraph::dissolve(const std::vector<char> &member) const
{
    struct Ref {
        int chain;
        bool forward;
    };
    auto isMember = [&](int cell) {
        return cell >= 0 && size_t(cell) < member.size() && member[size_t(cell)];
    };
    std::vector<std::pair<int, int>> byStart; // start node, ref index
    std::vector<Ref> refs;
    for (size_t c = 0; c < mChains.size(); ++c) {
        const Chain &chain = mChains[c];
        const bool left = isMember(chain.left), right = isMember(chain.right);
        if (left == right)
            continue;
        byStart.emplace_back(left ? chain.startNode : chain.endNode, int(refs.size()));
        refs.push_back({int(c), left});
    }
    std::sort(byStart.begin(), byStart.end());
    auto endNode = [&](const Ref &ref) {
        return ref.forward ? mChains[size_t(ref.chain)].endNode : mChains[size_t(ref.chain)].startNode;
    };
    // The point `index` steps from the start of a ref (in its direction of travel).
    auto pointOf = [&](const Ref &ref, size_t index, double &x, double &y) {
        const std::vector<double> &xy = mChains[size_t(ref.chain)].xy;
        const size_t n = xy.size() / 2;
        const size_t k = ref.forward ? index : n - 1 - index;
        x = xy[2 * k];
        y = xy[2 * k + 1];
    };

    std::vector<char> used(refs.size(), 0);
    std::vector<std::vector<double>> shells, holes;
    for (size_t first = 0; first < refs.size(); ++first) {
        if (used[first])
            continue;
        std::vector<double> ring;
        size_t current = first;
        while (true) {
            used[current] = 1;
            const Ref &ref = refs[current];
            const size_t n = mChains[size_t(ref.chain)].xy.size() / 2;
            for (size_t i = ring.empty() ? 0 : 1; i < n; ++i) {
                double x = 0.0, y = 0.0;
                pointOf(ref, i, x, y);
                ring.push_back(x);
                ring.push_back(y);
            }
            const int node = endNode(ref);
            // Leaving a node, take the border that turns most sharply to the right of the way
            // back: it keeps each ring to one face where a set touches itself at a point.
            double backX = 0.0, backY = 0.0;
            pointOf(ref, n - 2, backX, backY);
            const double nodeX = ring[ring.size() - 2], nodeY = ring[ring.size() - 1];
            const double backAngle = std::atan2(backY - nodeY, backX - nodeX);
            long best = -1;
            double bestTurn = 10.0;
            auto range = std::equal_range(
                byStart.begin(), byStart.end(), std::make_pair(node, -1),
                [](const std::pair<int, int> &a, const std::pair<int, int> &b) { return a.first < b.first; });
            for (auto it = range.first; it != range.second; ++it) {
                const size_t candidate = size_t(it->second);
                if (used[candidate] && candidate != first)
                    continue;
                double x = 0.0, y = 0.0;
                pointOf(refs[candidate], 1, x, y);
                double turn =
                    std::fmod(backAngle - std::atan2(y - nodeY, x - nodeX) + 4.0 * M_PI, 2.0 * M_PI);
                if (turn <= 1e-12)
                    turn = 2.0 * M_PI;
                if (turn < bestTurn) {
                    bestTurn = turn;
                    best = long(candidate);
                }
            }
            if (best < 0 || size_t(best) == first)
                break;
            current = size_t(best);
        }
        if (ring[0] != ring[ring.size() - 2] || ring[1] != ring[ring.size() - 1]) {
            ring.push_back(ring[0]);
            ring.push_back(ring[1]);
        }
        if (ring.size() < 8)
            continue;
        const double area = signedArea(ring);
        if (area > 0.0)
            shells.push_back(std::move(ring));
        else if (area < 0.0)
            holes.push_back(std::move(ring));
    }

    // Give each hole to the smallest shell around the middle of its first segment.
    std::vector<double> shellArea(shells.size());
    std::vector<std::vector<size_t>> holesOf(shells.size());
    for (size_t s = 0; s < shells.size(); ++s)
        shellArea[s] = signedArea(shells[s]);
    for (size_t h = 0; h < holes.size(); ++h) {
        const double x = 0.5 * (holes[h][0] + holes[h][2]), y = 0.5 * (holes[h][1] + holes[h][3]);
        long owner = -1;
        for (size_t s = 0; s < shells.size(); ++s)
            if ((owner < 0 || shellArea[s] < shellArea[size_t(owner)]) && inside(shells[s], x, y))
                owner = long(s);
        if (owner >= 0)
            holesOf[size_t(owner)].push_back(h);
    }

    QByteArray wkb;
    wkb.append(char(1));
    appendUint32(wkb, 6); // MultiPolygon
    appendUint32(wkb, quint32(shells.size()));
    for (size_t s = 0; s < shells.size(); ++s) {
        wkb.append(char(1));
        appendUint32(wkb, 3); // Polygon
        appendUint32(wkb, quint32(1 + holesOf[s].size()));
        appendRing(wkb, shells[s]);
        for (size_t h : holesOf[s])
            appendRing(wkb, holes[h]);
    }
    return wkb;
}

} // namespace cm
