#include "settingsdialog.h"

#include "viewersettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cm {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    mLanguage = new QComboBox(this);
    mLanguage->addItem(tr("System language"), QString());
    // Language names are shown in their own language on purpose.
    mLanguage->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    mLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    mLanguage->setCurrentIndex(std::max(0, mLanguage->findData(ViewerSettings::language())));

    mLabelPopulation = new QSpinBox(this);
    mLabelPopulation->setRange(0, 5000000);
    mLabelPopulation->setSingleStep(50000);
    mLabelPopulation->setGroupSeparatorShown(true);
    mLabelPopulation->setValue(ViewerSettings::labelPopulation());
    mLabelPopulation->setToolTip(tr("Towns without events are named on the map from this population up"));

    auto *form = new QFormLayout;
    form->addRow(tr("Interface language"), mLanguage);
    form->addRow(QString(),
                 new QLabel(tr("<small>Takes effect the next time ConflictMap starts.</small>"), this));
    form->addRow(tr("Name towns from"), mLabelPopulation);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    ViewerSettings::setLanguage(mLanguage->currentData().toString());
    ViewerSettings::setLabelPopulation(mLabelPopulation->value());
    QDialog::accept();
}

} // namespace cm
