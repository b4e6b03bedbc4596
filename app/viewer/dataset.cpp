#include "dataset.h"

namespace cm {

static QString articleKey(const QString &folder, const QString &file)
{
    return folder + QLatin1Char('\n') + file;
}

void Dataset::index()
{
    mArticleIndex.clear();
    for (int i = 0; i < articles.size(); ++i)
        mArticleIndex.insert(articleKey(articles.at(i).folder, articles.at(i).file), i);
}

int Dataset::articleIndex(const ControlEvent &event) const
{
    return mArticleIndex.value(articleKey(event.folder, event.file), -1);
}

} // namespace cm
