<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../exportcontroller.cpp" line="84"/>
        <source>Source: ConflictMap, %n article(s) of French news</source>
        <translation>
            <numerusform>Source : ConflictMap, %n article de presse française</numerusform>
            <numerusform>Source : ConflictMap, %n articles de presse française</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="90"/>
        <source>Places © GeoNames (CC-BY 4.0) · Borders and rivers: Natural Earth</source>
        <translation>Lieux © GeoNames (CC-BY 4.0) · Frontières et fleuves : Natural Earth</translation>
    </message>
</context>
<context>
    <name>cm::AboutDialog</name>
    <message>
        <location filename="../aboutdialog.cpp" line="17"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../aboutdialog.cpp" line="20"/>
        <source>Place names and coordinates: &lt;a href=&apos;https://www.geonames.org/&apos;&gt;GeoNames&lt;/a&gt;, licensed under &lt;a href=&apos;https://creativecommons.org/licenses/by/4.0/&apos;&gt;CC-BY 4.0&lt;/a&gt;.</source>
        <translation>Noms de lieux et coordonnées : &lt;a href=&apos;https://www.geonames.org/&apos;&gt;GeoNames&lt;/a&gt;, sous licence &lt;a href=&apos;https://creativecommons.org/licenses/by/4.0/&apos;&gt;CC-BY 4.0&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../aboutdialog.cpp" line="25"/>
        <source>Countries, provinces, rivers and lakes: &lt;a href=&apos;https://www.naturalearthdata.com/&apos;&gt;Natural Earth&lt;/a&gt;, public domain.</source>
        <translation>Pays, provinces, fleuves et lacs : &lt;a href=&apos;https://www.naturalearthdata.com/&apos;&gt;Natural Earth&lt;/a&gt;, domaine public.</translation>
    </message>
    <message>
        <location filename="../aboutdialog.cpp" line="28"/>
        <source>Faction colours: after the colour-blind-safe palette of Okabe &amp;amp; Ito.</source>
        <translation>Couleurs des factions : d’après la palette d’Okabe &amp;amp; Ito, lisible par les daltoniens.</translation>
    </message>
    <message>
        <location filename="../aboutdialog.cpp" line="30"/>
        <source>Sample articles</source>
        <translation>Articles d’exemple</translation>
    </message>
    <message>
        <location filename="../aboutdialog.cpp" line="32"/>
        <source>The bundled sample articles are kept for research and testing; their copyright stays with the outlets and agencies that published them: 20 Minutes, Euronews, RTS Info, Epoch Times (French edition), L&apos;Orient-Le Jour, and the agencies AFP and ATS.</source>
        <translation>Les articles d’exemple fournis sont conservés à des fins de recherche et de test ; leurs droits restent aux médias et agences qui les ont publiés : 20 Minutes, Euronews, RTS Info, Epoch Times (édition française), L&apos;Orient-Le Jour, et les agences AFP et ATS.</translation>
    </message>
    <message>
        <location filename="../aboutdialog.cpp" line="36"/>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <location filename="../aboutdialog.cpp" line="38"/>
        <source>Built with Qt %1 and QGIS %2.</source>
        <translation>Construit avec Qt %1 et QGIS %2.</translation>
    </message>
    <message>
        <location filename="../aboutdialog.cpp" line="45"/>
        <source>About ConflictMap</source>
        <translation>À propos de ConflictMap</translation>
    </message>
    <message>
        <location filename="../aboutdialog.cpp" line="49"/>
        <source>Areas of control, frontlines and events of the war against the Islamic State in Syria and Iraq (2016–2017), extracted from French news articles.</source>
        <translation>Zones de contrôle, lignes de front et événements de la guerre contre l’État islamique en Syrie et en Irak (2016–2017), extraits d’articles de presse francophones.</translation>
    </message>
