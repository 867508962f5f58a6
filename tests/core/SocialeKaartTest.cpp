// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"

#include "db/Database.h"
#include "importing/SocialeKaartCsv.h"
#include "model/Plan.h"
#include "repo/PlanRepository.h"
#include "repo/SocialeKaartRepository.h"
#include "services/DossierService.h"
#include "services/SocialeKaartService.h"
#include "services/TrajectService.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <string>
#include <tuple>
#include <vector>

using namespace core;
using importing::SocialeKaartCsv;
using importing::SocialeKaartCsvReport;

namespace {

std::string s(const QString& text)
{
    return text.toStdString();
}

SocialeKaartItem entry(const char* naam, const char* vorm = "algemeen", const char* categorie = "anders",
                       const char* aanbieder = "")
{
    SocialeKaartItem item;
    item.naam = QString::fromUtf8(naam);
    item.vorm = QString::fromLatin1(vorm);
    item.categorie = QString::fromLatin1(categorie);
    item.aanbieder = QString::fromUtf8(aanbieder);
    return item;
}

QString saved(SocialeKaartService& kaart, const SocialeKaartItem& item)
{
    auto result = kaart.save(item);
    REQUIRE(result.ok());
    return result->meta.id;
}

std::vector<std::string> namen(const std::vector<SocialeKaartItem>& items)
{
    std::vector<std::string> out;
    for (const auto& item : items)
        out.push_back(s(item.naam));
    return out;
}

/// "line field code" for every rejection, so a failing test shows the whole list.
std::vector<std::string> rejections(const SocialeKaartCsvReport& report)
{
    std::vector<std::string> out;
    for (const auto& r : report.rejected)
        out.push_back(std::to_string(r.line) + ' ' + s(r.field) + ' ' + s(r.code));
    return out;
}

qint64 auditRows(test::TempWorkspace& ws)
{
    return ws->db().scalar("SELECT count(*) FROM audit_log WHERE entity = 'sociale_kaart'");
}

/// Every field that travels in a CSV file, for comparing catalogues field for field.
std::string content(const SocialeKaartItem& i)
{
    return s(QStringList{i.meta.id, i.naam, i.vorm, i.wet, i.categorie, i.aanbieder, i.telefoon, i.email, i.website,
                         i.adres, i.notities, i.actief ? QStringLiteral("ja") : QStringLiteral("nee")}
                 .join(QLatin1Char('|')));
}

std::vector<std::string> catalogus(SocialeKaartService& kaart)
{
    std::vector<std::string> out;
    for (const auto& item : kaart.zoek({}, {}, false))
        out.push_back(content(item));
    return out;
}

/// A catalogue with every kind of awkward text: quotes, separators, line breaks, accents.
void vulCatalogus(SocialeKaartService& kaart)
{
    SocialeKaartItem a = entry("Cliëntondersteuning \"MEE\"; Oost", "algemeen", "clientondersteuning", "MEE Test");
    a.telefoon = QStringLiteral("0000-000000");
    a.email = QStringLiteral("info@voorbeeld.invalid");
    a.adres = QStringLiteral("Teststraat 1, Proefdorp");
    a.notities = QStringLiteral("Eerste regel; met \"quotes\"\nTweede regel, met komma");
    saved(kaart, a);
    SocialeKaartItem b = entry("Dagbesteding De Oefenplaats", "maatwerk", "dagbesteding", "De Oefenplaats");
    b.wet = QStringLiteral("wlz");
    b.website = QStringLiteral("https://voorbeeld.invalid/dagbesteding");
    saved(kaart, b);
    SocialeKaartItem c = entry("Oude klussendienst", "algemeen", "klussendienst");
    c.actief = false;
    saved(kaart, c);
}

} // namespace

TEST_CASE("an entry without naam or with an unknown vorm is refused and nothing is saved", "[socialekaart]")
{
    test::TempWorkspace ws;
    SocialeKaartService kaart(*ws);
    SocialeKaartItem item = entry("  ", "beide");
    item.email = QStringLiteral("geen-adres");
    const auto errors = kaart.validate(item);
    std::vector<std::string> fields;
    for (const auto& e : errors)
        fields.push_back(s(e.field));
    CHECK(fields == std::vector<std::string>{"naam", "vorm", "email"});
    const auto result = kaart.save(item);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Invalid);
    CHECK(result.error().message.contains(QStringLiteral("Enter the name of the voorziening.")));
    CHECK(kaart.count() == 0);
    CHECK(auditRows(ws) == 0);

    item = entry("Klussendienst", "algemeen", "geen-categorie");
    item.wet = QStringLiteral("grondwet");
    fields.clear();
    for (const auto& e : kaart.validate(item))
        fields.push_back(s(e.field));
    CHECK(fields == std::vector<std::string>{"wet", "categorie"});
}

