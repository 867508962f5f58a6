// SPDX-License-Identifier: EUPL-1.2
// The ZRM radar section of the verslag: there only when a meting scored something.
#include "documents/VerslagDocument.h"

#include "DocumentTestSupport.h"
#include "services/TrajectService.h"
#include "services/ZrmService.h"

using namespace core;

namespace {

struct Fixture : test::DocumentFixture {
    ZrmService zrm{*ws};

    ZrmMeting meting(const QString& inwonerId, const QDate& datum, std::optional<int> huisvesting)
    {
        ZrmMeting m;
        m.inwonerId = inwonerId;
        m.datum = datum;
        ZrmScore score;
        score.leefgebied = QStringLiteral("huisvesting");
        if (huisvesting)
            score.score = huisvesting;
        else
            score.nietBeoordeeld = NietBeoordeeld::OnvoldoendeInformatie;
        m.scores.push_back(score);
        auto saved = zrm.saveMeting(m);
        REQUIRE(saved.ok());
        return saved.value();
    }
    QString verslag(const QString& inwonerId)
    {
        TrajectService trajecten(*ws);
        Traject t = trajecten.nieuw(inwonerId);
        t.meldingDatum = QDate(2026, 11, 2);
        auto traject = trajecten.saveTraject(t);
        REQUIRE(traject.ok());
        documents::VerslagDocument document(*ws, QString());
        const auto html = document.render(traject->meta.id);
        REQUIRE(html.ok());
        return html.value();
    }
};

} // namespace

TEST_CASE("the radar shows the latest scored meting and the one before it", "[documents][zrm]")
{
    Fixture f;
    const QString id = f.inwoner(test::jan());
    CHECK(documents::radarMetingen(f.zrm.metingen(id)).empty());

    const ZrmMeting eerste = f.meting(id, QDate(2026, 3, 1), 2);
    const ZrmMeting tweede = f.meting(id, QDate(2026, 6, 1), 3);
    const ZrmMeting derde = f.meting(id, QDate(2026, 9, 1), 4);
    f.meting(id, QDate(2026, 10, 1), std::nullopt); // nothing scored: not on the radar
    const auto radar = documents::radarMetingen(f.zrm.metingen(id));
    REQUIRE(radar.size() == 2);
    CHECK(radar[0].meta.id == tweede.meta.id);
    CHECK(radar[1].meta.id == derde.meta.id);
    CHECK(eerste.meta.id != tweede.meta.id);
}

TEST_CASE("the verslag has a radar section only when there is a meting", "[documents][zrm]")
{
    Fixture f;
    const QString id = f.inwoner(test::jan());
    const QString zonder = f.verslag(id);
    CHECK_FALSE(zonder.contains(QStringLiteral("wijkdossier://zrm-radar")));
    CHECK_FALSE(zonder.contains(QStringLiteral("Hoe zelfredzaam bent u?")));

    f.meting(id, QDate(2026, 3, 1), 2);
    const QString een = f.verslag(id);
    CHECK(een.contains(QStringLiteral("<h2>Hoe zelfredzaam bent u?</h2>")));
    CHECK(een.contains(QStringLiteral("We hebben op 1 maart 2026 samen gekeken")));
    CHECK(een.contains(QStringLiteral("<img src=\"wijkdossier://zrm-radar\" width=\"454\"")));
    CHECK_FALSE(een.contains(QStringLiteral("stippellijn")));

    f.meting(id, QDate(2026, 9, 1), 4);
    const QString twee = f.verslag(id);
    CHECK(twee.contains(QStringLiteral("We hebben op 1 september 2026 samen gekeken")));
    CHECK(twee.contains(QStringLiteral("De stippellijn is de meting van 1 maart 2026.")));
}
