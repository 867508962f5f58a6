// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"

#include "importing/CsvReader.h"
#include "importing/CsvWriter.h"
#include "importing/InwonerCsvImport.h"
#include "importing/SocialeKaartCsv.h"
#include "services/DossierService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using core::importing::CsvImportReport;
using core::importing::CsvReader;
using core::importing::InwonerCsvImport;

namespace {

const QDate kToday(2026, 11, 10);

CsvImportReport readFixture(const char* name)
{
    return InwonerCsvImport::readFile(QStringLiteral(WIJKDOSSIER_TEST_DATA "/csv/") + QString::fromUtf8(name), kToday);
}

CsvImportReport readText(const char* utf8)
{
    return InwonerCsvImport::read(QByteArray(utf8), kToday);
}

std::string s(const QString& text)
{
    return text.toStdString();
}

/// "line field code" for every rejection, so a failing test shows the whole list.
std::vector<std::string> rejections(const CsvImportReport& report)
{
    std::vector<std::string> result;
    for (const auto& r : report.rejected)
        result.push_back(std::to_string(r.line) + ' ' + s(r.field) + ' ' + s(r.code));
    return result;
}

} // namespace

TEST_CASE("a Windows-1252 file with semicolons from Dutch Excel reads names with accents correctly", "[csv]")
{
    const CsvImportReport report = readFixture("inwoners-cp1252.csv");

    REQUIRE_FALSE(report.fileError);
    CHECK(s(report.encoding) == "Windows-1252");
    CHECK(report.separator == QLatin1Char(';'));
    CHECK(report.rowsRead == 3);
    CHECK(report.rejected.empty());
    REQUIRE(report.valid.size() == 3);

    const core::Inwoner& celik = report.valid[0];
    CHECK(s(celik.bsn) == "999990019");
    CHECK(s(celik.voornamen) == "Ahmet");
    CHECK(s(celik.geslachtsnaam) == "Çelik");
    CHECK(celik.geboortedatum == QDate(1961, 4, 3));
    CHECK(s(celik.adres.straat) == "Kerkstraat");
    CHECK(celik.adres.huisnummer == 12);
    CHECK(s(celik.adres.toevoeging) == "a");
    CHECK(s(celik.adres.postcode) == "1234 AB");
    CHECK(s(celik.adres.woonplaats) == "Utrecht");
    CHECK(celik.tolkNodig);

    const core::Inwoner& muller = report.valid[1];
    CHECK(s(muller.voornamen) == "Jürgen");
    CHECK(s(muller.geslachtsnaam) == "Müller");
    CHECK(muller.geboortedatum == QDate(1950, 12, 31));
    CHECK_FALSE(muller.tolkNodig);

    const core::Inwoner& ella = report.valid[2];
    CHECK(s(ella.voornamen) == "Ëlla");
    CHECK(s(ella.tussenvoegsel) == "van der");
    CHECK(s(ella.geslachtsnaam) == "D’Angelo");
    CHECK(ella.geboortedatum == QDate(1988, 8, 15));
    CHECK(ella.adres.huisnummer == 1);
    CHECK(s(ella.adres.toevoeging) == "3");
    CHECK(s(ella.adres.woonplaats) == "’s-Hertogenbosch");
    CHECK(report.ignoredColumns.isEmpty());
}

TEST_CASE("the bytes 0x80 to 0x9F are read with the Windows-1252 table, not as control characters", "[csv]")
{
    CHECK(s(CsvReader::decodeWindows1252("\x80\x8A\x92\x96\x9F\xE9")) == "€Š’–Ÿé");
    CHECK(CsvReader::decodeWindows1252("\x81\x8D\x8F\x90\x9D") == QString(5, QChar(0xFFFD)));

    CsvReader::Encoding used = CsvReader::Encoding::Windows1252;
    CHECK(s(CsvReader::decode("Caf\xC3\xA9", used)) == "Café");
    CHECK(used == CsvReader::Encoding::Utf8);
    CHECK(s(CsvReader::decode("Caf\xE9", used)) == "Café");
    CHECK(used == CsvReader::Encoding::Windows1252);
    // An overlong "/" is not UTF-8.
    CHECK_FALSE(CsvReader::isValidUtf8("\xC0\xAF"));
}

