// SPDX-License-Identifier: EUPL-1.2
#include "VerslagDocument.h"

#include "Brief.h"
#include "MustacheData.h"

#include "Clock.h"
#include "Workspace.h"
#include "db/DatabaseError.h"
#include "model/Gespreksleidraad.h"
#include "model/Keuzelijst.h"
#include "services/DossierService.h"
#include "services/InstellingenService.h"
#include "services/TrajectService.h"
#include "services/ZrmService.h"
#include "zrm/ZrmInstrument.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace core::documents {

namespace {

using namespace brief;

// The words below are printed in a letter to a Dutch inwoner in plain Dutch (B1), whatever language
// the app speaks, so they are not tr() strings; vocabulary comes from keuzeLabelNl.

/// A label of the vocabulary as a word inside a sentence: "Huisbezoek" → "huisbezoek".
QString klein(const QString& label)
{
    return label.isEmpty() ? label : label.left(1).toLower() + label.mid(1);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("core::documents::VerslagDocument", text);
}

/// "Mijn dochter Els (mantelzorger)": who sat at the table, by name and role in plain words.
QString aanwezigen(const Gesprek& g, const Inwoner& inwoner, const std::vector<NetwerkPersoon>& netwerk)
{
    QStringList out;
    for (const Aanwezige& a : g.aanwezigen) {
        QString naam = a.naam.trimmed();
        if (naam.isEmpty() && !a.netwerkId.isEmpty()) {
            const auto it = std::find_if(netwerk.begin(), netwerk.end(),
                                         [&](const NetwerkPersoon& p) { return p.meta.id == a.netwerkId; });
            if (it != netwerk.end())
                naam = it->naam;
        }
        if (naam.isEmpty() && a.rol == QLatin1String("inwoner"))
            naam = inwoner.weergavenaam();
        const QString rol = a.rol.isEmpty() ? QString() : klein(keuzeLabelNl(Keuzelijst::Rol, a.rol));
        if (naam.isEmpty() && rol.isEmpty())
            continue;
        out << (naam.isEmpty() ? rol : rol.isEmpty() ? naam : QStringLiteral("%1 (%2)").arg(naam, rol));
    }
    return out.join(QStringLiteral(", "));
}

/// The ZRM levels in words for the ZRM 2017 leefgebieden that match gespreksleidraad leefgebied `key`.
mustache::data zrmNiveaus(const QString& key, const std::map<QString, int>& scores)
{
    const ZrmInstrument* zrm = ZrmInstrument::find(ZrmInstrument::kZrm2017);
    mustache::list out;
    if (!zrm)
        return vlag(false);
    for (const QString& z : Gespreksleidraad::zrm2017(key)) {
        const auto it = scores.find(z);
        const Leefgebied* lg = zrm->leefgebied(z);
        if (it == scores.end() || !lg)
            continue;
        out.push_back(mustache::object{{"naam", mustache::data(s(lg->naam))},
                                       {"niveau", mustache::data(s(klein(zrm->niveau(it->second))))}});
    }
    if (out.empty())
        return vlag(false);
    return out;
}

/// "12 uur per week": hours as a person says them.
QString uren(double perWeek)
{
    if (perWeek <= 0)
        return {};
    const double afgerond = std::round(perWeek * 2) / 2;
    QString getal =
        QLocale(QLocale::Dutch, QLocale::Netherlands).toString(afgerond, 'f', afgerond == std::floor(afgerond) ? 0 : 1);
    return QStringLiteral("ongeveer %1 uur per week").arg(getal);
}

} // namespace

std::vector<ZrmMeting> radarMetingen(const std::vector<ZrmMeting>& metingen)
{
    std::vector<ZrmMeting> out;
    for (auto it = metingen.rbegin(); it != metingen.rend() && out.size() < 2; ++it) {
        if (!it->meta.deleted && !ZrmService::scoresIn2017(*it).empty())
            out.insert(out.begin(), *it);
    }
    return out;
}

VerslagDocument::VerslagDocument(Workspace& workspace, QString templateFolder)
    : m_ws(workspace)
    , m_templateFolder(std::move(templateFolder))
{
}

