// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "HybridLogicalClock.h"
#include "Result.h"
#include "db/DatabaseFile.h"
#include "db/Migrator.h"

#include <QLockFile>
#include <QStringList>

#include <memory>

namespace core {

class Clock;
struct SyncMeta;

namespace db {
class Database;
struct OpenedDatabase;
} // namespace db

namespace repo {
class ArchiefRepository;
class AuditRepository;
class HuishoudenRepository;
class InstellingRepository;
class GesprekRepository;
class InwonerRepository;
class NetwerkRepository;
class PlanRepository;
class SocialeKaartRepository;
class TrajectRepository;
class ZrmRepository;
} // namespace repo

/// One open dossier file and everything that works on it: the database (locked for this process),
/// the clocks, the device identity and the repositories. Services are built on a Workspace.
class Workspace {
public:
    /// Opens the database at `path`, and creates it only with `options.create`; see db::DatabaseFile
    /// for what is refused and why.
    static Result<std::unique_ptr<Workspace>> open(const QString& path, const Clock& clock,
                                                   db::OpenOptions options = {});
    /// A second connection to `main`'s file for a worker thread (a long export or import must not
    /// block the window): same file and device, configured like the first, but without the lock
    /// (the main workspace holds it) and without migrating. Its clock starts after everything
    /// `main` has issued. Use it on one thread only, and let `main` observe lastHlc() afterwards.
    static Result<std::unique_ptr<Workspace>> openWorker(const Workspace& main);
    ~Workspace();

    db::Database& db() { return *m_db; }
    const Clock& clock() const { return m_clock; }
    const QString& deviceId() const { return m_deviceId; }
    QString path() const;
    /// What opening did to the schema, and where the pre-upgrade backup went (if any).
    db::Migrator::Outcome openOutcome() const { return m_outcome; }
    QString backupPath() const { return m_backupPath; }
    /// What the user should know about opening (a lock taken over, a network drive), translated.
    const QStringList& openNotes() const { return m_openNotes; }
    int schemaVersion() const;

    repo::InwonerRepository& inwoners() { return *m_inwoners; }
    repo::NetwerkRepository& netwerk() { return *m_netwerk; }
    repo::HuishoudenRepository& huishoudens() { return *m_huishoudens; }
    repo::AuditRepository& audit() { return *m_audit; }
    repo::InstellingRepository& instellingen() { return *m_instellingen; }
    repo::ZrmRepository& zrm() { return *m_zrm; }
    repo::TrajectRepository& trajecten() { return *m_trajecten; }
    repo::GesprekRepository& gesprekken() { return *m_gesprekken; }
    repo::PlanRepository& plannen() { return *m_plannen; }
    repo::SocialeKaartRepository& socialeKaart() { return *m_socialeKaart; }
    repo::ArchiefRepository& archief() { return *m_archief; }

    /// Fills in version metadata for a write: a new id and created_at for new rows, updated_at,
    /// a fresh hybrid logical clock value and this device.
    void stamp(SyncMeta& meta);
    /// Takes note of clock values written on other devices (after an import), so that the next
    /// local write orders after them.
    void observeHlc(qint64 remote) { m_hlc.observe(remote); }
    /// The last clock value this workspace issued or observed.
    qint64 lastHlc() const { return m_hlc.last(); }
    /// Appends to the audit log on behalf of the consulent in Mijn gegevens.
    void logAudit(const QString& action, const QString& entity, const QString& entityId);
    /// A new random UUID as stored in the database.
    static QString newId();

    /// Runs SQLite's integrity and foreign key checks; returns the problems found (empty = sound).
    Result<QStringList> integrityProblems();

private:
    Workspace(db::OpenedDatabase opened, const Clock& clock);

    const Clock& m_clock;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<db::Database> m_db;
    db::Migrator::Outcome m_outcome;
    QString m_backupPath;
    QStringList m_openNotes;
    std::unique_ptr<repo::InwonerRepository> m_inwoners;
    std::unique_ptr<repo::NetwerkRepository> m_netwerk;
    std::unique_ptr<repo::HuishoudenRepository> m_huishoudens;
    std::unique_ptr<repo::AuditRepository> m_audit;
    std::unique_ptr<repo::InstellingRepository> m_instellingen;
    std::unique_ptr<repo::ZrmRepository> m_zrm;
    std::unique_ptr<repo::TrajectRepository> m_trajecten;
    std::unique_ptr<repo::GesprekRepository> m_gesprekken;
    std::unique_ptr<repo::PlanRepository> m_plannen;
    std::unique_ptr<repo::SocialeKaartRepository> m_socialeKaart;
    std::unique_ptr<repo::ArchiefRepository> m_archief;
    HybridLogicalClock m_hlc;
    QString m_deviceId;
};

} // namespace core
