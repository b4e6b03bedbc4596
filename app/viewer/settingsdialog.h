#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace cm {

/** Settings ▸ Preferences: interface language (system, français, English; applied
 *  at the next start) and the population from which towns are labelled. */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /** Writes the choices to ViewerSettings. */
    void accept() override;

    QComboBox *languageField() const { return mLanguage; }

private:
    QComboBox *mLanguage;
    QSpinBox *mLabelPopulation;
};

} // namespace cm