TEST_CASE("a UTF-8 file with a BOM and commas finds its columns under other names", "[csv]")
{
    const CsvImportReport report = readFixture("inwoners-utf8-bom.csv");

    REQUIRE_FALSE(report.fileError);
    CHECK(s(report.encoding) == "UTF-8");
    CHECK(report.separator == QLatin1Char(','));
    CHECK(report.rowsRead == 2);
    CHECK(report.rejected.empty());
    CHECK(report.ignoredColumns == QStringList{QStringLiteral("Opmerking")});
    REQUIRE(report.valid.size() == 2);

    const core::Inwoner& zoe = report.valid[0];
    CHECK(s(zoe.bsn) == "999990044");
    CHECK(s(zoe.voornamen) == "Zoë");
    CHECK(s(zoe.geslachtsnaam) == "Çelik");
    CHECK(zoe.geboortedatum == QDate(1972, 2, 29));
    CHECK(s(zoe.adres.postcode) == "2511 CV");
    CHECK(s(zoe.email) == "zoe@example.nl");

    const core::Inwoner& lukasz = report.valid[1];
    CHECK(s(lukasz.voornamen) == "Łukasz");
    CHECK(s(lukasz.geslachtsnaam) == "Nowak");
    CHECK(lukasz.geboortedatum == QDate(1990, 6, 1));
    CHECK(lukasz.email.isEmpty());
}

TEST_CASE("a quoted field keeps its separator, line break and doubled quotes, and line numbers stay physical", "[csv]")
{
    const QByteArray bytes = "geslachtsnaam;straat\r\n\"Jansen\";\"Kerkstraat; achterom\"\r\n"
                             "\"De Vries\";\"Molenweg\r\n(bij de molen)\"\r\nPietersen;\"Zegt \"\"hallo\"\"\"\r\n";
    const std::vector<CsvReader::Record> records = CsvReader::parse(QString::fromUtf8(bytes), QLatin1Char(';'));
    REQUIRE(records.size() == 4);
    CHECK(records[1].line == 2);
    CHECK(records[1].fields == QStringList{QStringLiteral("Jansen"), QStringLiteral("Kerkstraat; achterom")});
    CHECK(records[2].line == 3);
    CHECK(records[2].fields == QStringList{QStringLiteral("De Vries"), QStringLiteral("Molenweg\n(bij de molen)")});
    CHECK(records[3].line == 5);
    CHECK(records[3].fields == QStringList{QStringLiteral("Pietersen"), QStringLiteral("Zegt \"hallo\"")});

    const CsvImportReport report = readFixture("inwoners-quoted.csv");
    REQUIRE_FALSE(report.fileError);
    CHECK(report.separator == QLatin1Char(';'));
    CHECK(report.rowsRead == 3);
    REQUIRE(report.valid.size() == 2);
    CHECK(s(report.valid[0].adres.straat) == "Kerkstraat; achterom");
    // Validation folds the line break into a space, as a form field would.
    CHECK(s(report.valid[1].adres.straat) == "Molenweg (bij de molen)");
    CHECK(rejections(report) == std::vector<std::string>{"5 postcode postcode"});
}

TEST_CASE("the separator is the one the header line uses most outside quotes", "[csv]")
{
    CHECK(CsvReader::detectSeparator(u"\"naam, volledig\";bsn;postcode\nJansen,Piet;1;2") == QLatin1Char(';'));
    CHECK(CsvReader::detectSeparator(u"\r\n\r\nnaam,bsn;x,postcode") == QLatin1Char(','));
    CHECK(CsvReader::detectSeparator(u"geslachtsnaam\nJansen,Piet") == QLatin1Char(';'));
}

