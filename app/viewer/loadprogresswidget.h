#pragma once

#include "loadtask.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace cm {

/** Status-bar progress of a background load: "Reading file…", a bar and Cancel. The
 *  bar runs once over the whole load, a third for each LoadTask::Stage, and turns busy
 *  when a step has no count. */
class LoadProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LoadProgressWidget(QWidget *parent = nullptr);

    /** Shows the widget for a new load. */
    void begin();
    void setProgress(cm::LoadTask::Stage stage, int done, int total, const QString &file);
    /** Hides the widget. */
    void end();

signals:
    void cancelRequested();

private:
    QLabel *mLabel;
    QProgressBar *mBar;
    QPushButton *mCancel;
};

} // namespace cm
