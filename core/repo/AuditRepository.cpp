// SPDX-License-Identifier: EUPL-1.2
#include "AuditRepository.h"

#include "db/Database.h"

namespace core::repo {

namespace {

AuditEntry read(const db::Statement& st)
{
    return AuditEntry{st.int64(0), QDateTime::fromString(st.text(1), Qt::ISODateWithMs),
                      st.text(2),  st.text(3),
                      st.text(4),  st.text(5),
                      st.text(6)};
}

} // namespace

AuditRepository::AuditRepository(db::Database& db)
    : m_db(db)
{
}

void AuditRepository::append(const AuditEntry& e)
{
    auto& st = m_db.cached("INSERT INTO audit_log (at, consulent, device, action, entity, entity_id) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, e.at.toUTC().toString(Qt::ISODateWithMs)).bind(2, e.consulent).bind(3, e.device);
    st.bind(4, e.action).bind(5, e.entity).bind(6, e.entityId).run();
}

std::vector<AuditEntry> AuditRepository::latest(int limit) const
{
    auto& st = m_db.cached("SELECT seq, at, consulent, device, action, entity, entity_id FROM audit_log "
                           "ORDER BY seq DESC LIMIT ?1");
    st.bind(1, limit);
    std::vector<AuditEntry> entries;
    while (st.step())
        entries.push_back(read(st));
    st.reset();
    return entries;
}

std::vector<AuditEntry> AuditRepository::forEntity(const QString& entityId) const
{
    auto& st = m_db.cached("SELECT seq, at, consulent, device, action, entity, entity_id FROM audit_log "
                           "WHERE entity_id = ?1 ORDER BY seq");
    st.bind(1, entityId);
    std::vector<AuditEntry> entries;
    while (st.step())
        entries.push_back(read(st));
    st.reset();
    return entries;
}

} // namespace core::repo
