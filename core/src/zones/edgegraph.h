#pragma once
// The shared edges of a coverage of cells, for dissolving any set of cells without an
// overlay: a set's outline is the edges with the set on one side only.

#include <QByteArray>
#include <geos_c.h>
#include <vector>

namespace cm {

class EdgeGraph
{
public:
    /** A maximal run of segments with the same cells on its two sides. */
    struct Chain {
        int left = -1;  ///< cell on the left of the chain's direction (always >= 0)
        int right = -1; ///< cell on the right, -1 for unclaimed land or sea; right < left
        int startNode = -1;
        int endNode = -1;
        std::vector<double> xy; ///< x0 y0 x1 y1 … (lon/lat degrees)
        double lengthKm = 0.0;
    };

    /** Indexes the faces (polygons in lon/lat with the cell each belongs to). Faces must
     *  form a noded coverage: neighbours share bit-identical vertices along common edges. */
    void build(GEOSContextHandle_t context, const std::vector<std::pair<const GEOSGeometry *, int>> &faces);

    const std::vector<Chain> &chains() const { return mChains; }

    /** The union of the cells with member[cell] != 0, as WKB MultiPolygon (little-endian).
     *  Rings run with the set on their left; holes are given to the smallest shell around them. */
    QByteArray dissolve(const std::vector<char> &member) const;

private:
    std::vector<Chain> mChains;
    int mNodeCount = 0;
};

} // namespace cm