TEST_CASE("a saved entry is normalised, audited once and an unchanged save writes nothing", "[socialekaart]")
{
    test::TempWorkspace ws;
    SocialeKaartService kaart(*ws);
    QSignalSpy changed(&kaart, &SocialeKaartService::socialeKaartChanged);
    SocialeKaartItem item = entry("  Klussendienst   Voorbeeldwijk ", "algemeen", "klussendienst", " Welzijn  ");
    item.notities = QStringLiteral("  Regel een\r\nregel twee  \n");
    auto first = kaart.save(item);
    REQUIRE(first.ok());
    CHECK(s(first->naam) == "Klussendienst Voorbeeldwijk");
    CHECK(s(first->aanbieder) == "Welzijn");
    CHECK(s(first->notities) == "Regel een\nregel twee");
    CHECK(first->meta.id.size() == 36);
    CHECK(changed.count() == 1);
    CHECK(auditRows(ws) == 1);

    auto again = kaart.save(first.value());
    REQUIRE(again.ok());
    CHECK(again->meta.hlc == first->meta.hlc);
    CHECK(changed.count() == 1);
    CHECK(auditRows(ws) == 1);

    REQUIRE(kaart.remove(first->meta.id).ok());
    CHECK(kaart.count() == 0);
    const auto weg = kaart.item(first->meta.id);
    REQUIRE(weg);
    CHECK(weg->meta.deleted);
    CHECK(s(weg->naam) == "Klussendienst Voorbeeldwijk");
    CHECK_FALSE(kaart.remove(first->meta.id).ok());
    CHECK(auditRows(ws) == 2);
}

TEST_CASE("search as you type ignores case and accents and needs every word", "[socialekaart]")
{
    test::TempWorkspace ws;
    SocialeKaartService kaart(*ws);
    saved(kaart, entry("Cliëntondersteuning MEE", "algemeen", "clientondersteuning"));
    saved(kaart, entry("Klussendienst 'Hé'", "algemeen", "klussendienst", "Welzijn Oost"));
    saved(kaart, entry("Dagbesteding De Werkplaats", "maatwerk", "dagbesteding"));
    saved(kaart, entry("Tafeltje-dekje Oost", "algemeen", "maaltijden"));
    SocialeKaartItem oud = entry("Oude klussendienst", "algemeen", "klussendienst");
    oud.actief = false;
    saved(kaart, oud);

    CHECK(s(repo::SocialeKaartRepository::zoekVorm(QStringLiteral("Klussendienst 'Hé'"))) == "klussendienst he");
    CHECK(s(repo::SocialeKaartRepository::zoekVorm(QStringLiteral("Ĳsselmonde – ZÓRG_50%"))) == "ijsselmonde zorg 50");

    CHECK(namen(kaart.zoek(QStringLiteral("client"))) == std::vector<std::string>{"Cliëntondersteuning MEE"});
    CHECK(namen(kaart.zoek(QStringLiteral("CLIËNT"))) == std::vector<std::string>{"Cliëntondersteuning MEE"});
    CHECK(namen(kaart.zoek(QStringLiteral("he klus"))) == std::vector<std::string>{"Klussendienst 'Hé'"});
    CHECK(namen(kaart.zoek(QStringLiteral("klus oost"))) == std::vector<std::string>{"Klussendienst 'Hé'"});
    CHECK(kaart.zoek(QStringLiteral("klus west")).empty());
    CHECK(namen(kaart.zoek(QStringLiteral("klus"), {}, false)) ==
          std::vector<std::string>{"Klussendienst 'Hé'", "Oude klussendienst"});
    CHECK(namen(kaart.zoek({}, QStringLiteral("maatwerk"))) == std::vector<std::string>{"Dagbesteding De Werkplaats"});
    CHECK(kaart.zoek(QStringLiteral("werkplaats"), QStringLiteral("algemeen")).empty());
    CHECK(namen(kaart.zoek(QStringLiteral("tafeltje"), QStringLiteral("algemeen"))) ==
          std::vector<std::string>{"Tafeltje-dekje Oost"});
    // The categorie is searched too.
    CHECK(namen(kaart.zoek(QStringLiteral("maaltijden"))) == std::vector<std::string>{"Tafeltje-dekje Oost"});
    CHECK(kaart.zoek({}).size() == 4);
    CHECK(kaart.zoek({}, {}, true, 2).size() == 2);
    // LIKE's wildcards are text, not patterns.
    CHECK(ws->socialeKaart().zoek({QStringLiteral("%")}, {}, false).empty());
    CHECK(ws->socialeKaart().zoek({QStringLiteral("_")}, {}, false).empty());
}