TEST_CASE("each kind of problem rejects its row with the field, the code and the line it starts on", "[csv]")
{
    const CsvImportReport report = readFixture("inwoners-rejections.csv");

    REQUIRE_FALSE(report.fileError);
    CHECK(report.rowsRead == 17);
    CHECK(report.rejectedRows() == 15);
    REQUIRE(report.valid.size() == 2);
    CHECK(s(report.valid[0].geslachtsnaam) == "Jansen");
    CHECK(report.valid[0].contactvoorkeur == core::Contactkanaal::Telefoon);
    CHECK(s(report.valid[1].geslachtsnaam) == "Laatste");

    CHECK(rejections(report) == std::vector<std::string>{
                                    "3 bsn elfproef",
                                    "4 bsn bsn_format",
                                    "5 postcode postcode",
                                    "6 geboortedatum date",
                                    "7 geboortedatum date",
                                    "8 geboortedatum date",
                                    "9 geslachtsnaam required",
                                    "10  columns",
                                    "11 huisnummer huisnummer",
                                    "12 email email",
                                    "13 telefoon telefoon",
                                    "14 bsn duplicate",
                                    "16 tolk tolk",
                                    "17 contactvoorkeur contactvoorkeur",
                                    "18 geslachtsnaam required",
                                    "18 bsn elfproef",
                                    "18 postcode postcode",
                                });

    REQUIRE(report.rejected.size() == 17);
    CHECK(s(report.rejected[0].message) == "This BSN does not exist: it fails the elfproef. Check for a typing error.");
    CHECK(s(report.rejected[3].message) == "“31-13-1950” is not a date. Write it as 31-12-1950.");
    CHECK(s(report.rejected[4].message) == "The date of birth lies in the future.");
    CHECK(s(report.rejected[5].message) == "The date of birth lies before 1900.");
    CHECK(s(report.rejected[7].message) == "This row has 3 field(s), but the first line names 9 columns.");
    CHECK(s(report.rejected[11].message) == "This BSN is already on line 2 of the file.");
}

TEST_CASE("a file without a geslachtsnaam column is refused as a whole with code header", "[csv]")
{
    const CsvImportReport report = readFixture("geen-geslachtsnaam.csv");

    REQUIRE(report.fileError);
    CHECK(report.fileError->line == 1);
    CHECK(s(report.fileError->field).empty());
    CHECK(s(report.fileError->code) == "header");
    CHECK(s(report.fileError->message) ==
          "The first line must name the columns, with one for the surname: geslachtsnaam or achternaam.");
    CHECK(report.valid.empty());
    CHECK(report.rejected.empty());
    CHECK(report.rowsRead == 0);
}

TEST_CASE("a row with fewer or more fields than the header is rejected with code columns", "[csv]")
{
    const CsvImportReport report = readText("achternaam;voornaam\nJansen;Piet\nDe Vries\nBakker;Anna;extra\n");

    CHECK(report.rowsRead == 3);
    REQUIRE(report.valid.size() == 1);
    CHECK(s(report.valid[0].geslachtsnaam) == "Jansen");
    CHECK(rejections(report) == std::vector<std::string>{"3  columns", "4  columns"});
    CHECK(s(report.rejected[1].message) == "This row has 3 field(s), but the first line names 2 columns.");
}

TEST_CASE("a file with NUL bytes is not read as text but refused with code encoding", "[csv]")
{
    const CsvImportReport report = readFixture("werkmap-xlsx.csv");

    REQUIRE(report.fileError);
    CHECK(report.fileError->line == 0);
    CHECK(s(report.fileError->code) == "encoding");
    CHECK(report.valid.empty());
    CHECK(report.rowsRead == 0);
}

TEST_CASE("an empty file, or one with only empty lines and cells, is refused with code empty", "[csv]")
{
    for (const char* text : {"", "\r\n\r\n", "\xEF\xBB\xBF", ";;;\n;;;\n"}) {
        const CsvImportReport report = readText(text);
        REQUIRE(report.fileError);
        CHECK(s(report.fileError->code) == "empty");
        CHECK(report.fileError->line == 0);
    }
}

TEST_CASE("a file that cannot be opened is refused with code io", "[csv]")
{
    const CsvImportReport report = readFixture("bestaat-niet.csv");

    REQUIRE(report.fileError);
    CHECK(s(report.fileError->code) == "io");
}

