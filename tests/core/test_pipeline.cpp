#include <catch2/catch.hpp>

#include "conflictmap/pipeline.h"
#include "conflictmap/resources.h"

TEST_CASE("the pipeline reads the sample folder and extracts events in a stable order", "[pipeline]")
{
    cm::Resources::setDirectory(QStringLiteral(CM_RESOURCES));
    cm::Pipeline pipeline;
    cm::Diagnostics diagnostics;
    REQUIRE(pipeline.load(&diagnostics));
    int progressCalls = 0;
    const cm::PipelineResult first =
        pipeline.run({QStringLiteral(CM_SEEDS)}, [&](const cm::PipelineProgress &) { ++progressCalls; });
    CHECK(!first.cancelled);
    CHECK(progressCalls > 0);
    CHECK(first.events.size() >= 10);
    for (const cm::ControlEvent &event : first.events) {
        bool fromOkArticle = false;
        for (const cm::Article &article : first.articles)
            if (article.file == event.file && article.status == cm::ArticleStatus::Ok) {
                fromOkArticle = true;
                CHECK(article.text.mid(event.offset, event.evidence.size()) == event.evidence);
            }
        CHECK(fromOkArticle);
    }
    const cm::PipelineResult second = pipeline.run({QStringLiteral(CM_SEEDS)});
    REQUIRE(second.events.size() == first.events.size());
    for (int i = 0; i < first.events.size(); ++i) {
        CHECK(second.events[i].file == first.events[i].file);
        CHECK(second.events[i].offset == first.events[i].offset);
        CHECK(second.events[i].place == first.events[i].place);
    }
}

TEST_CASE("a cancelled run reports it and returns no events", "[pipeline]")
{
    cm::Resources::setDirectory(QStringLiteral(CM_RESOURCES));
    cm::Pipeline pipeline;
    std::atomic_bool cancel{true};
    const cm::PipelineResult result = pipeline.run({QStringLiteral(CM_SEEDS)}, {}, &cancel);
    CHECK(result.cancelled);
    CHECK(result.events.isEmpty());
}

TEST_CASE("skipped articles give no events", "[pipeline]")
{
    cm::Resources::setDirectory(QStringLiteral(CM_RESOURCES));
    cm::Pipeline pipeline;
    cm::Article skipped;
    skipped.file = QStringLiteral("dup.txt");
    skipped.status = cm::ArticleStatus::Skipped;
    skipped.text = QStringLiteral("Les rebelles ont repris jeudi la ville de Manbij à l'EI.");
    skipped.published = QDate(2016, 8, 13);
    cm::Article ok = skipped;
    ok.file = QStringLiteral("ok.txt");
    ok.status = cm::ArticleStatus::Ok;
    const cm::ControlEvents events = pipeline.extract({skipped, ok});
    REQUIRE(events.size() == 1);
    CHECK(events.first().file == QStringLiteral("ok.txt"));
}
