// SPDX-License-Identifier: EUPL-1.2
#include "OntvangstbevestigingDocument.h"

#include "Brief.h"
#include "MustacheData.h"

#include "Clock.h"
#include "Workspace.h"
#include "db/DatabaseError.h"
#include "services/DossierService.h"
#include "services/InstellingenService.h"
#include "services/TrajectService.h"

#include <QCoreApplication>
#include <QLocale>

#include <map>

namespace core::documents {

namespace {

using namespace brief;

// The words below are printed in a letter to a Dutch inwoner in plain Dutch (B1), whatever language
// the app speaks, so they are not tr() strings; they are keyed by the stable keys of the model.

/// How the melding came in, in one or two sentences; empty when neither channel nor verwijzer is known.
QString hoeGemeld(const QString& kanaal, const QString& verwijzer)
{
    static const std::map<QString, QString> zinnen = {
        {QStringLiteral("telefoon"), QStringLiteral("U meldde zich telefonisch bij ons.")},
        {QStringLiteral("loket"), QStringLiteral("U meldde zich bij het loket.")},
        {QStringLiteral("wijkteam"), QStringLiteral("U meldde zich bij het wijkteam.")},
        {QStringLiteral("email"), QStringLiteral("U meldde zich per e-mail.")},
        {QStringLiteral("aanbieder"), QStringLiteral("Uw zorgaanbieder heeft u bij ons gemeld.")},
        {QStringLiteral("huisarts"), QStringLiteral("Uw huisarts heeft u naar ons verwezen.")},
    };
    const QString wie = verwijzer.trimmed();
    const bool verwezen = kanaal == QLatin1String("huisarts") || kanaal == QLatin1String("aanbieder");
    if (verwezen && !wie.isEmpty())
        return QStringLiteral("U bent bij ons gemeld door %1.").arg(wie);
    const auto it = zinnen.find(kanaal);
    QString zin = it != zinnen.end() ? it->second : QString();
    if (!wie.isEmpty())
        zin = joinedNonEmpty({zin, QStringLiteral("U bent naar ons verwezen door %1.").arg(wie)});
    return zin;
}

/// Why a term ends later than the law's count, in plain Dutch, for one reason key of a Termijn.
QString vrijeDag(const QString& sleutel)
{
    static const std::map<QString, QString> namen = {
        {QStringLiteral("weekend"), QStringLiteral("weekend")},
        {QStringLiteral("nieuwjaarsdag"), QStringLiteral("Nieuwjaarsdag")},
        {QStringLiteral("goede_vrijdag"), QStringLiteral("Goede Vrijdag")},
        {QStringLiteral("tweede_paasdag"), QStringLiteral("Tweede Paasdag")},
        {QStringLiteral("koningsdag"), QStringLiteral("Koningsdag")},
        {QStringLiteral("bevrijdingsdag"), QStringLiteral("Bevrijdingsdag")},
        {QStringLiteral("hemelvaartsdag"), QStringLiteral("Hemelvaartsdag")},
        {QStringLiteral("tweede_pinksterdag"), QStringLiteral("Tweede Pinksterdag")},
        {QStringLiteral("eerste_kerstdag"), QStringLiteral("Eerste Kerstdag")},
        {QStringLiteral("tweede_kerstdag"), QStringLiteral("Tweede Kerstdag")},
        {QStringLiteral("gelijkgesteld"), QStringLiteral("een vrije dag die voor de wet als feestdag telt")},
    };
    const auto it = namen.find(sleutel);
    return it != namen.end() ? it->second : QString();
}

/// The plain-Dutch "why" of a moved deadline; empty when it did not move for a vrije dag.
QString waarom(const rules::Termijn& t)
{
    QStringList dagen;
    bool artikel2 = false;
    for (const QString& sleutel : t.redenSleutels) {
        if (sleutel == QLatin1String("atw_art2"))
            artikel2 = true;
        else if (const QString dag = vrijeDag(sleutel); !dag.isEmpty())
            dagen << dag;
    }
    QStringList zinnen;
    if (!dagen.isEmpty()) {
        zinnen << QStringLiteral("Eigenlijk is de laatste dag %1. Maar dan is het %2.")
                      .arg(dagDatum(t.onverschoven), dagen.join(QStringLiteral(" en daarna ")));
    }
    if (artikel2)
        zinnen << QStringLiteral("Ook moeten er volgens de wet minstens twee werkdagen in de termijn zitten.");
    if (zinnen.isEmpty())
        return {};
    zinnen << QStringLiteral("Daarom schuift de datum op naar de eerste werkdag daarna.");
    return zinnen.join(QLatin1Char(' '));
}

/// "Beste Jan van der Berg": roepnaam, else voorletters (else the voornamen), then the surname as
/// the file has it. No mevrouw or meneer: the file does not say, and we do not guess.
QString aanhef(const Inwoner& in)
{
    const QString voor = !in.roepnaam.trimmed().isEmpty()      ? in.roepnaam
                         : !in.voorletters.trimmed().isEmpty() ? in.voorletters
                                                               : in.voornamen;
    return joinedNonEmpty({voor, in.tussenvoegsel, in.geslachtsnaam});
}

QString tr(const char* text)
{
    return QCoreApplication::translate("core::documents::OntvangstbevestigingDocument", text);
}

} // namespace

OntvangstbevestigingDocument::OntvangstbevestigingDocument(Workspace& workspace, QString templateFolder)
    : m_ws(workspace)
    , m_templateFolder(std::move(templateFolder))
{
}

Result<QString> OntvangstbevestigingDocument::render(const QString& trajectId)
{
    m_telefoonOntbreekt = false;
    m_warnings.clear();
    m_templateVersion.clear();
    const auto sjabloon = laadSjabloon(QStringLiteral("ontvangstbevestiging"), m_templateFolder, m_warnings,
                                       tr("The ontvangstbevestiging template is broken: %1"));
    if (!sjabloon)
        return sjabloon.error();

    const auto gevonden = brief::trajectEnInwoner(m_ws, trajectId);
    if (!gevonden)
        return gevonden.error();
    const Traject* traject = &gevonden->first;
    const Inwoner* inwoner = &gevonden->second;
    TrajectService trajecten(m_ws);
    try {
        const MijnGegevens ik = InstellingenService(m_ws).mijnGegevens();
        const rules::TrajectStand stand = trajecten.stand(*traject);
        m_ws.logAudit(QStringLiteral("export"), QStringLiteral("inwoner"), inwoner->meta.id);

        mustache::data d;
        d.set("briefhoofd", briefhoofd(ik));
        d.set("naam", s(inwoner->weergavenaam()));
        d.set("adres", adres(inwoner->adres));
        const QDate vandaag = m_ws.clock().today();
        d.set("datum", s(datum(vandaag)));
        d.set("aanhef", s(aanhef(*inwoner)));
        d.set("melding",
              traject->meldingDatum.isValid() ? mustache::data(s(datum(traject->meldingDatum))) : vlag(false));
        d.set("kanaal", optioneel(hoeGemeld(traject->kanaal, traject->verwijzer)));
        const mustache::data hulpvraag = alineas(traject->hulpvraag);
        d.set("heeft_hulpvraag", vlag(hulpvraag.is_list()));
        d.set("hulpvraag", hulpvraag);

        const auto termijn = [&](const char* sleutel) -> const rules::TermijnStand* {
            const rules::TermijnStand* t = stand.termijn(QLatin1String(sleutel));
            return t && t->termijn.datum.isValid() ? t : nullptr;
        };
        if (const rules::TermijnStand* plan = termijn("persoonlijk_plan")) {
            const QDate ontvangen = traject->datum(StapSoort::PersoonlijkPlanOntvangen);
            d.set("plan", mustache::object{
                              {"datum", mustache::data(s(dagDatum(plan->termijn.datum)))},
                              {"waarom", optioneel(waarom(plan->termijn))},
                              {"voorbij", vlag(plan->termijn.datum < vandaag && !ontvangen.isValid())},
                              {"ontvangen", ontvangen.isValid() ? mustache::data(s(datum(ontvangen))) : vlag(false)}});
        } else {
            d.set("plan", vlag(false));
        }
        if (const rules::TermijnStand* onderzoek = termijn("onderzoek")) {
            mustache::list verlengd;
            for (const TermijnOpschorting& o : traject->opschortingen) {
                if (o.termijn == QLatin1String("onderzoek") && o.dagen > 0)
                    verlengd.push_back(mustache::object{{"dagen", mustache::data(std::to_string(o.dagen))},
                                                        {"reden", optioneel(o.reden)}});
            }
            d.set("onderzoek", mustache::object{{"datum", mustache::data(s(dagDatum(onderzoek->termijn.datum)))},
                                                {"waarom", optioneel(waarom(onderzoek->termijn))},
                                                {"voorbij", vlag(onderzoek->termijn.datum < vandaag &&
                                                                 !onderzoek->voldaan.isValid())},
                                                {"verlengd", verlengd}});
        } else {
            d.set("onderzoek", vlag(false));
        }

        // The vast aanspreekpunt: the one named at the inwoner, else me (Mijn gegevens). My direct
        // number and e-mail are only printed for me, never under a colleague's name.
        const Aanspreekpunt ap = aanspreekpunt(*inwoner, ik);
        m_telefoonOntbreekt = ap.telefoon.isEmpty();
        d.set("aanspreekpunt", mustache::object{
                                   {"naam", optioneel(ap.naam)},
                                   {"functie", optioneel(ap.ikBenHet ? ik.functie : QString())},
                                   {"telefoon", optioneel(ap.telefoon)},
                                   {"email", optioneel(ap.ikBenHet ? ik.email : QString())},
                                   {"team", optioneel(team(ik))},
                               });
        d.set("ondertekening", optioneel(ik.naam));
        d.set("functie", optioneel(ik.functie));

        m_templateVersion = sjabloon->version;
        return sjabloon->render(d);
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

} // namespace core::documents
