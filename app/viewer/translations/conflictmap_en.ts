<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../exportcontroller.cpp" line="84"/>
        <source>Source: ConflictMap, %n article(s) of French news</source>
        <translation>
            <numerusform>Source: ConflictMap, %n article of French news</numerusform>
            <numerusform>Source: ConflictMap, %n articles of French news</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::EventsDock</name>
    <message numerus="yes">
        <location filename="../eventsdock.cpp" line="163"/>
        <source>%1 of %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::ExportController</name>
    <message numerus="yes">
        <location filename="../exportcontroller.cpp" line="313"/>
        <source>Animation of %n frame(s) saved to %1</source>
        <translation>
            <numerusform>Animation of %n frame saved to %1</numerusform>
            <numerusform>Animation of %n frames saved to %1</numerusform>
        </translation>
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
</context>
<context>
    <name>cm::MainWindow</name>
    <message numerus="yes">
        <location filename="../mainwindow.cpp" line="463"/>
        <source>%1: held by %2, %n event(s) so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::TimelineTrack</name>
    <message numerus="yes">
        <location filename="../timelinetrack.cpp" line="215"/>
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
