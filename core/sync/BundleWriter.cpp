// SPDX-License-Identifier: EUPL-1.2
#include "BundleWriter.h"

#include "Clock.h"
#include "JsonStream.h"
#include "Workspace.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "repo/SyncRepository.h"

#include <QCoreApplication>

namespace core::sync {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("core::sync", text);
}

const char* omvangKey(Omvang omvang)
{
    switch (omvang) {
    case Omvang::Alles:
        return "all";
    case Omvang::SindsPeer:
        return "since_peer";
    case Omvang::Inwoners:
        return "selection";
    }
    return "all";
}

void writeValue(JsonWriter& json, const repo::SyncColumn& column, const repo::SyncValue& value)
{
    using Kind = repo::SyncValue::Kind;
    if (column.name == "vv" && value.kind == Kind::Text) {
        json.beginObject();
        for (const auto& [device, hlc] : repo::parseVersionVector(value.bytes).value_or(repo::VersionVector{})) {
            json.key(device);
            json.number(hlc);
        }
        json.endObject();
        return;
    }
    switch (value.kind) {
    case Kind::Null:
        json.null();
        break;
    case Kind::Integer:
        json.number(value.integer);
        break;
    case Kind::Real:
        json.number(value.real);
        break;
    case Kind::Text:
        json.string(std::string_view(value.bytes));
        break;
    case Kind::Blob:
        json.base64(value.bytes);
        break;
    }
}

} // namespace

Result<ExportRapport> schrijfBundel(Workspace& ws, const ExportKeuze& keuze, std::int64_t ondergrens, ByteSink& sink,
                                    const Voortgang& voortgang)
{
    repo::SyncRepository rows(ws.db());
    if (keuze.omvang == Omvang::Inwoners)
        rows.setKeuze(keuze.inwoners);
    auto conditie = [&](const repo::SyncTable& table) -> std::string {
        switch (keuze.omvang) {
        case Omvang::Alles:
            return {};
        case Omvang::SindsPeer:
            return "t.hlc > :hlc";
        case Omvang::Inwoners:
            return table.keuze;
        }
        return {};
    };

    // Counted first, for the progress bar.
    std::vector<qint64> counts;
    qint64 total = 0;
    for (const repo::SyncTable& table : repo::syncTables()) {
        std::string sql = std::string("SELECT count(*) FROM ") + table.name + " t";
        const std::string where = conditie(table);
        if (!where.empty())
            sql += " WHERE " + where;
        auto st = ws.db().prepare(sql);
        st.bindIfPresent(":hlc", static_cast<qint64>(ondergrens));
        st.step();
        counts.push_back(st.int64(0));
        total += counts.back();
    }

    JsonWriter json(sink);
    json.beginObject();
    json.key("format");
    json.string(std::string_view(kFormat));
    json.key("format_version");
    json.number(std::int64_t{kFormatVersion});
    json.key("schema_version");
    json.number(std::int64_t{ws.schemaVersion()});
    json.key("app_version");
    json.string(std::string_view(WIJKDOSSIER_VERSION));
    json.key("device");
    json.string(ws.deviceId());
    json.key("created_at");
    json.string(ws.clock().now().toUTC().toString(Qt::ISODateWithMs));
    json.key("scope");
    json.string(std::string_view(omvangKey(keuze.omvang)));
    if (keuze.overdracht) {
        json.key("overdracht");
        json.beginObject();
        json.key("aanspreekpunt_naam");
        json.string(keuze.overdracht->aanspreekpuntNaam);
        json.key("aanspreekpunt_telefoon");
        json.string(keuze.overdracht->aanspreekpuntTelefoon);
        json.endObject();
    }
    json.key("tables");
    json.beginArray();

    ExportRapport rapport;
    qint64 done = 0;
    bool gestopt = false;
    size_t index = 0;
    for (const repo::SyncTable& table : repo::syncTables()) {
        const qint64 count = counts[index++];
        if (count == 0 || gestopt)
            continue;
        const auto& columns = rows.columns(table.name);
        json.newline();
        json.beginObject();
        json.key("name");
        json.string(std::string_view(table.name));
        json.key("columns");
        json.beginArray();
        for (const auto& column : columns)
            json.string(std::string_view(column.name));
        json.endArray();
        json.key("rows");
        json.beginArray();
        int written = 0;
        rows.forEach(table.name, conditie(table), ondergrens, [&](const repo::SyncRow& row) {
            json.newline();
            json.beginArray();
            for (size_t i = 0; i < columns.size(); ++i)
                writeValue(json, columns[i], row[i]);
            json.endArray();
            ++written;
            if ((++done & 1023) == 0) {
                if (voortgang.melden && total > 0)
                    voortgang.melden(static_cast<int>(done * 1000 / total));
                if (voortgang.gestopt() || json.failed()) {
                    gestopt = true;
                    return false;
                }
            }
            return true;
        });
        json.endArray();
        json.endObject();
        rapport.rijen.emplace_back(QString::fromUtf8(table.name), written);
        rapport.totaal += written;
    }
    json.newline();
    json.endArray();
    json.endObject();
    json.newline();
    if (gestopt && voortgang.gestopt())
        return Error{ErrorCode::Invalid, tr("The export was cancelled.")};
    if (!json.finish())
        return Error{ErrorCode::Io, tr("The bundle could not be written: %1").arg(json.error())};
    if (voortgang.melden)
        voortgang.melden(1000);
    return rapport;
}

} // namespace core::sync
