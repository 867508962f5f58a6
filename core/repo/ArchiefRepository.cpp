// SPDX-License-Identifier: EUPL-1.2
#include "ArchiefRepository.h"

#include "SyncColumns.h"
#include "db/Database.h"
#include "db/DatabaseError.h"

#include <sqlite3.h>

#include <string>

namespace core::repo {

namespace {

#define WD_ARCHIEF_COLUMNS                                                                                             \
    "SELECT " WD_SYNC_SELECT ", inwoner_id, traject_id, soort, betreft, uitgegeven_op, sjabloon, sha256, "             \
    "ondertekend_op, ondertekening, aanvraag, opmerkingen FROM document_archief "

#define WD_BIJLAGE_COLUMNS                                                                                             \
    "SELECT " WD_SYNC_SELECT ", archief_id, bestandsnaam, mime, grootte, sha256 FROM document_bijlage "

ArchiefDocument readArchief(const db::Statement& st)
{
    ArchiefDocument a;
    a.meta = readSyncMeta(st);
    a.inwonerId = st.text(6);
    a.trajectId = st.text(7);
    a.soort = st.text(8);
    a.betreft = st.text(9);
    a.uitgegevenOp = st.timestamp(10);
    a.sjabloon = st.text(11);
    a.sha256 = st.text(12);
    if (!st.isNull(13))
        a.ondertekendOp = st.date(13);
    a.ondertekening = st.text(14);
    a.aanvraag = st.int64(15) != 0;
    a.opmerkingen = st.text(16);
    return a;
}

DocumentBijlage readBijlage(const db::Statement& st)
{
    DocumentBijlage b;
    b.meta = readSyncMeta(st);
    b.archiefId = st.text(6);
    b.bestandsnaam = st.text(7);
    b.mime = st.text(8);
    b.grootte = st.int64(9);
    b.sha256 = st.text(10);
    return b;
}

[[noreturn]] void fail(sqlite3* db, int rc)
{
    throw db::DatabaseError(rc, QString::fromUtf8(sqlite3_errmsg(db)));
}

/// An open handle on one BLOB value (SQLite's incremental I/O): db::Statement binds and reads text
/// and numbers only, and this way the bytes are copied once, without a statement holding them too.
class BlobHandle {
public:
    BlobHandle(sqlite3* db, const char* table, const char* column, qint64 rowid, bool write)
        : m_db(db)
    {
        const int rc = sqlite3_blob_open(db, "main", table, column, rowid, write ? 1 : 0, &m_blob);
        if (rc != SQLITE_OK) {
            sqlite3_blob_close(m_blob);
            fail(db, rc);
        }
    }
    ~BlobHandle() { sqlite3_blob_close(m_blob); }
    BlobHandle(const BlobHandle&) = delete;
    BlobHandle& operator=(const BlobHandle&) = delete;

