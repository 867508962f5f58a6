// SPDX-License-Identifier: EUPL-1.2
#include "DemoSocialeKaart.h"

#include "DemoIdSequence.h"
#include "DemoPersonen.h"
#include "DemoRandom.h"
#include "Workspace.h"
#include "repo/SocialeKaartRepository.h"

#include <algorithm>
#include <cstring>

namespace core::demo {

namespace {

/// One demo entry. `voor` names the beschikking voorziening a maatwerk entry is meant for
/// ("domein/soort"); `netnummer` empty for an entry without a phone number.
struct DemoKaartRegel {
    const char* naam;
    const char* vorm;
    const char* wet;
    const char* categorie;
    const char* aanbieder;
    const char* netnummer;
    const char* email; ///< the part before @example.nl; empty for none
    const char* adres;
    const char* notities;
    const char* voor;
};

// Every organisation here is made up; names of the Kromme Rijn villages only say where it is.
constexpr DemoKaartRegel kRegels[] = {
    // Maatwerk under the Wmo: one for every VoorzieningSoort a beschikking grants.
    {"Huishoudelijke hulp – Thuiszorg Kromme Rijn (fictief)", "maatwerk", "wmo", "huishoudelijke_hulp",
     "Thuiszorg Kromme Rijn", "030", "planning.thuiszorg", "",
     "Schoonmaken, was en bedden verschonen, met een vaste hulp. In natura of met een pgb.", "wmo/huishoudelijke_hulp"},
    {"Huishoudelijke hulp – Thuishulp Schoon & Fijn", "maatwerk", "wmo", "huishoudelijke_hulp",
     "Thuishulp Schoon & Fijn", "0343", "info.schoonenfijn", "", "Tweede aanbieder van huishoudelijke hulp.", ""},
    {"Individuele begeleiding – Begeleiding Op Eigen Kracht", "maatwerk", "wmo", "begeleiding",
     "Begeleiding Op Eigen Kracht", "030", "aanmelden.opeigenkracht", "",
     "Thuis hulp bij structuur in de dag, post en afspraken.", "wmo/begeleiding"},
    {"Groepsbegeleiding – Dagcentrum Het Trefpunt", "maatwerk", "wmo", "begeleiding", "Dagcentrum Het Trefpunt", "030",
     "groep.trefpunt", "Lindenlaan 12, Houten", "Begeleiding in een kleine groep, twee of drie dagdelen.", ""},
    {"Dagbesteding De Boomgaard", "maatwerk", "wmo", "dagbesteding", "Dagbesteding De Boomgaard", "0343",
     "aanmelden.boomgaard", "Achterweg 7, Werkhoven",
     "Dagbesteding op een tuinderij, ook voor mensen met dementie. Vervoer kan worden geregeld.", "wmo/dagbesteding"},
    {"Rolstoel in bruikleen – Hulpmiddelencentrum Rijnwaarde", "maatwerk", "wmo", "hulpmiddel",
     "Hulpmiddelencentrum Rijnwaarde", "030", "hulpmiddelen.rijnwaarde", "",
     "Rolstoelen op maat, met onderhoud en reparatie.", "wmo/rolstoel"},
    {"Scootmobiel in bruikleen – Hulpmiddelencentrum Rijnwaarde", "maatwerk", "wmo", "hulpmiddel",
     "Hulpmiddelencentrum Rijnwaarde", "030", "hulpmiddelen.rijnwaarde", "",
     "Scootmobiel met rijinstructie aan huis; stalling wordt meegenomen in het onderzoek.", "wmo/scootmobiel"},
    {"Woningaanpassing en traplift – Woonaanpas Kromme Rijn", "maatwerk", "wmo", "woningaanpassing",
     "Woonaanpas Kromme Rijn", "0343", "advies.woonaanpas", "",
     "Traplift, drempels weg, douche aanpassen. Met advies van de ergotherapeut.", "wmo/woningaanpassing"},
    {"Regiotaxi Rijnwaarde (collectief vervoer)", "maatwerk", "wmo", "vervoer", "Vervoerscentrale Rijnwaarde", "030",
     "regiotaxi.rijnwaarde", "", "Deur-tot-deurvervoer in de regio, met een pas en een jaarbudget aan kilometers.",
     "wmo/vervoer"},
    {"Gehandicaptenparkeerkaart – Gemeente Rijnwaarde", "maatwerk", "wmo", "vervoer", "Gemeente Rijnwaarde", "030",
     "parkeerkaart.rijnwaarde", "", "Parkeren op invalidenplaatsen; soms met een eigen parkeerplaats.",
     "wmo/parkeerkaart"},
    {"Logeerhuis Het Wilgenhof (respijtzorg)", "maatwerk", "wmo", "respijtzorg", "Stichting Het Wilgenhof", "0343",
     "logeren.wilgenhof", "Langbroekerdijk 3, Langbroek",
     "Een paar dagen logeren, zodat de mantelzorger op adem kan komen.", "wmo/respijtzorg"},
    {"Beschermd wonen De Kromme Akker", "maatwerk", "wmo", "beschermd_wonen", "Stichting De Kromme Akker", "030",
     "aanmelden.krommeakker", "", "Wonen met begeleiding dag en nacht, voor mensen met psychische problemen.",
     "wmo/beschermd_wonen"},
    {"Overige maatwerkvoorziening Wmo – Gemeente Rijnwaarde", "maatwerk", "wmo", "anders", "Gemeente Rijnwaarde", "030",
     "wmo.rijnwaarde", "", "Voor maatwerk dat in geen andere categorie past.", "wmo/anders"},
    // Jeugdwet
    {"Ambulante jeugdhulp – Jeugdteam Kromme Rijn", "maatwerk", "jeugdwet", "opvoeden", "Jeugdteam Kromme Rijn", "030",
     "jeugdteam.krommerijn", "", "Hulp thuis voor ouders en kinderen, na een beschikking van de gemeente.",
     "jeugd/begeleiding"},
    {"Opvoedspreekuur Opgroeien in Rijnwaarde", "algemeen", "jeugdwet", "opvoeden", "Opgroeien in Rijnwaarde", "030",
     "opvoedvragen", "", "Vragen over opvoeden en opgroeien, zonder afspraak. Ook de oudercursus Positief opvoeden.",
     ""},
    // Schulden and Participatiewet
    {"Schuldhulpverlening met budgetbeheer – Schuldhulp Rijnwaarde", "maatwerk", "schulden", "schuldhulp",
     "Schuldhulp Rijnwaarde", "030", "aanmelden.schuldhulp", "", "Stabiliseren, budgetbeheer en een schuldregeling.",
     "schulden/anders"},
    {"Geldzakenspreekuur Rijnwaarde", "algemeen", "schulden", "schuldhulp", "Schuldhulp Rijnwaarde", "030",
     "geldzaken.rijnwaarde", "Raadhuisplein 1, Houten", "Hulp bij post, rekeningen en toeslagen, zonder afspraak.", ""},
    {"Thuisadministratie door vrijwilligers", "algemeen", "schulden", "schuldhulp", "Vrijwilligerscentrale Rijnwaarde",
     "", "thuisadministratie", "", "Een vaste vrijwilliger helpt elke week of om de week met de post.", ""},
    {"Re-integratietraject – Werkplein Kromme Rijn", "maatwerk", "participatiewet", "werk_inkomen",
     "Werkplein Kromme Rijn", "030", "werkcoach.werkplein", "", "Werkfit maken, proefplaatsing en jobcoaching.",
     "participatiewet/anders"},
    {"Werkspreekuur Werkplein Kromme Rijn", "algemeen", "participatiewet", "werk_inkomen", "Werkplein Kromme Rijn",
     "030", "werkspreekuur.werkplein", "", "Vragen over werk, uitkering en scholing.", ""},
    {"Vrijwilligerscentrale Rijnwaarde", "algemeen", "wmo", "anders", "Vrijwilligerscentrale Rijnwaarde", "0343",
     "vrijwilligerscentrale", "", "Vrijwilligerswerk zoeken dat bij je past.", ""},
    // Zvw and Wlz: no beschikking of the gemeente
    {"Wijkverpleging Kromme Rijn", "algemeen", "zvw", "gezondheid", "Wijkverpleging Kromme Rijn", "030",
     "wijkverpleging.krommerijn", "",
     "Verpleging en persoonlijke verzorging thuis; de wijkverpleegkundige stelt de indicatie (Zvw).", ""},
    {"Uitleen van hulpmiddelen – Thuiszorgwinkel Rijnwaarde", "algemeen", "zvw", "hulpmiddel",
     "Thuiszorgwinkel Rijnwaarde", "030", "uitleen.thuiszorgwinkel", "",
     "Krukken, rollator of douchestoel voor korte tijd, via de zorgverzekering.", ""},
    {"Wlz-informatiepunt Zorgkantoor Kromme Rijn (fictief)", "algemeen", "wlz", "anders", "Zorgkantoor Kromme Rijn",
     "030", "wlz.informatie", "", "Uitleg over een indicatie voor de Wet langdurige zorg.", ""},
    // Algemene voorzieningen under the Wmo
    {"Schoonmaakhulp Thuishulp Rijnwaarde (algemene voorziening)", "algemeen", "wmo", "huishoudelijke_hulp",
     "Thuishulp Rijnwaarde", "030", "schoonmaak.thuishulp", "",
     "Schoonmaakhulp zonder beschikking, met een vast tarief.", ""},
    {"Inloopspreekuur Begeleiding Op Eigen Kracht", "algemeen", "wmo", "begeleiding", "Begeleiding Op Eigen Kracht",
     "030", "inloop.opeigenkracht", "", "Even sparren over post, afspraken of de dag, zonder indicatie.", ""},
    {"Inloopdagbesteding Het Trefpunt", "algemeen", "wmo", "dagbesteding", "Dagcentrum Het Trefpunt", "030",
     "inloop.trefpunt", "Lindenlaan 12, Houten", "Drie ochtenden per week open: koffie, creatief en samen eten.", ""},
    {"Klussendienst Rijnwaarde", "algemeen", "wmo", "klussendienst", "Stichting Welzijn Rijnwaarde", "030",
     "klussendienst", "", "Kleine klussen in en om het huis door vrijwilligers, tegen een kleine vergoeding.", ""},
    {"Boodschappenmaatjes Werkhoven", "algemeen", "wmo", "boodschappendienst", "Stichting Welzijn Rijnwaarde", "0343",
     "boodschappenmaatjes", "", "Een vrijwilliger gaat mee naar de winkel of doet de boodschappen.", ""},
    {"Boodschappenservice Bunnik", "algemeen", "wmo", "boodschappendienst", "Supermarktcoöperatie Bunnik (fictief)",
     "030", "bezorgen.bunnik", "", "Boodschappen bestellen per telefoon, bezorging aan huis.", ""},
    {"Maaltijdservice Aan Tafel Rijnwaarde", "algemeen", "wmo", "maaltijden", "Stichting Aan Tafel", "030",
     "maaltijden.aantafel", "", "Warme maaltijden aan huis, ook dieetmaaltijden.", ""},
    {"Eetpunt De Schakel", "algemeen", "wmo", "maaltijden", "Stichting Welzijn Rijnwaarde", "0343", "eetpunt.schakel",
     "Buurthuis De Schakel, Wijk bij Duurstede", "Samen eten op dinsdag en donderdag.", ""},
    {"Mantelzorgsteunpunt Rijnwaarde", "algemeen", "wmo", "mantelzorgondersteuning", "Stichting Welzijn Rijnwaarde",
     "030", "mantelzorg", "", "Advies, lotgenotencontact en de mantelzorgwaardering.", ""},
    {"Mantelzorgcafé Kromme Rijn", "algemeen", "wmo", "mantelzorgondersteuning", "Mantelzorgsteunpunt Rijnwaarde", "",
     "mantelzorgcafe", "Buurthuis De Schakel, Wijk bij Duurstede",
     "Gespreksgroep voor mantelzorgers van mensen met dementie, elke maand.", ""},
    {"Even Vrij Rijnwaarde (vrijwillige respijtzorg)", "algemeen", "wmo", "respijtzorg", "Stichting Welzijn Rijnwaarde",
     "030", "evenvrij", "", "Een vrijwilliger neemt een dagdeel de zorg over, zodat de mantelzorger even weg kan.", ""},
    {"Cliëntondersteuning Rijnwaarde", "algemeen", "wmo", "clientondersteuning", "Cliëntondersteuning Rijnwaarde",
     "030", "clientondersteuning", "", "Onafhankelijke cliëntondersteuning, gratis voor inwoner en mantelzorger.", ""},
    {"Ouderenadvies Kromme Rijn", "algemeen", "wmo", "clientondersteuning", "Ouderenadvies Kromme Rijn", "0343",
     "ouderenadvies", "", "Ouderenadviseur aan huis: wonen, geld, zorg en welzijn.", ""},
    {"Buurthuis De Schakel – inloop", "algemeen", "wmo", "ontmoeting", "Stichting Welzijn Rijnwaarde", "0343",
     "deschakel", "Buurthuis De Schakel, Wijk bij Duurstede", "Koffie-inloop, biljart en spelletjes, elke werkdag.",
     ""},
    {"Ontmoetingscentrum Geheugenpunt Houten", "algemeen", "wmo", "ontmoeting", "Zorggroep Waardeland", "030",
     "geheugenpunt", "", "Ontmoeting en activiteiten voor mensen met beginnende dementie en hun naasten.", ""},
    {"Maatjesproject Samen Op Pad", "algemeen", "wmo", "maatjes", "Maatjesproject Samen Op Pad", "030", "samenoppad",
     "", "Een vast maatje om samen iets leuks te doen, eens per week.", ""},
    {"Ouderenbezoek De Brug", "algemeen", "wmo", "maatjes", "Ouderenbezoek De Brug", "0343", "ouderenbezoek", "",
     "Vrijwilligers komen op bezoek bij ouderen die weinig mensen zien.", ""},
    {"Belbus Kromme Rijn", "algemeen", "wmo", "vervoer", "Stichting Belbus Kromme Rijn", "0343", "belbus", "",
     "Vrijwilligers rijden ouderen naar de dokter, de winkel of op visite. Een dag vooraf bellen.", ""},
    {"Valpreventie In Balans", "algemeen", "wmo", "gezondheid", "Fysio- en ergotherapie Het Anker", "030",
     "inbalans.hetanker", "", "Cursus van tien weken: oefenen met balans en veilig bewegen.", ""},
    {"Beweegclub 65+ Odijk", "algemeen", "wmo", "ontmoeting", "Stichting Welzijn Rijnwaarde", "030", "beweegclub", "",
     "Samen bewegen op maandagochtend in de sportzaal.", ""},
    {"Woonconsulent Woningstichting Rijnwaarde", "algemeen", "wmo", "woningaanpassing",
     "Woningstichting Rijnwaarde (fictief)", "030", "woonconsulent", "",
     "Advies over kleine aanpassingen en over verhuizen naar een gelijkvloerse woning.", ""},
};

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

/// The categorie of the sociale kaart a beschikking voorziening falls in, when no demo entry is meant for it.
QString categorieVoor(const QString& domein, const QString& soort)
{
    if (soort == QLatin1String("rolstoel") || soort == QLatin1String("scootmobiel"))
        return QStringLiteral("hulpmiddel");
    if (soort == QLatin1String("parkeerkaart"))
        return QStringLiteral("vervoer");
    if (soort == QLatin1String("anders"))
        return domein == QLatin1String("schulden")          ? QStringLiteral("schuldhulp")
               : domein == QLatin1String("participatiewet") ? QStringLiteral("werk_inkomen")
                                                            : QStringLiteral("anders");
    if (domein == QLatin1String("jeugd") && soort == QLatin1String("begeleiding"))
        return QStringLiteral("opvoeden");
    return soort;
}

} // namespace

int DemoSocialeKaart::laad(Workspace& ws, DemoRandom& rng, DemoIdSequence& ids, const QDate& today)
{
    auto& repo = ws.socialeKaart();
    int geschreven = 0;
    if (repo.count() == 0) {
        DemoPersonen personen(rng, today);
        for (const DemoKaartRegel& r : kRegels) {
            SocialeKaartItem item;
            item.meta.id = ids.next();
            item.naam = utf8(r.naam);
            item.vorm = QString::fromLatin1(r.vorm);
            item.wet = QString::fromLatin1(r.wet);
            item.categorie = QString::fromLatin1(r.categorie);
            item.aanbieder = utf8(r.aanbieder);
            if (*r.netnummer != '\0')
                item.telefoon = personen.vast(r.netnummer);
            if (*r.email != '\0')
                item.email = QString::fromLatin1(r.email) + QStringLiteral("@example.nl");
            item.adres = utf8(r.adres);
            item.notities = utf8(r.notities);
            ws.stamp(item.meta);
            repo.save(item);
            ++geschreven;
        }
    }
    m_items = repo.zoek({}, {}, true);
    m_maatwerk.clear();
    return geschreven;
}

const SocialeKaartItem* DemoSocialeKaart::maatwerk(const QString& domein, const QString& soort)
{
    // Asked for every beschikking and plan of a run: looked up once per kind.
    const QString voor = domein + QLatin1Char('/') + soort;
    if (const auto it = m_maatwerk.constFind(voor); it != m_maatwerk.constEnd())
        return *it;
    const SocialeKaartItem* item = zoekMaatwerk(voor, domein, soort);
    m_maatwerk.insert(voor, item);
    return item;
}

const SocialeKaartItem* DemoSocialeKaart::zoekMaatwerk(const QString& voor, const QString& domein,
                                                       const QString& soort) const
{
    for (const DemoKaartRegel& r : kRegels) {
        if (voor != QLatin1String(r.voor))
            continue;
        const QString naam = utf8(r.naam);
        const auto it = std::find_if(m_items.begin(), m_items.end(), [&](const SocialeKaartItem& item) {
            return item.isMaatwerk() && item.naam == naam;
        });
        if (it != m_items.end())
            return &*it;
    }
    const QString categorie = categorieVoor(domein, soort);
    const auto it = std::find_if(m_items.begin(), m_items.end(), [&](const SocialeKaartItem& item) {
        return item.isMaatwerk() && item.categorie == categorie;
    });
    return it != m_items.end() ? &*it : nullptr;
}

std::vector<const SocialeKaartItem*> DemoSocialeKaart::algemeen(const QString& categorie) const
{
    std::vector<const SocialeKaartItem*> result;
    for (const SocialeKaartItem& item : m_items) {
        if (!item.isMaatwerk() && item.categorie == categorie)
            result.push_back(&item);
    }
    return result;
}

} // namespace core::demo
