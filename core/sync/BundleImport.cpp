// SPDX-License-Identifier: EUPL-1.2
#include "BundleImport.h"

#include "ColumnChecks.h"

#include "FileStreams.h"
#include "JsonStream.h"
#include "Workspace.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "model/Inwoner.h"
#include "repo/InwonerRepository.h"
#include "repo/SocialeKaartRepository.h"
#include "repo/SyncRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

namespace core::sync {

namespace {

using repo::SyncColumn;
using repo::SyncRow;
using repo::SyncValue;
using Token = JsonReader::Token;

constexpr size_t kMaxText = size_t(1) << 20;  ///< 1 MiB: far above any note typed in a dossier
constexpr size_t kMaxBlob = size_t(25) << 20; ///< an archived PDF or a 20 MB scan
constexpr size_t kMaxId = 100;
constexpr int kMaxProblems = 20;
constexpr int kFirstSyncSchema = 5;

QString q(const std::string& s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// The deterministic id of the conflict "this version of this row lost", the same on every device.
QString conflictId(const std::string& table, const std::string& rowId, std::int64_t hlc, const std::string& device)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(table.data(), static_cast<qsizetype>(table.size())));
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(QByteArrayView(rowId.data(), static_cast<qsizetype>(rowId.size())));
    hash.addData(QByteArrayView("\x1f", 1));
    const std::string h = std::to_string(hlc);
    hash.addData(QByteArrayView(h.data(), static_cast<qsizetype>(h.size())));
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(QByteArrayView(device.data(), static_cast<qsizetype>(device.size())));
    QByteArray bytes = hash.result().left(16);
    bytes[6] = static_cast<char>((bytes[6] & 0x0F) | 0x80); // UUID version 8: name-based, own hash
    bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80);
    const QString hex = QString::fromLatin1(bytes.toHex());
    return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) + QLatin1Char('-') +
           hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

/// One table of the bundle being read: how its columns map onto the local ones.
struct TableState {
    std::string name;
    const repo::SyncTable* spec = nullptr;
    std::vector<int> local;       ///< per bundle column, its index in the local columns
    std::vector<SyncColumn> cols; ///< per bundle column
    int id = -1, hlc = -1, device = -1, deleted = -1, vv = -1;
    std::vector<bool> meta;          ///< per bundle column: version metadata, not content
    std::vector<ColumnCheck> checks; ///< per bundle column
    std::string findSql;
    std::string upsertSql;

    /// Appends the local column `index` as the next column of the bundle's table.
    void add(int index, const SyncColumn& column)
    {
        const int at = static_cast<int>(cols.size());
        local.push_back(index);
        cols.push_back(column);
        const std::string& n = column.name;
        meta.push_back(n == "id" || n == "created_at" || n == "updated_at" || n == "hlc" || n == "device" || n == "vv");
        int* slot = n == "id"        ? &id
                    : n == "hlc"     ? &hlc
                    : n == "device"  ? &device
                    : n == "deleted" ? &deleted
                    : n == "vv"      ? &vv
                                     : nullptr;
        if (slot)
            *slot = at;
    }
    std::unordered_set<std::string> seen;
    TabelTelling telling;
};

class Merge {
    Q_DECLARE_TR_FUNCTIONS(core::sync::Merge)
public:
    Merge(Workspace& ws, ImportRapport& rapport, const Voortgang& voortgang)
        : m_ws(ws)
        , m_rows(ws.db())
        , m_rapport(rapport)
        , m_voortgang(voortgang)
    {
    }

    void read(ByteSource& source);
    void finish();
    bool failed() const { return m_rapport.aantalProblemen > 0; }

private:
    void problem(const QString& message)
    {
        if (m_rapport.aantalProblemen++ < kMaxProblems)
            m_rapport.problemen << message;
    }
    bool fatal(JsonReader& json, const QString& message)
    {
        problem(message);
        json.fail(message);
        return false;
    }
    bool readHeader(JsonReader& json);
    bool readTables(JsonReader& json);
    bool readTable(JsonReader& json);
    bool mapColumns(JsonReader& json, TableState& table, const std::vector<std::string>& names);
    bool readRows(JsonReader& json, TableState& table);
    /// Reads one value into `value`; false with `why` for a bad value (the JSON stays in step).
    bool readValue(JsonReader& json, Token t, const TableState& table, size_t column, SyncValue& value, QString& why);
    void mergeRow(TableState& table, const SyncRow& row);
    void recordConflict(TableState& table, const SyncRow& loser, const SyncRow& winner, bool deletedDiffers);
    std::string rowJson(const TableState& table, const SyncRow& row) const;
    void changed(const TableState& table, const SyncRow& row);
    void foldDuplicates();

