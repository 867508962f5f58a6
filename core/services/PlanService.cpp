// SPDX-License-Identifier: EUPL-1.2
#include "PlanService.h"

#include "ChildRows.h"
#include "Clock.h"
#include "Workspace.h"
#include "ZrmService.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "model/Huishouden.h"
#include "model/Inwoner.h"
#include "model/Keuzelijst.h"
#include "model/NetwerkPersoon.h"
#include "model/SocialeKaart.h"
#include "model/ZrmMeting.h"
#include "repo/HuishoudenRepository.h"
#include "repo/InstellingRepository.h"
#include "repo/InwonerRepository.h"
#include "repo/NetwerkRepository.h"
#include "repo/PlanRepository.h"
#include "repo/SocialeKaartRepository.h"
#include "repo/ZrmRepository.h"
#include "zrm/ZrmInstrument.h"

#include <QSet>

#include <algorithm>

namespace core {

namespace {

using rules::FieldError;
using rules::FieldErrors;

constexpr int kMaxJarenVooruit = 10;

QString doelVeld(size_t d, const char* veld)
{
    return QStringLiteral("doel:%1.%2").arg(d).arg(QLatin1String(veld));
}

bool isLeefgebied(const QString& key)
{
    const ZrmInstrument* zrm = ZrmInstrument::find(ZrmInstrument::kZrm2017);
    return zrm && zrm->leefgebied(key);
}

QString leefgebiedNaam(const QString& key)
{
    const ZrmInstrument* zrm = ZrmInstrument::find(ZrmInstrument::kZrm2017);
    const Leefgebied* l = zrm ? zrm->leefgebied(key) : nullptr;
    return l ? l->naam : key;
}

/// Clears what makes rows belong to a stored version, so that they are stored as new ones.
void alsNieuw(Ondersteuningsplan& plan)
{
    plan.meta = SyncMeta{};
    for (PlanDoel& d : plan.doelen) {
        d.meta = SyncMeta{};
        d.evaluatie.clear();
        d.evaluatieNotitie.clear();
        for (PlanActie& a : d.acties)
            a.meta = SyncMeta{};
    }
}

/// The latest meting on or before `datum` with a score for the leefgebied (in ZRM 2017 terms).
std::optional<std::pair<int, QDate>> scoreOp(const std::vector<ZrmMeting>& metingen, const QString& leefgebied,
                                             const QDate& datum)
{
    std::optional<std::pair<int, QDate>> best;
    for (const ZrmMeting& m : metingen) {
        if (!datum.isValid() || m.datum > datum || (best && m.datum <= best->second))
            continue;
        const auto scores = ZrmService::scoresIn2017(m);
        if (const auto it = scores.find(leefgebied); it != scores.end())
            best = std::make_pair(it->second, m.datum);
    }
    return best;
}

} // namespace

PlanService::PlanService(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_ws(workspace)
{
}

QDate PlanService::today() const
{
    return m_ws.clock().today();
}

Ondersteuningsplan PlanService::nieuw(const QString& inwonerId, const QString& trajectId) const
{
    Ondersteuningsplan plan;
    plan.inwonerId = inwonerId;
    plan.trajectId = trajectId;
    try {
        const auto inwoner = m_ws.inwoners().get(inwonerId);
        plan.regisseur = inwoner ? inwoner->aanspreekpunt.naam : QString();
        if (plan.regisseur.isEmpty())
            plan.regisseur = m_ws.instellingen().mijnGegevens().naam;
        const auto mijn = m_ws.instellingen().mijnGegevens();
        if (plan.regisseur == mijn.naam && !mijn.functie.isEmpty())
            plan.regisseurRol = mijn.functie;
    } catch (const db::DatabaseError&) {
        // A plan without a suggested regisseur; the consulent fills it in.
    }
    return plan;
}

rules::FieldErrors PlanService::validate(const Ondersteuningsplan& plan) const
{
    FieldErrors errors;
    if (!isKeuze(Keuzelijst::PlanStatus, plan.status))
        errors.push_back({QStringLiteral("plan.status"), QStringLiteral("status"), tr("Unknown plan status.")});
    for (size_t d = 0; d < plan.doelen.size(); ++d) {
        const PlanDoel& doel = plan.doelen[d];
        const QString doelNr = QString::number(d + 1);
        for (const FieldError& e : validate(doel)) {
            errors.push_back(
                {QStringLiteral("doel:%1.%2").arg(d).arg(e.field), e.code, tr("Goal %1: %2").arg(doelNr, e.message)});
        }
        for (size_t a = 0; a < doel.acties.size(); ++a) {
            const QString actieNr = QStringLiteral("%1.%2").arg(d + 1).arg(a + 1);
            for (const FieldError& e : validate(doel.acties[a])) {
                errors.push_back({QStringLiteral("actie:%1:%2.%3").arg(d).arg(a).arg(e.field), e.code,
                                  tr("Action %1: %2").arg(actieNr, e.message)});
            }
        }
    }
    return errors;
}

rules::FieldErrors PlanService::validate(const PlanDoel& doel) const
{
    FieldErrors errors;
    const auto fout = [&](const char* veld, const char* code, const QString& tekst) {
        errors.push_back({QLatin1String(veld), QLatin1String(code), tekst});
    };
    if (doel.wens.trimmed().isEmpty())
        fout("wens", "required", tr("Write down what the inwoner wants, in their own words."));
    if (!isLeefgebied(doel.leefgebied))
        fout("leefgebied", "required", tr("Choose the life area."));
    if (!isKeuze(Keuzelijst::DoelSoort, doel.soort))
        fout("soort", "soort", tr("Choose the kind of goal."));
    if (doel.doelscore && (*doel.doelscore < 1 || *doel.doelscore > 5))
        fout("doelscore", "range", tr("The target score runs from 1 to 5."));
    if (doel.evaluatieDatum.isValid() && doel.evaluatieDatum > today().addYears(kMaxJarenVooruit))
        fout("evaluatie_datum", "date", tr("The evaluation date lies too far ahead."));
    if (!doel.evaluatie.isEmpty() && !isKeuze(Keuzelijst::DoelEvaluatie, doel.evaluatie))
        fout("evaluatie", "evaluatie", tr("Choose how the goal was met."));
    return errors;
}

rules::FieldErrors PlanService::validate(const PlanActie& actie) const
{
    FieldErrors errors;
    const auto fout = [&](const char* veld, const char* code, const QString& tekst) {
        errors.push_back({QLatin1String(veld), QLatin1String(code), tekst});
    };
    if (!isKeuze(Keuzelijst::ActieNiveau, actie.niveau))
        fout("niveau", "required", tr("Choose who does it."));
    if (actie.wat.trimmed().isEmpty())
        fout("wat", "required", tr("Describe what is done."));
    if (actie.van.isValid() && actie.tot.isValid() && actie.tot < actie.van)
        fout("tot", "order", tr("The action ends before it starts: check the dates."));
    const QDate verste = today().addYears(kMaxJarenVooruit);
    if ((actie.van.isValid() && actie.van > verste) || (actie.tot.isValid() && actie.tot > verste))
        fout("tot", "date", tr("A date lies too far ahead."));
    if (actie.omvang && (*actie.omvang < 0 || *actie.omvang > 100000))
        fout("omvang", "range", tr("The amount must be a positive number."));
    if (!actie.eenheid.isEmpty() && !isKeuze(Keuzelijst::Eenheid, actie.eenheid))
        fout("eenheid", "eenheid", tr("Choose the unit of the amount."));

    const QString& niveau = actie.niveau;
    if (niveau == QLatin1String("netwerk") && actie.netwerkId.isEmpty())
        fout("netwerk", "required", tr("Choose who in the network does it."));
    if (niveau == QLatin1String("professioneel") && actie.uitvoerder.trimmed().isEmpty())
        fout("uitvoerder", "required", tr("Say which professional does it."));
    if (niveau == QLatin1String("algemeen") || niveau == QLatin1String("maatwerk")) {
        const auto item = actie.voorzieningId.isEmpty() ? std::nullopt : m_ws.socialeKaart().get(actie.voorzieningId);
        if (!item && !(niveau == QLatin1String("maatwerk") && !actie.beschikkingId.isEmpty()))
            fout("voorziening", "required", tr("Choose the voorziening from the social map."));
        else if (item && item->vorm != niveau)
            fout("voorziening", "vorm",
                 niveau == QLatin1String("algemeen")
                     ? tr("%1 is a maatwerkvoorziening, not an algemene voorziening.").arg(item->naam)
                     : tr("%1 is an algemene voorziening, not a maatwerkvoorziening.").arg(item->naam));
    }
    if (niveau == QLatin1String("maatwerk") && actie.onderbouwing.trimmed().isEmpty())
        fout("onderbouwing", "required",
             tr("A maatwerkvoorziening needs its reasons: why what the inwoner can do, the network and algemene "
                "voorzieningen are not enough."));
    return errors;
}

Result<Ondersteuningsplan> PlanService::savePlan(const Ondersteuningsplan& input)
{
    Ondersteuningsplan plan = input;
    plan.regisseur = plan.regisseur.simplified();
    plan.regisseurRol = plan.regisseurRol.simplified();
    plan.wederkerigheid = plan.wederkerigheid.trimmed();
    for (size_t d = 0; d < plan.doelen.size(); ++d) {
        PlanDoel& doel = plan.doelen[d];
        doel.positie = static_cast<int>(d);
        doel.wens = doel.wens.trimmed();
        doel.gewensteSituatie = doel.gewensteSituatie.trimmed();
        doel.eigenOplossing = doel.eigenOplossing.trimmed();
        doel.redenNietGevolgd = doel.redenNietGevolgd.trimmed();
        if (doel.inwonerId.isEmpty())
            doel.inwonerId = plan.inwonerId;
        sorteerActies(doel.acties);
        for (size_t a = 0; a < doel.acties.size(); ++a) {
            PlanActie& actie = doel.acties[a];
            actie.positie = static_cast<int>(a);
            actie.wat = actie.wat.trimmed();
            actie.uitvoerder = actie.uitvoerder.simplified();
            actie.onderbouwing = actie.onderbouwing.trimmed();
        }
    }
    try {
        const auto before = plan.meta.isNew() ? std::nullopt : m_ws.plannen().get(plan.meta.id);
        if (!plan.meta.isNew() && !before)
            return Error{ErrorCode::NotFound, tr("This plan no longer exists.")};
        if (before && !before->isConcept())
            return Error{ErrorCode::Invalid, tr("This plan has been agreed and signed and cannot be changed. "
                                                "Make a new version to change it.")};
        if (!before) {
            if (!plan.isConcept())
                return Error{ErrorCode::Invalid, tr("A new plan starts as a draft.")};
            const auto owner = m_ws.inwoners().get(plan.inwonerId);
            if (!owner || owner->meta.deleted)
                return Error{ErrorCode::NotFound, tr("This inwoner no longer exists.")};
        } else {
            // What only the service changes stays as stored.
            plan.status = before->status;
            plan.reeksId = before->reeksId;
            plan.versie = before->versie;
            plan.vorigeId = before->vorigeId;
            plan.vastgesteldOp = before->vastgesteldOp;
            plan.geevalueerdOp = before->geevalueerdOp;
        }
        if (!plan.meta.deleted) {
            if (const auto errors = validate(plan); !errors.empty())
                return rules::invalid(errors);
        }
        return store(std::move(plan), before ? QString() : QStringLiteral("create"));
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

Result<Ondersteuningsplan> PlanService::store(Ondersteuningsplan plan, const QString& action)
{
    db::Transaction tx(m_ws.db());
    auto& repo = m_ws.plannen();
    const auto before = plan.meta.isNew() ? std::nullopt : repo.get(plan.meta.id);
    bool changed = !before || !before->sameContent(plan);
    if (changed) {
        if (before)
            plan.meta.createdAt = before->meta.createdAt;
        m_ws.stamp(plan.meta);
        if (plan.reeksId.isEmpty())
            plan.reeksId = plan.meta.id;
        repo.save(plan);
    }
    const QString id = plan.meta.id;
    std::vector<PlanDoel> bestaand = before ? repo.allDoelen(id) : std::vector<PlanDoel>{};
    QSet<QString> bestaandeDoelen;
    // The acties of a doel that is removed go with it.
    for (const PlanDoel& oud : bestaand) {
        bestaandeDoelen.insert(oud.meta.id);
        const bool blijft = std::any_of(plan.doelen.begin(), plan.doelen.end(),
                                        [&](const PlanDoel& d) { return services::sameId(oud, d); });
        if (!blijft && !oud.meta.deleted) {
            std::vector<PlanActie> geen;
            changed |= services::storeChildRows(m_ws, geen, repo.allActies(oud.meta.id), services::sameId,
                                                [&](const PlanActie& a) { repo.save(oud.meta.id, a); });
        }
    }
    changed |= services::storeChildRows(m_ws, plan.doelen, std::move(bestaand), services::sameId,
                                        [&](const PlanDoel& d) { repo.save(id, d); });
    for (PlanDoel& doel : plan.doelen) {
        const QString doelId = doel.meta.id;
        changed |= services::storeChildRows(
            m_ws, doel.acties, bestaandeDoelen.contains(doelId) ? repo.allActies(doelId) : std::vector<PlanActie>{},
            services::sameId, [&](const PlanActie& a) { repo.save(doelId, a); });
    }
    if (!changed)
        return *before;
    QString auditAction = action;
    if (auditAction.isEmpty())
        auditAction =
            (!before->meta.deleted && plan.meta.deleted) ? QStringLiteral("delete") : QStringLiteral("update");
    m_ws.logAudit(auditAction, QStringLiteral("plan"), id);
    tx.commit();
    emit planChanged(plan.inwonerId);
    return *repo.get(id);
}

Status PlanService::deletePlan(const QString& id)
{
    auto plan = this->plan(id);
    if (!plan || plan->meta.deleted)
        return Error{ErrorCode::NotFound, tr("This plan no longer exists.")};
    if (!plan->isConcept())
        return Error{ErrorCode::Invalid, tr("An agreed plan is a record of what was agreed and cannot be deleted.")};
    plan->meta.deleted = true;
    auto saved = savePlan(*plan);
    return saved ? Status() : Status(saved.error());
}

std::optional<Ondersteuningsplan> PlanService::plan(const QString& id) const
{
    try {
        return m_ws.plannen().get(id);
    } catch (const db::DatabaseError&) {
        return std::nullopt;
    }
}

std::vector<Ondersteuningsplan> PlanService::plannen(const QString& inwonerId) const
{
    try {
        const auto huishouden = m_ws.huishoudens().forInwoner(inwonerId);
        return m_ws.plannen().forInwoner(inwonerId, huishouden ? huishouden->meta.id : QString());
    } catch (const db::DatabaseError&) {
        return {};
    }
}

std::vector<Ondersteuningsplan> PlanService::versies(const QString& reeksId) const
{
    try {
        return m_ws.plannen().reeks(reeksId);
    } catch (const db::DatabaseError&) {
        return {};
    }
}

Result<Ondersteuningsplan> PlanService::stelVast(const QString& planId, const QDate& datum)
{
    auto plan = this->plan(planId);
    if (!plan || plan->meta.deleted)
        return Error{ErrorCode::NotFound, tr("This plan no longer exists.")};
    if (!plan->isConcept())
        return Error{ErrorCode::Invalid, tr("This plan has already been agreed.")};
    FieldErrors errors = validate(*plan);
    if (plan->doelen.empty())
        errors.push_back({QStringLiteral("plan.doelen"), QStringLiteral("required"),
                          tr("A plan needs at least one goal before it can be agreed.")});
    if (plan->regisseur.isEmpty())
        errors.push_back({QStringLiteral("plan.regisseur"), QStringLiteral("required"),
                          tr("Say who coordinates the plan (the regisseur) before it is agreed.")});
    if (!datum.isValid())
        errors.push_back(
            {QStringLiteral("plan.vastgesteld_op"), QStringLiteral("required"), tr("Enter the date of agreement.")});
    else if (datum > today())
        errors.push_back({QStringLiteral("plan.vastgesteld_op"), QStringLiteral("date"),
                          tr("The date of agreement lies in the future.")});
    if (!errors.empty())
        return rules::invalid(errors);
    plan->status = QStringLiteral("vastgesteld");
    plan->vastgesteldOp = datum;
    try {
        return store(std::move(*plan), QStringLiteral("update"));
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

Result<Ondersteuningsplan> PlanService::nieuweVersie(const QString& planId)
{
    auto plan = this->plan(planId);
    if (!plan || plan->meta.deleted)
        return Error{ErrorCode::NotFound, tr("This plan no longer exists.")};
    if (plan->isConcept())
        return Error{ErrorCode::Invalid, tr("This plan is still a draft: change it directly.")};
    const auto reeks = versies(plan->reeksId);
    const int hoogste = reeks.empty() ? plan->versie : reeks.back().versie;
    if (hoogste > plan->versie)
        return Error{ErrorCode::Invalid,
                     tr("There is already a newer version of this plan (version %1).").arg(hoogste)};
    const QString vorige = plan->meta.id;
    alsNieuw(*plan);
    plan->versie = hoogste + 1;
    plan->vorigeId = vorige;
    plan->status = QStringLiteral("concept");
    plan->vastgesteldOp = {};
    plan->geevalueerdOp = {};
    plan->evaluatieNotitie.clear();
    try {
        return store(std::move(*plan), QStringLiteral("create"));
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

Result<Ondersteuningsplan> PlanService::evalueer(const Ondersteuningsplan& evaluatie, const QDate& datum)
{
    auto plan = this->plan(evaluatie.meta.id);
    if (!plan || plan->meta.deleted)
        return Error{ErrorCode::NotFound, tr("This plan no longer exists.")};
    if (plan->status != QLatin1String("vastgesteld"))
        return Error{ErrorCode::Invalid, plan->isConcept() ? tr("Only an agreed plan can be evaluated.")
                                                           : tr("This plan has already been evaluated.")};
    FieldErrors errors;
    if (!datum.isValid() || datum > today())
        errors.push_back({QStringLiteral("plan.geevalueerd_op"), QStringLiteral("date"),
                          tr("Enter the date of the evaluation (not in the future).")});
    else if (datum < plan->vastgesteldOp)
        errors.push_back({QStringLiteral("plan.geevalueerd_op"), QStringLiteral("order"),
                          tr("The evaluation lies before the plan was agreed.")});
    for (size_t d = 0; d < plan->doelen.size(); ++d) {
        PlanDoel& doel = plan->doelen[d];
        const auto it = std::find_if(evaluatie.doelen.begin(), evaluatie.doelen.end(),
                                     [&](const PlanDoel& e) { return e.meta.id == doel.meta.id; });
        if (it == evaluatie.doelen.end() || !isKeuze(Keuzelijst::DoelEvaluatie, it->evaluatie)) {
            errors.push_back({doelVeld(d, "evaluatie"), QStringLiteral("required"),
                              tr("Goal %1: say whether it was achieved.").arg(d + 1)});
            continue;
        }
        doel.evaluatie = it->evaluatie;
        doel.evaluatieNotitie = it->evaluatieNotitie.trimmed();
    }
    if (!errors.empty())
        return rules::invalid(errors);
    plan->status = QStringLiteral("geevalueerd");
    plan->geevalueerdOp = datum;
    plan->evaluatieNotitie = evaluatie.evaluatieNotitie.trimmed();
    try {
        return store(std::move(*plan), QStringLiteral("update"));
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

std::optional<MantelzorgSignaal> PlanService::mantelzorgSignaal(const QString& inwonerId, const PlanActie& actie) const
{
    if (actie.niveau != QLatin1String("netwerk") || actie.netwerkId.isEmpty())
        return std::nullopt;
    std::optional<NetwerkPersoon> persoon;
    try {
        persoon = m_ws.netwerk().get(actie.netwerkId);
    } catch (const db::DatabaseError&) {
        return std::nullopt;
    }
    if (!persoon || persoon->meta.deleted || persoon->inwonerId != inwonerId || !persoon->mantelzorg)
        return std::nullopt;
    const auto belasting = persoon->mantelzorg->belasting();
    if (belasting != Belasting::Matig && belasting != Belasting::Zwaar)
        return std::nullopt;
    MantelzorgSignaal s;
    s.actieId = actie.meta.id;
    s.netwerkId = persoon->meta.id;
    s.naam = persoon->naam;
    s.belasting = belasting == Belasting::Zwaar ? QStringLiteral("zwaar") : QStringLiteral("matig");
    s.ediz = persoon->mantelzorg->belastingEdiz;
    s.respijtOverwogen = actie.respijtOverwogen;
    s.tekst =
        (belasting == Belasting::Zwaar ? tr("%1 already carries a heavy load as informal carer (EDIZ-plus %2).")
                                       : tr("%1 already carries a moderate load as informal carer (EDIZ-plus %2)."))
            .arg(s.naam)
            .arg(s.ediz.value_or(0)) +
        QLatin1Char(' ') + tr("Was respite care or extra support for %1 considered?").arg(s.naam);
    return s;
}

std::vector<MantelzorgSignaal> PlanService::mantelzorgSignalen(const Ondersteuningsplan& plan) const
{
    std::vector<MantelzorgSignaal> result;
    for (const PlanDoel& doel : plan.doelen) {
        for (const PlanActie& actie : doel.acties) {
            if (auto s = mantelzorgSignaal(doel.inwonerId.isEmpty() ? plan.inwonerId : doel.inwonerId, actie))
                result.push_back(std::move(*s));
        }
    }
    return result;
}

std::vector<WieDoetWat> PlanService::wieDoetWat(const Ondersteuningsplan& plan) const
{
    std::vector<WieDoetWat> result;
    QHash<QString, size_t> index;
    try {
        for (const QString& niveau : keuzeKeys(Keuzelijst::ActieNiveau)) {
            for (const PlanDoel& doel : plan.doelen) {
                for (const PlanActie& actie : doel.acties) {
                    if (actie.niveau != niveau)
                        continue;
                    WieDoetWat wie;
                    wie.niveau = niveau;
                    QString sleutel;
                    const QString inwonerId = doel.inwonerId.isEmpty() ? plan.inwonerId : doel.inwonerId;
                    if (niveau == QLatin1String("eigen_kracht")) {
                        sleutel = QStringLiteral("inwoner:") + inwonerId;
                        const auto inwoner = m_ws.inwoners().get(inwonerId);
                        wie.wie = inwoner ? inwoner->weergavenaam() : tr("Inwoner");
                    } else if (niveau == QLatin1String("netwerk")) {
                        sleutel = QStringLiteral("netwerk:") + actie.netwerkId;
                        const auto persoon = m_ws.netwerk().get(actie.netwerkId);
                        wie.netwerkId = actie.netwerkId;
                        wie.wie = persoon ? persoon->naam : tr("(removed from the network)");
                        wie.contact =
                            persoon ? (persoon->telefoon.isEmpty() ? persoon->email : persoon->telefoon) : QString();
                    } else if (!actie.voorzieningId.isEmpty()) {
                        sleutel = QStringLiteral("voorziening:") + actie.voorzieningId;
                        const auto item = m_ws.socialeKaart().get(actie.voorzieningId);
                        wie.voorzieningId = actie.voorzieningId;
                        // "Eetpunt De Schakel (Stichting Welzijn)"; the aanbieder once when the name holds it.
                        wie.wie =
                            !item ? actie.uitvoerder
                            : item->aanbieder.isEmpty() || item->naam.contains(item->aanbieder, Qt::CaseInsensitive)
                                ? item->naam
                                : QStringLiteral("%1 (%2)").arg(item->naam, item->aanbieder);
                        wie.contact = item ? (item->telefoon.isEmpty() ? item->email : item->telefoon) : QString();
                    } else {
                        sleutel = QStringLiteral("uitvoerder:") + actie.uitvoerder.toLower();
                        wie.wie = actie.uitvoerder;
                    }
                    const QString taak = QStringLiteral("%1 (%2)").arg(actie.wat, leefgebiedNaam(doel.leefgebied));
                    if (const auto it = index.constFind(sleutel); it != index.constEnd()) {
                        result[*it].taken << taak;
                        continue;
                    }
                    wie.taken << taak;
                    index.insert(sleutel, result.size());
                    result.push_back(std::move(wie));
                }
            }
        }
    } catch (const db::DatabaseError&) {
        return result;
    }
    return result;
}

std::vector<DoelVergelijking> PlanService::vergelijking(const Ondersteuningsplan& plan,
                                                        const QDate& evaluatieDatum) const
{
    std::vector<DoelVergelijking> result;
    QHash<QString, std::vector<ZrmMeting>> metingen;
    const QDate start = plan.vastgesteldOp.isValid() ? plan.vastgesteldOp : plan.meta.createdAt.date();
    try {
        for (const PlanDoel& doel : plan.doelen) {
            const QString inwonerId = doel.inwonerId.isEmpty() ? plan.inwonerId : doel.inwonerId;
            if (!metingen.contains(inwonerId))
                metingen.insert(inwonerId, m_ws.zrm().forInwoner(inwonerId));
            const auto& lijst = metingen[inwonerId];
            DoelVergelijking v;
            v.doelId = doel.meta.id;
            v.leefgebied = doel.leefgebied;
            v.doelscore = doel.doelscore;
            if (const auto s = scoreOp(lijst, doel.leefgebied, start))
                v.startscore = s->first;
            if (const auto s = scoreOp(lijst, doel.leefgebied, evaluatieDatum)) {
                v.gemetenScore = s->first;
                v.gemetenOp = s->second;
            }
            result.push_back(v);
        }
    } catch (const db::DatabaseError&) {
        return result;
    }
    return result;
}

} // namespace core
