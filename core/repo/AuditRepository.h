// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

namespace core::db {
class Database;
}

namespace core::repo {

/// One line of the audit log. Holds ids and kinds only, never names or other personal data.
struct AuditEntry {
    qint64 seq = 0;
    QDateTime at;
    QString consulent;
    QString device;
    QString action; ///< create, update, delete, restore, open, import, export
    QString entity; ///< table name, e.g. "inwoner"
    QString entityId;
};

/// The append-only audit log (the database itself refuses UPDATE and DELETE on it).
class AuditRepository {
public:
    explicit AuditRepository(db::Database& db);

    void append(const AuditEntry& entry);
    /// The newest entries first.
    std::vector<AuditEntry> latest(int limit) const;
    /// Entries about one record, oldest first.
    std::vector<AuditEntry> forEntity(const QString& entityId) const;

private:
    db::Database& m_db;
};

} // namespace core::repo
