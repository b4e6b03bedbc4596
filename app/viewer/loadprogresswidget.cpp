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
    mCancel->setToolTip(tr("Stop reading; keep what was read so far"));
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

void LoadProgressWidget::setProgress(int done, int total, const QString &file)
{
    if (!mCancel->isEnabled())
        return;
    mBar->setRange(0, std::max(1, total));
    mBar->setValue(done);
    mLabel->setText(tr("Reading %1").arg(QFileInfo(file).fileName()));
}

void LoadProgressWidget::end()
{
    hide();
}

} // namespace cm
