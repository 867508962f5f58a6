// SPDX-License-Identifier: EUPL-1.2
#include "PlanDocument.h"

#include "Brief.h"
#include "MustacheData.h"
#include "PlanTekst.h"

#include "Clock.h"
#include "Workspace.h"
#include "db/DatabaseError.h"
#include "model/Keuzelijst.h"
#include "services/DossierService.h"
#include "services/InstellingenService.h"
#include "services/PlanService.h"
#include "services/TrajectService.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace core::documents {

namespace {

// The words below are printed for a Dutch inwoner in plain Dutch (B1), whatever language the app
// speaks, so they are not tr() strings; vocabulary comes from keuzeLabelNl.

using namespace plantekst;

QString tr(const char* text)
{
    return QCoreApplication::translate("core::documents::PlanDocument", text);
}

/// The heading of a niveau in the order of consideration, as the inwoner says it.
QString niveauKop(const QString& niveau)
{
    if (niveau == QLatin1String("eigen_kracht"))
        return QStringLiteral("Wat u zelf doet");
    if (niveau == QLatin1String("netwerk"))
        return QStringLiteral("Wat uw netwerk doet");
    if (niveau == QLatin1String("algemeen"))
        return QStringLiteral("Algemene voorzieningen");
    if (niveau == QLatin1String("maatwerk"))
        return QStringLiteral("Maatwerkvoorzieningen");
    if (niveau == QLatin1String("professioneel"))
        return QStringLiteral("Professionals");
    return keuzeLabelNl(Keuzelijst::ActieNiveau, niveau);
}

/// The soort of a doel in plain words.
QString soortTekst(const QString& soort)
{
    if (soort == QLatin1String("verbeteren"))
        return QStringLiteral("Het moet beter gaan.");
    if (soort == QLatin1String("stabiel_blijven"))
        return QStringLiteral("Het moet zo goed blijven gaan als nu.");
    if (soort == QLatin1String("achteruitgang_beperken"))
        return QStringLiteral("Het gaat minder goed. We willen dat het zo weinig mogelijk slechter gaat.");
    return keuzeLabelNl(Keuzelijst::DoelSoort, soort);
}

/// The acties of a doel under the headings of the order of consideration, whatever order they
/// were stored in; false when there are none.
mustache::data actieGroepen(const PlanDoel& d, const Wie& wie)
{
    mustache::list groepen;
    for (const QString& niveau : keuzeKeys(Keuzelijst::ActieNiveau)) {
        std::vector<PlanActie> binnen;
        for (const PlanActie& a : d.acties) {
            if (a.niveau == niveau)
                binnen.push_back(a);
        }
        std::stable_sort(binnen.begin(), binnen.end(),
                         [](const PlanActie& a, const PlanActie& b) { return a.positie < b.positie; });
        mustache::list acties;
        for (const PlanActie& a : binnen) {
            acties.push_back(mustache::object{
                {"wat", mustache::data(s(a.wat))},
                {"wie", optioneel(wie.van(a))},
                {"wanneer", optioneel(periode(a.van, a.tot))},
                {"omvang", optioneel(omvang(a))},
                {"onderbouwing", niveau == QLatin1String("maatwerk") ? optioneel(waarom(a)) : vlag(false)},
            });
        }
        if (!acties.empty())
            groepen.push_back(mustache::object{{"kop", mustache::data(s(niveauKop(niveau)))}, {"acties", acties}});
    }
    if (groepen.empty())
        return vlag(false);
    return groepen;
}

QString score(const std::optional<int>& value)
{
    return value ? niveau(*value) : QString();
}

} // namespace

PlanDocument::PlanDocument(Workspace& workspace, QString templateFolder)
    : m_ws(workspace)
    , m_templateFolder(std::move(templateFolder))
{
}