</context>
<context>
    <name>cm::ArticlePane</name>
    <message>
        <location filename="../articlepane.cpp" line="21"/>
        <source>from the article header</source>
        <translation>d’après l’en-tête de l’article</translation>
    </message>
    <message>
        <location filename="../articlepane.cpp" line="23"/>
        <source>from the address</source>
        <translation>d’après l’adresse</translation>
    </message>
    <message>
        <location filename="../articlepane.cpp" line="25"/>
        <source>from the text</source>
        <translation>d’après le texte</translation>
    </message>
    <message>
        <location filename="../articlepane.cpp" line="27"/>
        <source>inferred</source>
        <translation>déduite</translation>
    </message>
    <message>
        <location filename="../articlepane.cpp" line="31"/>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location filename="../articlepane.cpp" line="61"/>
        <source>&lt;i&gt;Select an event to read its source.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Choisissez un événement pour lire sa source.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../articlepane.cpp" line="82"/>
        <source>Published %1 (%2)</source>
        <translation>Publié le %1 (%2)</translation>
    </message>
    <message>
        <location filename="../articlepane.cpp" line="85"/>
        <source>Publication date unknown</source>
        <translation>Date de publication inconnue</translation>
    </message>
    <message>
        <location filename="../articlepane.cpp" line="90"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../articlepane.cpp" line="91"/>
        <source>Event dated %1, %2</source>
        <translation>Événement daté du %1, %2</translation>
    </message>
</context>
<context>
    <name>cm::EventTableModel</name>
    <message>
        <location filename="../eventtablemodel.cpp" line="98"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../eventtablemodel.cpp" line="115"/>
        <source>%1 (written “%2”), %3° N %4° E</source>
        <translation>%1 (écrit « %2 »), %3° N %4° E</translation>
    </message>
    <message>
        <location filename="../eventtablemodel.cpp" line="119"/>
        <source>“%1”: not found in the gazetteer</source>
        <translation>« %1 » : absent du répertoire géographique</translation>
    </message>
    <message>
        <location filename="../eventtablemodel.cpp" line="137"/>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <location filename="../eventtablemodel.cpp" line="165"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../eventtablemodel.cpp" line="167"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../eventtablemodel.cpp" line="169"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../eventtablemodel.cpp" line="171"/>
        <source>From → to</source>
        <translation>De → à</translation>
    </message>
    <message>
        <location filename="../eventtablemodel.cpp" line="173"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../eventtablemodel.cpp" line="175"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>cm::EventsDock</name>
    <message>
        <location filename="../eventsdock.cpp" line="22"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../eventsdock.cpp" line="34"/>
        <source>Search place, faction, sentence…</source>
        <translation>Chercher un lieu, une faction, une phrase…</translation>
    </message>
    <message>
        <location filename="../eventsdock.cpp" line="37"/>
        <source>All factions</source>
        <translation>Toutes les factions</translation>
    </message>
    <message>
        <location filename="../eventsdock.cpp" line="41"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../eventsdock.cpp" line="50"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../eventsdock.cpp" line="64"/>
        <source>Showing one place&apos;s history; click to show every place</source>
        <translation>Historique d’un seul lieu ; cliquer pour revoir tous les lieux</translation>
    </message>
    <message>
        <location filename="../eventsdock.cpp" line="69"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../eventsdock.cpp" line="127"/>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message numerus="yes">
        <location filename="../eventsdock.cpp" line="163"/>
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 sur %n événement</numerusform>
            <numerusform>%1 sur %n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::ExportController</name>
    <message>
        <location filename="../exportcontroller.cpp" line="123"/>
        <source>Control of territory</source>
        <translation>Contrôle du territoire</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="124"/>
        <source>Syria and Iraq</source>
        <translation>Syrie et Irak</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="136"/>
        <location filename="../exportcontroller.cpp" line="148"/>
        <source>Export map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="138"/>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Image JPEG (*.jpg *.jpeg);;Document PDF (*.pdf);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="149"/>
        <location filename="../exportcontroller.cpp" line="237"/>
        <location filename="../exportcontroller.cpp" line="334"/>
        <source>Could not write %1.
