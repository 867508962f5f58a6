// SPDX-License-Identifier: EUPL-1.2
#include "SyncService.h"

#include "Clock.h"
#include "HybridLogicalClock.h"
#include "OutputFile.h"
#include "Workspace.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "repo/InwonerRepository.h"
#include "repo/SocialeKaartRepository.h"
#include "repo/SyncRepository.h"
#include "sync/BundleCrypto.h"
#include "sync/BundleImport.h"
#include "sync/BundleWriter.h"
#include "sync/FileStreams.h"
#include "sync/JsonStream.h"

#include <QCoreApplication>
#include <QFile>

namespace core {

namespace {

QString now(const Workspace& ws)
{
    return ws.clock().now().toUTC().toString(Qt::ISODateWithMs);
}

QString q(const std::string& s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString display(const repo::SyncValue& v)
{
    switch (v.kind) {
    case repo::SyncValue::Kind::Null:
        return {};
    case repo::SyncValue::Kind::Integer:
        return QString::number(v.integer);
    case repo::SyncValue::Kind::Real:
        return QString::number(v.real);
    case repo::SyncValue::Kind::Text:
        return q(v.bytes);
    case repo::SyncValue::Kind::Blob: {
        const int size = static_cast<int>(v.bytes.size());
        return QCoreApplication::translate("core::SyncService", "(file of %n bytes)", nullptr, size);
    }
    }
    return {};
}

bool isMeta(const std::string& name)
{
    return name == "id" || name == "created_at" || name == "updated_at" || name == "hlc" || name == "device" ||
           name == "vv" || name == "deleted";
}

/// The losing version's values by column name, read back from its JSON.
std::map<std::string, repo::SyncValue> parseVersion(repo::SyncRepository& rows, const std::string& table,
                                                    const std::string& json)
{
    std::map<std::string, repo::SyncValue> values;
    sync::MemorySource source(json);
    sync::JsonReader reader(source);
    if (reader.next() != sync::JsonReader::Token::BeginObject)
        return values;
    for (auto t = reader.next(); t == sync::JsonReader::Token::Key; t = reader.next()) {
        const std::string column = reader.text();
        const int index = rows.columnIndex(table, column);
        const auto v = reader.next();
        repo::SyncValue value;
        switch (v) {
        case sync::JsonReader::Token::Integer:
            value.kind =
                index >= 0 && rows.columns(table)[static_cast<size_t>(index)].affinity == repo::SyncValue::Kind::Real
                    ? repo::SyncValue::Kind::Real
                    : repo::SyncValue::Kind::Integer;
            value.integer = reader.integer();
            value.real = static_cast<double>(reader.integer());
            break;
        case sync::JsonReader::Token::Real:
            value.kind = repo::SyncValue::Kind::Real;
            value.real = reader.real();
            break;
        case sync::JsonReader::Token::String:
            if (index >= 0 && rows.columns(table)[static_cast<size_t>(index)].affinity == repo::SyncValue::Kind::Blob) {
                value.kind = repo::SyncValue::Kind::Blob;
                sync::decodeBase64(reader.text(), value.bytes);
            } else {
                value.kind = repo::SyncValue::Kind::Text;
                value.bytes = reader.text();
            }
            break;
        case sync::JsonReader::Token::BeginObject:
        case sync::JsonReader::Token::BeginArray:
            reader.skip(v);
            continue;
        default:
            break;
        }
        if (index >= 0)
            values[column] = std::move(value);
    }
    return values;
}

} // namespace

SyncService::SyncService(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_ws(workspace)
{
}

QString SyncService::passphraseProblem(const QString& passphrase)
{
    if (passphrase.trimmed().size() < kMinPassphrase)
        return tr("The passphrase must be at least %1 characters long.").arg(kMinPassphrase);
    return {};
}

Result<sync::ExportRapport> SyncService::exporteer(const QString& path, const sync::ExportKeuze& keuze,
                                                   const std::optional<QString>& passphrase,
                                                   const sync::Voortgang& voortgang)
{
    if (passphrase) {
        const QString problem = passphraseProblem(*passphrase);
        if (!problem.isEmpty())
            return Error{ErrorCode::Invalid, problem};
    }
    if (keuze.omvang == sync::Omvang::SindsPeer && keuze.peer.trimmed().isEmpty())
        return Error{ErrorCode::Invalid, tr("Name the colleague or device the export is for.")};
    if (keuze.omvang == sync::Omvang::Inwoners && keuze.inwoners.empty())
        return Error{ErrorCode::Invalid, tr("Choose at least one inwoner to export.")};
    try {
        db::Transaction tx(m_ws.db());
        repo::SyncRepository rows(m_ws.db());
        for (const QString& id : keuze.inwoners) {
            const auto inwoner = m_ws.inwoners().get(id);
            if (!inwoner || inwoner->meta.deleted)
                return Error{ErrorCode::NotFound, tr("There is no inwoner with id %1.").arg(id)};
        }
        const QString peer = keuze.peer.trimmed();
        const std::int64_t ondergrens = keuze.omvang == sync::Omvang::SindsPeer ? rows.peerOndergrens(peer) : 0;
        const std::int64_t tot = rows.maxHlc();

        // Whole or not at all, owner-only; an unfinished bundle leaves no file and no old one changed.
        OutputFile file(path);
        if (!file.ok())
            return file.error();
        sync::OutputFileSink fileSink(file);
        std::optional<sync::EncryptingSink> encrypted;
        if (passphrase)
            encrypted.emplace(fileSink, *passphrase);
        sync::ByteSink& sink = encrypted ? static_cast<sync::ByteSink&>(*encrypted) : fileSink;
        if (encrypted && !encrypted->error().isEmpty())
            return Error{ErrorCode::Io, encrypted->error()};
        auto rapport = sync::schrijfBundel(m_ws, keuze, ondergrens, sink, voortgang);
        if (!rapport) // when the file failed, its error is the cause (a full disk rather than "not written")
            return file.ok() ? rapport.error() : file.error();
        if (const Status committed = file.commit(); !committed)
            return committed.error();
        if (!peer.isEmpty()) {
            rows.peerExported(peer, tot, now(m_ws));
            rapport->peer = peer;
        }
        for (const QString& id : keuze.inwoners)
            m_ws.logAudit(QStringLiteral("export"), QStringLiteral("inwoner"), id);
        // The peer is a colleague or a device, never an inwoner: no personal data of clients here.
        m_ws.logAudit(QStringLiteral("export"), QStringLiteral("bundel"), peer.isEmpty() ? QStringLiteral("-") : peer);
        tx.commit();
        return rapport;
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

bool SyncService::isVersleuteld(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && sync::wdx::looksEncrypted(file.read(16));
}

sync::ImportRapport SyncService::importeer(const QString& path, const QString& passphrase,
                                           const sync::Voortgang& voortgang)
{
    sync::ImportRapport rapport;
    auto refuse = [&rapport](const QString& message) {
        ++rapport.aantalProblemen;
        rapport.problemen << message;
        return rapport;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray start = file.peek(16);
    rapport.versleuteld = sync::wdx::looksEncrypted(start);
    sync::FileSource fileSource(file, [&voortgang](qint64 read, qint64 size) {
        if (voortgang.melden && size > 0)
            voortgang.melden(static_cast<int>(read * 999 / size));
    });
    std::optional<sync::DecryptingSource> decrypted;
    if (rapport.versleuteld) {
        if (passphrase.isEmpty())
            return refuse(tr("This bundle is encrypted: give its passphrase."));
        decrypted.emplace(fileSource, passphrase);
        if (!decrypted->headerOk())
            return refuse(decrypted->error());
    }
    sync::ByteSource& source = decrypted ? static_cast<sync::ByteSource&>(*decrypted) : fileSource;
    const bool versleuteld = rapport.versleuteld;
    rapport = sync::BundleImport(m_ws).run(source, voortgang);
    rapport.versleuteld = versleuteld;
    if (rapport.toegepast) {
        if (voortgang.melden)
            voortgang.melden(1000);
        const auto totaal = rapport.totaal();
        if (totaal.ingevoegd + totaal.bijgewerkt + totaal.conflicten + rapport.overgedragen > 0)
            emit gegevensGewijzigd();
    }
    return rapport;
}

std::vector<SyncPeer> SyncService::peers() const
{
    std::vector<SyncPeer> result;
    try {
        for (const auto& [naam, tijd] : repo::SyncRepository(m_ws.db()).peers())
            result.push_back({naam, QDateTime::fromString(tijd, Qt::ISODateWithMs)});
    } catch (const db::DatabaseError&) {
    }
    return result;
}

Result<std::vector<SyncConflict>> SyncService::conflicten(bool ookOpgelost) const
{
    try {
        repo::SyncRepository rows(m_ws.db());
        std::vector<SyncConflict> result;
        for (const auto& record : rows.conflicts(ookOpgelost)) {
            SyncConflict c;
            c.id = q(record.id);
            c.tabel = q(record.tabel);
            c.rijId = q(record.rijId);
            c.soort = q(record.soort);
            c.verliezerTijd =
                QDateTime::fromMSecsSinceEpoch(HybridLogicalClock::physicalMs(record.verliezerHlc), Qt::UTC);
            c.verliezerDevice = q(record.verliezerDevice);
            c.opgelostOp = QDateTime::fromString(q(record.opgelostOp), Qt::ISODateWithMs);
            c.keuze = q(record.keuze);
            result.push_back(std::move(c));
        }
        return result;
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

int SyncService::aantalOpenConflicten() const
{
    const auto list = conflicten(false);
    return list ? static_cast<int>(list->size()) : 0;
}

Result<SyncConflict> SyncService::conflict(const QString& id) const
{
    try {
        repo::SyncRepository rows(m_ws.db());
        const auto records = rows.conflicts(true, id.toStdString());
        if (records.empty() || !repo::syncTable(records.front().tabel))
            return Error{ErrorCode::NotFound, tr("There is no conflict with id %1.").arg(id)};
        const auto& record = records.front();
        SyncConflict c;
        c.id = id;
        c.tabel = q(record.tabel);
        c.rijId = q(record.rijId);
        c.soort = q(record.soort);
        c.verliezerTijd = QDateTime::fromMSecsSinceEpoch(HybridLogicalClock::physicalMs(record.verliezerHlc), Qt::UTC);
        c.verliezerDevice = q(record.verliezerDevice);
        c.opgelostOp = QDateTime::fromString(q(record.opgelostOp), Qt::ISODateWithMs);
        c.keuze = q(record.keuze);
        const auto loser = parseVersion(rows, record.tabel, record.verliezer);
        const auto& columns = rows.columns(record.tabel);
        std::vector<int> all(columns.size());
        for (size_t i = 0; i < columns.size(); ++i)
            all[i] = static_cast<int>(i);
        repo::SyncRow current;
        const bool exists = rows.find(record.tabel, record.rijId, all, current);
        for (size_t i = 0; i < columns.size(); ++i) {
            const std::string& name = columns[i].name;
            const auto found = loser.find(name);
            const repo::SyncValue theirs = found != loser.end() ? found->second : repo::SyncValue{};
            const repo::SyncValue mine = exists ? current[i] : repo::SyncValue{};
            if (name == "deleted") {
                c.huidigVerwijderd = mine.integer != 0;
                c.verliezerVerwijderd = theirs.integer != 0;
            }
            if (isMeta(name))
                continue;
            c.velden.push_back({q(name), display(mine), display(theirs), !(mine == theirs)});
        }
        return c;
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

Status SyncService::losOp(const QString& id, Keuze keuze, const QStringList& vanVerliezer)
{
    try {
        db::Transaction tx(m_ws.db());
        repo::SyncRepository rows(m_ws.db());
        const auto records = rows.conflicts(true, id.toStdString());
        if (records.empty() || !repo::syncTable(records.front().tabel))
            return Error{ErrorCode::NotFound, tr("There is no conflict with id %1.").arg(id)};
        const auto& record = records.front();
        if (!record.opgelostOp.empty())
            return Error{ErrorCode::Invalid, tr("This conflict has been resolved already.")};
        const std::string& table = record.tabel;
        const auto loser = parseVersion(rows, table, record.verliezer);
        std::vector<int> cols;
        repo::SyncRow values;
        if (keuze != Keuze::Huidig) {
            for (const auto& [name, value] : loser) {
                const bool take = keuze == Keuze::Verliezer ? (!isMeta(name) || name == "deleted")
                                                            : vanVerliezer.contains(q(name)) && !isMeta(name);
                if (!take)
                    continue;
                cols.push_back(rows.columnIndex(table, name));
                values.push_back(value);
            }
            if (keuze == Keuze::Samengevoegd && static_cast<qsizetype>(cols.size()) != vanVerliezer.size())
                return Error{ErrorCode::Invalid, tr("A chosen field is not part of this record.")};
        }
        if (!cols.empty()) {
            // The chosen values become a new edit on this device: newer than both versions.
            SyncMeta meta;
            meta.id = q(record.rijId);
            m_ws.stamp(meta);
            for (const char* name : {"updated_at", "hlc", "device"}) {
                cols.push_back(rows.columnIndex(table, name));
                if (std::string(name) == "updated_at")
                    values.push_back({repo::SyncValue::Kind::Text, 0, 0,
                                      meta.updatedAt.toUTC().toString(Qt::ISODateWithMs).toStdString()});
                else if (std::string(name) == "hlc")
                    values.push_back({repo::SyncValue::Kind::Integer, meta.hlc, 0, {}});
                else
                    values.push_back({repo::SyncValue::Kind::Text, 0, 0, meta.device.toStdString()});
            }
            rows.update(table, record.rijId, cols, values);
            if (table == "inwoner")
                m_ws.inwoners().reindex(q(record.rijId));
            else if (table == "sociale_kaart")
                m_ws.socialeKaart().reindex(q(record.rijId));
            m_ws.logAudit(QStringLiteral("update"), q(table), q(record.rijId));
        }
        SyncMeta stamp;
        stamp.id = id;
        m_ws.stamp(stamp);
        const char* naam = keuze == Keuze::Huidig      ? "winnaar"
                           : keuze == Keuze::Verliezer ? "verliezer"
                                                       : "samengevoegd";
        rows.resolveConflict(record.id, naam, now(m_ws), stamp.hlc, stamp.device);
        tx.commit();
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
    emit gegevensGewijzigd();
    return {};
}

} // namespace core
