// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target for the bundle reader: every input goes (a) through the bare JsonReader, whose
// token stream must survive a round trip through JsonWriter, and (b) through BundleImport on a
// workspace, which must be all-or-nothing. Any broken expectation calls abort(), which libFuzzer
// reports as a crash with the input saved. Build and run it with scripts/fuzz.
//
// Only the JSON layer is fuzzed: a .wdx costs an Argon2id key derivation (~0.3 s) per input, which
// would make fuzzing useless. Its authentication (flipped bytes, cut-off files, a wrong passphrase)
// is covered by tests/core/SyncTest.cpp.

#include "Clock.h"
#include "Workspace.h"
#include "db/Database.h"
#include "sync/BundleImport.h"
#include "sync/FileStreams.h"
#include "sync/JsonStream.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

using namespace core;
using Token = sync::JsonReader::Token;

namespace {

[[noreturn]] void broken(const char* what)
{
    std::fprintf(stderr, "BundleFuzzer: %s\n", what);
    std::abort();
}

// --- (a) the bare JSON reader --------------------------------------------------------------------

struct Item {
    Token token;
    std::string text;
    std::int64_t integer = 0;
    double real = 0;
    bool operator==(const Item&) const = default;
};

/// Every token of `bytes` up to End or Error, with invariants checked on the way.
std::vector<Item> tokens(std::string_view bytes, bool& complete)
{
    sync::MemorySource source(bytes);
    sync::JsonReader json(source);
    std::vector<Item> items;
    complete = false;
    // A token consumes at least one byte, so more tokens than bytes (+ End) means a loop.
    for (size_t n = 0; n <= bytes.size() + 1; ++n) {
        const Token t = json.next();
        if (json.depth() < 0 || json.depth() > 16)
            broken("JsonReader depth out of range");
        if (t == Token::Error) {
            if (json.error().isEmpty())
                broken("JsonReader returned Error without a message");
            if (json.next() != Token::Error)
                broken("JsonReader error is not sticky");
            return items;
        }
        if (t == Token::End) {
            if (json.depth() != 0)
                broken("JsonReader ended inside a container");
            if (json.next() != Token::End)
                broken("JsonReader End is not sticky");
            complete = true;
            return items;
        }
        Item item{t, {}, 0, 0};
        if (t == Token::Key || t == Token::String) {
            item.text = json.text();
            // Strings are where base64 files live: the decoder must cope with any text.
            std::string decoded;
            if (sync::decodeBase64(item.text, decoded) && decoded.size() > item.text.size())
                broken("decodeBase64 grew its input");
        } else if (t == Token::Integer) {
            item.integer = json.integer();
        } else if (t == Token::Real) {
            item.real = json.real();
        }
        items.push_back(std::move(item));
    }
    broken("JsonReader produced more tokens than bytes");
}

/// Writes a token stream back as JSON with JsonWriter.
std::string write(const std::vector<Item>& items)
{
    sync::MemorySink sink;
    sync::JsonWriter json(sink);
    for (const Item& item : items) {
        switch (item.token) {
        case Token::BeginObject:
            json.beginObject();
            break;
        case Token::EndObject:
            json.endObject();
            break;
        case Token::BeginArray:
            json.beginArray();
            break;
        case Token::EndArray:
            json.endArray();
            break;
        case Token::Key:
            json.key(item.text);
            break;
        case Token::String:
            json.string(std::string_view(item.text));
            break;
        case Token::Integer:
            json.number(item.integer);
            break;
        case Token::Real:
            json.number(item.real);
            break;
        case Token::True:
            json.boolean(true);
            break;
        case Token::False:
            json.boolean(false);
            break;
        case Token::Null:
            json.null();
            break;
        case Token::End:
        case Token::Error:
            break;
        }
    }
    if (!json.finish())
        broken("JsonWriter failed on a memory sink");
    return sink.bytes;
}

void fuzzJson(std::string_view bytes)
{
    bool complete = false;
    const std::vector<Item> items = tokens(bytes, complete);
    if (!complete)
        return;
    // What the reader accepted, the writer must write so that the reader reads the same back.
    const std::string again = write(items);
    bool completeAgain = false;
    if (tokens(again, completeAgain) != items || !completeAgain)
        broken("JsonWriter output does not read back as the same tokens");
}

// --- (b) the import -------------------------------------------------------------------------------

/// The rows the fuzzer's workspace starts with, so that bundles can also update and conflict:
/// inwoner i1 and a ZRM meting with one score, written on "dev-a" at hlc 50.
constexpr std::string_view kBaseline =
    R"({"format":"wijkdossier-bundel","format_version":1,"schema_version":5,"device":"dev-a","tables":[)"
    R"({"name":"inwoner","columns":["id","created_at","updated_at","hlc","device","deleted","bsn",)"
    R"("geslachtsnaam","vv"],"rows":[["i1","2026-11-01T09:00:00.000Z","2026-11-01T09:00:00.000Z",50,"dev-a",0,)"
    R"("999999990","Jansen",{"dev-a":50}]]},)"
    R"({"name":"zrm_meting","columns":["id","created_at","updated_at","hlc","device","deleted","inwoner_id",)"
    R"("instrument","datum","moment","vv"],"rows":[["m1","2026-11-01T09:00:00.000Z","2026-11-01T09:00:00.000Z",)"
    R"(50,"dev-a",0,"i1","zrm2017","2026-11-01","intake",{"dev-a":50}]]},)"
    R"({"name":"zrm_score","columns":["id","created_at","updated_at","hlc","device","deleted","meting_id",)"
    R"("leefgebied","score","vv"],"rows":[["s1","2026-11-01T09:00:00.000Z","2026-11-01T09:00:00.000Z",50,)"
    R"("dev-a",0,"m1","financien",3,{"dev-a":50}]]}]})";

/// One workspace for the whole run (opening a file per input would be far too slow), with a copy
/// of its baseline in memory that is put back after every accepted import, so that every input
/// meets the same database and a crash reproduces from its input alone.
struct Fixture {
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 11, 10), QTime(14, 0), Qt::UTC)};
    std::unique_ptr<Workspace> ws;
    sqlite3* baseline = nullptr;

    Fixture()
    {
        if (!dir.isValid())
            broken("no temporary folder");
        auto opened = Workspace::open(dir.filePath(QStringLiteral("fuzz.sqlite")), clock, {.create = true});
        if (!opened.ok())
            broken("the workspace did not open");
        ws = std::move(opened.value());
        sync::MemorySource source(kBaseline);
        const auto rapport = sync::BundleImport(*ws).run(source);
        if (!rapport.toegepast) {
            for (const QString& p : rapport.problemen)
                std::fprintf(stderr, "%s\n", qPrintable(p));
            broken("the baseline bundle was refused");
        }
        if (sqlite3_open(":memory:", &baseline) != SQLITE_OK || !copy(ws->db().handle(), baseline))
            broken("the baseline could not be copied");
    }
    ~Fixture()
    {
        ws.reset();
        sqlite3_close(baseline);
    }
    Fixture(const Fixture&) = delete;
    Fixture& operator=(const Fixture&) = delete;

    static bool copy(sqlite3* from, sqlite3* to)
    {
        sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
        if (!backup)
            return false;
        const int step = sqlite3_backup_step(backup, -1);
        return sqlite3_backup_finish(backup) == SQLITE_OK && step == SQLITE_DONE;
    }
    void restore()
    {
        if (!copy(baseline, ws->db().handle()))
            broken("the baseline could not be restored");
    }
    qint64 count(const char* table) { return ws->db().scalar(std::string("SELECT count(*) FROM ") + table); }
};