%2</source>
        <translation>Impossible d’écrire %1.
%2</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="159"/>
        <location filename="../exportcontroller.cpp" line="297"/>
        <source>Frontline</source>
        <translation>Ligne de front</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="169"/>
        <location filename="../exportcontroller.cpp" line="276"/>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="183"/>
        <source>Map saved to %1</source>
        <translation>Carte enregistrée dans %1</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="191"/>
        <location filename="../exportcontroller.cpp" line="224"/>
        <location filename="../exportcontroller.cpp" line="236"/>
        <location filename="../exportcontroller.cpp" line="255"/>
        <source>Export animation</source>
        <translation>Exporter une animation</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="200"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="201"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="202"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="205"/>
        <source>Animated GIF</source>
        <translation>GIF animé</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="206"/>
        <source>MP4 video (H.264)</source>
        <translation>Vidéo MP4 (H.264)</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="207"/>
        <source>Numbered PNG images (folder)</source>
        <translation>Images PNG numérotées (dossier)</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="209"/>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="210"/>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="211"/>
        <source>Step:</source>
        <translation>Pas :</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="212"/>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="223"/>
        <source>Folder for the PNG images</source>
        <translation>Dossier des images PNG</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="226"/>
        <source>GIF (*.gif)</source>
        <translation>GIF (*.gif)</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="227"/>
        <source>MP4 (*.mp4)</source>
        <translation>MP4 (*.mp4)</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="249"/>
        <source>no date between %1 and %2</source>
        <translation>aucune date entre le %1 et le %2</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="254"/>
        <source>Preparing the areas…</source>
        <translation>Préparation des zones…</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="254"/>
        <location filename="../exportcontroller.cpp" line="351"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="286"/>
        <source>Drawing frame %1 of %2 (%3)…</source>
        <translation>Dessin de l’image %1 sur %2 (%3)…</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="307"/>
        <source>Animation export cancelled; nothing was saved</source>
        <translation>Export de l’animation annulé ; rien n’a été enregistré</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="308"/>
        <source>Could not write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../exportcontroller.cpp" line="313"/>
        <source>Animation of %n frame(s) saved to %1</source>
        <translation>
            <numerusform>Animation de %n image enregistrée dans %1</numerusform>
            <numerusform>Animation de %n images enregistrée dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="320"/>
        <location filename="../exportcontroller.cpp" line="333"/>
        <location filename="../exportcontroller.cpp" line="352"/>
        <source>Export data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="321"/>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;CSV (*.csv);;QGIS project with its GeoPackage (*.qgz)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson);;CSV (*.csv);;Projet QGIS et son GeoPackage (*.qgz)</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="351"/>
        <source>Computing areas week by week…</source>
        <translation>Calcul des zones semaine par semaine…</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="365"/>
        <source>Data export cancelled</source>
        <translation>Export des données annulé</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="372"/>
        <source>ConflictMap story</source>
        <translation>Chronique ConflictMap</translation>
    </message>
    <message>
        <location filename="../exportcontroller.cpp" line="378"/>
        <source>Data saved to %1</source>
        <translation>Données enregistrées dans %1</translation>
    </message>
</context>
<context>
    <name>cm::ExportMapDialog</name>
    <message>
        <location filename="../exportmapdialog.cpp" line="17"/>
        <source>Export map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <location filename="../exportmapdialog.cpp" line="20"/>
        <location filename="../exportmapdialog.cpp" line="23"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../exportmapdialog.cpp" line="34"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../exportmapdialog.cpp" line="35"/>
        <source>Subtitle:</source>
        <translation>Sous-titre :</translation>
    </message>
    <message>
        <location filename="../exportmapdialog.cpp" line="36"/>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <location filename="../exportmapdialog.cpp" line="37"/>
        <source>Resolution (DPI):</source>
        <translation>Résolution (PPP) :</translation>
    </message>
