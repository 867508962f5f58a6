// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/DocumentArchief.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace core::db {
class Database;
}

namespace core::repo {

/// SQL for archive copies of issued documents (document_archief) and their scans
/// (document_bijlage). The PDF and scan bytes are read only by pdf() and inhoud(), never by the
/// lists: a dossier may hold many megabytes of them. Throws db::DatabaseError.
class ArchiefRepository {
public:
    explicit ArchiefRepository(db::Database& db);

    /// The copy with its living bijlagen, tombstoned or not.
    std::optional<ArchiefDocument> get(const QString& id) const;
    /// Living copies of a traject / an inwoner, newest first, with their living bijlagen.
    std::vector<ArchiefDocument> forTraject(const QString& trajectId) const;
    std::vector<ArchiefDocument> forInwoner(const QString& inwonerId) const;
    /// Stores a new copy with its PDF bytes.
    void insert(const ArchiefDocument& document, const QByteArray& pdf);
    /// Updates the version and the signature fields of a stored copy; the PDF, its hash and what it
    /// was issued for never change.
    void save(const ArchiefDocument& document);
    /// The stored PDF bytes, as they are; nullopt when there is no such copy.
    std::optional<QByteArray> pdf(const QString& id) const;

    std::optional<DocumentBijlage> bijlage(const QString& id) const;
    void insert(const DocumentBijlage& bijlage, const QByteArray& inhoud);
    /// Updates the version of a stored bijlage (e.g. its tombstone); the bytes never change.
    void save(const DocumentBijlage& bijlage);
    /// The stored bytes of a bijlage; nullopt when there is no such bijlage.
    std::optional<QByteArray> inhoud(const QString& bijlageId) const;

private:
    std::vector<ArchiefDocument> list(const char* sql, const QString& id) const;
    std::vector<DocumentBijlage> bijlagen(const QString& archiefId) const;
    void writeBlob(const char* table, const char* column, qint64 rowid, const QByteArray& bytes);
    std::optional<QByteArray> readBlob(const char* table, const char* column, const QString& id) const;

    db::Database& m_db;
};

} // namespace core::repo
