// HtmlToText: visible text, entities, paragraphs, metadata, offsets, broken markup.
#include <catch2/catch.hpp>

#include "conflictmap/htmltotext.h"

#include <QFile>

using cm::HtmlDocument;
using cm::HtmlToText;

namespace {

QString page(const char *name)
{
    QFile file(QStringLiteral(CM_TEST_DATA "/ingest/pages/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("Scripts, styles, comments, navigation and buttons are removed", "[htmltotext]")
{
    const HtmlDocument doc = HtmlToText::convert(page("05_meta_published.html"));
    CHECK_FALSE(doc.text.contains(QLatin1String("dataLayer")));
    CHECK_FALSE(doc.text.contains(QLatin1String("font-family")));
    CHECK_FALSE(doc.text.contains(QStringLiteral("ne doit pas apparaître")));
    CHECK_FALSE(doc.text.contains(QLatin1String("script text")));
    CHECK_FALSE(doc.text.contains(QLatin1String("Accueil")));           // <nav>
    CHECK_FALSE(doc.text.contains(QLatin1String("Tweeter")));           // <button>
    CHECK_FALSE(doc.text.contains(QStringLiteral("Mentions légales"))); // page <footer>
    CHECK_FALSE(doc.text.contains(QLatin1String("la trêve vole")));     // <aside>
    CHECK(doc.text.contains(QStringLiteral("a repris le contrôle de la cité antique de Palmyre")));
}

TEST_CASE("Entities are decoded", "[htmltotext]")
{
    const HtmlDocument doc = HtmlToText::convert(QStringLiteral(
        "<p>L&#8217;EI &amp; l&apos;armée &eacute;t&eacute; &#xE9;&#233; &laquo;&nbsp;ok&nbsp;&raquo; &#146; "
        "&unknown; &amp &copy; 5&euro;</p>"));
    const QChar nbsp(0xA0);
    CHECK(doc.text == QStringLiteral("L’EI & l'armée été éé «") + nbsp + QStringLiteral("ok") + nbsp +
                          QStringLiteral("» ’ &unknown; & © 5€"));
    CHECK(HtmlToText::decodeEntities(QStringLiteral("a &lt; b &gt; c")) == QLatin1String("a < b > c"));
    CHECK(HtmlToText::decodeEntities(QStringLiteral("&#0; &#x110000;")) ==
          QString(QChar(QChar::ReplacementCharacter)) + QLatin1Char(' ') +
              QChar(QChar::ReplacementCharacter));
}

TEST_CASE("Paragraph breaks are kept and white space collapsed", "[htmltotext]")
{
    const HtmlDocument doc = HtmlToText::convert(
        QStringLiteral("<div><p>Premier   paragraphe\n sur deux lignes.</p><p>Second.</p>Texte<br>après un "
                       "saut<ul><li>un</li><li>deux</li></ul>"
                       "<h2>Intertitre</h2><table><tr><td>a</td><td>b</td></tr></table><pre>garder  les\n  "
                       "espaces</pre></div>"));
    CHECK(doc.text ==
          QStringLiteral(
              "Premier paragraphe sur deux lignes.\n\nSecond.\n\nTexte\naprès un saut\n\nun\ndeux\n\n"
              "Intertitre\n\na b\n\ngarder  les\n  espaces"));
}

TEST_CASE("Title comes from og:title, else h1, else title", "[htmltotext]")
{
    CHECK(HtmlToText::convert(page("05_meta_published.html")).title ==
          QStringLiteral("Palmyre : l'armée syrienne reprend la cité antique"));
    CHECK(HtmlToText::convert(page("06_time_only.html")).title ==
          QStringLiteral("Deir ez-Zor : le siège est brisé"));
    CHECK(HtmlToText::convert(QStringLiteral("<title>Seul &amp; titre</title><p>x</p>")).title ==
          QStringLiteral("Seul & titre"));
}

TEST_CASE("Publication date from metadata, <time> and JSON-LD", "[htmltotext]")
{
    const HtmlDocument meta = HtmlToText::convert(page("05_meta_published.html"));
    CHECK(meta.published == QDate(2016, 10, 17));
    CHECK(meta.publishedFrom == QLatin1String("article:published_time"));
    CHECK_FALSE(meta.publishedIsUpdate);
    CHECK(meta.url == QLatin1String("https://www.observateur-orient.fr/syrie/palmyre-reprise-armee"));

    const HtmlDocument time = HtmlToText::convert(page("06_time_only.html"));
    CHECK(time.published == QDate(2017, 9, 5));
    CHECK(time.publishedFrom == QLatin1String("time"));

    const HtmlDocument jsonLd = HtmlToText::convert(
        QStringLiteral("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\": "
                       "\"2017-01-08T10:00:00Z\"}</script><p>x</p>"));
    CHECK(jsonLd.published == QDate(2017, 1, 8));

    const HtmlDocument itemprop = HtmlToText::convert(
        QStringLiteral("<span itemprop=\"datePublished\" content=\"2016-06-01\">1er juin</span>"));
    CHECK(itemprop.published == QDate(2016, 6, 1));

    const HtmlDocument updateOnly = HtmlToText::convert(
        QStringLiteral("<meta property=\"article:modified_time\" content=\"2016-07-02\"><p>x</p>"));
    CHECK(updateOnly.published == QDate(2016, 7, 2));
    CHECK(updateOnly.publishedIsUpdate);
}

TEST_CASE("Every rendered character maps back to the HTML source", "[htmltotext]")
{
    const QString html = page("05_meta_published.html");
    const HtmlDocument doc = HtmlToText::convert(html);
    REQUIRE(doc.sourceOffsets.size() == doc.text.size());
    int checked = 0;
    for (int i = 0; i < doc.text.size(); ++i) {
        const QChar c = doc.text.at(i);
        const int source = doc.sourceOffsets.at(i);
        REQUIRE(source >= 0);
        REQUIRE(source < html.size());
        if (c.isSpace() || c == QChar(0xA0))
            continue;
        // A visible character is the source character itself or comes from an entity there.
        CHECK((html.at(source) == c || html.at(source) == QLatin1Char('&')));
        ++checked;
    }
    CHECK(checked > 300);
    const int at = int(doc.text.indexOf(QStringLiteral("cité antique de Palmyre, a annoncé")));
    REQUIRE(at >= 0);
    CHECK(html.mid(doc.sourceOffsets.at(at), 24) == QStringLiteral("cité antique de Palmyre,"));
}

TEST_CASE("Broken markup never crashes and keeps the text", "[htmltotext]")
{
    CHECK(HtmlToText::convert(QStringLiteral("<p>a < b et c > d <p>suite <b>gras")).text ==
          QStringLiteral("a < b et c > d\n\nsuite gras"));
    CHECK(HtmlToText::convert(QStringLiteral("<p>début<script>var x = '</p>'")).text ==
          QStringLiteral("début"));
    CHECK(HtmlToText::convert(QStringLiteral("texte <!-- commentaire sans fin")).text ==
          QStringLiteral("texte"));
    const HtmlDocument unclosedQuote =
        HtmlToText::convert(QStringLiteral("<p>avant</p><a href=\"x>lien</a> reste"));
    CHECK(unclosedQuote.text == QStringLiteral("avant")); // as in browsers, the rest is inside the attribute
    CHECK(unclosedQuote.sourceOffsets.size() == unclosedQuote.text.size());
    CHECK(HtmlToText::convert(QStringLiteral("<<<>>>&&&;;<")).text.contains(QLatin1Char('&')));
    CHECK(HtmlToText::convert(QString()).text.isEmpty());
}

TEST_CASE("A text file holding a web page is recognised", "[htmltotext]")
{
    CHECK(HtmlToText::looksLikeHtml(QStringLiteral("  <!DOCTYPE html><html>")));
    CHECK(HtmlToText::looksLikeHtml(QStringLiteral("<!-- saved -->\n<HTML lang=fr>")));
    CHECK_FALSE(HtmlToText::looksLikeHtml(QStringLiteral("Titre\n\n<b>pas une page</b>")));
}
