#include "aboutdialog.h"

#include "conflictmap/version.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <qgis.h>

namespace cm {

QString AboutDialog::attributionHtml()
{
    QStringList parts;
    parts << QStringLiteral("<h3>%1</h3>").arg(tr("Data"));
    parts << QStringLiteral("<ul>");
    parts << QStringLiteral("<li>%1</li>")
                 .arg(tr(
                     "Place names and coordinates: <a href='https://www.geonames.org/'>GeoNames</a>, "
                     "licensed under <a href='https://creativecommons.org/licenses/by/4.0/'>CC-BY 4.0</a>."));
    parts << QStringLiteral("<li>%1</li>")
                 .arg(
                     tr("Countries, provinces, rivers and lakes: <a href='https://www.naturalearthdata.com/'>"
                        "Natural Earth</a>, public domain."));
    parts << QStringLiteral("<li>%1</li>")
                 .arg(tr("Faction colours: after the colour-blind-safe palette of Okabe &amp; Ito."));
    parts << QStringLiteral("</ul>");
    parts << QStringLiteral("<h3>%1</h3>").arg(tr("Sample articles"));
    parts << QStringLiteral("<p>%1</p>")
                 .arg(tr(
                     "The bundled sample articles are kept for research and testing; their copyright stays "
                     "with the outlets and agencies that published them: 20 Minutes, Euronews, RTS Info, "
                     "Epoch Times (French edition), L'Orient-Le Jour, and the agencies AFP and ATS."));
    parts << QStringLiteral("<h3>%1</h3>").arg(tr("Software"));
    parts << QStringLiteral("<p>%1</p>")
                 .arg(tr("Built with Qt %1 and QGIS %2.")
                          .arg(QString::fromLatin1(qVersion()), Qgis::version()));
    return parts.join(QString());
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About ConflictMap"));
    auto *title = new QLabel(
        QStringLiteral("<h2>ConflictMap %1</h2><p>%2</p>")
            .arg(QString::fromLatin1(kVersion),
                 tr("Areas of control, frontlines and events of the war against the Islamic State in Syria "
                    "and Iraq (2016–2017), extracted from French news articles.")),
        this);
    title->setWordWrap(true);
    auto *text = new QTextBrowser(this);
    text->setOpenExternalLinks(true);
    text->setHtml(attributionHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    resize(560, 460);
}

} // namespace cm
