// SPDX-License-Identifier: EUPL-1.2
#include "NetwerkkaartDocument.h"

#include "Brief.h"
#include "MustacheData.h"

#include "Clock.h"
#include "Workspace.h"
#include "db/DatabaseError.h"
#include "services/DossierService.h"
#include "services/InstellingenService.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace core::documents {

namespace {

using namespace brief;

QString tr(const char* text)
{
    return QCoreApplication::translate("core::documents::NetwerkkaartDocument", text);
}

// The words below are printed for a Dutch inwoner in plain Dutch (B1), whatever language the app
// speaks, so they are not tr() strings.
QString relatie(Relatie value)
{
    switch (value) {
    case Relatie::Partner:
        return QStringLiteral("Partner");
    case Relatie::Kind:
        return QStringLiteral("Kind");
    case Relatie::Ouder:
        return QStringLiteral("Ouder");
    case Relatie::Familie:
        return QStringLiteral("Familie");
    case Relatie::Buur:
        return QStringLiteral("Buurman of buurvrouw");
    case Relatie::Vriend:
        return QStringLiteral("Vriend of vriendin");
    case Relatie::Vrijwilliger:
        return QStringLiteral("Vrijwilliger");
    case Relatie::Huisarts:
        return QStringLiteral("Huisarts");
    case Relatie::Wijkverpleegkundige:
        return QStringLiteral("Wijkverpleegkundige");
    case Relatie::Aanbieder:
        return QStringLiteral("Zorgaanbieder");
    case Relatie::Professional:
        return QStringLiteral("Andere hulpverlener");
    case Relatie::Anders:
        break;
    }
    return QStringLiteral("Anders");
}

/// "ongeveer 12 uur per week": hours as a person says them; empty when unknown.
QString uren(double perWeek)
{
    if (perWeek <= 0)
        return {};
    const double afgerond = std::round(perWeek * 2) / 2;
    const QString getal =
        QLocale(QLocale::Dutch, QLocale::Netherlands).toString(afgerond, 'f', afgerond == std::floor(afgerond) ? 0 : 1);
    return QStringLiteral("ongeveer %1 uur per week").arg(getal);
}

mustache::data persoon(const NetwerkPersoon& p)
{
    mustache::data mantelzorger = vlag(false);
    if (p.mantelzorg)
        mantelzorger = mustache::object{{"uren", optioneel(uren(p.mantelzorg->urenPerWeek))},
                                        {"taken", optioneel(p.mantelzorg->taken)},
                                        {"belasting", optioneel(brief::belasting(*p.mantelzorg))}};
    return mustache::object{
        {"naam", mustache::data(s(p.naam))},           {"relatie", mustache::data(s(relatie(p.relatie)))},
        {"organisatie", optioneel(p.organisatie)},     {"doet_nu", optioneel(p.doetNu.trimmed())},
        {"kan_meer", optioneel(p.kanMeer.trimmed())},  {"mantelzorger", mantelzorger},
        {"telefoon", optioneel(p.telefoon.trimmed())},
    };
}

} // namespace

NetwerkkaartDocument::NetwerkkaartDocument(Workspace& workspace, QString templateFolder)
    : m_ws(workspace)
    , m_templateFolder(std::move(templateFolder))
{
}

Result<QString> NetwerkkaartDocument::render(const QString& inwonerId)
{
    m_warnings.clear();
    m_templateVersion.clear();
    const auto sjabloon = laadSjabloon(QStringLiteral("netwerkkaart"), m_templateFolder, m_warnings,
                                       tr("The netwerkkaart template is broken: %1"));
    if (!sjabloon)
        return sjabloon.error();

    DossierService dossiers(m_ws);
    const auto inwoner = dossiers.inwoner(inwonerId);
    if (!inwoner || inwoner->meta.deleted)
        return Error{ErrorCode::NotFound, tr("There is no inwoner with id %1.").arg(inwonerId)};
    try {
        std::vector<NetwerkPersoon> netwerk = dossiers.netwerk(inwonerId);
        m_ws.logAudit(QStringLiteral("export"), QStringLiteral("inwoner"), inwonerId);

        // As the drawing reads: the closest first, and within a ring the mantelzorgers first.
        std::stable_sort(netwerk.begin(), netwerk.end(), [](const NetwerkPersoon& a, const NetwerkPersoon& b) {
            if (a.nabijheid != b.nabijheid)
                return a.nabijheid < b.nabijheid;
            if (a.isMantelzorger() != b.isMantelzorger())
                return a.isMantelzorger();
            return QString::localeAwareCompare(a.naam, b.naam) < 0;
        });
        mustache::list personen;
        int mantelzorgers = 0;
        for (const NetwerkPersoon& p : netwerk) {
            personen.push_back(persoon(p));
            mantelzorgers += p.isMantelzorger() ? 1 : 0;
        }

        mustache::data d;
        d.set("briefhoofd", briefhoofd(InstellingenService(m_ws).mijnGegevens()));
        d.set("naam", s(inwoner->weergavenaam()));
        d.set("datum", s(datum(m_ws.clock().today())));
        d.set("tekening", s(QStringLiteral("wijkdossier://") + kTekening));
        d.set("heeft_personen", vlag(!personen.empty()));
        d.set("personen", personen);
        d.set("aantal", s(QString::number(personen.size())));
        d.set("een_persoon", vlag(personen.size() == 1));
        d.set("mantelzorgers", optioneel(mantelzorgers > 0 ? QString::number(mantelzorgers) : QString()));
        d.set("een_mantelzorger", vlag(mantelzorgers == 1));

        m_templateVersion = sjabloon->version;
        return sjabloon->render(d);
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

} // namespace core::documents
