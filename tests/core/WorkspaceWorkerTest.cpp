// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"

#include "db/Database.h"
#include "model/SyncMeta.h"
#include "services/DossierService.h"

using namespace core;

TEST_CASE("a worker connection opens next to the main workspace and orders its clock after it", "[sync]")
{
    test::TempWorkspace ws;
    auto worker = Workspace::openWorker(*ws);
    REQUIRE(worker.ok());
    CHECK(worker.value()->deviceId() == ws->deviceId());
    CHECK(worker.value()->path() == ws->path());
    CHECK(worker.value()->db().scalar("PRAGMA foreign_keys") == 1);
    CHECK(worker.value()->db().scalar("PRAGMA secure_delete") == 1);
    SyncMeta meta;
    ws->stamp(meta);
    SyncMeta later;
    auto again = Workspace::openWorker(*ws);
    REQUIRE(again.ok());
    again.value()->stamp(later);
    CHECK(later.hlc > meta.hlc);

    // What the worker writes, the main connection reads at once (WAL, no lock in between).
    Inwoner in;
    in.geslachtsnaam = QStringLiteral("Jansen");
    REQUIRE(DossierService(*again.value()).saveInwoner(in).ok());
    CHECK(DossierService(*ws).caseload({}).size() == 1);
}