TEST_CASE("a house number with an addition is split when the toevoeging column does not say otherwise", "[csv]")
{
    SECTION("without a toevoeging column")
    {
        const CsvImportReport report = readText("naam;huisnr\nA;12a\nB;12-2\nC;12 bis\nD;7\n");
        REQUIRE(report.valid.size() == 4);
        CHECK(report.valid[0].adres.huisnummer == 12);
        CHECK(s(report.valid[0].adres.toevoeging) == "a");
        CHECK(report.valid[1].adres.huisnummer == 12);
        CHECK(s(report.valid[1].adres.toevoeging) == "2");
        CHECK(s(report.valid[2].adres.toevoeging) == "bis");
        CHECK(report.valid[3].adres.huisnummer == 7);
        CHECK(report.valid[3].adres.toevoeging.isEmpty());
    }
    SECTION("with a toevoeging column")
    {
        const CsvImportReport report = readText("naam;huisnummer;toevoeging\nA;12;B\nB;12a;\nC;12a;b\nD;0;\n");
        REQUIRE(report.valid.size() == 2);
        CHECK(report.valid[0].adres.huisnummer == 12);
        CHECK(s(report.valid[0].adres.toevoeging) == "B");
        CHECK(s(report.valid[1].adres.toevoeging) == "a");
        CHECK(rejections(report) == std::vector<std::string>{"4 huisnummer huisnummer", "5 huisnummer huisnummer"});
    }
}

TEST_CASE("header names match whatever their case, spacing, underscores, dashes and dots", "[csv]")
{
    const CsvImportReport report =
        readText("SOFI-nummer;Geb.Datum;Achter naam;TEL;Mobiel;Vast_aanspreekpunt;Aanspreekpunt telefoon;"
                 "Huisletter;Contact-voorkeur;Tolk Nodig;Kleur\n"
                 "=\"012345672\";31/12/1950 00:00:00;Bakker;06-11111111;06-22222222;Fatima;030-1234567;;E-mail;X;"
                 "rood\n");

    CHECK(report.ignoredColumns == QStringList{QStringLiteral("Mobiel"), QStringLiteral("Kleur")});
    REQUIRE(report.rejected.empty());
    REQUIRE(report.valid.size() == 1);
    const core::Inwoner& in = report.valid[0];
    CHECK(s(in.bsn) == "012345672");
    CHECK(in.geboortedatum == QDate(1950, 12, 31));
    CHECK(s(in.geslachtsnaam) == "Bakker");
    CHECK(s(in.telefoon) == "06-11111111");
    CHECK(s(in.aanspreekpunt.naam) == "Fatima");
    CHECK(s(in.aanspreekpunt.telefoon) == "030-1234567");
    CHECK(in.contactvoorkeur == core::Contactkanaal::Email);
    CHECK(in.tolkNodig);
}

TEST_CASE("when two columns mean the same field the more specific name wins", "[csv]")
{
    const CsvImportReport report =
        readText("Naam;Mobiel;Achternaam;Telefoon\nPiet Jansen;06-22222222;Jansen;030-1111111\n");

    CHECK(report.ignoredColumns == QStringList{QStringLiteral("Naam"), QStringLiteral("Mobiel")});
    REQUIRE(report.valid.size() == 1);
    CHECK(s(report.valid[0].geslachtsnaam) == "Jansen");
    CHECK(s(report.valid[0].telefoon) == "030-1111111");
}

TEST_CASE("an unclosed quote rejects its row instead of silently swallowing the rest of the file", "[csv]")
{
    const CsvImportReport report = readText("naam;straat\nJansen;Kerkstraat\nDe Vries;\"Molenweg\nBakker;Markt\n");

    CHECK(report.rowsRead == 2);
    REQUIRE(report.valid.size() == 1);
    CHECK(rejections(report) == std::vector<std::string>{"3  quote"});
}