    Workspace& m_ws;
    repo::SyncRepository m_rows;
    ImportRapport& m_rapport;
    const Voortgang& m_voortgang;
    bool m_headerFormat = false, m_headerSchema = false, m_headerDevice = false, m_sawTables = false;
    std::optional<Overdracht> m_overdracht;
    std::set<std::string> m_tablesSeen;
    std::set<std::string> m_tablesChanged;
    std::vector<TabelTelling> m_tellingen;
    std::set<QString> m_inwonersChanged;
    std::set<QString> m_inwonersInBundle;
    std::set<QString> m_socialeKaartChanged;
    std::int64_t m_minChanged = 0;
    qint64 m_rowsRead = 0;
    SyncRow m_local;
};

void Merge::read(ByteSource& source)
{
    JsonReader json(source);
    if (json.next() != Token::BeginObject) {
        problem(json.error().isEmpty() ? tr("This is not a Wijkdossier bundle: it does not start with a JSON object.")
                                       : tr("This is not a Wijkdossier bundle: %1").arg(json.error()));
        return;
    }
    if (!readHeader(json)) {
        if (!json.error().isEmpty() && m_rapport.aantalProblemen == 0)
            problem(tr("The bundle is not valid JSON: %1").arg(json.error()));
        return;
    }
    if (json.next() != Token::End) {
        problem(tr("The bundle is not valid JSON: %1").arg(json.error()));
        return;
    }
    if (!m_sawTables)
        problem(tr("The bundle has no list of tables."));
}

bool Merge::readHeader(JsonReader& json)
{
    for (;;) {
        const Token t = json.next();
        if (t == Token::EndObject)
            return true;
        if (t != Token::Key)
            return false;
        const std::string key = json.text();
        const Token v = json.next();
        if (v == Token::Error)
            return false;
        if (key == "format") {
            if (v != Token::String || json.text() != kFormat)
                return fatal(json, tr("This is not a Wijkdossier bundle (format '%1').")
                                       .arg(v == Token::String ? q(json.text()).left(60) : QString()));
            m_headerFormat = true;
        } else if (key == "format_version") {
            if (v != Token::Integer || json.integer() < 1)
                return fatal(json, tr("The bundle's format version is missing or invalid."));
            if (json.integer() > kFormatVersion)
                return fatal(json, tr("This bundle was made in a newer bundle format (version %1); update Wijkdossier "
                                      "to import it.")
                                       .arg(json.integer()));
        } else if (key == "schema_version") {
            if (v != Token::Integer)
                return fatal(json, tr("The bundle's schema version is missing or invalid."));
            if (json.integer() > m_ws.schemaVersion())
                return fatal(json, tr("This bundle was made by a newer version of Wijkdossier (schema %1; this version "
                                      "knows up to %2). Update Wijkdossier first.")
                                       .arg(json.integer())
                                       .arg(m_ws.schemaVersion()));
            if (json.integer() < kFirstSyncSchema)
                return fatal(json, tr("The bundle's schema version %1 is older than any version that made bundles.")
                                       .arg(json.integer()));
            m_headerSchema = true;
        } else if (key == "device") {
            if (v != Token::String || json.text().empty() || json.text().size() > kMaxId)
                return fatal(json, tr("The bundle does not say which device made it."));
            m_rapport.device = q(json.text());
            m_headerDevice = true;
        } else if (key == "created_at") {
            if (v == Token::String)
                m_rapport.gemaakt = QDateTime::fromString(q(json.text()), Qt::ISODateWithMs);
        } else if (key == "scope") {
            if (v == Token::String)
                m_rapport.omvang = q(json.text()).left(20);
        } else if (key == "overdracht") {
            if (v != Token::BeginObject)
                return fatal(json, tr("The bundle's overdracht is invalid."));
            Overdracht o;
            for (Token k = json.next(); k != Token::EndObject; k = json.next()) {
                if (k != Token::Key)
                    return fatal(json, tr("The bundle's overdracht is invalid."));
                const std::string field = json.text();
                if (json.next() != Token::String || json.text().size() > 200)
                    return fatal(json, tr("The bundle's overdracht is invalid."));
                if (field == "aanspreekpunt_naam")
                    o.aanspreekpuntNaam = q(json.text());
                else if (field == "aanspreekpunt_telefoon")
                    o.aanspreekpuntTelefoon = q(json.text());
            }
            if (!o.aanspreekpuntNaam.trimmed().isEmpty())
                m_overdracht = o;
        } else if (key == "tables") {
            if (!m_headerFormat || !m_headerSchema || !m_headerDevice)
                return fatal(json, tr("The bundle's header (format, schema_version, device) must come before its "
                                      "tables."));
            if (v != Token::BeginArray)
                return fatal(json, tr("The bundle's tables are not a list."));
            m_sawTables = true;
            if (!readTables(json))
                return false;
        } else if (!json.skip(v)) {
            return false;
        }
    }
}

