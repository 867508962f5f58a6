// SPDX-License-Identifier: EUPL-1.2
#include "Workspace.h"

#include "Clock.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/DatabaseFile.h"
#include "model/SyncMeta.h"
#include "repo/ArchiefRepository.h"
#include "repo/AuditRepository.h"
#include "repo/HuishoudenRepository.h"
#include "repo/InstellingRepository.h"
#include "repo/InwonerRepository.h"
#include "repo/NetwerkRepository.h"
#include "repo/PlanRepository.h"
#include "repo/SocialeKaartRepository.h"
#include "repo/TrajectRepository.h"
#include "repo/ZrmRepository.h"

#include <QUuid>

namespace core {

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, const Clock& clock, db::OpenOptions options)
{
    auto opened = db::DatabaseFile::open(path, clock.now(), options);
    if (!opened)
        return opened.error();
    try {
        return std::unique_ptr<Workspace>(new Workspace(std::move(opened.value()), clock));
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

Result<std::unique_ptr<Workspace>> Workspace::openWorker(const Workspace& main)
{
    try {
        db::OpenedDatabase opened;
        opened.db = std::make_unique<db::Database>(main.path(), db::Database::Mode::ReadWrite);
        db::DatabaseFile::configure(*opened.db);
        auto worker = std::unique_ptr<Workspace>(new Workspace(std::move(opened), main.m_clock));
        // Values issued on the main connection but not (yet) stored must not be issued again.
        worker->m_hlc.observe(main.m_hlc.last());
        return worker;
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

Workspace::Workspace(db::OpenedDatabase opened, const Clock& clock)
    : m_clock(clock)
    , m_lock(std::move(opened.lock))
    , m_db(std::move(opened.db))
    , m_outcome(opened.outcome)
    , m_backupPath(opened.backupPath)
    , m_openNotes(opened.notes)
    , m_inwoners(std::make_unique<repo::InwonerRepository>(*m_db))
    , m_netwerk(std::make_unique<repo::NetwerkRepository>(*m_db))
    , m_huishoudens(std::make_unique<repo::HuishoudenRepository>(*m_db))
    , m_audit(std::make_unique<repo::AuditRepository>(*m_db))
    , m_instellingen(std::make_unique<repo::InstellingRepository>(*m_db))
    , m_zrm(std::make_unique<repo::ZrmRepository>(*m_db))
    , m_trajecten(std::make_unique<repo::TrajectRepository>(*m_db))
    , m_gesprekken(std::make_unique<repo::GesprekRepository>(*m_db))
    , m_plannen(std::make_unique<repo::PlanRepository>(*m_db))
    , m_socialeKaart(std::make_unique<repo::SocialeKaartRepository>(*m_db))
    , m_archief(std::make_unique<repo::ArchiefRepository>(*m_db))
    , m_hlc(clock, m_instellingen->maxHlc())
{
    if (m_instellingen->meta(QStringLiteral("device_id")).isEmpty()) {
        db::Transaction tx(*m_db);
        m_instellingen->deviceId(newId());
        m_instellingen->setMeta(QStringLiteral("created_at"), clock.now().toString(Qt::ISODateWithMs));
        tx.commit();
    }
    m_deviceId = m_instellingen->meta(QStringLiteral("device_id"));
}

Workspace::~Workspace() = default;

QString Workspace::path() const
{
    return m_db->path();
}

int Workspace::schemaVersion() const
{
    return db::Migrator::versionOf(*m_db);
}

void Workspace::stamp(SyncMeta& meta)
{
    const QDateTime now = m_clock.now().toUTC();
    if (meta.id.isEmpty())
        meta.id = newId();
    if (!meta.createdAt.isValid())
        meta.createdAt = now;
    meta.updatedAt = now;
    meta.hlc = m_hlc.tick();
    meta.device = m_deviceId;
}

void Workspace::logAudit(const QString& action, const QString& entity, const QString& entityId)
{
    m_audit->append({0, m_clock.now(), m_instellingen->mijnGegevens().naam, m_deviceId, action, entity, entityId});
}

QString Workspace::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<QStringList> Workspace::integrityProblems()
{
    try {
        QStringList problems;
        auto integrity = m_db->prepare("PRAGMA integrity_check");
        while (integrity.step()) {
            if (integrity.text(0) != QLatin1String("ok"))
                problems << integrity.text(0);
        }
        auto foreignKeys = m_db->prepare("PRAGMA foreign_key_check");
        while (foreignKeys.step())
            problems << QStringLiteral("foreign key: %1 rowid %2 → %3")
                            .arg(foreignKeys.text(0), foreignKeys.text(1), foreignKeys.text(2));
        auto fts = m_db->prepare("INSERT INTO inwoner_zoek (inwoner_zoek, rank) VALUES ('integrity-check', 1)");
        fts.run();
        // Every living inwoner is in the search index, and the index is in name order.
        if (m_db->scalar("SELECT count(*) FROM inwoner WHERE deleted = 0 AND zoek_pos IS NULL") != 0 ||
            m_db->scalar("SELECT count(*) FROM inwoner_zoek") != m_db->scalar("SELECT count(*) FROM inwoner "
                                                                              "WHERE zoek_pos IS NOT NULL"))
            problems << QStringLiteral("search index: not every living inwoner is indexed");
        if (m_db->scalar("SELECT count(*) FROM (SELECT sort_key < lag(sort_key) OVER (ORDER BY zoek_pos) AS wrong "
                         "FROM inwoner WHERE zoek_pos IS NOT NULL) WHERE wrong") != 0)
            problems << QStringLiteral("search index: positions are out of name order");
        return problems;
    } catch (const db::DatabaseError& e) {
        return QStringList{QString::fromUtf8(e.what())};
    }
}

} // namespace core
