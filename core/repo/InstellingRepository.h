// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/MijnGegevens.h"

#include <QString>

namespace core::db {
class Database;
}

namespace core::repo {

/// Settings kept in the database file (they travel with it): the device identity and the
/// consulent's own details. Throws db::DatabaseError.
class InstellingRepository {
public:
    explicit InstellingRepository(db::Database& db);

    /// The id of this database's device, created on first use.
    QString deviceId(const QString& newId);
    QString meta(const QString& key) const;
    void setMeta(const QString& key, const QString& value);

    MijnGegevens mijnGegevens() const;
    void setMijnGegevens(const MijnGegevens& gegevens);
    /// The largest hybrid logical clock value of any synced row.
    qint64 maxHlc() const;

private:
    enum class Table { Meta, Instelling };
    QString value(Table table, const QString& key) const;
    void setValue(Table table, const QString& key, const QString& value);

    db::Database& m_db;
};

} // namespace core::repo