bool Merge::readTables(JsonReader& json)
{
    for (;;) {
        const Token t = json.next();
        if (t == Token::EndArray)
            return true;
        if (t != Token::BeginObject)
            return t == Token::Error ? false : fatal(json, tr("A table in the bundle is not an object."));
        if (!readTable(json))
            return false;
        if (m_voortgang.gestopt())
            return fatal(json, tr("The import was cancelled; nothing was changed."));
    }
}

bool Merge::readTable(JsonReader& json)
{
    TableState table;
    bool haveColumns = false;
    for (;;) {
        const Token t = json.next();
        if (t == Token::EndObject)
            break;
        if (t != Token::Key)
            return false;
        const std::string key = json.text();
        const Token v = json.next();
        if (key == "name") {
            if (v != Token::String)
                return fatal(json, tr("A table in the bundle has no name."));
            // A second name would check and count the rows as one table and store them in another.
            if (table.spec)
                return fatal(json, tr("A table in the bundle has more than one name."));
            table.name = json.text();
            table.spec = repo::syncTable(table.name);
            if (!table.spec)
                return fatal(
                    json,
                    tr("The bundle contains a table this version does not know: '%1'.").arg(q(table.name).left(60)));
            if (!m_tablesSeen.insert(table.name).second)
                return fatal(json, tr("The table '%1' appears twice in the bundle.").arg(q(table.name)));
        } else if (key == "columns") {
            if (v != Token::BeginArray || !table.spec)
                return fatal(json, tr("A table's columns must follow its name."));
            if (haveColumns)
                return fatal(json, tr("The table '%1' lists its columns twice.").arg(q(table.name)));
            std::vector<std::string> names;
            for (Token c = json.next(); c != Token::EndArray; c = json.next()) {
                if (c == Token::Error)
                    return false;
                if (c != Token::String || names.size() > 200)
                    return fatal(json, tr("The columns of table '%1' are invalid.").arg(q(table.name)));
                names.push_back(json.text());
            }
            if (!mapColumns(json, table, names))
                return false;
            haveColumns = true;
        } else if (key == "rows") {
            if (v != Token::BeginArray || !haveColumns)
                return fatal(json, tr("A table's rows must follow its name and columns."));
            if (!readRows(json, table))
                return false;
        } else if (!json.skip(v)) {
            return false;
        }
    }
    table.telling.tabel = q(table.name);
    m_rapport.tabellen.push_back(table.telling);
    return true;
}

