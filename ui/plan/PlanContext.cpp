// SPDX-License-Identifier: EUPL-1.2
#include "PlanContext.h"

#include "model/Keuzelijst.h"
#include "model/Traject.h"
#include "services/DossierService.h"
#include "services/PlanService.h"
#include "services/SocialeKaartService.h"
#include "services/TrajectService.h"

namespace ui {

namespace {

QString kaartNaam(const core::SocialeKaartItem& item)
{
    return item.aanbieder.isEmpty() ? item.naam : QStringLiteral("%1 (%2)").arg(item.naam, item.aanbieder);
}

} // namespace

QString PlanContext::trajectText(const core::Traject& traject)
{
    return tr("%1, melding %2")
        .arg(core::keuzeLabel(core::Keuzelijst::Domein, traject.domein),
             traject.meldingDatum.toString(QStringLiteral("dd-MM-yyyy")));
}

PlanContext PlanContext::load(const Services& services, const core::Ondersteuningsplan& plan)
{
    PlanContext c;
    QSet<QString> inwoners{plan.inwonerId};
    for (const core::PlanDoel& doel : plan.doelen) {
        if (!doel.inwonerId.isEmpty())
            inwoners.insert(doel.inwonerId);
    }
    if (const auto huishouden = services.dossiers.huishouden(plan.inwonerId)) {
        for (const core::Huishoudlid& lid : huishouden->leden) {
            if (!lid.inwonerId.isEmpty())
                c.leden.insert(lid.inwonerId, lid.naam);
        }
    }
    for (const QString& id : inwoners) {
        if (const auto in = services.dossiers.inwoner(id); in && !c.leden.contains(id))
            c.leden.insert(id, in->weergavenaam());
        for (const core::NetwerkPersoon& p : services.dossiers.netwerk(id)) {
            c.netwerk.insert(p.meta.id, p.naam);
            if (p.isMantelzorger())
                c.mantelzorgers.insert(p.meta.id);
        }
    }
    c.inwonerNaam = c.leden.value(plan.inwonerId);
    if (!plan.trajectId.isEmpty()) {
        if (const auto traject = services.trajecten.traject(plan.trajectId)) {
            c.trajectLabel = trajectText(*traject);
            for (const core::Voorziening& v : traject->voorzieningen) {
                QString tekst = core::keuzeLabel(core::Keuzelijst::VoorzieningSoort, v.soort);
                if (!v.omschrijving.isEmpty())
                    tekst = tr("%1: %2").arg(tekst, v.omschrijving);
                c.beschikking.insert(v.meta.id, tekst);
            }
        }
    }
    for (const core::PlanDoel& doel : plan.doelen) {
        for (const core::PlanActie& actie : doel.acties) {
            if (actie.voorzieningId.isEmpty() || c.kaart.contains(actie.voorzieningId))
                continue;
            const auto item = services.socialeKaart.item(actie.voorzieningId);
            c.kaart.insert(actie.voorzieningId, item ? kaartNaam(*item) : tr("(no longer on the social map)"));
        }
    }
    for (core::MantelzorgSignaal& s : services.plannen.mantelzorgSignalen(plan))
        c.signalen.insert(s.actieId, std::move(s));
    c.wieDoetWat = services.plannen.wieDoetWat(plan);
    if (plan.geevalueerdOp.isValid())
        c.vergelijking = services.plannen.vergelijking(plan, plan.geevalueerdOp);
    return c;
}

QString PlanContext::wie(const core::PlanActie& actie, const QString& inwonerId) const
{
    const QString& niveau = actie.niveau;
    if (niveau == QLatin1String("eigen_kracht"))
        return leden.value(inwonerId, tr("Inwoner"));
    if (niveau == QLatin1String("netwerk"))
        return netwerk.value(actie.netwerkId, tr("(removed from the netwerk)"));
    QStringList delen;
    if (!actie.voorzieningId.isEmpty())
        delen << kaart.value(actie.voorzieningId);
    else if (!actie.beschikkingId.isEmpty())
        delen << beschikking.value(actie.beschikkingId, tr("(voorziening of the beschikking)"));
    if (!actie.uitvoerder.isEmpty() && !delen.contains(actie.uitvoerder))
        delen << actie.uitvoerder;
    return delen.join(QStringLiteral(" · "));
}

} // namespace ui
