#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace cm {

struct Article;
struct ControlEvent;

/** Shows the source article of an event: title, file, publication date (and where
 *  it was found), the event date and how it was resolved, then the article text with
 *  the evidence sentence highlighted and scrolled into view. */
class ArticlePane : public QWidget
{
    Q_OBJECT
public:
    explicit ArticlePane(QWidget *parent = nullptr);

    /** Shows `article` with `event`'s evidence highlighted. */
    void showEvent(const Article &article, const ControlEvent &event);
    /** Shows an article without highlighting anything. */
    void showArticle(const Article &article);
    void clear();

    /** The text shown as highlighted evidence (tests). */
    QString highlightedText() const { return mHighlighted; }
    QTextBrowser *browser() const { return mBrowser; }

private:
    void render(const Article &article, const ControlEvent *event);

    QLabel *mHeader;
    QTextBrowser *mBrowser;
    QString mHighlighted;
};

} // namespace cm
