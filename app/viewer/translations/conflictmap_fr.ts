<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>cm::AboutDialog</name>
    <message>
        <location filename="../aboutdialog.cpp" line="17"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aboutdialog.cpp" line="20"/>
        <source>Place names and coordinates: &lt;a href=&apos;https://www.geonames.org/&apos;&gt;GeoNames&lt;/a&gt;, licensed under &lt;a href=&apos;https://creativecommons.org/licenses/by/4.0/&apos;&gt;CC-BY 4.0&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aboutdialog.cpp" line="23"/>
        <source>Countries, provinces, rivers and lakes: &lt;a href=&apos;https://www.naturalearthdata.com/&apos;&gt;Natural Earth&lt;/a&gt;, public domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aboutdialog.cpp" line="26"/>
        <source>Faction colours: after the colour-blind-safe palette of Okabe &amp;amp; Ito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aboutdialog.cpp" line="28"/>
        <source>Sample articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aboutdialog.cpp" line="30"/>
        <source>The bundled sample articles are kept for research and testing; their copyright stays with the outlets and agencies that published them: 20 Minutes, Euronews, RTS Info, Epoch Times (French edition), L&apos;Orient-Le Jour, and the agencies AFP and ATS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aboutdialog.cpp" line="33"/>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aboutdialog.cpp" line="35"/>
        <source>Built with Qt %1 and QGIS %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aboutdialog.cpp" line="41"/>
        <source>About ConflictMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aboutdialog.cpp" line="45"/>
        <source>Areas of control, frontlines and events of the war against the Islamic State in Syria and Iraq (2016–2017), extracted from French news articles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::ArticlePane</name>
    <message>
        <location filename="../articlepane.cpp" line="20"/>
        <source>from the article header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../articlepane.cpp" line="21"/>
        <source>from the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../articlepane.cpp" line="22"/>
        <source>from the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../articlepane.cpp" line="23"/>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../articlepane.cpp" line="26"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../articlepane.cpp" line="53"/>
        <source>&lt;i&gt;Select an event to read its source.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../articlepane.cpp" line="68"/>
        <source>Published %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../articlepane.cpp" line="70"/>
        <source>Publication date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../articlepane.cpp" line="73"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../articlepane.cpp" line="74"/>
        <source>Event dated %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::EventTableModel</name>
    <message>
        <location filename="../eventtablemodel.cpp" line="80"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eventtablemodel.cpp" line="96"/>
        <source>%1 (written “%2”), %3° N %4° E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eventtablemodel.cpp" line="100"/>
        <source>“%1”: not found in the gazetteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eventtablemodel.cpp" line="117"/>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eventtablemodel.cpp" line="143"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eventtablemodel.cpp" line="144"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eventtablemodel.cpp" line="145"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eventtablemodel.cpp" line="146"/>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eventtablemodel.cpp" line="147"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eventtablemodel.cpp" line="148"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::EventsDock</name>
    <message>
        <location filename="../eventsdock.cpp" line="22"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eventsdock.cpp" line="33"/>
        <source>Search place, faction, sentence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eventsdock.cpp" line="36"/>
        <source>All factions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eventsdock.cpp" line="40"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eventsdock.cpp" line="49"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eventsdock.cpp" line="63"/>
        <source>Showing one place&apos;s history; click to show every place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eventsdock.cpp" line="68"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../eventsdock.cpp" line="126"/>
        <source>%1 ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../eventsdock.cpp" line="162"/>
        <source>%1 of %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::FactionPalette</name>
    <message>
        <location filename="../factionpalette.cpp" line="50"/>
        <source>IS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="51"/>
        <source>regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="52"/>
        <source>rebels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="53"/>
        <source>HTS/al-Nusra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="54"/>
        <source>SDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="55"/>
        <source>Iraq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="56"/>
        <source>Peshmerga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="57"/>
        <source>Turkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="60"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="66"/>
        <source>capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="67"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="68"/>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="69"/>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="77"/>
        <source>to the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="78"/>
        <source>to the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="79"/>
        <source>to the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="80"/>
        <source>to the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../factionpalette.cpp" line="83"/>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::LegendWidget</name>
    <message>
        <location filename="../legendwidget.cpp" line="123"/>
        <source>Areas of control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legendwidget.cpp" line="133"/>
        <source>Gained since the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legendwidget.cpp" line="134"/>
        <source>Hatched in the colour of the faction that took it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legendwidget.cpp" line="135"/>
        <source>Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legendwidget.cpp" line="136"/>
        <source>Places (colour: who holds them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legendwidget.cpp" line="137"/>
        <source>captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legendwidget.cpp" line="138"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legendwidget.cpp" line="139"/>
        <source>partly taken (contested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legendwidget.cpp" line="140"/>
        <source>capture denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../legendwidget.cpp" line="141"/>
        <source>changed hands since the previous step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::LoadProgressWidget</name>
    <message>
        <location filename="../loadprogresswidget.cpp" line="18"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loadprogresswidget.cpp" line="19"/>
        <source>Stop reading; keep what was read so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loadprogresswidget.cpp" line="27"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loadprogresswidget.cpp" line="36"/>
        <source>Looking for articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loadprogresswidget.cpp" line="47"/>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::LoadSummaryDialog</name>
    <message numerus="yes">
        <location filename="../loadsummarydialog.cpp" line="19"/>
        <source>%n article(s) loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../loadsummarydialog.cpp" line="20"/>
        <source>%n event(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../loadsummarydialog.cpp" line="21"/>
        <source>%n file(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../loadsummarydialog.cpp" line="23"/>
        <source>(cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loadsummarydialog.cpp" line="29"/>
        <source>Articles loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loadsummarydialog.cpp" line="33"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loadsummarydialog.cpp" line="33"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loadsummarydialog.cpp" line="33"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loadsummarydialog.cpp" line="42"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loadsummarydialog.cpp" line="42"/>
        <location filename="../loadsummarydialog.cpp" line="50"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loadsummarydialog.cpp" line="51"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loadsummarydialog.cpp" line="52"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loadsummarydialog.cpp" line="65"/>
        <source>Files not used, and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loadsummarydialog.cpp" line="69"/>
        <source>Every file was read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::MainWindow</name>
    <message>
        <location filename="../mainwindow.cpp" line="133"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="143"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="150"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="164"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="165"/>
        <source>&amp;Open folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="167"/>
        <source>Read a folder of articles instead of those loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="168"/>
        <source>&amp;Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="170"/>
        <source>&amp;Recent folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="173"/>
        <source>Load &amp;summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="174"/>
        <source>&amp;Export map image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="177"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="181"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="182"/>
        <source>Zoom to &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="184"/>
        <source>Zoom to &amp;Syria and Iraq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="186"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="187"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="194"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="201"/>
        <source>&amp;Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="203"/>
        <source>Previous &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="205"/>
        <source>Next d&amp;ay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="207"/>
        <source>Previous &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="209"/>
        <source>Next w&amp;eek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="211"/>
        <source>Previous &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="213"/>
        <source>Next mo&amp;nth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="215"/>
        <source>Previous e&amp;vent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="217"/>
        <source>Next ev&amp;ent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="220"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="221"/>
        <source>En&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="222"/>
        <source>&amp;Go to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="226"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="227"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="230"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="231"/>
        <source>&amp;About ConflictMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="233"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="247"/>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="268"/>
        <source>Add a folder of articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="268"/>
        <source>Open a folder of articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="297"/>
        <source>Already reading articles; wait or cancel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="335"/>
        <source>Nothing has been loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../mainwindow.cpp" line="412"/>
        <source>%1: held by %2, %n event(s) so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="420"/>
        <location filename="../mainwindow.cpp" line="426"/>
        <source>Export map image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="422"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="426"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="428"/>
        <source>Map saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::SettingsDialog</name>
    <message>
        <location filename="../settingsdialog.cpp" line="16"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="18"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="29"/>
        <source>Towns without events are named on the map from this population up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="32"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="33"/>
        <source>&lt;small&gt;Takes effect the next time ConflictMap starts.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settingsdialog.cpp" line="34"/>
        <source>Name towns from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cm::TimelineTrack</name>
    <message>
        <location filename="../timelinetrack.cpp" line="202"/>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../timelinetrack.cpp" line="209"/>
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::TimelineWidget</name>
    <message>
        <location filename="../timelinewidget.cpp" line="50"/>
        <source>Go to the start (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="51"/>
        <source>One step back (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="52"/>
        <source>Play or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="54"/>
        <source>One step forward (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="55"/>
        <source>Go to the end (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="57"/>
        <source>Previous event date (Ctrl+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="58"/>
        <source>Next event date (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="61"/>
        <source>How far one step and one playback frame move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="62"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="63"/>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="64"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="65"/>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="67"/>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="70"/>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="71"/>
        <source>Start again from the beginning at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="75"/>
        <source>Go to a date (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="83"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="85"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="91"/>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
