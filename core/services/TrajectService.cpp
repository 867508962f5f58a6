// SPDX-License-Identifier: EUPL-1.2
#include "TrajectService.h"

#include "ChildRows.h"
#include "Clock.h"
#include "Workspace.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "model/Inwoner.h"
#include "model/Keuzelijst.h"
#include "model/NetwerkPersoon.h"
#include "repo/InwonerRepository.h"
#include "repo/NetwerkRepository.h"
#include "repo/TrajectRepository.h"

#include <algorithm>

namespace core {

namespace {

using rules::FieldError;
using rules::FieldErrors;

/// The furthest a planned date (evaluation, end of a voorziening) may lie ahead.
constexpr int kMaxJarenVooruit = 10;

rules::Termijnen standaardTermijnen()
{
    std::optional<Error> fout;
    return rules::Termijnen(rules::AtwKalender::metUitbreidingUit(rules::AtwKalender::uitbreidingsPad(), fout));
}

} // namespace

void TrajectService::checkStappen(const Traject& t, const QDate& today, FieldErrors& errors)
{
    const QDate verste = today.addYears(kMaxJarenVooruit);
    for (const TrajectStap& s : t.stappen) {
        const QString field = stapVeld(s.soort, s.betreft);
        const QString naam = label(s.soort);
        if (!s.datum.isValid()) {
            errors.push_back({field, QStringLiteral("required"), tr("%1: enter the date.").arg(naam)});
            continue;
        }
        if (s.soort == StapSoort::EvaluatieGepland) {
            if (s.datum > verste)
                errors.push_back({field, QStringLiteral("date"), tr("%1: the date lies too far ahead.").arg(naam)});
        } else if (s.datum > today) {
            errors.push_back({field, QStringLiteral("date"), tr("%1: the date lies in the future.").arg(naam)});
        }
        if (t.meldingDatum.isValid() && s.datum < t.meldingDatum)
            errors.push_back({field, QStringLiteral("order"), tr("%1: the date lies before the report.").arg(naam)});
        if (const auto lijst = uitkomstLijst(s.soort); lijst && !isKeuze(*lijst, s.uitkomst))
            errors.push_back({field, QStringLiteral("uitkomst"), tr("%1: choose an outcome.").arg(naam)});
        if (s.soort == StapSoort::Clientondersteuning && s.betreft.isEmpty())
            errors.push_back({field, QStringLiteral("betreft"), tr("%1: say to whom it was offered.").arg(naam)});
        if (s.soort == StapSoort::Beschikking && s.uitkomst != QLatin1String("toegekend") &&
            s.toelichting.trimmed().isEmpty())
            errors.push_back(
                {field, QStringLiteral("reden"), tr("A decision that does not grant everything needs its reason.")});
    }

    const auto before = [&](StapSoort later, StapSoort earlier, const char* missing, const char* order) {
        const TrajectStap* l = t.stap(later);
        if (!l || !l->datum.isValid())
            return;
        const TrajectStap* e = t.stap(earlier);
        if (!e || !e->datum.isValid())
            errors.push_back({stapVeld(l->soort, l->betreft), QStringLiteral("missing"), tr(missing)});
        else if (l->datum < e->datum)
            errors.push_back({stapVeld(l->soort, l->betreft), QStringLiteral("order"), tr(order)});
    };
    before(
        StapSoort::VerslagOndertekend, StapSoort::VerslagVerzonden,
        QT_TRANSLATE_NOOP("core::TrajectService", "A report can only be signed back after it was sent."),
        QT_TRANSLATE_NOOP("core::TrajectService", "The report was signed back before it was sent: check the dates."));
    before(StapSoort::Beschikking, StapSoort::Aanvraag,
           QT_TRANSLATE_NOOP("core::TrajectService", "A decision needs an application: record the application first."),
           QT_TRANSLATE_NOOP("core::TrajectService", "The decision lies before the application: check the dates."));
}

void TrajectService::checkOpschortingen(const Traject& t, const QDate& today, FieldErrors& errors)
{
    for (const TermijnOpschorting& o : t.opschortingen) {
        const QString field = QStringLiteral("opschorting");
        if (o.termijn != QLatin1String("onderzoek") && o.termijn != QLatin1String("beschikking"))
            errors.push_back({field, QStringLiteral("termijn"), tr("Choose which term is suspended.")});
        if (o.reden.trimmed().isEmpty())
            errors.push_back({field, QStringLiteral("reden"),
                              tr("A suspension or extension needs a reason (for example: waiting for a medical "
                                 "advice).")});
        if (o.dagen < 1 || o.dagen > 365)
            errors.push_back({field, QStringLiteral("range"), tr("A suspension runs from 1 to 365 days.")});
        if (!o.datum.isValid())
            errors.push_back({field, QStringLiteral("required"), tr("Enter the date of the suspension.")});
        else if (o.datum > today)
            errors.push_back({field, QStringLiteral("date"), tr("The date of the suspension lies in the future.")});
        else if (t.meldingDatum.isValid() && o.datum < t.meldingDatum)
            errors.push_back({field, QStringLiteral("order"), tr("The suspension lies before the report.")});
        if (o.termijn == QLatin1String("beschikking") && !t.stap(StapSoort::Aanvraag))
            errors.push_back({field, QStringLiteral("missing"),
                              tr("The decision term only runs once the application is received.")});
    }
}

void TrajectService::checkVoorzieningen(const Traject& t, const QDate& today, FieldErrors& errors)
{
    if (t.voorzieningen.empty())
        return;
    const TrajectStap* besluit = t.stap(StapSoort::Beschikking);
    if (!besluit || besluit->uitkomst == QLatin1String("afgewezen"))
        errors.push_back({QStringLiteral("voorziening"), QStringLiteral("missing"),
                          tr("Voorzieningen belong to a decision that grants them.")});
    const QDate verste = today.addYears(kMaxJarenVooruit);
    for (const Voorziening& v : t.voorzieningen) {
        const QString field = QStringLiteral("voorziening");
        if (!isKeuze(Keuzelijst::VoorzieningSoort, v.soort))
            errors.push_back({field, QStringLiteral("soort"), tr("Choose the kind of voorziening.")});
        if (!isKeuze(Keuzelijst::Levering, v.levering))
            errors.push_back({field, QStringLiteral("levering"), tr("Choose in kind or personal budget.")});
        if (!v.eenheid.isEmpty() && !isKeuze(Keuzelijst::Eenheid, v.eenheid))
            errors.push_back({field, QStringLiteral("eenheid"), tr("Choose the unit of the amount.")});
        if (v.omvang && (*v.omvang < 0 || *v.omvang > 100000))
            errors.push_back({field, QStringLiteral("range"), tr("The amount must be a positive number.")});
        if (!v.start.isValid())
            errors.push_back({field, QStringLiteral("required"), tr("Enter the start date of the voorziening.")});
        if (v.start.isValid() && v.eind.isValid() && v.eind < v.start)
            errors.push_back({field, QStringLiteral("order"), tr("A voorziening cannot end before it starts.")});
        if ((v.start.isValid() && v.start > verste) || (v.eind.isValid() && v.eind > verste))
            errors.push_back({field, QStringLiteral("date"), tr("A date of the voorziening lies too far ahead.")});
    }
}

TrajectService::TrajectService(Workspace& workspace, QObject* parent)
    : TrajectService(workspace, standaardTermijnen(), parent)
{
}

TrajectService::TrajectService(Workspace& workspace, rules::Termijnen termijnen, QObject* parent)
    : QObject(parent)
    , m_ws(workspace)
    , m_beoordeling(std::move(termijnen))
{
}

QDate TrajectService::today() const
{
    return m_ws.clock().today();
}

Traject TrajectService::nieuw(const QString& inwonerId) const
{
    Traject t;
    t.inwonerId = inwonerId;
    t.meldingDatum = today();
    return t;
}

rules::FieldErrors TrajectService::validate(const Traject& t) const
{
    FieldErrors errors;
    const QDate vandaag = today();
    if (!isKeuze(Keuzelijst::Domein, t.domein))
        errors.push_back({QStringLiteral("domein"), QStringLiteral("required"), tr("Choose the domain.")});
    if (!t.kanaal.isEmpty() && !isKeuze(Keuzelijst::MeldingKanaal, t.kanaal))
        errors.push_back({QStringLiteral("kanaal"), QStringLiteral("kanaal"), tr("Choose how the report came in.")});
    if (!isKeuze(Keuzelijst::Urgentie, t.urgentie))
        errors.push_back({QStringLiteral("urgentie"), QStringLiteral("urgentie"), tr("Choose the urgency.")});
    if (!t.meldingDatum.isValid())
        errors.push_back(
            {QStringLiteral("melding_datum"), QStringLiteral("required"), tr("Enter the date of the report.")});
    else if (t.meldingDatum > vandaag)
        errors.push_back({QStringLiteral("melding_datum"), QStringLiteral("date"),
                          tr("The date of the report lies in the future.")});
    else if (t.meldingDatum.year() < 2000)
        errors.push_back(
            {QStringLiteral("melding_datum"), QStringLiteral("date"), tr("The date of the report lies before 2000.")});
    for (size_t i = 0; i < t.stappen.size(); ++i) {
        for (size_t j = i + 1; j < t.stappen.size(); ++j) {
            if (t.stappen[i].soort == t.stappen[j].soort && t.stappen[i].betreft == t.stappen[j].betreft)
                errors.push_back({stapVeld(t.stappen[j].soort, t.stappen[j].betreft), QStringLiteral("duplicate"),
                                  tr("%1 is recorded twice.").arg(label(t.stappen[j].soort))});
        }
    }
    checkStappen(t, vandaag, errors);
    checkOpschortingen(t, vandaag, errors);
    checkVoorzieningen(t, vandaag, errors);
    return errors;
}

Result<Traject> TrajectService::saveTraject(const Traject& input)
{
    Traject t = input;
    t.verwijzer = t.verwijzer.simplified();
    t.hulpvraag = t.hulpvraag.trimmed();
    for (TrajectStap& s : t.stappen) {
        s.door = s.door.simplified();
        s.toelichting = s.toelichting.trimmed();
    }
    for (TermijnOpschorting& o : t.opschortingen)
        o.reden = o.reden.trimmed();
    if (!t.meta.deleted) {
        if (const auto errors = validate(t); !errors.empty())
            return rules::invalid(errors);
    }
    try {
        const auto owner = m_ws.inwoners().get(t.inwonerId);
        if (!owner || owner->meta.deleted)
            return Error{ErrorCode::NotFound, tr("This inwoner no longer exists.")};
        db::Transaction tx(m_ws.db());
        const auto before = t.meta.isNew() ? std::nullopt : m_ws.trajecten().get(t.meta.id);
        if (!t.meta.isNew() && !before)
            return Error{ErrorCode::NotFound, tr("This traject no longer exists.")};
        bool changed = !before || !before->sameContent(t);
        if (changed) {
            if (before)
                t.meta.createdAt = before->meta.createdAt;
            m_ws.stamp(t.meta);
            m_ws.trajecten().save(t);
        }
        auto& repo = m_ws.trajecten();
        const QString id = t.meta.id;
        const bool isNew = !before;
        changed |= services::storeChildRows(
            m_ws, t.stappen, isNew ? std::vector<TrajectStap>{} : repo.allStappen(id),
            [](const TrajectStap& a, const TrajectStap& b) { return a.soort == b.soort && a.betreft == b.betreft; },
            [&](const TrajectStap& s) { repo.save(id, s); });
        changed |= services::storeChildRows(m_ws, t.opschortingen,
                                            isNew ? std::vector<TermijnOpschorting>{} : repo.allOpschortingen(id),
                                            services::sameId, [&](const TermijnOpschorting& o) { repo.save(id, o); });
        changed |= services::storeChildRows(m_ws, t.voorzieningen,
                                            isNew ? std::vector<Voorziening>{} : repo.allVoorzieningen(id),
                                            services::sameId, [&](const Voorziening& v) { repo.save(id, v); });
        if (!changed)
            return *before;
        const QString action = !before                                     ? QStringLiteral("create")
                               : (!before->meta.deleted && t.meta.deleted) ? QStringLiteral("delete")
                               : (before->meta.deleted && !t.meta.deleted) ? QStringLiteral("restore")
                                                                           : QStringLiteral("update");
        m_ws.logAudit(action, QStringLiteral("traject"), id);
        tx.commit();
        emit trajectChanged(t.inwonerId);
        return *repo.get(id);
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

Status TrajectService::deleteTraject(const QString& id)
{
    auto t = traject(id);
    if (!t)
        return Error{ErrorCode::NotFound, tr("This traject no longer exists.")};
    t->meta.deleted = true;
    auto saved = saveTraject(*t);
    return saved ? Status() : Status(saved.error());
}

std::optional<Traject> TrajectService::traject(const QString& id) const
{
    try {
        return m_ws.trajecten().get(id);
    } catch (const db::DatabaseError&) {
        return std::nullopt;
    }
}

std::vector<Traject> TrajectService::trajecten(const QString& inwonerId) const
{
    try {
        return m_ws.trajecten().forInwoner(inwonerId);
    } catch (const db::DatabaseError&) {
        return {};
    }
}

rules::TrajectStand TrajectService::stand(const Traject& t) const
{
    QStringList mantelzorgers;
    try {
        for (const NetwerkPersoon& p : m_ws.netwerk().forInwoner(t.inwonerId)) {
            if (p.mantelzorg)
                mantelzorgers << p.meta.id;
        }
    } catch (const db::DatabaseError&) {
    }
    return m_beoordeling.beoordeel(t, today(), mantelzorgers);
}

Result<Vandaag> TrajectService::vandaag(const QString& aanspreekpunt) const
{
    Vandaag result;
    result.datum = today();
    try {
        auto rows = m_ws.trajecten().voorDashboard(aanspreekpunt, result.datum,
                                                   result.datum.addDays(rules::TrajectBeoordeling::kAflopendVooraf));
        result.regels.reserve(rows.size());
        for (repo::TrajectMetInwoner& row : rows) {
            DashboardRegel regel{row.traject.meta.id,
                                 row.traject.inwonerId,
                                 std::move(row.naam),
                                 row.traject.domein,
                                 row.traject.urgentie,
                                 row.traject.meldingDatum,
                                 m_beoordeling.beoordeel(row.traject, result.datum, row.mantelzorgers)};
            const rules::TrajectStand& s = regel.stand;
            result.teLaat += s.teLaat() ? 1 : 0;
            result.dezeWeek += !s.teLaat() && s.dezeWeek() ? 1 : 0;
            result.stapOntbreekt += s.ontbreekt.empty() ? 0 : 1;
            result.aflopend += s.aflopend.empty() ? 0 : 1;
            result.evaluaties += s.evaluatieNodig ? 1 : 0;
            result.regels.push_back(std::move(regel));
        }
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
    const auto deadline = [](const DashboardRegel& r) {
        const rules::TermijnStand* t = r.stand.eerstvolgende();
        return t ? t->termijn.datum : QDate(9999, 12, 31);
    };
    std::stable_sort(result.regels.begin(), result.regels.end(), [&](const DashboardRegel& a, const DashboardRegel& b) {
        const int ea = a.stand.ernst();
        const int eb = b.stand.ernst();
        if (ea != eb)
            return ea < eb;
        return deadline(a) < deadline(b);
    });
    return result;
}

rules::FieldErrors TrajectService::validate(const Signaal& s) const
{
    FieldErrors errors;
    if (!isKeuze(Keuzelijst::SignaalBron, s.bron))
        errors.push_back({QStringLiteral("bron"), QStringLiteral("required"), tr("Choose who gave the signal.")});
    if (s.inhoud.trimmed().isEmpty())
        errors.push_back({QStringLiteral("inhoud"), QStringLiteral("required"), tr("Describe the signal.")});
    if (!s.datum.isValid())
        errors.push_back({QStringLiteral("datum"), QStringLiteral("required"), tr("Enter the date of the signal.")});
    else if (s.datum > today())
        errors.push_back(
            {QStringLiteral("datum"), QStringLiteral("date"), tr("The date of the signal lies in the future.")});
    return errors;
}

Result<Signaal> TrajectService::saveSignaal(const Signaal& input)
{
    Signaal s = input;
    s.bronNaam = s.bronNaam.simplified();
    s.inhoud = s.inhoud.trimmed();
    if (!s.meta.deleted) {
        if (const auto errors = validate(s); !errors.empty())
            return rules::invalid(errors);
    }
    try {
        const auto owner = m_ws.inwoners().get(s.inwonerId);
        if (!owner || owner->meta.deleted)
            return Error{ErrorCode::NotFound, tr("This inwoner no longer exists.")};
        db::Transaction tx(m_ws.db());
        const auto before = s.meta.isNew() ? std::nullopt : m_ws.trajecten().signaal(s.meta.id);
        if (before && before->sameContent(s))
            return *before;
        if (before)
            s.meta.createdAt = before->meta.createdAt;
        m_ws.stamp(s.meta);
        m_ws.trajecten().save(s);
        m_ws.logAudit(!before          ? QStringLiteral("create")
                      : s.meta.deleted ? QStringLiteral("delete")
                                       : QStringLiteral("update"),
                      QStringLiteral("signaal"), s.meta.id);
        tx.commit();
        emit trajectChanged(s.inwonerId);
        return s;
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

std::vector<Signaal> TrajectService::signalen(const QString& inwonerId) const
{
    try {
        return m_ws.trajecten().signalen(inwonerId);
    } catch (const db::DatabaseError&) {
        return {};
    }
}

} // namespace core