TEST_CASE("the JSON report lists the imported count and every rejection with its keys in order", "[csv]")
{
    const CsvImportReport report =
        readText("bsn;naam;geboren\n999990093;Jansen;\n123456789;Bakker;\"gisteren \"\"laat\"\"\"\n;;\n");
    REQUIRE(report.valid.size() == 1);

    const QByteArray json = report.toJson(1);
    CHECK(
        json.toStdString() ==
        "{\n"
        "    \"imported\": 1,\n"
        "    \"rejected\": [\n"
        "        {\"line\": 3, \"field\": \"geboortedatum\", \"code\": \"date\", \"message\": \"“gisteren "
        "\\\"laat\\\"” is not a date. Write it as 31-12-1950.\"},\n"
        "        {\"line\": 3, \"field\": \"bsn\", \"code\": \"elfproef\", \"message\": \"This BSN does not exist: it "
        "fails the elfproef. Check for a typing error.\"}\n"
        "    ]\n"
        "}\n");

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(document.object().value(QStringLiteral("imported")).toInt() == 1);
    const QJsonArray rejected = document.object().value(QStringLiteral("rejected")).toArray();
    REQUIRE(rejected.size() == 2);
    CHECK(s(rejected[0].toObject().value(QStringLiteral("message")).toString()) ==
          "“gisteren \"laat\"” is not a date. Write it as 31-12-1950.");
}

TEST_CASE("the JSON report of a refused file has the file error as its one rejection", "[csv]")
{
    const CsvImportReport report = readText("bsn;voornaam\n999990093;Jan\n");

    CHECK(report.toJson(0).toStdString() ==
          "{\n"
          "    \"imported\": 0,\n"
          "    \"rejected\": [\n"
          "        {\"line\": 1, \"field\": \"\", \"code\": \"header\", \"message\": \"The first line must name the "
          "columns, with one for the surname: geslachtsnaam or achternaam.\"}\n"
          "    ]\n"
          "}\n");
    CHECK(CsvImportReport{}.toJson(3).toStdString() == "{\n    \"imported\": 3,\n    \"rejected\": []\n}\n");
}

TEST_CASE("the valid rows of a CSV file import into the dossier in one go", "[csv]")
{
    test::TempWorkspace ws;
    core::DossierService service(*ws);

    const CsvImportReport report = readFixture("inwoners-cp1252.csv");
    const auto imported = service.importInwoners(report.valid);

    REQUIRE(imported.ok());
    CHECK(imported.value() == 3);
}

TEST_CASE("a cell a spreadsheet would run as a formula is written with a leading apostrophe", "[csv][export]")
{
    using core::importing::CsvWriter;
    CHECK(s(CsvWriter::field(QStringLiteral("=HYPERLINK(\"http://x.invalid\";\"klik\")"), QLatin1Char(';'))) ==
          "\"'=HYPERLINK(\"\"http://x.invalid\"\";\"\"klik\"\")\"");
    CHECK(s(CsvWriter::field(QStringLiteral("+31 6 1234"), QLatin1Char(';'))) == "'+31 6 1234");
    CHECK(s(CsvWriter::field(QStringLiteral("-2+3"), QLatin1Char(';'))) == "'-2+3");
    CHECK(s(CsvWriter::field(QStringLiteral("@SUM(A1)"), QLatin1Char(','))) == "'@SUM(A1)");
    CHECK(s(CsvWriter::field(QStringLiteral("\tcmd"), QLatin1Char(','))) == "'\tcmd");
    CHECK(s(CsvWriter::field(QStringLiteral("\rcmd"), QLatin1Char(','))) == "\"'\rcmd\"");
    // Numbers are no formula; names with an apostrophe of their own are left alone.
    CHECK(s(CsvWriter::field(QStringLiteral("-33"), QLatin1Char(','))) == "-33");
    CHECK(s(CsvWriter::field(QStringLiteral("+2,5"), QLatin1Char(';'))) == "+2,5");
    CHECK(s(CsvWriter::field(QStringLiteral("+2,5"), QLatin1Char(','))) == "\"+2,5\"");
    CHECK(s(CsvWriter::field(QStringLiteral("'s-Gravenhage"), QLatin1Char(';'))) == "'s-Gravenhage");
    CHECK(s(CsvWriter::row({QStringLiteral("a;b"), QStringLiteral("=1"), QString()}, QLatin1Char(';'))) ==
          "\"a;b\";'=1;");
}

