#include "exportmapdialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace cm {

ExportMapDialog::ExportMapDialog(const QString &title, const QString &subtitle, QWidget *parent)
    : QDialog(parent), mTitle(new QLineEdit(title, this)), mSubtitle(new QLineEdit(subtitle, this)),
      mWidth(new QSpinBox(this)), mHeight(new QSpinBox(this)), mDpi(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Export map"));
    mWidth->setRange(200, 10000);
    mWidth->setValue(1920);
    mWidth->setSuffix(tr(" px"));
    mHeight->setRange(200, 10000);
    mHeight->setValue(1080);
    mHeight->setSuffix(tr(" px"));
    mDpi->setRange(48, 600);
    mDpi->setValue(150);
    mDpi->setDecimals(0);

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(mWidth);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(mHeight);

    auto *form = new QFormLayout;
    form->addRow(tr("Title:"), mTitle);
    form->addRow(tr("Subtitle:"), mSubtitle);
    form->addRow(tr("Size:"), sizeRow);
    form->addRow(tr("Resolution (DPI):"), mDpi);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString ExportMapDialog::title() const
{
    return mTitle->text();
}
QString ExportMapDialog::subtitle() const
{
    return mSubtitle->text();
}
QSize ExportMapDialog::size() const
{
    return QSize(mWidth->value(), mHeight->value());
}
double ExportMapDialog::dpi() const
{
    return mDpi->value();
}

} // namespace cm