bool Merge::mapColumns(JsonReader& json, TableState& table, const std::vector<std::string>& names)
{
    const auto& local = m_rows.columns(table.name);
    std::set<int> used;
    for (size_t i = 0; i < names.size(); ++i) {
        const int index = m_rows.columnIndex(table.name, names[i]);
        if (index < 0)
            return fatal(json, tr("Table '%1' in the bundle has a column this version does not know: '%2'.")
                                   .arg(q(table.name), q(names[i]).left(60)));
        if (!used.insert(index).second)
            return fatal(json, tr("Table '%1' in the bundle names column '%2' twice.").arg(q(table.name), q(names[i])));
        table.add(index, local[static_cast<size_t>(index)]);
        table.checks.push_back(checkFor(table.name, local[static_cast<size_t>(index)]));
    }
    for (size_t i = 0; i < local.size(); ++i) {
        const SyncColumn& column = local[i];
        const bool required = (column.notNull && !column.hasDefault) || column.name == "vv" ||
                              column.name == "deleted" || column.name == "hlc";
        if (required && !used.count(static_cast<int>(i)))
            return fatal(json,
                         tr("Table '%1' in the bundle lacks the column '%2'.").arg(q(table.name), q(column.name)));
    }
    table.findSql = m_rows.findSql(table.name, table.local);
    table.upsertSql = m_rows.upsertSql(table.name, table.local);
    return true;
}

bool Merge::readValue(JsonReader& json, Token t, const TableState& table, size_t column, SyncValue& value, QString& why)
{
    const SyncColumn& col = table.cols[column];
    value.bytes.clear();
    if (static_cast<int>(column) == table.vv) {
        if (t != Token::BeginObject) {
            why = tr("its version vector is not an object");
            return json.skip(t) && false;
        }
        repo::VersionVector vv;
        for (Token k = json.next(); k != Token::EndObject; k = json.next()) {
            if (k != Token::Key)
                return false;
            std::string device = json.text();
            const Token clock = json.next();
            if (clock != Token::Integer || device.empty() || device.size() > kMaxId || json.integer() <= 0 ||
                device.find('"') != std::string::npos || device.find('\\') != std::string::npos) {
                why = tr("its version vector is invalid");
                value.kind = SyncValue::Kind::Null;
                // A list or object in its place is skipped whole, so the rest of the bundle stays in step.
                if (!json.skip(clock))
                    return false;
                continue;
            }
            vv[std::move(device)] = json.integer();
        }
        if (!why.isEmpty() || vv.empty() || vv.size() > 1000) {
            if (why.isEmpty())
                why = tr("its version vector is invalid");
            return false;
        }
        value.kind = SyncValue::Kind::Text;
        value.bytes = repo::versionVectorJson(vv);
        return true;
    }
    switch (t) {
    case Token::Null:
        if (col.notNull) {
            why = tr("column '%1' may not be empty").arg(q(col.name));
            return false;
        }
        value.kind = SyncValue::Kind::Null;
        return true;
    case Token::Integer:
        if (col.affinity == SyncValue::Kind::Integer) {
            value.kind = SyncValue::Kind::Integer;
            value.integer = json.integer();
            return true;
        }
        if (col.affinity == SyncValue::Kind::Real) {
            value.kind = SyncValue::Kind::Real;
            value.real = static_cast<double>(json.integer());
            return true;
        }
        break;
    case Token::Real:
        if (col.affinity == SyncValue::Kind::Real) {
            value.kind = SyncValue::Kind::Real;
            value.real = json.real();
            return true;
        }
        break;
    case Token::String:
        if (col.affinity == SyncValue::Kind::Text) {
            if (json.text().size() > kMaxText) {
                why = tr("the text in column '%1' is longer than 1 MB").arg(q(col.name));
                return false;
            }
            value.kind = SyncValue::Kind::Text;
            value.bytes = json.text();
            return true;
        }
        if (col.affinity == SyncValue::Kind::Blob) {
            if (!decodeBase64(json.text(), value.bytes)) {
                why = tr("column '%1' is not valid base64").arg(q(col.name));
                return false;
            }
            if (value.bytes.size() > kMaxBlob) {
                why = tr("the file in column '%1' is larger than 25 MB").arg(q(col.name));
                return false;
            }
            value.kind = SyncValue::Kind::Blob;
            return true;
        }
        break;
    case Token::BeginObject:
    case Token::BeginArray:
        why = tr("column '%1' holds a list or object").arg(q(col.name));
        return json.skip(t) && false;
    case Token::Error:
    case Token::End:
        return false;
    default:
        break;
    }
    why = tr("column '%1' has a value of the wrong type").arg(q(col.name));
    return false;
}