Result<QString> VerslagDocument::render(const QString& trajectId)
{
    m_warnings.clear();
    m_templateVersion.clear();
    const auto sjabloon =
        laadSjabloon(QStringLiteral("verslag"), m_templateFolder, m_warnings, tr("The verslag template is broken: %1"));
    if (!sjabloon)
        return sjabloon.error();

    const auto gevonden = brief::trajectEnInwoner(m_ws, trajectId);
    if (!gevonden)
        return gevonden.error();
    const Traject* traject = &gevonden->first;
    const Inwoner* inwoner = &gevonden->second;
    TrajectService trajecten(m_ws);
    DossierService dossiers(m_ws);
    try {
        const MijnGegevens ik = InstellingenService(m_ws).mijnGegevens();
        const rules::TrajectStand stand = trajecten.stand(*traject);
        std::vector<Gesprek> gesprekken = GesprekService(m_ws).gesprekken(trajectId);
        std::reverse(gesprekken.begin(), gesprekken.end()); // oldest first, as it happened
        const std::vector<NetwerkPersoon> netwerk = dossiers.netwerk(inwoner->meta.id);
        ZrmService zrm(m_ws);
        m_ws.logAudit(QStringLiteral("export"), QStringLiteral("inwoner"), inwoner->meta.id);

        mustache::data d;
        d.set("briefhoofd", briefhoofd(ik));
        d.set("naam", s(inwoner->weergavenaam()));
        d.set("adres", adres(inwoner->adres));
        const QDate vandaag = m_ws.clock().today();
        d.set("datum", s(datum(vandaag)));

        // 1. The gesprekken; 3. what was discussed (the latest gesprek about a leefgebied counts);
        // 5. the conclusie and afspraken of each gesprek.
        mustache::list gesprekLijst;
        mustache::list conclusies;
        std::map<QString, std::pair<const BesprokenLeefgebied*, std::map<QString, int>>> besproken;
        for (const Gesprek& g : gesprekken) {
            gesprekLijst.push_back(
                mustache::object{{"datum", g.datum.isValid() ? mustache::data(s(datum(g.datum))) : vlag(false)},
                                 {"vorm", optioneel(klein(keuzeLabelNl(Keuzelijst::GespreksVorm, g.vorm)))},
                                 {"aanwezigen", optioneel(aanwezigen(g, *inwoner, netwerk))}});
            std::map<QString, int> scores;
            if (!g.zrmMetingId.isEmpty()) {
                if (const auto meting = zrm.meting(g.zrmMetingId); meting && !meting->meta.deleted)
                    scores = ZrmService::scoresIn2017(*meting);
            }
            for (const BesprokenLeefgebied& lg : g.leefgebieden) {
                if (lg.status == QLatin1String("aandacht") || lg.status == QLatin1String("geen_probleem"))
                    besproken[lg.leefgebied] = {&lg, scores};
                else
                    besproken.erase(lg.leefgebied);
            }
            const mustache::data samenvatting = alineas(g.samenvatting);
            const mustache::data afspraken = alineas(g.afspraken);
            if (samenvatting.is_list() || afspraken.is_list())
                conclusies.push_back(
                    mustache::object{{"datum", g.datum.isValid() ? mustache::data(s(datum(g.datum))) : vlag(false)},
                                     {"samenvatting", samenvatting},
                                     {"heeft_afspraken", vlag(afspraken.is_list())},
                                     {"afspraken", afspraken}});
        }
        d.set("heeft_gesprekken", vlag(!gesprekLijst.empty()));
        d.set("gesprekken", gesprekLijst);
        d.set("heeft_conclusie", vlag(!conclusies.empty()));
        d.set("conclusies", conclusies);

        const mustache::data hulpvraag = alineas(traject->hulpvraag);
        d.set("heeft_hulpvraag", vlag(hulpvraag.is_list()));
        d.set("hulpvraag", hulpvraag);

        std::vector<const BesprokenLeefgebied*> volgorde;
        for (const auto& [key, entry] : besproken)
            volgorde.push_back(entry.first);
        std::sort(volgorde.begin(), volgorde.end(), [](const BesprokenLeefgebied* a, const BesprokenLeefgebied* b) {
            const bool aa = a->status == QLatin1String("aandacht");
            const bool ba = b->status == QLatin1String("aandacht");
            if (aa != ba)
                return aa;
            return keuzeRang(Keuzelijst::Leefgebied, a->leefgebied) < keuzeRang(Keuzelijst::Leefgebied, b->leefgebied);
        });
        mustache::list leefgebieden;
        for (const BesprokenLeefgebied* lg : volgorde) {
            leefgebieden.push_back(
                mustache::object{{"naam", mustache::data(s(keuzeLabelNl(Keuzelijst::Leefgebied, lg->leefgebied)))},
                                 {"aandacht", vlag(lg->status == QLatin1String("aandacht"))},
                                 {"notitie", alineas(lg->notitie)},
                                 {"zrm", zrmNiveaus(lg->leefgebied, besproken.at(lg->leefgebied).second)}});
        }
        d.set("heeft_leefgebieden", vlag(!leefgebieden.empty()));
        d.set("leefgebieden", leefgebieden);

        // The radar of the latest ZRM meting, next to the one before it; drawn by the layout.
        const std::vector<ZrmMeting> radar = radarMetingen(zrm.metingen(inwoner->meta.id));
        d.set("zrm_radar",
              radar.empty()
                  ? vlag(false)
                  : mustache::data(mustache::object{
                        {"laatste", mustache::data(s(datum(radar.back().datum)))},
                        {"vorige", radar.size() > 1 ? mustache::data(s(datum(radar.front().datum))) : vlag(false)},
                        {"tekening", mustache::data(s(QStringLiteral("wijkdossier://") + kZrmRadar))}}));

        // 4. The netwerk: mantelzorgers with what they do and need, others who help with what they do.
        mustache::list mantelzorgers;
        mustache::list anderen;
        for (const NetwerkPersoon& p : netwerk) {
            if (p.isMantelzorger()) {
                QString behoefte;
                for (const Gesprek& g : gesprekken) {
                    if (const MantelzorgVisie* v = g.visie(p.meta.id))
                        behoefte = joinedNonEmpty({v->visie, v->behoefte});
                }
                if (behoefte.isEmpty())
                    behoefte = p.mantelzorg->eigenBehoefte;
                mantelzorgers.push_back(mustache::object{
                    {"naam", mustache::data(s(p.naam))},
                    {"taken", optioneel(joinedNonEmpty({p.mantelzorg->taken, p.doetNu}, QStringLiteral("; ")))},
                    {"uren", optioneel(uren(p.mantelzorg->urenPerWeek))},
                    {"behoefte", optioneel(behoefte)}});
            } else if (!p.doetNu.trimmed().isEmpty() && !isProfessional(p.relatie)) {
                anderen.push_back(mustache::object{{"naam", mustache::data(s(p.naam))},
                                                   {"doet", mustache::data(s(p.doetNu.trimmed()))}});
            }
        }
        d.set("heeft_netwerk", vlag(!mantelzorgers.empty() || !anderen.empty()));
        d.set("mantelzorgers", mantelzorgers.empty() ? vlag(false) : mustache::data(mantelzorgers));
        d.set("anderen", anderen.empty() ? vlag(false) : mustache::data(anderen));

        // 6. What happens next.
        const auto termijn = [&](const char* sleutel) -> const rules::TermijnStand* {
            const rules::TermijnStand* t = stand.termijn(QLatin1String(sleutel));
            return t && t->termijn.datum.isValid() ? t : nullptr;
        };
        const rules::TermijnStand* onderzoek = termijn("onderzoek");
        const rules::TermijnStand* beschikking = termijn("beschikking");
        const QDate aanvraag = traject->datum(StapSoort::Aanvraag);
        d.set("onderzoek", onderzoek && !onderzoek->voldaan.isValid()
                               ? mustache::data(s(dagDatum(onderzoek->termijn.datum)))
                               : vlag(false));
        d.set("beschikking",
              beschikking ? mustache::data(mustache::object{
                                {"aanvraag", aanvraag.isValid() ? mustache::data(s(datum(aanvraag))) : vlag(false)},
                                {"datum", mustache::data(s(dagDatum(beschikking->termijn.datum)))}})
                          : vlag(false));
        d.set("heeft_termijnen", vlag((onderzoek && !onderzoek->voldaan.isValid()) || beschikking));

        // 7. The vast aanspreekpunt, as in the ontvangstbevestiging: my number only under my name.
        const Aanspreekpunt ap = aanspreekpunt(*inwoner, ik);
        d.set("aanspreekpunt", mustache::object{
                                   {"naam", optioneel(ap.naam)},
                                   {"telefoon", optioneel(ap.telefoon)},
                                   {"team", optioneel(team(ik))},
                               });
        d.set("consulent", optioneel(ik.naam));
        d.set("functie", optioneel(ik.functie));

        m_templateVersion = sjabloon->version;
        return sjabloon->render(d);
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

} // namespace core::documents