    QByteArray read() const
    {
        QByteArray bytes(sqlite3_blob_bytes(m_blob), Qt::Uninitialized);
        if (const int rc = sqlite3_blob_read(m_blob, bytes.data(), static_cast<int>(bytes.size()), 0); rc != SQLITE_OK)
            fail(m_db, rc);
        return bytes;
    }
    void write(const QByteArray& bytes)
    {
        if (const int rc = sqlite3_blob_write(m_blob, bytes.constData(), static_cast<int>(bytes.size()), 0);
            rc != SQLITE_OK)
            fail(m_db, rc);
    }

private:
    sqlite3* m_db;
    sqlite3_blob* m_blob = nullptr;
};

} // namespace

ArchiefRepository::ArchiefRepository(db::Database& db)
    : m_db(db)
{
}

std::optional<ArchiefDocument> ArchiefRepository::get(const QString& id) const
{
    std::optional<ArchiefDocument> document;
    {
        auto& st = m_db.cached(WD_ARCHIEF_COLUMNS "WHERE id = ?1");
        st.bind(1, id);
        if (st.step())
            document = readArchief(st);
        st.reset();
    }
    if (document)
        document->bijlagen = bijlagen(id);
    return document;
}

std::vector<ArchiefDocument> ArchiefRepository::forTraject(const QString& trajectId) const
{
    return list(WD_ARCHIEF_COLUMNS "WHERE traject_id = ?1 AND deleted = 0 ORDER BY uitgegeven_op DESC, rowid DESC",
                trajectId);
}

std::vector<ArchiefDocument> ArchiefRepository::forInwoner(const QString& inwonerId) const
{
    return list(WD_ARCHIEF_COLUMNS "WHERE inwoner_id = ?1 AND deleted = 0 ORDER BY uitgegeven_op DESC, rowid DESC",
                inwonerId);
}

std::vector<ArchiefDocument> ArchiefRepository::list(const char* sql, const QString& id) const
{
    std::vector<ArchiefDocument> documents;
    auto& st = m_db.cached(sql);
    st.bind(1, id);
    while (st.step())
        documents.push_back(readArchief(st));
    st.reset();
    for (ArchiefDocument& d : documents)
        d.bijlagen = bijlagen(d.meta.id);
    return documents;
}

std::vector<DocumentBijlage> ArchiefRepository::bijlagen(const QString& archiefId) const
{
    std::vector<DocumentBijlage> result;
    auto& st = m_db.cached(WD_BIJLAGE_COLUMNS "WHERE archief_id = ?1 AND deleted = 0 ORDER BY created_at, rowid");
    st.bind(1, archiefId);
    while (st.step())
        result.push_back(readBijlage(st));
    st.reset();
    return result;
}

void ArchiefRepository::insert(const ArchiefDocument& a, const QByteArray& pdf)
{
    auto& st = m_db.cached("INSERT INTO document_archief (" WD_SYNC_SELECT
                           ", inwoner_id, traject_id, soort, betreft, uitgegeven_op, sjabloon, sha256, "
                           "ondertekend_op, ondertekening, aanvraag, opmerkingen, pdf) VALUES (" WD_SYNC_PARAMS
                           ", ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, zeroblob(?18))");
    bindSyncMeta(st, a.meta);
    st.bind(7, a.inwonerId).bind(8, a.trajectId).bind(9, a.soort).bind(10, a.betreft).bind(11, a.uitgegevenOp);
    st.bind(12, a.sjabloon).bind(13, a.sha256).bind(14, a.ondertekendOp).bind(15, a.ondertekening);
    st.bind(16, a.aanvraag).bind(17, a.opmerkingen).bind(18, static_cast<qint64>(pdf.size()));
    st.run();
    writeBlob("document_archief", "pdf", m_db.lastInsertRowId(), pdf);
}

void ArchiefRepository::save(const ArchiefDocument& a)
{
    auto& st = m_db.cached("UPDATE document_archief SET " WD_SYNC_UPDATE
                           ", ondertekend_op = ?7, ondertekening = ?8, aanvraag = ?9, opmerkingen = ?10 "
                           "WHERE id = ?1");
    bindSyncMeta(st, a.meta);
    st.bind(7, a.ondertekendOp).bind(8, a.ondertekening).bind(9, a.aanvraag).bind(10, a.opmerkingen);
    st.run();
}

std::optional<QByteArray> ArchiefRepository::pdf(const QString& id) const
{
    return readBlob("document_archief", "pdf", id);
}

std::optional<DocumentBijlage> ArchiefRepository::bijlage(const QString& id) const
{
    std::optional<DocumentBijlage> result;
    auto& st = m_db.cached(WD_BIJLAGE_COLUMNS "WHERE id = ?1");
    st.bind(1, id);
    if (st.step())
        result = readBijlage(st);
    st.reset();
    return result;
}

void ArchiefRepository::insert(const DocumentBijlage& b, const QByteArray& inhoud)
{
    auto& st = m_db.cached("INSERT INTO document_bijlage (" WD_SYNC_SELECT
                           ", archief_id, bestandsnaam, mime, grootte, sha256, inhoud) VALUES (" WD_SYNC_PARAMS
                           ", ?7, ?8, ?9, ?10, ?11, zeroblob(?10))");
    bindSyncMeta(st, b.meta);
    st.bind(7, b.archiefId).bind(8, b.bestandsnaam).bind(9, b.mime).bind(10, b.grootte).bind(11, b.sha256);
    st.run();
    writeBlob("document_bijlage", "inhoud", m_db.lastInsertRowId(), inhoud);
}

void ArchiefRepository::save(const DocumentBijlage& b)
{
    auto& st = m_db.cached("UPDATE document_bijlage SET " WD_SYNC_UPDATE ", bestandsnaam = ?7 WHERE id = ?1");
    bindSyncMeta(st, b.meta);
    st.bind(7, b.bestandsnaam);
    st.run();
}

std::optional<QByteArray> ArchiefRepository::inhoud(const QString& bijlageId) const
{
    return readBlob("document_bijlage", "inhoud", bijlageId);
}

void ArchiefRepository::writeBlob(const char* table, const char* column, qint64 rowid, const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return;
    BlobHandle(m_db.handle(), table, column, rowid, true).write(bytes);
}

std::optional<QByteArray> ArchiefRepository::readBlob(const char* table, const char* column, const QString& id) const
{
    const std::string sql = std::string("SELECT rowid, length(") + column + ") FROM " + table + " WHERE id = ?1";
    auto st = m_db.prepare(sql);
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    const qint64 rowid = st.int64(0);
    // A value that is not a BLOB (written by hand) cannot be opened as one; it reads as empty.
    if (st.isNull(1) || st.int64(1) == 0)
        return QByteArray();
    return BlobHandle(m_db.handle(), table, column, rowid, false).read();
}

} // namespace core::repo