bool Merge::readRows(JsonReader& json, TableState& table)
{
    SyncRow row(table.cols.size());
    for (;;) {
        Token t = json.next();
        if (t == Token::EndArray)
            return true;
        if (t != Token::BeginArray)
            return t == Token::Error ? false : fatal(json, tr("A row of table '%1' is not a list.").arg(q(table.name)));
        const long rowNumber =
            static_cast<long>(table.telling.ingevoegd + table.telling.bijgewerkt + table.telling.ongewijzigd +
                              table.telling.conflicten + table.telling.afgewezen + 1);
        QString why;
        size_t column = 0;
        for (t = json.next(); t != Token::EndArray; t = json.next()) {
            if (t == Token::Error)
                return false;
            if (column >= row.size()) {
                if (why.isEmpty())
                    why = tr("it has more values than columns");
                if (!json.skip(t))
                    return false;
                continue;
            }
            QString valueProblem;
            if (!readValue(json, t, table, column, row[column], valueProblem)) {
                if (!json.error().isEmpty())
                    return false;
                if (why.isEmpty())
                    why = valueProblem;
            } else if (why.isEmpty()) {
                why = domainProblem(table.checks[column], row[column]);
            }
            ++column;
        }
        if (why.isEmpty() && column != row.size())
            why = tr("it has fewer values than columns");
        const std::string id = why.isEmpty() ? row[static_cast<size_t>(table.id)].bytes : std::string();
        if (why.isEmpty()) {
            const SyncValue& hlc = row[static_cast<size_t>(table.hlc)];
            const SyncValue& device = row[static_cast<size_t>(table.device)];
            const SyncValue& deleted = row[static_cast<size_t>(table.deleted)];
            const auto vv = repo::parseVersionVector(row[static_cast<size_t>(table.vv)].bytes);
            if (id.empty() || id.size() > kMaxId)
                why = tr("its id is empty or too long");
            else if (!table.seen.insert(id).second)
                why = tr("its id appears twice in the bundle");
            else if (hlc.kind != SyncValue::Kind::Integer || hlc.integer <= 0 || device.bytes.empty() ||
                     device.bytes.size() > kMaxId)
                why = tr("its version (hlc, device) is invalid");
            else if (deleted.kind != SyncValue::Kind::Integer || (deleted.integer != 0 && deleted.integer != 1))
                why = tr("its deleted mark is not 0 or 1");
            else if (!vv || vv->count(device.bytes) == 0 || vv->at(device.bytes) != hlc.integer ||
                     std::any_of(vv->begin(), vv->end(), [&](const auto& e) { return e.second > hlc.integer; }))
                why = tr("its version vector does not match its version");
        }
        if (!why.isEmpty()) {
            ++table.telling.afgewezen;
            problem(tr("Table %1, row %2%3: %4")
                        .arg(q(table.name))
                        .arg(rowNumber)
                        .arg(id.empty() ? QString() : QStringLiteral(" (id %1)").arg(q(id).left(40)), why));
        } else if (!failed()) {
            m_rapport.maxHlc = std::max<qint64>(m_rapport.maxHlc, row[static_cast<size_t>(table.hlc)].integer);
            try {
                mergeRow(table, row);
            } catch (const db::DatabaseError& e) {
                ++table.telling.afgewezen;
                problem(tr("Table %1, row %2 (id %3): the database refused it: %4")
                            .arg(q(table.name))
                            .arg(rowNumber)
                            .arg(q(id).left(40), QString::fromUtf8(e.what())));
            }
        } else {
            // Already refused: keep checking the rest so the report names every problem, but do not write.
            ++table.telling.ongewijzigd;
        }
        if ((++m_rowsRead & 255) == 0 && m_voortgang.gestopt())
            return fatal(json, tr("The import was cancelled; nothing was changed."));
    }
}

