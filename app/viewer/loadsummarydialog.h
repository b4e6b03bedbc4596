#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace cm {

struct LoadResult;

/** After a load: how many articles were read and events found, and each file that
 *  was skipped or failed with the reason, plus problems with the folders. */
class LoadSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoadSummaryDialog(const LoadResult &result, QWidget *parent = nullptr);

    /** The one-line summary (also for the status bar). */
    static QString summary(const LoadResult &result);

    QTreeWidget *problems() const { return mProblems; }

private:
    QLabel *mSummary;
    QTreeWidget *mProblems;
};

} // namespace cm
