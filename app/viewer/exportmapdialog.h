#pragma once

#include <QDialog>
#include <QSize>

class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace cm {

/** Asks for what a map export shows: title, subtitle, size in pixels and resolution. */
class ExportMapDialog : public QDialog
{
    Q_OBJECT
public:
    ExportMapDialog(const QString &title, const QString &subtitle, QWidget *parent = nullptr);

    QString title() const;
    QString subtitle() const;
    QSize size() const;
    double dpi() const;

private:
    QLineEdit *mTitle;
    QLineEdit *mSubtitle;
    QSpinBox *mWidth;
    QSpinBox *mHeight;
    QDoubleSpinBox *mDpi;
};

} // namespace cm
