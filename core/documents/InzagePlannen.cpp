// SPDX-License-Identifier: EUPL-1.2
#include "InzagePlannen.h"

#include "MustacheData.h"
#include "PlanTekst.h"

#include "Workspace.h"
#include "model/Keuzelijst.h"
#include "model/Plan.h"
#include "repo/PlanRepository.h"
#include "repo/TrajectRepository.h"

#include <optional>

namespace core::documents {

namespace {

using namespace plantekst;

mustache::data actie(const PlanActie& a, Wie& wie)
{
    return mustache::object{
        {"niveau", mustache::data(s(keuzeLabelNl(Keuzelijst::ActieNiveau, a.niveau)))},
        {"wat", mustache::data(s(a.wat))},
        {"wie", mustache::data(s(wie.van(a)))},
        {"wanneer", mustache::data(s(periode(a.van, a.tot)))},
        {"omvang", mustache::data(s(omvang(a)))},
        {"waarom", optioneel(waarom(a))},
    };
}

mustache::data doel(const PlanDoel& d, Wie& wie)
{
    mustache::list acties;
    for (const PlanActie& a : d.acties)
        acties.push_back(actie(a, wie));
    QStringList evaluatie;
    if (!d.evaluatie.isEmpty())
        evaluatie << keuzeLabelNl(Keuzelijst::DoelEvaluatie, d.evaluatie);
    if (!d.evaluatie.isEmpty() && !d.evaluatieNotitie.isEmpty())
        evaluatie << d.evaluatieNotitie;
    return mustache::object{
        {"leefgebied", mustache::data(s(leefgebied(d.leefgebied)))},
        {"wens", mustache::data(s(d.wens))},
        {"gewenste_situatie", optioneel(d.gewensteSituatie)},
        {"soort", mustache::data(s(keuzeLabelNl(Keuzelijst::DoelSoort, d.soort)))},
        {"doelscore", optioneel(d.doelscore ? niveau(*d.doelscore) : QString())},
        {"evaluatiedatum", optioneel(d.evaluatieDatum.isValid() ? datum(d.evaluatieDatum) : QString())},
        {"eigen_oplossing", optioneel(d.eigenOplossing)},
        {"reden_niet_gevolgd", optioneel(d.redenNietGevolgd)},
        {"evaluatie", optioneel(evaluatie.join(QStringLiteral(". ")))},
        {"heeft_acties",
         mustache::data(acties.empty() ? mustache::data::type::bool_false : mustache::data::type::bool_true)},
        {"acties", acties},
    };
}

QString hulpvraag(Workspace& ws, const QString& trajectId)
{
    if (trajectId.isEmpty())
        return {};
    const auto t = ws.trajecten().get(trajectId);
    if (!t || t->meta.deleted)
        return {};
    return QStringLiteral("%1, gemeld op %2").arg(keuzeLabelNl(Keuzelijst::Domein, t->domein), datum(t->meldingDatum));
}

} // namespace

kainjow::mustache::list inzagePlannen(Workspace& ws, const QString& inwonerId, const QString& huishoudenId,
                                      const std::map<QString, QString>& namen, QStringList& ids)
{
    auto& repo = ws.plannen();
    Wie wie(ws, namen);
    mustache::list plannen;
    for (const Ondersteuningsplan& kop : repo.forInwoner(inwonerId, huishoudenId)) {
        const std::optional<Ondersteuningsplan> plan = repo.get(kop.meta.id);
        if (!plan)
            continue;
        ids << plan->meta.id;
        mustache::list doelen;
        for (const PlanDoel& d : plan->doelen)
            doelen.push_back(doel(d, wie));
        QString regisseur = plan->regisseur;
        if (!plan->regisseurRol.isEmpty())
            regisseur += QStringLiteral(" (%1)").arg(plan->regisseurRol);
        plannen.push_back(mustache::object{
            {"versie", mustache::data(std::to_string(plan->versie))},
            {"status", mustache::data(s(keuzeLabelNl(Keuzelijst::PlanStatus, plan->status)))},
            {"gemaakt", mustache::data(s(datum(plan->meta.createdAt.toLocalTime().date())))},
            {"vastgesteld", optioneel(plan->vastgesteldOp.isValid() ? datum(plan->vastgesteldOp) : QString())},
            {"geevalueerd", optioneel(plan->geevalueerdOp.isValid() ? datum(plan->geevalueerdOp) : QString())},
            {"regisseur", optioneel(regisseur)},
            {"hulpvraag", optioneel(hulpvraag(ws, plan->trajectId))},
            {"voor_huishouden", mustache::data(plan->huishoudenId.isEmpty() ? mustache::data::type::bool_false
                                                                            : mustache::data::type::bool_true)},
            {"wederkerigheid", optioneel(plan->wederkerigheid)},
            {"evaluatie", optioneel(plan->evaluatieNotitie)},
            {"heeft_doelen",
             mustache::data(doelen.empty() ? mustache::data::type::bool_false : mustache::data::type::bool_true)},
            {"doelen", doelen},
        });
    }
    return plannen;
}

} // namespace core::documents
