// SPDX-License-Identifier: EUPL-1.2
#include "InstellingRepository.h"

#include "SyncRepository.h"

#include "db/Database.h"

namespace core::repo {

InstellingRepository::InstellingRepository(db::Database& db)
    : m_db(db)
{
}

QString InstellingRepository::value(Table table, const QString& key) const
{
    auto& st = m_db.cached(table == Table::Meta ? "SELECT value FROM meta WHERE key = ?1"
                                                : "SELECT value FROM instelling WHERE key = ?1");
    st.bind(1, key);
    QString result;
    if (st.step())
        result = st.text(0);
    st.reset();
    return result;
}

void InstellingRepository::setValue(Table table, const QString& key, const QString& value)
{
    auto& st =
        m_db.cached(table == Table::Meta
                        ? "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2"
                        : "INSERT INTO instelling (key, value) VALUES (?1, ?2) "
                          "ON CONFLICT (key) DO UPDATE SET value = ?2");
    st.bind(1, key).bind(2, value).run();
}

QString InstellingRepository::deviceId(const QString& newId)
{
    QString id = meta(QStringLiteral("device_id"));
    if (id.isEmpty()) {
        id = newId;
        setMeta(QStringLiteral("device_id"), id);
    }
    return id;
}

QString InstellingRepository::meta(const QString& key) const
{
    return value(Table::Meta, key);
}

void InstellingRepository::setMeta(const QString& key, const QString& v)
{
    setValue(Table::Meta, key, v);
}

MijnGegevens InstellingRepository::mijnGegevens() const
{
    return MijnGegevens{value(Table::Instelling, QStringLiteral("consulent.naam")),
                        value(Table::Instelling, QStringLiteral("consulent.functie")),
                        value(Table::Instelling, QStringLiteral("consulent.telefoon")),
                        value(Table::Instelling, QStringLiteral("consulent.email")),
                        value(Table::Instelling, QStringLiteral("consulent.team")),
                        value(Table::Instelling, QStringLiteral("consulent.gemeente"))};
}

void InstellingRepository::setMijnGegevens(const MijnGegevens& g)
{
    setValue(Table::Instelling, QStringLiteral("consulent.naam"), g.naam);
    setValue(Table::Instelling, QStringLiteral("consulent.functie"), g.functie);
    setValue(Table::Instelling, QStringLiteral("consulent.telefoon"), g.telefoon);
    setValue(Table::Instelling, QStringLiteral("consulent.email"), g.email);
    setValue(Table::Instelling, QStringLiteral("consulent.team"), g.team);
    setValue(Table::Instelling, QStringLiteral("consulent.gemeente"), g.gemeente);
}

qint64 InstellingRepository::maxHlc() const
{
    // Every synced table: a clock that starts below a row written earlier would order a new
    // edit before it.
    return SyncRepository(m_db).maxHlc();
}

} // namespace core::repo
