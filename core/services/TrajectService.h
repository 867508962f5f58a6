// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"
#include "model/Gesprek.h"
#include "model/Traject.h"
#include "rules/FieldError.h"
#include "rules/TrajectStand.h"

#include <QObject>
#include <QSet>

#include <optional>
#include <vector>

namespace core {

class Workspace;

/// One open traject on the caseload dashboard, with how it stands today.
struct DashboardRegel {
    QString trajectId;
    QString inwonerId;
    QString naam; ///< "Berg, Jan van der"
    QString domein;
    QString urgentie;
    QDate meldingDatum;
    rules::TrajectStand stand;
};

/// The caseload at a glance ("Vandaag"): every open traject, most urgent first.
struct Vandaag {
    QDate datum;
    std::vector<DashboardRegel> regels; ///< by ernst, then by the nearest deadline
    int teLaat = 0;
    int dezeWeek = 0;
    int stapOntbreekt = 0;
    int aflopend = 0;   ///< trajecten with a temporary voorziening ending within six weeks
    int evaluaties = 0; ///< evaluations due within two weeks or passed
};

/// Wmo trajecten from melding to beschikking: the steps with their legal clock, opschortingen,
/// the beschikking's voorzieningen, signalen from others, and the caseload dashboard. Writes are
/// validated, run in one transaction, are audited and announced with trajectChanged.
class TrajectService : public QObject {
    Q_OBJECT
public:
    /// The termijnen use the built-in Atw calendar plus the gemeente's extension file, if any.
    explicit TrajectService(Workspace& workspace, QObject* parent = nullptr);
    TrajectService(Workspace& workspace, rules::Termijnen termijnen, QObject* parent = nullptr);

    QDate today() const;
    const rules::TrajectBeoordeling& beoordeling() const { return m_beoordeling; }

    /// A new traject for the inwoner with today's melding, not yet stored.
    Traject nieuw(const QString& inwonerId) const;
    rules::FieldErrors validate(const Traject& traject) const;
    /// Creates or updates a traject with its steps, opschortingen and voorzieningen (the living
    /// children become exactly those in `traject`). Returns it as stored.
    Result<Traject> saveTraject(const Traject& traject);
    Status deleteTraject(const QString& id);
    std::optional<Traject> traject(const QString& id) const;
    /// Living trajecten of an inwoner, newest melding first.
    std::vector<Traject> trajecten(const QString& inwonerId) const;
    /// How the traject stands today (the inwoner's mantelzorgers must be offered cliëntondersteuning).
    rules::TrajectStand stand(const Traject& traject) const;

    /// The dashboard: open trajecten (of one consulent when `aanspreekpunt` is set) and those with
    /// a temporary voorziening ending soon, judged on today.
    Result<Vandaag> vandaag(const QString& aanspreekpunt = {}) const;

    rules::FieldErrors validate(const Signaal& signaal) const;
    Result<Signaal> saveSignaal(const Signaal& signaal);
    std::vector<Signaal> signalen(const QString& inwonerId) const;

signals:
    void trajectChanged(const QString& inwonerId);

private:
    static void checkStappen(const Traject& traject, const QDate& today, rules::FieldErrors& errors);
    static void checkOpschortingen(const Traject& traject, const QDate& today, rules::FieldErrors& errors);
    static void checkVoorzieningen(const Traject& traject, const QDate& today, rules::FieldErrors& errors);

    Workspace& m_ws;
    rules::TrajectBeoordeling m_beoordeling;
};

/// Gesprekken and contacts within a traject, including the huisbezoek: saved on every keystroke
/// when run in huisbezoek mode, so nothing is lost when the laptop dies. Audited once per gesprek
/// and session for updates, so that autosave does not flood the audit log.
class GesprekService : public QObject {
    Q_OBJECT
public:
    explicit GesprekService(Workspace& workspace, QObject* parent = nullptr);

    rules::FieldErrors validate(const Gesprek& gesprek) const;
    /// Creates or updates a gesprek with its aanwezigen, leefgebieden and mantelzorg views.
    Result<Gesprek> saveGesprek(const Gesprek& gesprek);
    Status deleteGesprek(const QString& id);
    std::optional<Gesprek> gesprek(const QString& id) const;
    /// Living gesprekken of a traject, newest first.
    std::vector<Gesprek> gesprekken(const QString& trajectId) const;
    /// The huisbezoek of this inwoner that was started and not finished, to resume.
    std::optional<Gesprek> onafgerond(const QString& inwonerId) const;
    /// Starts a huisbezoek today in the traject, with the inwoner present; stored at once.
    Result<Gesprek> startHuisbezoek(const QString& trajectId);

signals:
    void gesprekChanged(const QString& trajectId);

private:
    Workspace& m_ws;
    QSet<QString> m_geaudit; ///< gesprekken whose update this session is already in the audit log
};

} // namespace core