TEST_CASE("reading takes off only the apostrophe that guards a formula", "[csv][import]")
{
    CHECK(s(CsvReader::unguard(QStringLiteral("'=HYPERLINK(1)"))) == "=HYPERLINK(1)");
    CHECK(s(CsvReader::unguard(QStringLiteral("'+31"))) == "+31");
    CHECK(s(CsvReader::unguard(QStringLiteral("'-x"))) == "-x");
    CHECK(s(CsvReader::unguard(QStringLiteral("'@x"))) == "@x");
    CHECK(s(CsvReader::unguard(QStringLiteral("'\tx"))) == "\tx");
    CHECK(s(CsvReader::unguard(QStringLiteral("'s-Gravenhage"))) == "'s-Gravenhage");
    CHECK(s(CsvReader::unguard(QStringLiteral("'s-Hertogenbosch"))) == "'s-Hertogenbosch");
    CHECK(s(CsvReader::unguard(QStringLiteral("'t Hart"))) == "'t Hart");
    CHECK(s(CsvReader::unguard(QStringLiteral("'"))) == "'");
}

TEST_CASE("Dutch names with an apostrophe and formula-like cells survive an export and import unchanged",
          "[csv][export][import]")
{
    const QStringList values{QStringLiteral("'s-Gravenhage"), QStringLiteral("'s-Hertogenbosch"),
                             QStringLiteral("'t Hart"),       QStringLiteral("=HYPERLINK(\"x\")"),
                             QStringLiteral("+31 6"),         QStringLiteral("-33"),
                             QStringLiteral("@home"),         QStringLiteral("a;b \"c\"")};
    const QString line = core::importing::CsvWriter::row(values, QLatin1Char(';'));
    const auto records = CsvReader::parse(line, QLatin1Char(';'));
    REQUIRE(records.size() == 1);
    CHECK(records.front().fields == values);

    // And through the sociale kaart export, the CSV a gemeente edits and imports again.
    core::SocialeKaartItem item;
    item.meta.id = QStringLiteral("0b9d5f3e-1c1a-4a53-9d8b-0d6c1f4a0001");
    item.naam = QStringLiteral("=HYPERLINK(\"http://x.invalid\")");
    item.vorm = QStringLiteral("algemeen");
    item.aanbieder = QStringLiteral("'t Hart Thuiszorg");
    item.adres = QStringLiteral("Markt 1, 's-Hertogenbosch");
    item.notities = QStringLiteral("@team, bel eerst");
    const QByteArray csv = core::importing::SocialeKaartCsv::write({item});
    CHECK(csv.contains("'=HYPERLINK"));
    const auto report = core::importing::SocialeKaartCsv::read(csv);
    REQUIRE(report.valid.size() == 1);
    CHECK(s(report.valid.front().naam) == s(item.naam));
    CHECK(s(report.valid.front().aanbieder) == "'t Hart Thuiszorg");
    CHECK(s(report.valid.front().adres) == "Markt 1, 's-Hertogenbosch");
    CHECK(s(report.valid.front().notities) == "@team, bel eerst");
}

TEST_CASE("a row whose BSN the dossier already has is rejected with its line before anything is imported",
          "[csv][import]")
{
    test::TempWorkspace ws;
    core::DossierService service(*ws);
    core::Inwoner bestaand;
    bestaand.geslachtsnaam = QStringLiteral("Müller");
    bestaand.voornamen = QStringLiteral("Jürgen");
    bestaand.bsn = QStringLiteral("999990020");
    bestaand.geboortedatum = QDate(1950, 12, 31);
    REQUIRE(service.saveInwoner(bestaand).ok());

    CsvImportReport report = readFixture("inwoners-cp1252.csv");
    REQUIRE(report.valid.size() == 3);
    CHECK(report.validLines == std::vector<int>{2, 3, 4});
    REQUIRE(service.screenImport(report).ok());

    REQUIRE(report.valid.size() == 2);
    CHECK(report.validLines == std::vector<int>{2, 4});
    CHECK(rejections(report) == std::vector<std::string>{"3 bsn duplicate"});
    CHECK(report.rejectedRows() == 1);
    // The import then stores the rest and refuses nothing.
    const auto imported = service.importInwoners(report.valid);
    REQUIRE(imported.ok());
    CHECK(imported.value() == 2);
}