</context>
<context>
    <name>cm::FactionPalette</name>
    <message>
        <location filename="../factionpalette.cpp" line="51"/>
        <source>IS</source>
        <translation>EI</translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="53"/>
        <source>regime</source>
        <translation>régime</translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="55"/>
        <source>rebels</source>
        <translation>rebelles</translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="57"/>
        <source>HTS/al-Nusra</source>
        <translation>HTS/al-Nosra</translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="59"/>
        <source>SDF</source>
        <translation>FDS</translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="61"/>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="63"/>
        <source>Peshmerga</source>
        <translation>peshmergas</translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="65"/>
        <source>Turkey</source>
        <translation>Turquie</translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="69"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="76"/>
        <source>capture</source>
        <translation>prise</translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="78"/>
        <source>held</source>
        <translation>tenu</translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="80"/>
        <source>partial</source>
        <translation>partielle</translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="82"/>
        <source>denied</source>
        <translation>démentie</translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="91"/>
        <source>to the day</source>
        <translation>au jour près</translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="93"/>
        <source>to the week</source>
        <translation>à la semaine près</translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="95"/>
        <source>to the month</source>
        <translation>au mois près</translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="97"/>
        <source>to the year</source>
        <translation>à l’année près</translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="101"/>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
</context>
<context>
    <name>cm::LegendWidget</name>
    <message>
        <location filename="../legendwidget.cpp" line="131"/>
        <source>Areas of control</source>
        <translation>Zones de contrôle</translation>
    </message>
    <message>
        <location filename="../legendwidget.cpp" line="144"/>
        <source>Gained since the previous step</source>
        <translation>Gagné depuis le pas précédent</translation>
    </message>
    <message>
        <location filename="../legendwidget.cpp" line="145"/>
        <source>Hatched in the colour of the faction that took it</source>
        <translation>Hachuré de la couleur de la faction qui l’a pris</translation>
    </message>
    <message>
        <location filename="../legendwidget.cpp" line="146"/>
        <source>Frontline</source>
        <translation>Ligne de front</translation>
    </message>
    <message>
        <location filename="../legendwidget.cpp" line="147"/>
        <source>Places (colour: who holds them)</source>
        <translation>Lieux (couleur : qui les tient)</translation>
    </message>
    <message>
        <location filename="../legendwidget.cpp" line="148"/>
        <source>captured</source>
        <translation>pris</translation>
    </message>
    <message>
        <location filename="../legendwidget.cpp" line="149"/>
        <source>held</source>
        <translation>tenu</translation>
    </message>
    <message>
        <location filename="../legendwidget.cpp" line="150"/>
        <source>partly taken (contested)</source>
        <translation>pris en partie (disputé)</translation>
    </message>
    <message>
        <location filename="../legendwidget.cpp" line="151"/>
        <source>capture denied</source>
        <translation>prise démentie</translation>
    </message>
    <message>
        <location filename="../legendwidget.cpp" line="152"/>
        <source>changed hands since the previous step</source>
        <translation>a changé de mains depuis le pas précédent</translation>
    </message>
</context>
<context>
    <name>cm::LoadProgressWidget</name>
    <message>
        <location filename="../loadprogresswidget.cpp" line="18"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop reading; keep what was read so far</source>
        <translation type="vanished">Arrêter la lecture ; garder ce qui a été lu</translation>
    </message>
    <message>
        <location filename="../loadprogresswidget.cpp" line="19"/>
        <source>Stop reading; keep the articles loaded before</source>
        <translation>Arrêter la lecture ; garder les articles chargés avant</translation>
    </message>
    <message>
        <location filename="../loadprogresswidget.cpp" line="27"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../loadprogresswidget.cpp" line="36"/>
        <source>Looking for articles…</source>
        <translation>Recherche des articles…</translation>
    </message>
    <message>
        <location filename="../loadprogresswidget.cpp" line="47"/>
        <source>Building the timeline…</source>
        <translation>Construction de la frise chronologique…</translation>
    </message>
    <message>
        <location filename="../loadprogresswidget.cpp" line="54"/>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <location filename="../loadprogresswidget.cpp" line="55"/>
        <source>Finding events in %1</source>
        <translation>Recherche des événements dans %1</translation>
    </message>