Fixture& fixture()
{
    static Fixture f;
    return f;
}

void fuzzImport(std::string_view bytes)
{
    Fixture& f = fixture();
    const qint64 inwoners = f.count("inwoner");
    const qint64 audit = f.count("audit_log");
    const qint64 conflicts = f.count("sync_conflict");

    sync::MemorySource source(bytes);
    const sync::ImportRapport rapport = sync::BundleImport(*f.ws).run(source);
    // WIJKDOSSIER_FUZZ_VERBOSE=1 says what became of each input (for seeds and reproducing findings).
    static const bool verbose = qEnvironmentVariableIsSet("WIJKDOSSIER_FUZZ_VERBOSE");
    if (verbose) {
        const sync::TabelTelling t = rapport.totaal();
        std::fprintf(stderr, "%s: %d inserted, %d updated, %d unchanged, %d conflicts\n",
                     rapport.toegepast ? "accepted" : "refused", t.ingevoegd, t.bijgewerkt, t.ongewijzigd,
                     t.conflicten);
        for (const QString& p : rapport.problemen)
            std::fprintf(stderr, "  %s\n", qPrintable(p));
    }

    if (!rapport.toegepast) {
        if (rapport.problemen.isEmpty() || rapport.aantalProblemen <= 0)
            broken("a refused bundle gives no reason");
        if (f.count("inwoner") != inwoners || f.count("audit_log") != audit || f.count("sync_conflict") != conflicts)
            broken("a refused bundle changed the database");
        return;
    }
    if (rapport.aantalProblemen != 0)
        broken("an accepted bundle has problems");
    qint64 inserted = 0;
    for (const sync::TabelTelling& t : rapport.tabellen) {
        if (t.afgewezen != 0)
            broken("an accepted bundle has refused rows");
        if (t.tabel == QLatin1String("inwoner"))
            inserted += t.ingevoegd;
    }
    if (f.count("inwoner") != inwoners + inserted)
        broken("the inwoner rows of an accepted bundle are not all there");
    if (f.count("audit_log") <= audit)
        broken("an accepted bundle left no audit entry");
    f.restore();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // Translations and Qt's own paths want an application object; it lives for the whole run.
    static QCoreApplication app(*argc, *argv);
    fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    fuzzJson(bytes);
    fuzzImport(bytes);
    return 0;
}