Result<QString> PlanDocument::render(const QString& planId)
{
    m_warnings.clear();
    m_templateVersion.clear();
    const auto sjabloon = brief::laadSjabloon(QStringLiteral("plan"), m_templateFolder, m_warnings,
                                              tr("The plan template is broken: %1"));
    if (!sjabloon)
        return sjabloon.error();

    PlanService plannen(m_ws);
    const auto plan = plannen.plan(planId);
    if (!plan || plan->meta.deleted)
        return Error{ErrorCode::NotFound, tr("There is no ondersteuningsplan with id %1.").arg(planId)};
    DossierService dossiers(m_ws);
    const auto inwoner = dossiers.inwoner(plan->inwonerId);
    if (!inwoner)
        return Error{ErrorCode::NotFound, tr("There is no inwoner with id %1.").arg(plan->inwonerId)};
    try {
        const MijnGegevens ik = InstellingenService(m_ws).mijnGegevens();
        std::map<QString, QString> namen;
        for (const NetwerkPersoon& p : dossiers.netwerk(inwoner->meta.id))
            namen[p.meta.id] = p.naam;
        for (const PlanDoel& doel : plan->doelen) {
            if (!doel.inwonerId.isEmpty() && doel.inwonerId != inwoner->meta.id) {
                for (const NetwerkPersoon& p : dossiers.netwerk(doel.inwonerId))
                    namen[p.meta.id] = p.naam;
            }
        }
        m_ws.logAudit(QStringLiteral("export"), QStringLiteral("inwoner"), inwoner->meta.id);

        mustache::data d;
        d.set("briefhoofd", brief::briefhoofd(ik));
        d.set("naam", s(inwoner->weergavenaam()));
        d.set("datum", s(datum(m_ws.clock().today())));
        d.set("versie", std::to_string(plan->versie));
        d.set("status", s(keuzeLabelNl(Keuzelijst::PlanStatus, plan->status)));
        d.set("concept", vlag(plan->isConcept()));
        d.set("vastgesteld", optioneel(plan->vastgesteldOp.isValid() ? datum(plan->vastgesteldOp) : QString()));
        d.set("geevalueerd", optioneel(plan->geevalueerdOp.isValid() ? datum(plan->geevalueerdOp) : QString()));

        mustache::list leden;
        if (!plan->huishoudenId.isEmpty()) {
            if (const auto huishouden = dossiers.huishouden(inwoner->meta.id)) {
                for (const Huishoudlid& lid : huishouden->leden) {
                    const QString rol = keuzeLabelNl(Keuzelijst::Rol, lid.rol);
                    leden.push_back(mustache::object{{"naam", mustache::data(s(lid.naam))},
                                                     {"rol", optioneel(lid.rol.isEmpty() ? QString() : rol)}});
                }
            }
        }
        d.set("huishouden", leden.empty() ? vlag(false) : mustache::data(leden));

        QString regisseur = plan->regisseur.trimmed();
        if (!regisseur.isEmpty() && !plan->regisseurRol.trimmed().isEmpty())
            regisseur += QStringLiteral(" (%1)").arg(plan->regisseurRol.trimmed());
        d.set("regisseur", optioneel(regisseur));
        QString traject;
        if (!plan->trajectId.isEmpty()) {
            const auto t = TrajectService(m_ws).traject(plan->trajectId);
            if (t && !t->meta.deleted)
                traject = QStringLiteral("%1, gemeld op %2")
                              .arg(keuzeLabelNl(Keuzelijst::Domein, t->domein), datum(t->meldingDatum));
        }
        d.set("traject", optioneel(traject));

        const Wie wie(m_ws, namen);
        const bool geevalueerd = plan->status == QLatin1String("geevalueerd");
        std::map<QString, DoelVergelijking> vergelijking;
        if (geevalueerd) {
            for (const DoelVergelijking& v : plannen.vergelijking(*plan, plan->geevalueerdOp))
                vergelijking[v.doelId] = v;
        }
        mustache::list doelen;
        for (const PlanDoel& doel : plan->doelen) {
            QString evaluatie;
            if (geevalueerd && !doel.evaluatie.isEmpty()) {
                evaluatie = keuzeLabelNl(Keuzelijst::DoelEvaluatie, doel.evaluatie);
                if (!doel.evaluatieNotitie.trimmed().isEmpty())
                    evaluatie += QStringLiteral(". ") + doel.evaluatieNotitie.trimmed();
            }
            const auto v = vergelijking.find(doel.meta.id);
            const QString gemeten = v == vergelijking.end() ? QString() : score(v->second.gemetenScore);
            doelen.push_back(mustache::object{
                {"leefgebied", mustache::data(s(leefgebied(doel.leefgebied)))},
                {"wens", mustache::data(s(doel.wens))},
                {"gewenste_situatie", optioneel(doel.gewensteSituatie)},
                {"soort", mustache::data(s(soortTekst(doel.soort)))},
                {"doelscore", optioneel(score(doel.doelscore))},
                {"evaluatiedatum", optioneel(doel.evaluatieDatum.isValid() ? datum(doel.evaluatieDatum) : QString())},
                {"eigen_oplossing", optioneel(doel.eigenOplossing)},
                {"reden_niet_gevolgd", optioneel(doel.redenNietGevolgd)},
                {"groepen", actieGroepen(doel, wie)},
                {"evaluatie", optioneel(evaluatie)},
                {"gemeten", optioneel(gemeten)},
            });
        }
        d.set("heeft_doelen", vlag(!doelen.empty()));
        d.set("doelen", doelen);

        mustache::list wieDoetWat;
        for (const WieDoetWat& w : plannen.wieDoetWat(*plan)) {
            wieDoetWat.push_back(mustache::object{{"wie", mustache::data(s(w.wie))},
                                                  {"contact", optioneel(w.contact)},
                                                  {"taken", mustache::data(s(w.taken.join(QStringLiteral("; "))))}});
        }
        d.set("heeft_wie_doet_wat", vlag(!wieDoetWat.empty()));
        d.set("wie_doet_wat", wieDoetWat);
        d.set("wederkerigheid", optioneel(plan->wederkerigheid));
        d.set("evaluatie",
              geevalueerd
                  ? mustache::data(mustache::object{
                        {"op", optioneel(plan->geevalueerdOp.isValid() ? datum(plan->geevalueerdOp) : QString())},
                        {"notitie", optioneel(plan->evaluatieNotitie)}})
                  : vlag(false));

        d.set("consulent", optioneel(ik.naam));
        d.set("functie", optioneel(ik.functie));
        d.set("regisseur_naam", optioneel(plan->regisseur));

        m_templateVersion = sjabloon->version;
        return sjabloon->render(d);
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

} // namespace core::documents
