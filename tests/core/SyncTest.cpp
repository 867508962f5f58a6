// SPDX-License-Identifier: EUPL-1.2
#include "DemoTestSupport.h"
#include "TestSupport.h"

#include "db/Database.h"
#include "model/Inwoner.h"
#include "model/NetwerkPersoon.h"
#include "model/Traject.h"
#include "repo/InwonerRepository.h"
#include "repo/SyncRepository.h"
#include "services/DossierService.h"
#include "services/SyncService.h"
#include "services/TrajectService.h"
#include "sync/BundleImport.h"
#include "sync/BundleWriter.h"
#include "sync/FileStreams.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <map>
#include <random>
#include <set>

using namespace core;

namespace {

/// Every synced row as text, in id order per table, with the full version vector: what must be
/// equal on devices that have exchanged everything.
std::string syncedRows(Workspace& ws)
{
    repo::SyncRepository rows(ws.db());
    std::string out;
    for (const auto& table : repo::syncTables()) {
        std::vector<std::string> lines;
        rows.forEach(table.name, {}, 0, [&](const repo::SyncRow& row) {
            std::string line;
            for (const auto& v : row) {
                if (v.kind == repo::SyncValue::Kind::Text || v.kind == repo::SyncValue::Kind::Blob) {
                    const auto vv = repo::parseVersionVector(v.bytes);
                    line += vv ? repo::versionVectorJson(*vv) : v.bytes;
                } else if (v.kind == repo::SyncValue::Kind::Integer) {
                    line += std::to_string(v.integer);
                } else if (v.kind == repo::SyncValue::Kind::Real) {
                    line += std::to_string(v.real);
                }
                line += '|';
            }
            lines.push_back(std::move(line));
            return true;
        });
        std::sort(lines.begin(), lines.end());
        out += table.name;
        out += '\n';
        for (const auto& line : lines)
            out += line + '\n';
    }
    return out;
}

/// A hash of every row of every table (synced or not, the audit log included).
QByteArray everything(Workspace& ws)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto tables = ws.db().prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%' "
                                  "ORDER BY name");
    while (tables.step()) {
        const std::string table(tables.bytes(0));
        auto columns = ws.db().prepare("SELECT group_concat('quote(\"' || name || '\")', ' || ''|'' || ') FROM "
                                       "pragma_table_info(?1)");
        columns.bind(1, std::string_view(table));
        REQUIRE(columns.step());
        auto st = ws.db().prepare("SELECT " + std::string(columns.bytes(0)) + " FROM \"" + table + "\" ORDER BY 1");
        while (st.step()) {
            const auto b = st.bytes(0);
            hash.addData(QByteArrayView(b.data(), static_cast<qsizetype>(b.size())));
        }
    }
    return hash.result();
}

std::string exportAll(Workspace& ws)
{
    sync::MemorySink sink;
    auto rapport = sync::schrijfBundel(ws, {}, 0, sink, {});
    REQUIRE(rapport.ok());
    return sink.bytes;
}

sync::ImportRapport importBytes(Workspace& ws, const std::string& bytes)
{
    sync::MemorySource source(bytes);
    return sync::BundleImport(ws).run(source);
}

Inwoner nieuweInwoner(const QString& naam)
{
    Inwoner in;
    in.geslachtsnaam = naam;
    in.voornamen = QStringLiteral("Anna");
    return in;
}

} // namespace

