#pragma once

#include <QDialog>

namespace cm {

/** Help ▸ About: what ConflictMap is, its version, and the data it draws on with
 *  their licences (GeoNames CC-BY 4.0, Natural Earth public domain, the outlets of
 *  the sample articles). */
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /** The attribution text shown (HTML). */
    static QString attributionHtml();
};

} // namespace cm
