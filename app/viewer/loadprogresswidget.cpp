#include "loadprogresswidget.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace cm {

LoadProgressWidget::LoadProgressWidget(QWidget *parent) : QWidget(parent)
{
    mLabel = new QLabel(this);
    mLabel->setMinimumWidth(220);
    mBar = new QProgressBar(this);
    mBar->setMaximumWidth(220);
    mBar->setTextVisible(true);
    mCancel = new QPushButton(tr("Cancel"), this);
    mCancel->setToolTip(tr("Stop reading; keep the articles loaded before"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mLabel);
    layout->addWidget(mBar);
    layout->addWidget(mCancel);
    connect(mCancel, &QPushButton::clicked, this, [this] {
        mCancel->setEnabled(false);
        mLabel->setText(tr("Cancelling…"));
        emit cancelRequested();
    });
    hide();
}

void LoadProgressWidget::begin()
{
    mBar->setRange(0, 0);
    mLabel->setText(tr("Looking for articles…"));
    mCancel->setEnabled(true);
    show();
}

void LoadProgressWidget::setProgress(LoadTask::Stage stage, int done, int total, const QString &file)
{
    if (!mCancel->isEnabled())
        return;
    // One bar for the whole load: each stage fills a third; without a count it is busy.
    if (total > 0) {
        mBar->setRange(0, 300);
        mBar->setValue(int(stage) * 100 + int(100LL * done / total));
    } else {
        mBar->setRange(0, 0);
    }
    const QString name = QFileInfo(file).fileName();
    switch (stage) {
    case LoadTask::Stage::Reading:
        mLabel->setText(tr("Reading %1").arg(name));
        break;
    case LoadTask::Stage::Extracting:
        mLabel->setText(tr("Finding events in %1").arg(name));
        break;
    case LoadTask::Stage::Building:
        mLabel->setText(tr("Building the timeline…"));
        break;
    }
}

void LoadProgressWidget::end()
{
    hide();
}

} // namespace cm
