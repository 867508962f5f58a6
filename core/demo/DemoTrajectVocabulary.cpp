// SPDX-License-Identifier: EUPL-1.2
#include "DemoTrajectVocabulary.h"

#include <cstring>

namespace core::demo {

namespace {

// The reasons for contact in seed 000, Table 1 (n=55), in the inwoner's own words.
constexpr const char* kHuishoudelijkeHulp[] = {
    "Ik kan het huis niet meer schoonhouden sinds mijn heupoperatie. Stofzuigen en de bedden verschonen lukt niet "
    "meer.",
    "Mijn man deed altijd het huishouden, maar hij is vorig jaar overleden en ik kan het alleen niet aan.",
    "Door mijn reuma kan ik niet meer bukken en dweilen. Mijn dochter helpt wel, maar die woont ver weg.",
    "Ik ben snel moe door mijn hartfalen. De was en het schoonmaken kosten me een hele dag.",
    "Sinds mijn val durf ik niet meer op een trapje te staan en de badkamer wordt niet meer schoon.",
};
constexpr const char* kRolstoel[] = {
    "Ik kan nog maar een paar stappen lopen. Ik wil met een rolstoel weer mee naar buiten kunnen.",
    "Mijn vrouw zit sinds haar beroerte in een geleende rolstoel die niet goed past; ze krijgt er pijn van.",
    "Na de amputatie van mijn been heb ik een eigen rolstoel nodig om thuis te kunnen blijven wonen.",
};
constexpr const char* kScootmobiel[] = {
    "Ik kan niet meer naar de winkel lopen, het is te ver met mijn rollator. Een scootmobiel zou helpen.",
    "Mijn longen laten het lopen niet meer toe. Ik wil zelf naar de markt en naar mijn kleinkinderen kunnen.",
    "Sinds ik niet meer mag autorijden kom ik de deur niet meer uit. Ik denk aan een scootmobiel.",
    "Ik zit de hele dag binnen. Met een scootmobiel kan ik weer naar de biljartclub.",
};
constexpr const char* kHerindicatie[] = {
    "Ik kreeg een brief dat mijn huishoudelijke hulp afloopt. Ik heb die hulp nog steeds nodig.",
    "Mijn indicatie voor de hulp stopt over twee maanden. Het gaat niet beter met mij, eerder slechter.",
    "De thuishulp zei dat ik opnieuw moet aanvragen. Ik wil graag dezelfde uren houden.",
};
constexpr const char* kVervoer[] = {
    "Ik kan niet meer met de bus. Ik wil naar de dagbesteding en naar mijn zus in Bunnik kunnen.",
    "Voor de fysiotherapie moet ik elke week naar Zeist en ik heb geen vervoer meer.",
    "Met de taxi is het te duur. Ik zou graag een pas voor het regiovervoer hebben.",
    "Mijn man kan niet meer rijden en nu zitten we allebei thuis. We willen naar de kerk en naar vrienden.",
};
constexpr const char* kWoningaanpassing[] = {
    "Ik kom de trap niet meer op en slaap nu beneden op de bank. Een traplift zou veel schelen.",
    "Ik kan niet meer in en uit het bad stappen. Ik wil graag een douche met een stoeltje.",
    "De drempels in huis zijn gevaarlijk met mijn rollator. Ik ben al twee keer gevallen.",
    "Onze dochter zit in een rolstoel en past niet door de deur van de badkamer.",
};
constexpr const char* kBegeleiding[] = {
    "Ik raak het overzicht kwijt over mijn post en afspraken sinds mijn hersenletsel.",
    "Ik zit alleen thuis en pieker veel. Ik zou graag ergens naartoe gaan waar mensen zijn.",
    "Mijn moeder wordt vergeetachtig en kan niet meer de hele dag alleen zijn. Ik werk en kan er niet altijd zijn.",
    "Ik heb hulp nodig om mijn dag in te delen, anders blijf ik in bed liggen.",
};
constexpr const char* kParkeerkaart[] = {
    "Ik kan maar een klein stukje lopen en bij de huisarts is nooit plek om te parkeren.",
    "Mijn man rijdt mij overal naartoe maar we moeten ver weg parkeren. Ik wil een gehandicaptenparkeerkaart.",
};
constexpr const char* kJeugd[] = {
    "Onze zoon van negen heeft ADHD en thuis loopt het steeds vast. Ik weet niet meer hoe ik het moet aanpakken.",
    "Mijn dochter van veertien gaat niet meer naar school en zit de hele dag op haar kamer.",
    "Sinds de scheiding is mijn zoon heel boos en slaat hij zijn zusje. Ik wil hulp voordat het erger wordt.",
    "Ik sta er alleen voor met drie kinderen en ik red het niet meer.",
};
constexpr const char* kSchulden[] = {
    "Ik heb een achterstand met de huur en de energierekening en durf de post niet meer open te maken.",
    "Er staat een deurwaarder voor de deur. Ik weet niet meer hoeveel schulden ik heb.",
    "Sinds ik mijn baan kwijt ben lukt het niet meer om alles te betalen.",
    "Mijn vader krijgt aanmaningen, hij vergeet rekeningen te betalen. Ik wil dat iemand meekijkt.",
};
constexpr const char* kParticipatie[] = {
    "Ik zit al twee jaar in de bijstand en wil weer aan het werk, maar mijn rug houdt me tegen.",
    "Ik wil graag vrijwilligerswerk doen om weer ritme te krijgen, maar ik weet niet waar ik moet beginnen.",
    "Mijn uitkering is gekort en ik begrijp niet waarom. Ik wil ook graag een opleiding doen.",
};

constexpr DemoHulpvraag kHulpvragen[] = {
    {"wmo", 13, "huishouden", "huishoudelijke_hulp", "Huishoudelijke hulp", "uur_per_week", 2, 4, 24, 80, 10,
     kHuishoudelijkeHulp},
    {"wmo", 5, "vervoer", "rolstoel", "Rolstoel (bruikleen)", "stuks", 1, 1, 0, 90, 3, kRolstoel},
    {"wmo", 6, "vervoer", "scootmobiel", "Scootmobiel (bruikleen)", "stuks", 1, 1, 0, 75, 3, kScootmobiel},
    {"wmo", 8, "huishouden", "huishoudelijke_hulp", "Huishoudelijke hulp (herindicatie)", "uur_per_week", 2, 4, 24, 92,
     12, kHerindicatie},
    {"wmo", 10, "vervoer", "vervoer", "Collectief vervoer (Regiotaxi)", "km_per_jaar", 1500, 2500, 60, 70, 2, kVervoer},
    {"wmo", 6, "woonsituatie", "woningaanpassing", "Woningaanpassing", "euro", 1500, 12000, 0, 75, 20,
     kWoningaanpassing},
    {"wmo", 5, "welbevinden", "begeleiding", "Individuele begeleiding", "uur_per_week", 1, 4, 12, 70, 30, kBegeleiding},
    {"wmo", 2, "vervoer", "parkeerkaart", "Gehandicaptenparkeerkaart", "", 0, 0, 60, 85, 0, kParkeerkaart},
    {"jeugd", 1, "gezin", "begeleiding", "Ambulante jeugdhulp", "uur_per_week", 2, 3, 12, 60, 10, kJeugd},
    {"schulden", 1, "schulden", "anders", "Schuldhulpverlening met budgetbeheer", "", 0, 0, 36, 55, 0, kSchulden},
    {"participatiewet", 1, "werk", "anders", "Re-integratietraject", "", 0, 0, 12, 40, 0, kParticipatie},
};

constexpr DemoClientondersteuner kClientondersteuners[] = {
    {"Karin Mulder", "Cliëntondersteuning Rijnwaarde"},
    {"Ahmed Bouzid", "Cliëntondersteuning Rijnwaarde"},
    {"Ellen de Ruiter", "Ouderenadvies Kromme Rijn"},
    {"Pieter Hoogland", "Ouderenadvies Kromme Rijn"},
};

constexpr const char* kOpschortingOnderzoek[] = {
    "Wachten op het medisch advies van de GGD-arts.",
    "Inwoner is opgenomen in het ziekenhuis; het huisbezoek is uitgesteld.",
    "Op verzoek van de inwoner: de mantelzorger is op vakantie en wil bij het gesprek zijn.",
    "Wachten op het advies van de ergotherapeut.",
    "Inwoner wil eerst zelf een persoonlijk plan maken met de cliëntondersteuner.",
};
constexpr const char* kOpschortingBeschikking[] = {
    "Wachten op de offerte van de leverancier.",
    "Wachten op het advies van de ergotherapeut over de woningaanpassing.",
};

constexpr const char* kAfwijzingen[] = {
    "De inwoner kan met een algemene voorziening (boodschappendienst) voldoende zelfredzaam blijven.",
    "De partner kan deze taken als gebruikelijke hulp overnemen.",
    "Het probleem valt onder de Zorgverzekeringswet: hulpmiddel via de zorgverzekeraar.",
    "Uit het onderzoek blijkt geen beperking in de zelfredzaamheid op dit gebied.",
    "Minder uren dan gevraagd: de was kan naar de wasserette van de algemene voorziening.",
};

constexpr const char* kVerslagOpmerkingen[] = {
    "Inwoner is het niet eens met het aantal uren.",
    "De dochter vindt dat de zorg van de mantelzorger te licht is ingeschat.",
    "Inwoner mist in het verslag dat zij 's nachts ook hulp nodig heeft.",
};

// Notes per leefgebied of the gespreksleidraad: {aandacht, …} then {geen probleem, …}.
struct Notities {
    const char* leefgebied;
    std::span<const char* const> aandacht;
    std::span<const char* const> geenProbleem;
};

constexpr const char* kWoonAandacht[] = {"Trap naar de slaapkamer is een probleem.",
                                         "Woning is niet toegankelijk met rollator, drempels."};
constexpr const char* kWoonGoed[] = {"Gelijkvloerse woning, past goed.", "Woont prettig, wil hier blijven wonen."};
constexpr const char* kOpleidingAandacht[] = {"Schoolverzuim, contact met leerplicht.",
                                              "Wil een opleiding doen maar weet niet welke."};
constexpr const char* kOpleidingGoed[] = {"Gaat graag naar school.", "Geen vragen over opleiding."};
constexpr const char* kGezinAandacht[] = {"Veel spanning in het gezin.", "Partner is overbelast."};
constexpr const char* kGezinGoed[] = {"Goede band met de kinderen.", "Partner en kinderen steunen elkaar."};
constexpr const char* kHuishoudenAandacht[] = {"Zwaar huishoudelijk werk lukt niet meer.",
                                               "Was en bedden verschonen lukt niet."};
constexpr const char* kHuishoudenGoed[] = {"Licht huishoudelijk werk doet inwoner zelf.",
                                           "Dochter doet de boodschappen."};
constexpr const char* kGezondheidAandacht[] = {"Valt regelmatig, loopt met rollator.", "Veel pijn, slaapt slecht.",
                                               "Vermoeid door hartfalen."};
constexpr const char* kGezondheidGoed[] = {"Stabiel, onder controle bij de huisarts.", "Voelt zich redelijk gezond."};
constexpr const char* kVervoerAandacht[] = {"Kan niet meer met het openbaar vervoer.",
                                            "Komt de deur bijna niet meer uit."};
constexpr const char* kVervoerGoed[] = {"Zoon rijdt naar afspraken.", "Fietst nog korte stukjes."};
constexpr const char* kSociaalAandacht[] = {"Weinig contacten sinds het overlijden van de partner.",
                                            "Voelt zich eenzaam."};
constexpr const char* kSociaalGoed[] = {"Buren komen dagelijks langs.", "Gaat wekelijks naar de kerk."};
constexpr const char* kWelbevindenAandacht[] = {"Somber, piekert veel.", "Maakt zich zorgen over de toekomst."};
constexpr const char* kWelbevindenGoed[] = {"Opgewekt, ondanks de beperkingen.", "Heeft zin in de dag."};
constexpr const char* kVrijeTijdAandacht[] = {"Kan hobby's niet meer doen.", "Verveelt zich overdag."};
constexpr const char* kVrijeTijdGoed[] = {"Leest en puzzelt graag.", "Gaat naar de biljartclub."};
constexpr const char* kWerkAandacht[] = {"Ziek thuis, re-integratie loopt.", "Zoekt werk, lukt niet."};
constexpr const char* kWerkGoed[] = {"Werkt parttime, gaat goed.", "Werk en zorg zijn in balans."};
constexpr const char* kInkomenAandacht[] = {"Krap inkomen, eigen bijdrage is een zorg.", "Weet niet van toeslagen."};
constexpr const char* kInkomenGoed[] = {"AOW en pensioen, komt rond.", "Inkomen is toereikend."};
constexpr const char* kSchuldenAandacht[] = {"Betalingsachterstanden, aanmaningen.", "Deurwaarder is geweest."};
constexpr const char* kSchuldenGoed[] = {"Geen schulden.", "Administratie op orde (zoon helpt)."};

constexpr Notities kNotities[] = {
    {"woonsituatie", kWoonAandacht, kWoonGoed},
    {"opleiding", kOpleidingAandacht, kOpleidingGoed},
    {"gezin", kGezinAandacht, kGezinGoed},
    {"huishouden", kHuishoudenAandacht, kHuishoudenGoed},
    {"gezondheid", kGezondheidAandacht, kGezondheidGoed},
    {"vervoer", kVervoerAandacht, kVervoerGoed},
    {"sociale_contacten", kSociaalAandacht, kSociaalGoed},
    {"welbevinden", kWelbevindenAandacht, kWelbevindenGoed},
    {"vrije_tijd", kVrijeTijdAandacht, kVrijeTijdGoed},
    {"werk", kWerkAandacht, kWerkGoed},
    {"inkomen", kInkomenAandacht, kInkomenGoed},
    {"schulden", kSchuldenAandacht, kSchuldenGoed},
};

constexpr const char* kMantelzorgVisies[] = {
    "Ik doe het met liefde, maar het wordt me te veel naast mijn werk.",
    "Ik merk dat mijn moeder achteruitgaat en maak me zorgen als ik er niet ben.",
    "Ik wil blijven helpen, maar het huishouden erbij lukt niet meer.",
    "We redden het samen nog, als er iemand het zware werk overneemt.",
    "Ik ben bang dat hij valt als ik 's nachts niet oplet.",
};

constexpr const char* kSamenvattingen[] = {
    "Gesprek over de hulpvraag en wat inwoner en netwerk zelf kunnen.",
    "Situatie besproken; eigen kracht en netwerk in kaart gebracht.",
    "De stand van zaken doorgenomen.",
    "Mogelijkheden besproken: eerst algemene voorzieningen, daarna maatwerk.",
    "Aanvullende informatie opgehaald voor het verslag.",
};
constexpr const char* kAfspraken[] = {
    "Consulent stuurt het verslag ter ondertekening.",
    "Inwoner vraagt offerte aan; consulent neemt contact op met de ergotherapeut.",
    "Dochter informeert naar de boodschappendienst.",
    "Over twee weken belt de consulent terug.",
    "Aanmelding bij de maaltijdservice, consulent regelt de aanvraag.",
};

constexpr const char* kGeen[] = {""};

} // namespace

std::span<const DemoHulpvraag> DemoTrajectVocabulary::hulpvragen()
{
    return kHulpvragen;
}

std::span<const DemoClientondersteuner> DemoTrajectVocabulary::clientondersteuners()
{
    return kClientondersteuners;
}

std::span<const char* const> DemoTrajectVocabulary::opschortingRedenen(bool beschikking)
{
    return beschikking ? std::span<const char* const>(kOpschortingBeschikking) : kOpschortingOnderzoek;
}

std::span<const char* const> DemoTrajectVocabulary::afwijzingRedenen()
{
    return kAfwijzingen;
}

std::span<const char* const> DemoTrajectVocabulary::verslagOpmerkingen()
{
    return kVerslagOpmerkingen;
}

std::span<const char* const> DemoTrajectVocabulary::notities(const char* leefgebied, bool aandacht)
{
    for (const Notities& n : kNotities) {
        if (std::strcmp(n.leefgebied, leefgebied) == 0)
            return aandacht ? n.aandacht : n.geenProbleem;
    }
    return kGeen;
}

std::span<const char* const> DemoTrajectVocabulary::mantelzorgVisies()
{
    return kMantelzorgVisies;
}

std::span<const char* const> DemoTrajectVocabulary::samenvattingen()
{
    return kSamenvattingen;
}

std::span<const char* const> DemoTrajectVocabulary::afspraken()
{
    return kAfspraken;
}

} // namespace core::demo