TEST_CASE("a sociale kaart CSV is read in UTF-8 or Windows-1252, with ';' or ','", "[socialekaart]")
{
    SECTION("UTF-8 with BOM and ';'")
    {
        const auto report = SocialeKaartCsv::read("\xEF\xBB\xBFnaam;vorm;categorie;aanbieder\r\n"
                                                  "Cli\xC3\xABntondersteuning;Algemene voorziening;"
                                                  "clientondersteuning;MEE Test\r\n");
        CHECK(s(report.encoding) == "UTF-8");
        CHECK(report.separator == QLatin1Char(';'));
        REQUIRE(report.valid.size() == 1);
        CHECK(s(report.valid[0].naam) == "Cliëntondersteuning");
        CHECK(s(report.valid[0].vorm) == "algemeen");
        CHECK(s(report.valid[0].wet) == "wmo");
        CHECK(s(report.valid[0].categorie) == "clientondersteuning");
        CHECK(report.valid[0].meta.id.isEmpty());
        CHECK(report.valid[0].actief);
    }
    SECTION("Windows-1252 with é")
    {
        const auto report = SocialeKaartCsv::read("Naam;Vorm;Actief\r\nCaf\xE9 De Hoek;MAATWERK;nee\r\n");
        CHECK(s(report.encoding) == "Windows-1252");
        REQUIRE(report.valid.size() == 1);
        CHECK(s(report.valid[0].naam) == "Café De Hoek");
        CHECK(s(report.valid[0].vorm) == "maatwerk");
        CHECK_FALSE(report.valid[0].actief);
    }
    SECTION("',' and English column names")
    {
        const auto report =
            SocialeKaartCsv::read("name,form,category,provider,notes,extra\nRespijt,maatwerkvoorziening,respijtzorg,"
                                  "Logeerhuis,\"Twee\nregels\",x\n");
        CHECK(report.separator == QLatin1Char(','));
        CHECK(report.ignoredColumns == QStringList{QStringLiteral("extra")});
        REQUIRE(report.valid.size() == 1);
        CHECK(s(report.valid[0].aanbieder) == "Logeerhuis");
        CHECK(s(report.valid[0].notities) == "Twee\nregels");
    }
    SECTION("the Dutch label of a categorie")
    {
        const QString label = keuzeLabelNl(Keuzelijst::VoorzieningCategorie, QStringLiteral("huishoudelijke_hulp"));
        const auto report = SocialeKaartCsv::read(
            QStringLiteral("naam;vorm;categorie\nHulp;maatwerk;%1\n").arg(label.toUpper()).toUtf8());
        REQUIRE(report.valid.size() == 1);
        CHECK(s(report.valid[0].categorie) == "huishoudelijke_hulp");
    }
    SECTION("a file without naam or vorm column")
    {
        const auto report = SocialeKaartCsv::read("titel;soort\nA;B\n");
        REQUIRE(report.fileError);
        CHECK(s(report.fileError->code) == "header");
        CHECK(report.valid.empty());
    }
    SECTION("empty and unreadable files")
    {
        CHECK(s(SocialeKaartCsv::read("  \r\n").fileError->code) == "empty");
        CHECK(s(SocialeKaartCsv::read(QByteArray("naam\0", 5)).fileError->code) == "encoding");
        CHECK(s(SocialeKaartCsv::readFile(QStringLiteral("/nonexistent/kaart.csv")).fileError->code) == "io");
    }
}