</context>
<context>
    <name>cm::LoadSummaryDialog</name>
    <message numerus="yes">
        <location filename="../loadsummarydialog.cpp" line="19"/>
        <source>%n article(s) loaded</source>
        <translation>
            <numerusform>%n article chargé</numerusform>
            <numerusform>%n articles chargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../loadsummarydialog.cpp" line="20"/>
        <source>%n event(s) found</source>
        <translation>
            <numerusform>%n événement trouvé</numerusform>
            <numerusform>%n événements trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../loadsummarydialog.cpp" line="21"/>
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>%n fichier ignoré</numerusform>
            <numerusform>%n fichiers ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation type="vanished">(annulé)</translation>
    </message>
    <message>
        <location filename="../loadsummarydialog.cpp" line="26"/>
        <source>Articles loaded</source>
        <translation>Articles chargés</translation>
    </message>
    <message>
        <location filename="../loadsummarydialog.cpp" line="30"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../loadsummarydialog.cpp" line="30"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../loadsummarydialog.cpp" line="30"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../loadsummarydialog.cpp" line="39"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location filename="../loadsummarydialog.cpp" line="39"/>
        <location filename="../loadsummarydialog.cpp" line="48"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../loadsummarydialog.cpp" line="49"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../loadsummarydialog.cpp" line="50"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../loadsummarydialog.cpp" line="63"/>
        <source>Files not used, and why:</source>
        <translation>Fichiers non utilisés, et pourquoi :</translation>
    </message>
    <message>
        <location filename="../loadsummarydialog.cpp" line="67"/>
        <source>Every file was read.</source>
        <translation>Tous les fichiers ont été lus.</translation>
    </message>
