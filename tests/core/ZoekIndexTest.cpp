// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "db/Database.h"
#include "repo/InwonerRepository.h"
#include "services/DossierService.h"

#include <algorithm>

using namespace core;

namespace {

QStringList keysInIndexOrder(Workspace& ws)
{
    QStringList keys;
    auto st = ws.db().prepare("SELECT sort_key FROM inwoner WHERE zoek_pos IS NOT NULL ORDER BY zoek_pos");
    while (st.step())
        keys << st.text(0);
    return keys;
}

Inwoner named(const QString& achternaam)
{
    Inwoner in;
    in.geslachtsnaam = achternaam;
    in.roepnaam = QStringLiteral("Jan");
    return in;
}

} // namespace

TEST_CASE("names inserted into one gap over and over stay in name order in the search index", "[zoeken][index]")
{
    test::TempWorkspace ws;
    DossierService service(*ws);
    REQUIRE(service.saveInwoner(named(QStringLiteral("Aalbers"))).ok());
    REQUIRE(service.saveInwoner(named(QStringLiteral("Zwart"))).ok());
    // Each name sorts just before the previous one: every insertion halves the same gap, so the
    // index must relabel its neighbours many times.
    for (int i = 400; i > 0; --i) {
        auto saved = service.saveInwoner(named(QStringLiteral("Mulder%1").arg(i, 3, 10, QLatin1Char('0'))));
        INFO(i << ": " << saved.error().message.toStdString());
        REQUIRE(saved.ok());
    }
    const QStringList keys = keysInIndexOrder(*ws);
    QStringList sorted = keys;
    std::sort(sorted.begin(), sorted.end());
    CHECK(keys.size() == 402);
    CHECK(keys == sorted);
    CHECK(ws->integrityProblems().value().isEmpty());

    const auto found = service.caseload({QStringLiteral("mulder"), {}, 5});
    QStringList names;
    for (const auto& row : found)
        names << row.sorteernaam;
    CHECK(names == QStringList{QStringLiteral("Mulder001, Jan"), QStringLiteral("Mulder002, Jan"),
                               QStringLiteral("Mulder003, Jan"), QStringLiteral("Mulder004, Jan"),
                               QStringLiteral("Mulder005, Jan")});
}

TEST_CASE("a renamed inwoner moves to its new place in the search order", "[zoeken][index]")
{
    test::TempWorkspace ws;
    DossierService service(*ws);
    REQUIRE(service.saveInwoner(named(QStringLiteral("Bakker"))).ok());
    auto moved = service.saveInwoner(named(QStringLiteral("Visser")));
    REQUIRE(moved.ok());
    REQUIRE(service.saveInwoner(named(QStringLiteral("Jansen"))).ok());
    Inwoner renamed = moved.value();
    renamed.geslachtsnaam = QStringLiteral("Aydın");
    REQUIRE(service.saveInwoner(renamed).ok());

    QStringList names;
    for (const auto& row : service.caseload({QStringLiteral("jan")}))
        names << row.sorteernaam;
    CHECK(names ==
          QStringList{QStringLiteral("Aydın, Jan"), QStringLiteral("Bakker, Jan"), QStringLiteral("Jansen, Jan")});
    CHECK(ws->integrityProblems().value().isEmpty());
}

TEST_CASE("a sorted import appends without crowding the index", "[zoeken][index]")
{
    test::TempWorkspace ws;
    DossierService service(*ws);
    std::vector<Inwoner> rows;
    for (int i = 0; i < 2000; ++i)
        rows.push_back(named(QStringLiteral("Smit%1").arg(i, 4, 10, QLatin1Char('0'))));
    REQUIRE(service.importInwoners(rows).ok());
    CHECK(ws->db().scalar("SELECT min(zoek_pos) FROM inwoner") > 0);
    // Appended at a fixed step: never a relabelling, and plenty of room left.
    CHECK(ws->db().scalar("SELECT max(zoek_pos) - min(zoek_pos) FROM inwoner") == 1999 * repo::ZoekIndex::kStep);
    CHECK(ws->integrityProblems().value().isEmpty());
}