TEST_CASE("rows without naam or vorm, or with unknown values, are rejected with their line", "[socialekaart]")
{
    const auto report = SocialeKaartCsv::read("naam;vorm;wet;categorie;actief;id\r\n"
                                              "Klussendienst;algemeen;;;;\r\n"
                                              ";maatwerk;;;;\r\n"
                                              "Dagbesteding;;;;;\r\n"
                                              "Maaltijden;Algemene voorziening;WMO;maaltijden;nee;\r\n"
                                              "Iets;beide;;;;\r\n"
                                              "\r\n"
                                              "Belasting;algemeen;belastingwet;;;\r\n"
                                              "Onbekend;algemeen;;geen;;\r\n"
                                              "Misschien;algemeen;;;soms;\r\n"
                                              "Met id;algemeen;;;;0F4D7C1A-9A0B-4C53-8E2A-6B1D2C3E4F50\r\n"
                                              "Nog eens;algemeen;;;;0f4d7c1a-9a0b-4c53-8e2a-6b1d2c3e4f50\r\n"
                                              "Fout id;algemeen;;;;12345\r\n"
                                              "Te kort;algemeen\r\n");
    CHECK(report.rowsRead == 12);
    CHECK(rejections(report) == std::vector<std::string>{"3 naam required", "4 vorm required", "6 vorm vorm",
                                                         "8 wet wet", "9 categorie categorie", "10 actief actief",
                                                         "12 id duplicate", "13 id id", "14  columns"});
    CHECK(report.rejectedRows() == 9);
    REQUIRE(namen(report.valid) == std::vector<std::string>{"Klussendienst", "Maaltijden", "Met id"});
    CHECK(s(report.valid[1].wet) == "wmo");
    CHECK_FALSE(report.valid[1].actief);
    CHECK(s(report.valid[2].meta.id) == "0f4d7c1a-9a0b-4c53-8e2a-6b1d2c3e4f50");

    // The same JSON as the inwoner import's report.
    importing::CsvImportReport inwoners;
    inwoners.rejected = report.rejected;
    CHECK(report.toJson(2) == inwoners.toJson(2));
    CHECK(report.toJson(2).startsWith("{\n    \"imported\": 2,\n    \"rejected\": [\n        {\"line\": 3, \"field\": "
                                      "\"naam\", \"code\": \"required\", \"message\": "));
}

TEST_CASE("a written sociale kaart reads back field for field", "[socialekaart]")
{
    SocialeKaartItem a = entry("Cliëntondersteuning \"MEE\"; Oost", "algemeen", "clientondersteuning", "MEE Test");
    a.meta.id = QStringLiteral("0f4d7c1a-9a0b-4c53-8e2a-6b1d2c3e4f50");
    a.notities = QStringLiteral("Eerste regel; met \"quotes\"\nTweede regel");
    a.telefoon = QStringLiteral("0000-000000");
    SocialeKaartItem b = entry("Zonder id", "maatwerk", "respijtzorg");
    b.actief = false;
    b.wet = QStringLiteral("jeugdwet");
    const QByteArray csv = SocialeKaartCsv::write({a, b});
    CHECK(csv.startsWith("\xEF\xBB\xBFid;naam;vorm;wet;categorie;aanbieder;telefoon;email;website;adres;notities;"
                         "actief\r\n"));
    CHECK(csv.contains("\"Cliëntondersteuning \"\"MEE\"\"; Oost\""));
    CHECK(csv.endsWith(";Zonder id;maatwerk;jeugdwet;respijtzorg;;;;;;;nee\r\n"));
    const auto report = SocialeKaartCsv::read(csv);
    CHECK(report.rejected.empty());
    REQUIRE(report.valid.size() == 2);
    CHECK(content(report.valid[0]) == content(a));
    CHECK(content(report.valid[1]) == content(b));
}

TEST_CASE("an exported sociale kaart imports into a fresh file as the same catalogue, and again as no change",
          "[socialekaart]")
{
    test::TempWorkspace eerste;
    SocialeKaartService bron(*eerste);
    vulCatalogus(bron);
    SocialeKaartItem weg = entry("Verwijderd", "algemeen");
    REQUIRE(bron.remove(saved(bron, weg)).ok());
    const QByteArray csv = bron.exporteer();
    const auto report = SocialeKaartCsv::read(csv);
    CHECK(report.rejected.empty());
    CHECK(report.valid.size() == 3); // the inactive one too, the tombstoned one not

    test::TempWorkspace tweede;
    SocialeKaartService doel(*tweede);
    QSignalSpy changed(&doel, &SocialeKaartService::socialeKaartChanged);
    auto imported = doel.importeer(report.valid);
    REQUIRE(imported.ok());
    CHECK(imported.value() == 3);
    CHECK(changed.count() == 1);
    CHECK(auditRows(tweede) == 1);
    CHECK(catalogus(doel) == catalogus(bron));
    CHECK(doel.exporteer() == csv);

    const qint64 auditBefore = auditRows(eerste);
    auto again = bron.importeer(report.valid);
    REQUIRE(again.ok());
    CHECK(again.value() == 0);
    CHECK(auditRows(eerste) == auditBefore);
    CHECK(bron.count() == 3);
}