void Merge::changed(const TableState& table, const SyncRow& row)
{
    const std::int64_t hlc = row[static_cast<size_t>(table.hlc)].integer;
    m_minChanged = m_minChanged == 0 ? hlc : std::min(m_minChanged, hlc);
    m_tablesChanged.insert(table.name);
    if (table.name == "inwoner")
        m_inwonersChanged.insert(q(row[static_cast<size_t>(table.id)].bytes));
    else if (table.name == "sociale_kaart")
        m_socialeKaartChanged.insert(q(row[static_cast<size_t>(table.id)].bytes));
}

void Merge::mergeRow(TableState& table, const SyncRow& in)
{
    const auto at = [](int i) { return static_cast<size_t>(i); };
    const std::string& id = in[at(table.id)].bytes;
    if (table.name == "inwoner" && in[at(table.deleted)].integer == 0)
        m_inwonersInBundle.insert(q(id));
    m_local.resize(in.size());
    if (!m_rows.find(table.findSql, id, m_local)) {
        m_rows.upsert(table.upsertSql, in);
        ++table.telling.ingevoegd;
        changed(table, in);
        return;
    }
    const auto mine = repo::parseVersionVector(m_local[at(table.vv)].bytes).value_or(repo::VersionVector{});
    const auto theirs = repo::parseVersionVector(in[at(table.vv)].bytes).value_or(repo::VersionVector{});
    if (repo::dominates(mine, theirs)) {
        ++table.telling.ongewijzigd; // this version, or a newer one, is here already
        return;
    }
    if (repo::dominates(theirs, mine)) {
        m_rows.upsert(table.upsertSql, in);
        ++table.telling.bijgewerkt;
        changed(table, in);
        return;
    }
    // Concurrent edits: the last writer wins, and the other version is kept.
    const std::string merged = repo::versionVectorJson(repo::mergeVersionVectors(mine, theirs));
    const auto key = [&](const SyncRow& r) {
        return std::make_pair(r[at(table.hlc)].integer, r[at(table.device)].bytes);
    };
    const bool incomingWins = key(in) > key(m_local);
    bool sameContent = true;
    for (size_t i = 0; i < in.size() && sameContent; ++i)
        sameContent = table.meta[i] || in[i] == m_local[i];
    const SyncRow local = m_local;
    if (incomingWins) {
        SyncRow winner = in;
        winner[at(table.vv)].bytes = merged;
        m_rows.upsert(table.upsertSql, winner);
        changed(table, winner);
    } else {
        m_rows.setVersionVector(table.name, id, merged);
    }
    if (sameContent || table.name == "sync_conflict") {
        ++table.telling.bijgewerkt;
        return;
    }
    ++table.telling.conflicten;
    const bool deletedDiffers = in[at(table.deleted)].integer != local[at(table.deleted)].integer;
    if (incomingWins)
        recordConflict(table, local, in, deletedDiffers);
    else
        recordConflict(table, in, local, deletedDiffers);
}

std::string Merge::rowJson(const TableState& table, const SyncRow& row) const
{
    MemorySink sink;
    JsonWriter json(sink);
    json.beginObject();
    for (size_t i = 0; i < row.size(); ++i) {
        json.key(table.cols[i].name);
        const SyncValue& v = row[i];
        if (static_cast<int>(i) == table.vv) {
            json.beginObject();
            for (const auto& [device, hlc] : repo::parseVersionVector(v.bytes).value_or(repo::VersionVector{})) {
                json.key(device);
                json.number(hlc);
            }
            json.endObject();
            continue;
        }
        switch (v.kind) {
        case SyncValue::Kind::Null:
            json.null();
            break;
        case SyncValue::Kind::Integer:
            json.number(v.integer);
            break;
        case SyncValue::Kind::Real:
            json.number(v.real);
            break;
        case SyncValue::Kind::Text:
            json.string(std::string_view(v.bytes));
            break;
        case SyncValue::Kind::Blob:
            json.base64(v.bytes);
            break;
        }
    }
    json.endObject();
    json.finish();
    return sink.bytes;
}

