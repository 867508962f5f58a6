// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Gesprek.h"
#include "model/Traject.h"

#include <QDate>

#include <optional>
#include <string>
#include <vector>

namespace core::db {
class Database;
}

namespace core::repo {

/// A traject with the inwoner it belongs to, for the caseload dashboard and reports.
struct TrajectMetInwoner {
    Traject traject;
    QString naam;              ///< the inwoner's display name ("Berg, J. van der")
    QStringList mantelzorgers; ///< ids of the inwoner's living mantelzorgers
};

/// SQL for trajecten, their steps, opschortingen and voorzieningen, and signalen. Throws
/// db::DatabaseError.
class TrajectRepository {
public:
    explicit TrajectRepository(db::Database& db);

    /// The traject with its living children, tombstoned or not.
    std::optional<Traject> get(const QString& id) const;
    /// Living trajecten of an inwoner, newest melding first, with their children.
    std::vector<Traject> forInwoner(const QString& inwonerId) const;
    /// Living trajecten of living inwoners that are open, or that have a voorziening ending in
    /// [vanaf, tot]; with the inwoner's name and mantelzorgers. When `aanspreekpunt` is set, only
    /// that consulent's inwoners.
    std::vector<TrajectMetInwoner> voorDashboard(const QString& aanspreekpunt, const QDate& vanaf,
                                                 const QDate& tot) const;
    /// The statement voorDashboard() reads trajecten with, for the benchmark's raw baseline.
    static std::string dashboardSql();

    /// Every child row, tombstoned ones too (to edit them).
    std::vector<TrajectStap> allStappen(const QString& trajectId) const;
    std::vector<TermijnOpschorting> allOpschortingen(const QString& trajectId) const;
    std::vector<Voorziening> allVoorzieningen(const QString& trajectId) const;

    void save(const Traject& traject); ///< the traject row only
    void save(const QString& trajectId, const TrajectStap& stap);
    void save(const QString& trajectId, const TermijnOpschorting& opschorting);
    void save(const QString& trajectId, const Voorziening& voorziening);

    std::optional<Signaal> signaal(const QString& id) const;
    /// Living signalen about an inwoner, newest first.
    std::vector<Signaal> signalen(const QString& inwonerId) const;
    void save(const Signaal& signaal);

    /// The number of living trajecten (all inwoners).
    int count() const;

private:
    void loadChildren(std::vector<Traject*>& trajecten) const;

    db::Database& m_db;
};

/// SQL for gesprekken and their aanwezigen, leefgebieden and mantelzorg views. Throws
/// db::DatabaseError.
class GesprekRepository {
public:
    explicit GesprekRepository(db::Database& db);

    std::optional<Gesprek> get(const QString& id) const;
    /// Living gesprekken of a traject, newest first, with their children.
    std::vector<Gesprek> forTraject(const QString& trajectId) const;
    /// The id of the newest living gesprek of the inwoner that is not afgerond (a huisbezoek to resume).
    QString onafgerond(const QString& inwonerId) const;

    std::vector<Aanwezige> allAanwezigen(const QString& gesprekId) const;
    std::vector<BesprokenLeefgebied> allLeefgebieden(const QString& gesprekId) const;
    std::vector<MantelzorgVisie> allMantelzorg(const QString& gesprekId) const;

    void save(const Gesprek& gesprek); ///< the gesprek row only
    void save(const QString& gesprekId, const Aanwezige& aanwezige);
    void save(const QString& gesprekId, const BesprokenLeefgebied& leefgebied);
    void save(const QString& gesprekId, const MantelzorgVisie& visie);

private:
    void loadChildren(Gesprek& gesprek) const;

    db::Database& m_db;
};

} // namespace core::repo