TEST_CASE("an import recognises an entry by id, else by naam and aanbieder, and stops at an invalid row",
          "[socialekaart]")
{
    test::TempWorkspace ws;
    SocialeKaartService kaart(*ws);
    const QString id = saved(kaart, entry("Klussendienst Oost", "algemeen", "klussendienst", "Welzijn"));
    const QString client = saved(kaart, entry("Cliëntondersteuning", "algemeen", "clientondersteuning", "MEE Één"));

    SocialeKaartItem zelfde = entry("KLUSSENDIENST OOST", "algemeen", "klussendienst", "welzijn");
    zelfde.telefoon = QStringLiteral("0000-000000");
    SocialeKaartItem nieuw = entry("Klussendienst Oost", "algemeen", "klussendienst", "Andere stichting");
    SocialeKaartItem accent = entry("CLIËNTONDERSTEUNING", "algemeen", "clientondersteuning", "mee één");
    auto result = kaart.importeer({zelfde, nieuw, accent});
    REQUIRE(result.ok());
    CHECK(result.value() == 3);
    CHECK(kaart.count() == 3);
    CHECK(s(kaart.item(id)->telefoon) == "0000-000000");
    CHECK(s(kaart.item(id)->naam) == "KLUSSENDIENST OOST");
    CHECK(s(kaart.item(client)->naam) == "CLIËNTONDERSTEUNING");

    SocialeKaartItem hernoemd = *kaart.item(id);
    hernoemd.naam = QStringLiteral("Klusbus Oost");
    SocialeKaartItem fout = entry("", "algemeen");
    const qint64 auditBefore = auditRows(ws);
    auto refused = kaart.importeer({hernoemd, fout});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(QStringLiteral("Row 2 ")));
    CHECK(s(kaart.item(id)->naam) == "KLUSSENDIENST OOST");
    CHECK(auditRows(ws) == auditBefore);

    auto renamed = kaart.importeer({hernoemd});
    REQUIRE(renamed.ok());
    CHECK(renamed.value() == 1);
    CHECK(s(kaart.item(id)->naam) == "Klusbus Oost");
    CHECK(kaart.count() == 3);
}

TEST_CASE("the fictitious examples are added once", "[socialekaart]")
{
    test::TempWorkspace ws;
    SocialeKaartService kaart(*ws);
    auto first = kaart.voorbeeldenToevoegen();
    REQUIRE(first.ok());
    CHECK(first.value() == 10);
    auto second = kaart.voorbeeldenToevoegen();
    REQUIRE(second.ok());
    CHECK(second.value() == 0);
    CHECK(kaart.count() == 10);
    int maatwerk = 0;
    for (const auto& item : kaart.zoek({}, {}, false)) {
        CHECK(item.email.isEmpty() == !item.email.endsWith(QLatin1String("@voorbeeld.invalid")));
        CHECK(item.website.isEmpty());
        CHECK(item.notities.contains(QStringLiteral("Voorbeeld – vervang door de sociale kaart van uw gemeente.")));
        maatwerk += item.isMaatwerk() ? 1 : 0;
    }
    CHECK(maatwerk == 4);
}