void Merge::recordConflict(TableState& table, const SyncRow& loser, const SyncRow& winner, bool deletedDiffers)
{
    const auto at = [](int i) { return static_cast<size_t>(i); };
    const std::string& rowId = loser[at(table.id)].bytes;
    const QString id = conflictId(table.name, rowId, loser[at(table.hlc)].integer, loser[at(table.device)].bytes);
    const QByteArray idUtf8 = id.toUtf8();
    static const std::string conflictTable = "sync_conflict";
    const auto& cols = m_rows.columns(conflictTable);
    SyncRow existing;
    std::vector<int> idOnly{m_rows.columnIndex(conflictTable, "id")};
    if (m_rows.find(conflictTable, idUtf8.toStdString(), idOnly, existing))
        return; // met before, here or on another device: keep that record and what was decided
    SyncMeta meta;
    meta.id = id;
    m_ws.stamp(meta);
    SyncRow row(cols.size());
    std::vector<int> all(cols.size());
    auto text = [](const std::string& s) { return SyncValue{SyncValue::Kind::Text, 0, 0, s}; };
    auto integer = [](std::int64_t v) { return SyncValue{SyncValue::Kind::Integer, v, 0, {}}; };
    const auto timestamp = [](const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs).toStdString(); };
    for (size_t i = 0; i < cols.size(); ++i) {
        all[i] = static_cast<int>(i);
        const std::string& n = cols[i].name;
        if (n == "id")
            row[i] = text(idUtf8.toStdString());
        else if (n == "created_at")
            row[i] = text(timestamp(meta.createdAt));
        else if (n == "updated_at")
            row[i] = text(timestamp(meta.updatedAt));
        else if (n == "hlc")
            row[i] = integer(meta.hlc);
        else if (n == "device")
            row[i] = text(meta.device.toStdString());
        else if (n == "deleted")
            row[i] = integer(0);
        else if (n == "tabel")
            row[i] = text(table.name);
        else if (n == "rij_id")
            row[i] = text(rowId);
        else if (n == "soort")
            row[i] = text(deletedDiffers ? "verwijderd" : "gelijktijdig");
        else if (n == "verliezer")
            row[i] = text(rowJson(table, loser));
        else if (n == "verliezer_hlc")
            row[i] = integer(loser[at(table.hlc)].integer);
        else if (n == "verliezer_device")
            row[i] = text(loser[at(table.device)].bytes);
        else if (n == "winnaar_hlc")
            row[i] = integer(winner[at(table.hlc)].integer);
        else if (n == "winnaar_device")
            row[i] = text(winner[at(table.device)].bytes);
        else if (n == "keuze")
            row[i] = text("");
        else if (n == "vv")
            row[i] = text(repo::versionVectorJson({{meta.device.toStdString(), meta.hlc}}));
        else
            row[i] = SyncValue{}; // opgelost_op
    }
    m_rows.upsert(conflictTable, all, row);
}

/// Records that should exist once per parent and key. Two devices that each recorded, say, the
/// ontvangstbevestiging of the same traject made two rows with different ids; after a merge they
/// would both count. The last writer's row stays; the other is tombstoned and kept as a conflict,
/// the same way on every device, so the consulent sees both dates.
struct UniqueKey {
    const char* table;
    std::vector<std::string> columns;
};

const std::vector<UniqueKey>& uniqueKeys()
{
    static const std::vector<UniqueKey> keys = {
        {"traject_stap", {"traject_id", "soort", "betreft"}},
        {"zrm_score", {"meting_id", "leefgebied"}},
        {"gesprek_leefgebied", {"gesprek_id", "leefgebied"}},
        {"gesprek_mantelzorg", {"gesprek_id", "netwerk_id"}},
    };
    return keys;
}

