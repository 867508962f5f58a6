// SPDX-License-Identifier: EUPL-1.2
#include "DemoPlanVocabulary.h"

#include <cstring>

namespace core::demo {

namespace {

using Zinnen = const char* const[];

constexpr Zinnen kHuishoudelijkeHulpAnderen = {"gezondheid", "contact", "zelfzorg", "buiten_komen", "administratie"};
constexpr Zinnen kRolstoelAnderen = {"gezondheid", "contact", "wonen_veilig", "zelfzorg"};
constexpr Zinnen kScootmobielAnderen = {"buiten_komen", "contact", "gezondheid"};
constexpr Zinnen kVervoerAnderen = {"contact", "dagstructuur", "gezondheid"};
constexpr Zinnen kWoningAnderen = {"zelfzorg", "gezondheid", "huishouden"};
constexpr Zinnen kBegeleidingAnderen = {"administratie", "contact", "somberheid"};
constexpr Zinnen kParkeerAnderen = {"gezondheid", "contact"};
constexpr Zinnen kJeugdAnderen = {"school", "somberheid", "administratie"};
constexpr Zinnen kSchuldenAnderen = {"somberheid", "werk", "dagstructuur"};
constexpr Zinnen kParticipatieAnderen = {"dagstructuur", "administratie", "gezondheid"};

constexpr DemoPlanThema kThemas[] = {
    {"wmo", "huishoudelijke_hulp", "huishouden", kHuishoudelijkeHulpAnderen},
    {"wmo", "rolstoel", "buiten_komen", kRolstoelAnderen},
    {"wmo", "scootmobiel", "boodschappen", kScootmobielAnderen},
    {"wmo", "vervoer", "buiten_komen", kVervoerAnderen},
    {"wmo", "woningaanpassing", "wonen_veilig", kWoningAnderen},
    {"wmo", "begeleiding", "dagstructuur", kBegeleidingAnderen},
    {"wmo", "parkeerkaart", "buiten_komen", kParkeerAnderen},
    {"jeugd", "begeleiding", "gezin_rust", kJeugdAnderen},
    {"schulden", "anders", "schulden", kSchuldenAnderen},
    {"participatiewet", "anders", "werk", kParticipatieAnderen},
};

constexpr Zinnen kStabieleDoelen = {"thuis_blijven", "conditie", "thuis_blijven"};

// Why a maatwerkvoorziening: what eigen kracht, netwerk and algemene voorzieningen cannot do.
struct Onderbouwing {
    const char* soort;
    std::span<const char* const> zinnen;
};
constexpr Zinnen kOnderbouwingHh = {
    "Inwoner kan door de beperkingen het zware huishoudelijk werk niet zelf. De partner is zelf beperkt en de "
    "kinderen wonen ver weg. De schoonmaakhulp van de algemene voorziening is niet genoeg: ook de was en de bedden "
    "moeten gedaan worden.",
    "De mantelzorger doet al veel en kan dit er niet bij hebben. Een algemene voorziening dekt het "
    "schoonhouden van de hele woning niet.",
};
constexpr Zinnen kOnderbouwingBegeleiding = {
    "Inwoner heeft structurele hulp nodig bij de dagindeling en de administratie. Het netwerk is klein en kan dit "
    "niet elke week doen; het inloopspreekuur is niet genoeg omdat inwoner zelf geen hulp vraagt als het misgaat.",
    "De vrijwillige hulp is eerder geprobeerd maar vraagt meer deskundigheid. Begeleiding is nodig om thuis te "
    "kunnen blijven wonen.",
};
constexpr Zinnen kOnderbouwingVervoer = {
    "Inwoner kan niet meer met het openbaar vervoer en heeft niemand die structureel kan rijden. De belbus rijdt "
    "alleen korte ritten binnen de gemeente.",
    "Het netwerk rijdt al naar het ziekenhuis, maar niet naar de wekelijkse activiteiten. Sociaal vervoer is niet "
    "beschikbaar op de tijden die nodig zijn.",
};
constexpr Zinnen kOnderbouwingHulpmiddel = {
    "Inwoner kan niet meer dan honderd meter lopen. Een hulpmiddel van de thuiszorgwinkel is alleen voor korte tijd; "
    "de beperking is blijvend.",
    "Met een rollator komt inwoner niet verder dan de voordeur. Zelf kopen is financieel niet mogelijk.",
};
constexpr Zinnen kOnderbouwingWoning = {
    "Inwoner kan de trap niet meer veilig op en de slaapkamer en badkamer zijn boven. Verhuizen is onderzocht "
    "maar er is geen passende woning binnen redelijke tijd. Advies van de ergotherapeut ligt in het dossier.",
    "Kleine aanpassingen door de klussendienst zijn gedaan, maar zijn niet genoeg voor het douchen.",
};
constexpr Zinnen kOnderbouwingParkeerkaart = {
    "Inwoner kan maar een kort stuk lopen; de partner rijdt, maar er is bij de huisarts en de winkel geen plek dicht "
    "bij de ingang. Een algemene voorziening is er niet voor.",
};
constexpr Zinnen kOnderbouwingJeugd = {
    "Ouder heeft de oudercursus gevolgd en het netwerk helpt, maar de problemen thuis blijven. Er is "
    "specialistische hulp thuis nodig om escalatie te voorkomen.",
};
constexpr Zinnen kOnderbouwingAnders = {
    "Het geldzakenspreekuur en de hulp van de familie zijn niet genoeg: de schulden zijn te groot en er lopen "
    "beslagen. Een traject met budgetbeheer is nodig.",
    "Zelf solliciteren en het werkspreekuur hebben niet tot werk geleid. Begeleiding naar werk is nodig vanwege de "
    "rugklachten.",
};
constexpr Zinnen kOnderbouwingAlgemeen = {
    "Wat inwoner zelf kan, het netwerk en de algemene voorzieningen samen zijn niet genoeg om zelfredzaam te blijven.",
};
constexpr Onderbouwing kOnderbouwingen[] = {
    {"huishoudelijke_hulp", kOnderbouwingHh},
    {"begeleiding", kOnderbouwingBegeleiding},
    {"vervoer", kOnderbouwingVervoer},
    {"rolstoel", kOnderbouwingHulpmiddel},
    {"scootmobiel", kOnderbouwingHulpmiddel},
    {"woningaanpassing", kOnderbouwingWoning},
    {"parkeerkaart", kOnderbouwingParkeerkaart},
    {"jeugd", kOnderbouwingJeugd},
    {"anders", kOnderbouwingAnders},
};

constexpr Zinnen kWederkerigheid = {
    "Inwoner leest voor op de inloopochtend in het buurthuis.",
    "Inwoner helpt de buurman met de tuin zolang het gaat.",
    "Inwoner bakt elke week een taart voor de koffieochtend van de kerk.",
    "Inwoner helpt als vrijwilliger bij het eetpunt met tafeldekken.",
    "Inwoner past een middag per week op de hond van de buren.",
    "Inwoner denkt mee in het cliëntenpanel van de gemeente.",
};

constexpr Zinnen kBehaald = {
    "Doel bereikt: inwoner redt het met de afgesproken hulp.",
    "Gelukt. Inwoner is tevreden en wil het zo houden.",
};
constexpr Zinnen kDeels = {
    "Gaat beter, maar nog niet helemaal; het doel loopt door.",
    "Deels gelukt: de hulp is er, maar inwoner is nog vaak moe.",
};
constexpr Zinnen kNietBehaald = {
    "Niet gelukt; een andere aanpak is nodig.",
    "Inwoner is in deze periode opgenomen geweest; het doel opnieuw bekeken.",
};
constexpr Zinnen kStabiel = {
    "De situatie is stabiel gebleven, zoals gehoopt.",
    "Geen verdere achteruitgang; mantelzorger houdt het vol met de hulp die er is.",
};
constexpr Zinnen kPlanEvaluaties = {
    "Evaluatie besproken met inwoner tijdens een huisbezoek.",
    "Evaluatie telefonisch besproken met inwoner en familie.",
    "Evaluatie samen met de mantelzorger en de aanbieder.",
};

constexpr const char* kLeeg[] = {""};

} // namespace

const DemoPlanThema* DemoPlanVocabulary::thema(const char* domein, const char* voorziening)
{
    for (const DemoPlanThema& t : kThemas) {
        if (std::strcmp(t.domein, domein) == 0 && std::strcmp(t.voorziening, voorziening) == 0)
            return &t;
    }
    return nullptr;
}

std::span<const char* const> DemoPlanVocabulary::stabieleDoelen()
{
    return kStabieleDoelen;
}

const char* DemoPlanVocabulary::geheugenDoel()
{
    return "geheugen";
}

std::span<const char* const> DemoPlanVocabulary::onderbouwingen(const char* soort)
{
    for (const Onderbouwing& o : kOnderbouwingen) {
        if (std::strcmp(o.soort, soort) == 0)
            return o.zinnen;
    }
    return kOnderbouwingAlgemeen;
}

std::span<const char* const> DemoPlanVocabulary::wederkerigheid()
{
    return kWederkerigheid;
}

std::span<const char* const> DemoPlanVocabulary::evaluatieNotities(const char* evaluatie)
{
    if (std::strcmp(evaluatie, "behaald") == 0)
        return kBehaald;
    if (std::strcmp(evaluatie, "deels") == 0)
        return kDeels;
    if (std::strcmp(evaluatie, "niet_behaald") == 0)
        return kNietBehaald;
    if (std::strcmp(evaluatie, "stabiel") == 0)
        return kStabiel;
    return kLeeg;
}

std::span<const char* const> DemoPlanVocabulary::planEvaluaties()
{
    return kPlanEvaluaties;
}

} // namespace core::demo