namespace {

QString inwoner(test::TempWorkspace& ws, const char* naam)
{
    DossierService dossiers(*ws);
    Inwoner in;
    in.geslachtsnaam = QString::fromUtf8(naam);
    auto result = dossiers.saveInwoner(in);
    REQUIRE(result.ok());
    return result->meta.id;
}

struct PlanRegel {
    QString voorziening;
    QString doelInwoner; ///< empty: the plan's inwoner
    bool actieWeg = false;
    bool doelWeg = false;
};

/// A plan of `inwonerId` with one doel and one actie per regel, written through the repository.
void plan(test::TempWorkspace& ws, const QString& inwonerId, const std::vector<PlanRegel>& regels, bool planWeg = false)
{
    Ondersteuningsplan p;
    p.inwonerId = inwonerId;
    ws->stamp(p.meta);
    p.reeksId = p.meta.id;
    p.meta.deleted = planWeg;
    ws->plannen().save(p);
    for (const PlanRegel& r : regels) {
        PlanDoel d;
        ws->stamp(d.meta);
        d.meta.deleted = r.doelWeg;
        d.inwonerId = r.doelInwoner;
        d.wens = QStringLiteral("Zelf blijven wonen");
        ws->plannen().save(p.meta.id, d);
        PlanActie a;
        ws->stamp(a.meta);
        a.meta.deleted = r.actieWeg;
        a.niveau = QStringLiteral("algemeen");
        a.wat = QStringLiteral("Gebruikt de voorziening");
        a.voorzieningId = r.voorziening;
        ws->plannen().save(d.meta.id, a);
    }
}

/// A traject with a granted beschikking whose voorzieningen name these sociale kaart entries.
void beschikking(test::TempWorkspace& ws, const QString& inwonerId, const QStringList& kaartIds, bool weg = false)
{
    TrajectService trajecten(*ws, rules::Termijnen(rules::AtwKalender::standaard()));
    Traject t;
    t.inwonerId = inwonerId;
    t.meldingDatum = QDate(2026, 9, 1);
    for (const auto& [soort, datum, uitkomst] : {std::tuple{StapSoort::Aanvraag, QDate(2026, 9, 20), ""},
                                                 std::tuple{StapSoort::Beschikking, QDate(2026, 10, 1), "toegekend"}}) {
        TrajectStap stap;
        stap.soort = soort;
        stap.datum = datum;
        stap.uitkomst = QString::fromLatin1(uitkomst);
        t.zet(stap);
    }
    for (const QString& id : kaartIds) {
        Voorziening v;
        v.soort = QStringLiteral("huishoudelijke_hulp");
        v.start = QDate(2026, 10, 5);
        v.socialeKaartId = id;
        t.voorzieningen.push_back(v);
    }
    auto result = trajecten.saveTraject(t);
    REQUIRE(result.ok());
    if (weg)
        REQUIRE(trajecten.deleteTraject(result->meta.id).ok());
}

std::string gebruik(const VoorzieningGebruik& g)
{
    return s(g.naam) + ' ' + s(g.vorm) + ' ' + std::to_string(g.viaPlan) + ' ' + std::to_string(g.viaBeschikking) +
           ' ' + std::to_string(g.inwoners);
}

} // namespace

TEST_CASE("gebruik counts the inwoners per voorziening via plan and via beschikking, each once", "[socialekaart]")
{
    test::TempWorkspace ws;
    SocialeKaartService kaart(*ws);
    const QString klussen = saved(kaart, entry("Klussendienst Testwijk", "algemeen", "klussendienst"));
    const QString hulp = saved(kaart, entry("Huishoudelijke hulp Testzorg", "maatwerk", "huishoudelijke_hulp"));
    saved(kaart, entry("Ongebruikt spreekuur", "algemeen"));
    const QString vervallen = saved(kaart, entry("Vervallen dienst", "algemeen"));
    REQUIRE(kaart.remove(vervallen).ok());

    const QString anna = inwoner(ws, "Aalbers");
    const QString bert = inwoner(ws, "Bakker");
    const QString cor = inwoner(ws, "Claassen");
    const QString dina = inwoner(ws, "Dekker"); // in Bert's huishouden plan

    // Anna: the klussendienst and the huishoudelijke hulp in her plan, and that hulp by beschikking too.
    plan(ws, anna, {{klussen, {}}, {hulp, {}}, {vervallen, {}}});
    beschikking(ws, anna, {hulp});
    // Anna again, in a second version of her plan: still one inwoner.
    plan(ws, anna, {{klussen, {}}});
    // Bert: the klussendienst; an actie for the hulp that was taken out; Dina's doel in his plan.
    plan(ws, bert, {{klussen, {}}, {hulp, {}, true}, {klussen, dina}});
    // Cor: the hulp by beschikking; a plan and a doel that were deleted; a traject that was deleted.
    beschikking(ws, cor, {hulp});
    plan(ws, cor, {{klussen, {}}}, true);
    plan(ws, cor, {{klussen, {}, false, true}});
    beschikking(ws, cor, {klussen}, true);

    const auto rows = kaart.gebruik();
    REQUIRE(rows.ok());
    std::vector<std::string> lines;
    for (const auto& g : rows.value())
        lines.push_back(gebruik(g));
    CHECK(lines == std::vector<std::string>{"Klussendienst Testwijk algemeen 3 0 3",
                                            "Ongebruikt spreekuur algemeen 0 0 0",
                                            "Huishoudelijke hulp Testzorg maatwerk 1 2 2"});
    CHECK(rows->front().id == klussen);
    CHECK(s(rows->front().categorie) == "klussendienst");
}