TEST_CASE("A full export imports into an empty file with every row, and importing it again changes nothing", "[sync]")
{
    test::TempWorkspace a;
    test::generated(*a, demo::DemoSize::S, 1);
    test::TempWorkspace b;
    const QString file = a.dir.filePath(QStringLiteral("alles.wdx"));

    SyncService exporter(*a);
    auto exported = exporter.exporteer(file, {}, QStringLiteral("correct horse battery"));
    REQUIRE(exported.ok());
    CHECK((QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    CHECK(SyncService::isVersleuteld(file));
    QFile raw(file);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    // Nothing readable without the passphrase.
    const auto someone = a->inwoners().caseload({}).front();
    CHECK_FALSE(bytes.contains(someone.sorteernaam.section(QLatin1Char(','), 0, 0).toUtf8()));
    CHECK_FALSE(bytes.contains("wijkdossier-bundel"));

    SyncService importer(*b);
    const auto rapport = importer.importeer(file, QStringLiteral("correct horse battery"));
    INFO(rapport.problemen.join(QLatin1Char('\n')).toStdString());
    REQUIRE(rapport.toegepast);
    CHECK(rapport.versleuteld);
    CHECK(rapport.totaal().ingevoegd == exported->totaal);
    CHECK(rapport.totaal().afgewezen == 0);
    CHECK(syncedRows(*b) == syncedRows(*a));
    // Derived data is rebuilt: the inwoner can be found by name on the receiving device.
    repo::CaseloadQuery zoek(someone.sorteernaam.section(QLatin1Char(','), 0, 0));
    bool found = false;
    for (const auto& row : b->inwoners().caseload(zoek))
        found = found || row.id == someone.id;
    CHECK(found);

    const std::string before = syncedRows(*b);
    const auto again = importer.importeer(file, QStringLiteral("correct horse battery"));
    REQUIRE(again.toegepast);
    CHECK(again.totaal().ongewijzigd == exported->totaal);
    CHECK(again.totaal().ingevoegd + again.totaal().bijgewerkt + again.totaal().conflicten == 0);
    CHECK(syncedRows(*b) == before);
}

TEST_CASE("Concurrent edits: the last writer wins and the other version is kept as a conflict", "[sync]")
{
    test::TempWorkspace a;
    test::TempWorkspace b;
    DossierService da(*a);
    DossierService db(*b);
    auto saved = da.saveInwoner(nieuweInwoner(QStringLiteral("Jansen")));
    REQUIRE(saved.ok());
    const QString id = saved->meta.id;
    REQUIRE(importBytes(*b, exportAll(*a)).toegepast);

    // Both edit the same inwoner; b writes later.
    auto onA = *da.inwoner(id);
    onA.telefoon = QStringLiteral("0612345678");
    REQUIRE(da.saveInwoner(onA).ok());
    b.clock.advanceMs(5000);
    auto onB = *db.inwoner(id);
    onB.email = QStringLiteral("anna@voorbeeld.invalid");
    REQUIRE(db.saveInwoner(onB).ok());

    const std::string fromA = exportAll(*a);
    const std::string fromB = exportAll(*b);
    const auto intoB = importBytes(*b, fromA);
    REQUIRE(intoB.toegepast);
    CHECK(intoB.totaal().conflicten == 1);
    const auto intoA = importBytes(*a, fromB);
    REQUIRE(intoA.toegepast);
    CHECK(intoA.totaal().conflicten == 1);
    // Both now hold b's version (later writer) and the same conflict record.
    CHECK(da.inwoner(id)->email == QStringLiteral("anna@voorbeeld.invalid"));
    CHECK(da.inwoner(id)->telefoon.isEmpty());
    REQUIRE(importBytes(*b, exportAll(*a)).toegepast);
    REQUIRE(importBytes(*a, exportAll(*b)).toegepast);
    CHECK(syncedRows(*a) == syncedRows(*b));

    SyncService sa(*a);
    auto open = sa.conflicten();
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    auto conflict = sa.conflict(open->front().id);
    REQUIRE(conflict.ok());
    CHECK(conflict->tabel == QStringLiteral("inwoner"));
    CHECK(conflict->rijId == id);
    CHECK(conflict->soort == QStringLiteral("gelijktijdig"));
    std::set<QString> differing;
    for (const auto& veld : conflict->velden) {
        if (veld.verschilt)
            differing.insert(veld.kolom);
    }
    CHECK(differing == std::set<QString>{QStringLiteral("telefoon"), QStringLiteral("email")});

    // Combine: keep b's e-mail and take a's phone number back. The resolution syncs to b.
    REQUIRE(sa.losOp(conflict->id, SyncService::Keuze::Samengevoegd, {QStringLiteral("telefoon")}).ok());
    CHECK(da.inwoner(id)->telefoon == QStringLiteral("0612345678"));
    CHECK(da.inwoner(id)->email == QStringLiteral("anna@voorbeeld.invalid"));
    CHECK(sa.aantalOpenConflicten() == 0);
    CHECK_FALSE(sa.losOp(conflict->id, SyncService::Keuze::Huidig).ok());
    REQUIRE(importBytes(*b, exportAll(*a)).toegepast);
    CHECK(db.inwoner(id)->telefoon == QStringLiteral("0612345678"));
    CHECK(SyncService(*b).aantalOpenConflicten() == 0);
    CHECK(syncedRows(*a) == syncedRows(*b));
}

TEST_CASE("An edit on one side and a deletion on the other is a conflict, not a silent loss", "[sync]")
{
    test::TempWorkspace a;
    test::TempWorkspace b;
    DossierService da(*a);
    DossierService db(*b);
    auto saved = da.saveInwoner(nieuweInwoner(QStringLiteral("Visser")));
    REQUIRE(saved.ok());
    const QString id = saved->meta.id;
    REQUIRE(importBytes(*b, exportAll(*a)).toegepast);
    b.clock.advanceMs(1000);
    auto onB = *db.inwoner(id);
    onB.adres.woonplaats = QStringLiteral("Utrecht");
    REQUIRE(db.saveInwoner(onB).ok());
    a.clock.advanceMs(9000); // the deletion is the later write
    REQUIRE(da.deleteInwoner(id).ok());

    const auto rapport = importBytes(*b, exportAll(*a));
    REQUIRE(rapport.toegepast);
    CHECK(rapport.totaal().conflicten == 1);
    SyncService sb(*b);
    auto open = sb.conflicten();
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    auto conflict = sb.conflict(open->front().id);
    REQUIRE(conflict.ok());
    CHECK(conflict->soort == QStringLiteral("verwijderd"));
    CHECK(conflict->huidigVerwijderd);
    CHECK_FALSE(conflict->verliezerVerwijderd);
    // Keeping the edit brings the inwoner back, with the edit.
    REQUIRE(sb.losOp(conflict->id, SyncService::Keuze::Verliezer).ok());
    const auto back = db.inwoner(id);
    REQUIRE(back.has_value());
    CHECK_FALSE(back->meta.deleted);
    CHECK(back->adres.woonplaats == QStringLiteral("Utrecht"));
}

TEST_CASE("Since the last exchange with a peer, an export carries only what changed, also rows from elsewhere",
          "[sync]")
{
    test::TempWorkspace a;
    test::TempWorkspace c;
    DossierService da(*a);
    DossierService dc(*c);
    for (const char* naam : {"Bakker", "de Vries", "Smit"})
        REQUIRE(da.saveInwoner(nieuweInwoner(QString::fromUtf8(naam))).ok());
    SyncService sa(*a);
    sync::ExportKeuze keuze;
    keuze.omvang = sync::Omvang::SindsPeer;
    keuze.peer = QStringLiteral("kantoor");
    const QString first = a.dir.filePath(QStringLiteral("1.json"));
    auto r1 = sa.exporteer(first, keuze, std::nullopt);
    REQUIRE(r1.ok());
    CHECK(r1->totaal == 3);

    // Nothing changed: nothing to send.
    auto r2 = sa.exporteer(a.dir.filePath(QStringLiteral("2.json")), keuze, std::nullopt);
    REQUIRE(r2.ok());
    CHECK(r2->totaal == 0);

    // A row written on c earlier in clock time arrives at a: it must still go to the office.
    c.clock.set(a.clock.now().addSecs(-3600));
    REQUIRE(dc.saveInwoner(nieuweInwoner(QStringLiteral("Mulder"))).ok());
    REQUIRE(importBytes(*a, exportAll(*c)).toegepast);
    a.clock.advanceMs(1000);
    auto r3 = sa.exporteer(a.dir.filePath(QStringLiteral("3.json")), keuze, std::nullopt);
    REQUIRE(r3.ok());
    CHECK(r3->totaal >= 1);
    test::TempWorkspace office;
    SyncService so(*office);
    REQUIRE(so.importeer(first, {}).toegepast);
    REQUIRE(so.importeer(a.dir.filePath(QStringLiteral("3.json")), {}).toegepast);
    CHECK(office->inwoners().caseload({}).size() == 4);
    REQUIRE(sa.peers().size() == 1);
    CHECK(sa.peers().front().naam == QStringLiteral("kantoor"));
}

TEST_CASE("Overdracht: one dossier goes to a colleague, who becomes its vast aanspreekpunt", "[sync]")
{
    test::TempWorkspace a;
    test::generated(*a, demo::DemoSize::S, 3);
    const auto caseload = a->inwoners().caseload({});
    REQUIRE(caseload.size() > 2);
    const QString id = caseload[1].id;
    sync::ExportKeuze keuze;
    keuze.omvang = sync::Omvang::Inwoners;
    keuze.inwoners = {id};
    keuze.overdracht = sync::Overdracht{QStringLiteral("Fatima el Amrani"), QStringLiteral("030 123 45 67")};
    const QString file = a.dir.filePath(QStringLiteral("overdracht.wdx"));
    REQUIRE(SyncService(*a).exporteer(file, keuze, QStringLiteral("een lange zin van mij")).ok());

    test::TempWorkspace b;
    const auto rapport = SyncService(*b).importeer(file, QStringLiteral("een lange zin van mij"));
    INFO(rapport.problemen.join(QLatin1Char('\n')).toStdString());
    REQUIRE(rapport.toegepast);
    CHECK(rapport.overgedragen == 1);
    const auto received = b->inwoners().caseload({});
    REQUIRE(received.size() == 1);
    CHECK(received.front().id == id);
    const auto inwoner = DossierService(*b).inwoner(id);
    CHECK(inwoner->aanspreekpunt.naam == QStringLiteral("Fatima el Amrani"));
    CHECK(b->trajecten().forInwoner(id).size() == a->trajecten().forInwoner(id).size());
    CHECK(b->db().scalar("SELECT count(*) FROM audit_log WHERE action = 'import'") == 1);
    CHECK(a->db().scalar("SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = 'inwoner'") == 1);
}

TEST_CASE("A wrong passphrase, a cut-off file or one changed byte: refused, and the database unchanged", "[sync]")
{
    test::TempWorkspace a;
    DossierService da(*a);
    for (const char* naam : {"Bakker", "Smit"})
        REQUIRE(da.saveInwoner(nieuweInwoner(QString::fromUtf8(naam))).ok());
    const QString file = a.dir.filePath(QStringLiteral("b.wdx"));
    REQUIRE(SyncService(*a).exporteer(file, {}, QStringLiteral("juiste wachtzin")).ok());
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();
    f.close();

    test::TempWorkspace b;
    SyncService sb(*b);
    const QByteArray untouched = everything(*b);
    auto refused = [&](const QByteArray& bytes, const QString& passphrase) {
        const QString path = b.dir.filePath(QStringLiteral("x.wdx"));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
        out.close();
        const auto rapport = sb.importeer(path, passphrase);
        CHECK_FALSE(rapport.toegepast);
        CHECK_FALSE(rapport.problemen.isEmpty());
        CHECK(everything(*b) == untouched);
        return rapport.problemen.join(QLatin1Char(' '));
    };
    CHECK(refused(good, QStringLiteral("verkeerde wachtzin")).contains(QStringLiteral("passphrase is wrong")));
    CHECK(refused(good.left(good.size() - 1), QStringLiteral("juiste wachtzin")).contains(QStringLiteral("cut off")));
    CHECK(refused(good.left(good.size() / 2), QStringLiteral("juiste wachtzin")).contains(QStringLiteral("cut off")));
    CHECK(refused(good.left(30), QStringLiteral("juiste wachtzin")).contains(QStringLiteral("cut off")));
    for (const qsizetype position : {qsizetype(9), qsizetype(20), qsizetype(70), good.size() / 2, good.size() - 1}) {
        QByteArray flipped = good;
        flipped[position] = static_cast<char>(flipped[position] ^ 0x04);
        INFO("byte " << position);
        refused(flipped, QStringLiteral("juiste wachtzin"));
    }
    CHECK(refused(good + "x", QStringLiteral("juiste wachtzin")).contains(QStringLiteral("after its end")));
    CHECK(refused(QByteArray("SQLite format 3\0", 16), {}).contains(QStringLiteral("not a Wijkdossier bundle")));
    // The right passphrase still works.
    const QString path = b.dir.filePath(QStringLiteral("ok.wdx"));
    QFile::copy(file, path);
    CHECK(sb.importeer(path, QStringLiteral("juiste wachtzin")).toegepast);
}

namespace {

std::string bundel(const std::string& tables, int schema = 5, const std::string& format = "wijkdossier-bundel")
{
    return R"({"format":")" + format + R"(","format_version":1,"schema_version":)" + std::to_string(schema) +
           R"(,"device":"dev-b","tables":[)" + tables + "]}";
}

std::string inwonerTabel(const std::string& rows)
{
    return R"({"name":"inwoner","columns":["id","created_at","updated_at","hlc","device","deleted","bsn",)"
           R"("geslachtsnaam","vv"],"rows":[)" +
           rows + "]}";
}

std::string inwonerRij(const std::string& id, const std::string& bsn = "null", const std::string& naam = "\"Jansen\"")
{
    return R"([")" + id + R"(","2026-11-01T10:00:00.000Z","2026-11-01T10:00:00.000Z",100,"dev-b",0,)" + bsn + "," +
           naam + R"(,{"dev-b":100}])";
}

std::string zrm(int score, const std::string& leefgebied)
{
    return R"({"name":"zrm_meting","columns":["id","created_at","updated_at","hlc","device","deleted","inwoner_id",)"
           R"("instrument","datum","moment","vv"],"rows":[["m1","2026-11-01T10:00:00.000Z","2026-11-01T10:00:00.000Z",)"
           R"(100,"dev-b",0,"i1","zrm2017","2026-11-01","intake",{"dev-b":100}]]},)"
           R"({"name":"zrm_score","columns":["id","created_at","updated_at","hlc","device","deleted","meting_id",)"
           R"("leefgebied","score","vv"],"rows":[["s1","2026-11-01T10:00:00.000Z","2026-11-01T10:00:00.000Z",100,)"
           R"("dev-b",0,"m1",")" +
           leefgebied + "\"," + std::to_string(score) + R"(,{"dev-b":100}]]})";
}

} // namespace

TEST_CASE("Invalid content inside a bundle is refused with the problem named, and nothing is stored", "[sync]")
{
    test::TempWorkspace b;
    const QByteArray untouched = everything(*b);
    struct Case {
        const char* what;
        std::string bytes;
        const char* expected;
    };
    const std::string deep = std::string(200, '[') + std::string(200, ']');
    const std::vector<Case> cases = {
        {"a BSN failing the elfproef", bundel(inwonerTabel(inwonerRij("i1", "\"123456789\""))), "elfproef"},
        {"a ZRM score 7", bundel(inwonerTabel(inwonerRij("i1")) + "," + zrm(7, "financien")), "between 1 and 5"},
        {"an unknown leefgebied", bundel(inwonerTabel(inwonerRij("i1")) + "," + zrm(3, "sterrenkunde")),
         "not a leefgebied"},
        {"a missing parent", bundel(zrm(3, "financien")), "neither in the bundle nor"},
        {"duplicate ids", bundel(inwonerTabel(inwonerRij("i1") + "," + inwonerRij("i1"))), "appears twice"},
        {"a 10 MB string", bundel(inwonerTabel(inwonerRij("i1", "null", "\"" + std::string(10 << 20, 'a') + "\""))),
         "longer than 1 MB"},
        {"deeply nested JSON", bundel(inwonerTabel(deep)), "nested more than"},
        {"another format", bundel(inwonerTabel(inwonerRij("i1")), 5, "iets-anders"), "not a Wijkdossier bundle"},
        {"a newer schema", bundel(inwonerTabel(inwonerRij("i1")), 99), "newer version of Wijkdossier"},
        {"not JSON", "dit is geen json", "not a Wijkdossier bundle"},
        {"a cut-off document", bundel(inwonerTabel(inwonerRij("i1"))).substr(0, 150), "not valid JSON"},
        {"an unknown table", bundel(R"({"name":"geheim","columns":[],"rows":[]})"), "does not know"},
        {"a wrong version vector",
         bundel(R"({"name":"inwoner","columns":["id","created_at","updated_at","hlc","device","deleted",)"
                R"("geslachtsnaam","vv"],"rows":[["i1","2026-11-01T10:00:00.000Z","2026-11-01T10:00:00.000Z",100,)"
                R"("dev-b",0,"Jansen",{"dev-b":99}]]})"),
         "version vector"},
        {"a malformed date",
         bundel(R"({"name":"inwoner","columns":["id","created_at","updated_at","hlc","device","deleted",)"
                R"("geslachtsnaam","geboortedatum","vv"],"rows":[["i1","2026-11-01T10:00:00.000Z",)"
                R"("2026-11-01T10:00:00.000Z",100,"dev-b",0,"Jansen","31-02-1950",{"dev-b":100}]]})"),
         "not a date"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const auto rapport = importBytes(*b, c.bytes);
        CHECK_FALSE(rapport.toegepast);
        INFO(rapport.problemen.join(QLatin1Char('\n')).toStdString());
        CHECK(rapport.problemen.join(QLatin1Char(' ')).contains(QString::fromUtf8(c.expected)));
        CHECK(everything(*b) == untouched);
    }
    // The same rows, valid: accepted.
    const auto ok =
        importBytes(*b, bundel(inwonerTabel(inwonerRij("i1", "\"999999990\"")) + "," + zrm(3, "financien")));
    INFO(ok.problemen.join(QLatin1Char('\n')).toStdString());
    CHECK(ok.toegepast);
}

namespace {

/// A device in the convergence test, with the lineage of every version it wrote.
struct Device {
    std::unique_ptr<test::TempWorkspace> tw;
    std::unique_ptr<DossierService> dossier;
};

using Version = std::pair<qint64, QString>; // hlc, device

} // namespace

TEST_CASE("Three devices editing, deleting and exchanging in random orders converge and lose no version",
          "[sync][property]")
{
    for (unsigned seed = 1; seed <= 25; ++seed) {
        INFO("seed " << seed);
        std::mt19937 random(seed);
        std::vector<Device> devices(3);
        for (auto& d : devices) {
            d.tw = std::make_unique<test::TempWorkspace>();
            d.dossier = std::make_unique<DossierService>(**d.tw);
        }
        // Start from shared inwoners.
        for (const char* naam : {"Bakker", "Smit", "Visser", "de Jong"})
            REQUIRE(devices[0].dossier->saveInwoner(nieuweInwoner(QString::fromUtf8(naam))).ok());
        const std::string start = exportAll(**devices[0].tw);
        for (size_t i = 1; i < devices.size(); ++i)
            REQUIRE(importBytes(**devices[i].tw, start).toegepast);

        // Lineage: every version written, with the versions its content was based on.
        std::map<Version, std::set<Version>> ancestors;
        std::map<Version, std::pair<std::string, QString>> rowOf; // table, id
        std::map<Version, QString> contentOf;                     // what the version says (two equal deletions are one)
        auto wrote = [&](const char* table, const QString& id, const Version& before, const Version& after,
                         const QString& content) {
            ancestors[after] = ancestors[before];
            if (before.first != 0)
                ancestors[after].insert(before);
            rowOf[after] = {table, id};
            contentOf[after] = content;
        };
        std::vector<std::string> bundles;
        for (int step = 0; step < 50; ++step) {
            Device& d = devices[random() % devices.size()];
            (*d.tw).clock.advanceMs(static_cast<qint64>(random() % 2000) - 300); // clocks drift, even backwards
            const int action = static_cast<int>(random() % 12);
            auto caseload = (**d.tw).inwoners().caseload({});
            if (action < 4) {
                if (caseload.empty())
                    continue;
                auto in = *d.dossier->inwoner(caseload[random() % caseload.size()].id);
                const Version before{in.meta.hlc, in.meta.device};
                in.telefoon = QStringLiteral("06%1").arg(random() % 100000000, 8, 10, QLatin1Char('0'));
                if (random() % 2)
                    in.adres.woonplaats = QStringLiteral("Plaats %1").arg(random() % 5);
                auto saved = d.dossier->saveInwoner(in);
                REQUIRE(saved.ok());
                wrote("inwoner", in.meta.id, before, {saved->meta.hlc, saved->meta.device},
                      in.telefoon + QLatin1Char('|') + in.adres.woonplaats);
            } else if (action < 5) {
                if (caseload.size() < 2)
                    continue;
                const QString id = caseload[random() % caseload.size()].id;
                const auto in = *d.dossier->inwoner(id);
                REQUIRE(d.dossier->deleteInwoner(id).ok());
                const auto gone = (**d.tw).inwoners().get(id);
                wrote("inwoner", id, {in.meta.hlc, in.meta.device}, {gone->meta.hlc, gone->meta.device},
                      QStringLiteral("deleted|") + in.telefoon + QLatin1Char('|') + in.adres.woonplaats);
            } else if (action < 7) {
                // A netwerk person: a new one, or an edit of one already there.
                if (caseload.empty())
                    continue;
                const QString inwonerId = caseload[random() % caseload.size()].id;
                const auto netwerk = d.dossier->netwerk(inwonerId);
                NetwerkPersoon persoon;
                if (!netwerk.empty() && random() % 2) {
                    persoon = netwerk[random() % netwerk.size()];
                } else {
                    persoon.inwonerId = inwonerId;
                    persoon.naam = QStringLiteral("Buur %1").arg(random() % 100);
                }
                const Version before{persoon.meta.hlc, persoon.meta.device};
                persoon.doetNu = QStringLiteral("boodschappen %1").arg(random() % 100);
                auto saved = d.dossier->saveNetwerkPersoon(persoon);
                REQUIRE(saved.ok());
                wrote("netwerkpersoon", saved->meta.id, before, {saved->meta.hlc, saved->meta.device}, persoon.doetNu);
            } else if (action < 9) {
                bundles.push_back(exportAll(**d.tw));
            } else if (!bundles.empty()) {
                const auto rapport = importBytes(**d.tw, bundles[random() % bundles.size()]);
                INFO(rapport.problemen.join(QLatin1Char('\n')).toStdString());
                REQUIRE(rapport.toegepast);
            }
        }
        // Then everyone exchanges everything, in a random order, until nothing moves.
        for (int round = 0; round < 3; ++round) {
            std::vector<std::string> all;
            for (auto& d : devices)
                all.push_back(exportAll(**d.tw));
            for (auto& d : devices) {
                std::vector<size_t> order{0, 1, 2};
                std::shuffle(order.begin(), order.end(), random);
                for (const size_t i : order)
                    REQUIRE(importBytes(**d.tw, all[i]).toegepast);
            }
        }
        const std::string reference = syncedRows(**devices[0].tw);
        for (auto& d : devices)
            CHECK(syncedRows(**d.tw) == reference);

        // Every version that is neither the final one nor its ancestor lost a conflict (or was
        // replaced on its own device by a version that did): it is in the conflicts list.
        auto& ws = **devices[0].tw;
        std::set<Version> inConflicts;
        auto st = ws.db().prepare("SELECT verliezer_hlc, verliezer_device FROM sync_conflict");
        while (st.step())
            inConflicts.insert({st.int64(0), st.text(1)});
        for (const auto& [version, row] : rowOf) {
            auto st2 = ws.db().prepare("SELECT hlc, device FROM " + row.first + " WHERE id = ?1");
            st2.bind(1, row.second);
            REQUIRE(st2.step());
            const Version current{st2.int64(0), st2.text(1)};
            if (version == current || ancestors[current].count(version))
                continue;
            // Kept: in the conflicts list, or replaced on its own device by a version that is, or saying
            // exactly what a kept version says (two devices deleting the same record concurrently).
            bool kept = inConflicts.count(version) > 0 || contentOf[current] == contentOf[version];
            for (const auto& lost : inConflicts) {
                kept = kept || ancestors[lost].count(version) > 0 ||
                       (rowOf.count(lost) && rowOf[lost] == row && contentOf[lost] == contentOf[version]);
            }
            INFO("lost version " << version.first << " of " << row.first);
            CHECK(kept);
        }
    }
}

TEST_CASE("A statutory step recorded on two devices is one step after the exchange, and the other date is kept",
          "[sync]")
{
    test::TempWorkspace a;
    test::TempWorkspace b;
    DossierService da(*a);
    auto inwoner = da.saveInwoner(nieuweInwoner(QStringLiteral("Meijer")));
    REQUIRE(inwoner.ok());
    Traject t;
    t.inwonerId = inwoner->meta.id;
    t.meldingDatum = QDate(2026, 11, 2);
    t.kanaal = QStringLiteral("telefoon");
    t.hulpvraag = QStringLiteral("Ik kan het huishouden niet meer alleen.");
    auto saved = TrajectService(*a).saveTraject(t);
    INFO((saved.ok() ? std::string() : saved.error().message.toStdString()));
    REQUIRE(saved.ok());
    REQUIRE(importBytes(*b, exportAll(*a)).toegepast);

    // Both record that the ontvangstbevestiging went out, on different days.
    auto record = [](test::TempWorkspace& tw, const QString& id, QDate datum) {
        TrajectService service(*tw);
        auto traject = *service.traject(id);
        TrajectStap stap;
        stap.soort = StapSoort::Ontvangstbevestiging;
        stap.datum = datum;
        traject.zet(stap);
        auto result = service.saveTraject(traject);
        INFO((result.ok() ? std::string() : result.error().message.toStdString()));
        REQUIRE(result.ok());
    };
    record(a, saved->meta.id, QDate(2026, 11, 3));
    b.clock.advanceMs(2000);
    record(b, saved->meta.id, QDate(2026, 11, 4));

    const auto intoA = importBytes(*a, exportAll(*b));
    REQUIRE(intoA.toegepast);
    CHECK(intoA.totaal().conflicten == 1);
    REQUIRE(importBytes(*b, exportAll(*a)).toegepast);
    REQUIRE(importBytes(*a, exportAll(*b)).toegepast);
    CHECK(syncedRows(*a) == syncedRows(*b));
    for (auto* tw : {&a, &b}) {
        const auto traject = TrajectService(**tw).traject(saved->meta.id);
        REQUIRE(traject.has_value());
        int count = 0;
        for (const auto& stap : traject->stappen)
            count += stap.soort == StapSoort::Ontvangstbevestiging ? 1 : 0;
        CHECK(count == 1);
        CHECK(traject->stap(StapSoort::Ontvangstbevestiging)->datum == QDate(2026, 11, 4)); // the last writer's
    }
    auto open = SyncService(*a).conflicten();
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    const auto conflict = SyncService(*a).conflict(open->front().id);
    REQUIRE(conflict.ok());
    CHECK(conflict->tabel == QStringLiteral("traject_stap"));
    bool otherDate = false;
    for (const auto& veld : conflict->velden)
        otherDate =
            otherDate || (veld.kolom == QStringLiteral("datum") && veld.verliezer == QStringLiteral("2026-11-03"));
    CHECK(otherDate);
}

TEST_CASE("an export that does not fit leaves the earlier bundle as it was, no temporary file, and no audit entry",
          "[sync][output]")
{
    test::TempWorkspace a;
    test::generated(*a, demo::DemoSize::S, 1);
    const QString file = a.dir.filePath(QStringLiteral("kantoor.wdx"));
    SyncService exporter(*a);
    REQUIRE(exporter.exporteer(file, {}, QStringLiteral("correct horse battery")).ok());
    QFile earlier(file);
    REQUIRE(earlier.open(QIODevice::ReadOnly));
    const QByteArray before = earlier.readAll();
    earlier.close();
    REQUIRE(before.size() > 64 * 1024);
    const qint64 auditBefore = a->db().scalar("SELECT count(*) FROM audit_log");
    const QStringList filesBefore = QDir(a.dir.path()).entryList(QDir::Files | QDir::Hidden);

    Result<sync::ExportRapport> again = Error{};
    {
        const test::FileSizeLimit limit(32 * 1024);
        again = exporter.exporteer(file, {}, QStringLiteral("correct horse battery"));
    }
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::DiskFull);
    CHECK(test::contents(file) == before);
    CHECK(QDir(a.dir.path()).entryList(QDir::Files | QDir::Hidden) == filesBefore);
    CHECK(a->db().scalar("SELECT count(*) FROM audit_log") == auditBefore);
}