void Merge::foldDuplicates()
{
    for (const UniqueKey& key : uniqueKeys()) {
        if (!m_tablesChanged.count(key.table))
            continue;
        const auto groups = m_rows.duplicates(key.table, key.columns);
        if (groups.empty())
            continue;
        // The table as a bundle of all its local columns, to keep the folded rows whole.
        TableState table;
        table.name = key.table;
        const auto& columns = m_rows.columns(table.name);
        for (size_t i = 0; i < columns.size(); ++i)
            table.add(static_cast<int>(i), columns[i]);
        TabelTelling* telling = nullptr;
        for (auto& t : m_rapport.tabellen) {
            if (t.tabel == QLatin1String(key.table))
                telling = &t;
        }
        for (const auto& group : groups) {
            SyncRow winner;
            m_rows.find(table.name, group.front(), table.local, winner);
            for (size_t i = 1; i < group.size(); ++i) {
                SyncRow loser;
                m_rows.find(table.name, group[i], table.local, loser);
                recordConflict(table, loser, winner, false);
                SyncMeta meta;
                meta.id = q(group[i]);
                m_ws.stamp(meta);
                m_rows.tombstone(table.name, group[i], meta.updatedAt.toUTC().toString(Qt::ISODateWithMs), meta.hlc,
                                 meta.device);
                if (telling)
                    ++telling->conflicten;
            }
        }
    }
}

void Merge::finish()
{
    if (failed())
        return;
    // Every row that names a parent must find it, here or in the bundle.
    for (const std::string& name : m_tablesSeen) {
        const repo::SyncTable* spec = repo::syncTable(name);
        for (const repo::SyncParent& parent : spec->parents) {
            for (const std::string& id : m_rows.orphans(name, parent, kMaxProblems)) {
                problem(tr("Table %1, id %2: it refers to a %3 that is neither in the bundle nor in this database.")
                            .arg(q(name), q(id).left(40), QString::fromUtf8(parent.table)));
            }
        }
    }
    if (failed())
        return;
    for (const QString& id : m_inwonersChanged)
        m_ws.inwoners().reindex(id);
    for (const QString& id : m_socialeKaartChanged)
        m_ws.socialeKaart().reindex(id);
    m_ws.observeHlc(m_rapport.maxHlc);
    foldDuplicates();
    if (m_overdracht && m_rapport.omvang == QLatin1String("selection")) {
        for (const QString& id : m_inwonersInBundle) {
            auto inwoner = m_ws.inwoners().get(id);
            if (!inwoner || inwoner->meta.deleted)
                continue;
            inwoner->aanspreekpunt.naam = m_overdracht->aanspreekpuntNaam;
            inwoner->aanspreekpunt.telefoon = m_overdracht->aanspreekpuntTelefoon;
            m_ws.stamp(inwoner->meta);
            m_ws.inwoners().save(*inwoner);
            m_ws.logAudit(QStringLiteral("update"), QStringLiteral("inwoner"), id);
            ++m_rapport.overgedragen;
        }
    }
    if (m_minChanged > 0) {
        // Rows that arrived here since the last export to a peer may be older than what was sent:
        // the next export to every peer starts below them.
        m_ws.db()
            .cached("UPDATE sync_peer SET verzonden_tot = min(verzonden_tot, ?1)")
            .bind(1, static_cast<qint64>(m_minChanged - 1))
            .run();
    }
}

} // namespace

TabelTelling ImportRapport::totaal() const
{
    TabelTelling t;
    for (const TabelTelling& tabel : tabellen) {
        t.ingevoegd += tabel.ingevoegd;
        t.bijgewerkt += tabel.bijgewerkt;
        t.ongewijzigd += tabel.ongewijzigd;
        t.conflicten += tabel.conflicten;
        t.afgewezen += tabel.afgewezen;
    }
    return t;
}

BundleImport::BundleImport(Workspace& ws)
    : m_ws(ws)
{
}

ImportRapport BundleImport::run(ByteSource& source, const Voortgang& voortgang)
{
    ImportRapport rapport;
    try {
        db::Transaction tx(m_ws.db());
        Merge merge(m_ws, rapport, voortgang);
        merge.read(source);
        merge.finish();
        if (merge.failed())
            return rapport;
        m_ws.logAudit(QStringLiteral("import"), QStringLiteral("bundel"), rapport.device);
        tx.commit();
        rapport.toegepast = true;
    } catch (const db::DatabaseError& e) {
        rapport.toegepast = false;
        ++rapport.aantalProblemen;
        rapport.problemen << e.toError().message;
    }
    return rapport;
}

} // namespace core::sync