</context>
<context>
    <name>cm::MainWindow</name>
    <message>
        <location filename="../mainwindow.cpp" line="162"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="172"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="179"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="193"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="194"/>
        <source>&amp;Open folder…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="196"/>
        <source>Read a folder of articles instead of those loaded</source>
        <translation>Lire un dossier d’articles à la place de ceux chargés</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="197"/>
        <source>&amp;Add folder…</source>
        <translation>&amp;Ajouter un dossier…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="199"/>
        <source>&amp;Recent folders</source>
        <translation>Dossiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="202"/>
        <source>Load &amp;summary…</source>
        <translation>&amp;Bilan du chargement…</translation>
    </message>
    <message>
        <source>&amp;Export map image…</source>
        <translation type="vanished">&amp;Exporter l’image de la carte…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="204"/>
        <source>&amp;Export map…</source>
        <translation>&amp;Exporter la carte…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="206"/>
        <source>Export &amp;animation…</source>
        <translation>Exporter une &amp;animation…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="207"/>
        <source>Export &amp;data…</source>
        <translation>Exporter les &amp;données…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="209"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="213"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="214"/>
        <source>Zoom to &amp;all</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="216"/>
        <source>Zoom to &amp;Syria and Iraq</source>
        <translation>Zoomer sur la &amp;Syrie et l’Irak</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="218"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="219"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="227"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="234"/>
        <source>&amp;Play / pause</source>
        <translation>&amp;Lecture / pause</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="236"/>
        <source>Previous &amp;day</source>
        <translation>&amp;Jour précédent</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="238"/>
        <source>Next d&amp;ay</source>
        <translation>Jour s&amp;uivant</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="240"/>
        <source>Previous &amp;week</source>
        <translation>&amp;Semaine précédente</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="242"/>
        <source>Next w&amp;eek</source>
        <translation>Semaine suivan&amp;te</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="244"/>
        <source>Previous &amp;month</source>
        <translation>&amp;Mois précédent</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="246"/>
        <source>Next mo&amp;nth</source>
        <translation>Mois sui&amp;vant</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="248"/>
        <source>Previous e&amp;vent</source>
        <translation>Événement &amp;précédent</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="250"/>
        <source>Next ev&amp;ent</source>
        <translation>Événement suiva&amp;nt</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="253"/>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="254"/>
        <source>En&amp;d</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="255"/>
        <source>&amp;Go to date…</source>
        <translation>&amp;Aller à la date…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="258"/>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="259"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="262"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="263"/>
        <source>&amp;About ConflictMap</source>
        <translation>À &amp;propos de ConflictMap</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="265"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="279"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="301"/>
        <source>Add a folder of articles</source>
        <translation>Ajouter un dossier d’articles</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="301"/>
        <source>Open a folder of articles</source>
        <translation>Ouvrir un dossier d’articles</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="330"/>
        <source>Already reading articles; wait or cancel first</source>
        <translation>Lecture d’articles déjà en cours ; attendez ou annulez d’abord</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="345"/>
        <source>Loading cancelled; the articles loaded before are kept</source>
        <translation>Chargement annulé ; les articles chargés avant sont conservés</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="384"/>
        <source>Nothing has been loaded yet</source>
        <translation>Rien n’a encore été chargé</translation>
    </message>
    <message numerus="yes">
        <location filename="../mainwindow.cpp" line="463"/>
        <source>%1: held by %2, %n event(s) so far</source>
        <translation>
            <numerusform>%1 : tenu par %2, %n événement jusqu’ici</numerusform>
            <numerusform>%1 : tenu par %2, %n événements jusqu’ici</numerusform>
        </translation>
    </message>
    <message>
        <source>Export map image</source>
        <translation type="vanished">Exporter l’image de la carte</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="vanished">Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="vanished">Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Map saved to %1</source>
        <translation type="vanished">Carte enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>cm::SettingsDialog</name>
    <message>
        <location filename="../settingsdialog.cpp" line="16"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="18"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="29"/>
        <source>Towns without events are named on the map from this population up</source>
        <translation>Les villes sans événement sont nommées sur la carte à partir de cette population</translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="32"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="34"/>
        <source>&lt;small&gt;Takes effect the next time ConflictMap starts.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Prend effet au prochain démarrage de ConflictMap.&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="35"/>
        <source>Name towns from</source>
        <translation>Nommer les villes à partir de</translation>
    </message>
</context>
<context>
    <name>cm::TimelineTrack</name>
    <message>
        <location filename="../timelinetrack.cpp" line="208"/>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../timelinetrack.cpp" line="215"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::TimelineWidget</name>
    <message>
        <location filename="../timelinewidget.cpp" line="50"/>
        <source>Go to the start (Home)</source>
        <translation>Aller au début (Origine)</translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="52"/>
        <source>Play or pause (Space)</source>
        <translation>Lecture ou pause (Espace)</translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="51"/>
        <source>One step back</source>
        <translation>Un pas en arrière</translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="54"/>
        <source>One step forward</source>
        <translation>Un pas en avant</translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="55"/>
        <source>Go to the end (End)</source>
        <translation>Aller à la fin (Fin)</translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="57"/>
        <source>Previous event date (Ctrl+Left)</source>
        <translation>Date d’événement précédente (Ctrl+Gauche)</translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="59"/>
        <source>Next event date (Ctrl+Right)</source>
        <translation>Date d’événement suivante (Ctrl+Droite)</translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="62"/>
        <source>How far one step and one playback frame move</source>
        <translation>De combien avancent un pas et une image de la lecture</translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="63"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="64"/>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="65"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="66"/>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="68"/>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="71"/>
        <source>Loop</source>
        <translation>En boucle</translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="72"/>
        <source>Start again from the beginning at the end</source>
        <translation>Reprendre au début une fois à la fin</translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="76"/>
        <source>Go to a date (Ctrl+G)</source>
        <translation>Aller à une date (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="85"/>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="87"/>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="93"/>
        <source>Go to</source>
        <translation>Aller au</translation>
    </message>
</context>
</TS>
