#include "loadsummarydialog.h"

#include "loadtask.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cm {

QString LoadSummaryDialog::summary(const LoadResult &result)
{
    int loaded = 0;
    int skipped = 0;
    for (const Article &article : result.dataset.articles)
        (article.status == ArticleStatus::Ok ? loaded : skipped)++;
    const QString text = tr("%n article(s) loaded", nullptr, loaded) + QStringLiteral(", ") +
                         tr("%n event(s) found", nullptr, result.dataset.events.size()) +
                         QStringLiteral(", ") + tr("%n file(s) skipped", nullptr, skipped);
    return text;
}

LoadSummaryDialog::LoadSummaryDialog(const LoadResult &result, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Articles loaded"));
    mSummary = new QLabel(QStringLiteral("<b>%1</b>").arg(summary(result).toHtmlEscaped()), this);
    mSummary->setWordWrap(true);
    mProblems = new QTreeWidget(this);
    mProblems->setHeaderLabels({tr("File"), tr("Status"), tr("Reason")});
    mProblems->setRootIsDecorated(false);
    mProblems->setAlternatingRowColors(true);
    for (const Article &article : result.dataset.articles) {
        if (article.status == ArticleStatus::Ok)
            continue;
        auto *item = new QTreeWidgetItem(mProblems);
        item->setText(0, article.file);
        item->setToolTip(0, article.path);
        item->setText(1, article.status == ArticleStatus::Skipped ? tr("skipped") : tr("error"));
        item->setText(2, article.message);
        item->setToolTip(2, article.message);
    }
    for (const Diagnostic &diagnostic : result.dataset.diagnostics) {
        auto *item = new QTreeWidgetItem(mProblems);
        item->setText(0, diagnostic.line > 0
                             ? QStringLiteral("%1:%2").arg(diagnostic.file).arg(diagnostic.line)
                             : diagnostic.file);
        item->setText(1, diagnostic.severity == Diagnostic::Severity::Error     ? tr("error")
                         : diagnostic.severity == Diagnostic::Severity::Warning ? tr("warning")
                                                                                : tr("note"));
        item->setText(2, diagnostic.message);
        item->setToolTip(2, diagnostic.message);
    }
    mProblems->header()->setStretchLastSection(true);
    mProblems->resizeColumnToContents(0);
    mProblems->resizeColumnToContents(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mSummary);
    if (mProblems->topLevelItemCount() > 0) {
        layout->addWidget(new QLabel(tr("Files not used, and why:"), this));
        layout->addWidget(mProblems, 1);
    } else {
        mProblems->hide();
        layout->addWidget(new QLabel(tr("Every file was read."), this));
    }
    layout->addWidget(buttons);
    resize(720, mProblems->isVisible() ? 420 : 140);
}

} // namespace cm
