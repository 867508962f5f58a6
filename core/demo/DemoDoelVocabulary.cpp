// SPDX-License-Identifier: EUPL-1.2
#include "DemoDoelVocabulary.h"

#include <cstring>

namespace core::demo {

namespace {

using Zinnen = const char* const[];

// --- huishouden en boodschappen ------------------------------------------------------------------
constexpr Zinnen kHuishoudenWens = {
    "Ik wil dat mijn huis schoon is, ook al kan ik het zelf niet meer.",
    "Dat het huis weer netjes is en ik niet meer tegen de rommel aankijk.",
    "Ik wil zelf de lichte klusjes blijven doen, zoals afstoffen en de afwas.",
    "Een schoon huis, zodat de kleinkinderen weer graag komen.",
    "Dat de was en de bedden gewoon gedaan worden, zonder dat ik er doodmoe van word.",
};
constexpr Zinnen kHuishoudenSituatie = {
    "Het huis wordt elke week schoongemaakt; inwoner doet de lichte taken zelf.",
    "Schoon en leefbaar huis, de zware taken zijn overgenomen.",
};
constexpr Zinnen kHuishoudenEigen = {
    "Doet zelf de afwas en stoft licht af, verdeeld over de week.",
    "Zet de was zelf in de machine en vouwt hem zittend op.",
    "Maakt een weekschema zodat het werk over de dagen verdeeld wordt.",
};
constexpr Zinnen kHuishoudenNetwerk = {
    "Verschoont om de week de bedden.",
    "Hangt de was op en ruimt de kast in.",
    "Zet op zaterdag de vuilnisbakken aan de straat.",
};
constexpr DemoAlgemeneActie kHuishoudenAlgemeen[] = {
    {"maaltijden", "Drie keer per week een warme maaltijd aan huis."},
    {"huishoudelijke_hulp", "Schoonmaakhulp om de week voor de ramen en de keuken."},
    {"klussendienst", "De klussendienst hangt een droogrek op dat inwoner zittend kan gebruiken."},
};
constexpr DemoEigenOplossing kHuishoudenOplossing[] = {
    {"Mijn buurvrouw wil wel tegen betaling bij mij schoonmaken.", ""},
    {"Ik wil zelf een schoonmaker zoeken en betalen.",
     "Inwoner heeft daar het geld niet voor; met de maatwerkvoorziening is de eigen bijdrage lager."},
    {"Mijn kinderen kunnen om de beurt het huis doen.",
     "De kinderen werken en wonen ver weg; dat houden zij niet vol."},
};

constexpr Zinnen kBoodschappenWens = {
    "Ik wil zelf weer boodschappen kunnen doen.",
    "Dat ik zelf kan kiezen wat ik eet en niet steeds iemand hoef te vragen.",
    "Ik wil zelf naar de supermarkt, gewoon als iedereen.",
};
constexpr Zinnen kBoodschappenSituatie = {"Inwoner doet de dagelijkse boodschappen zelf, de zware worden gebracht."};
constexpr Zinnen kBoodschappenEigen = {
    "Maakt elke week een boodschappenlijst en bestelt de zware dingen.",
    "Doet de kleine boodschappen bij de bakker om de hoek.",
};
constexpr Zinnen kBoodschappenNetwerk = {
    "Doet op zaterdag de grote boodschappen.",
    "Neemt inwoner mee naar de markt op woensdag.",
};
constexpr DemoAlgemeneActie kBoodschappenAlgemeen[] = {
    {"boodschappendienst", "Boodschappen laten bezorgen via de boodschappendienst."},
    {"boodschappendienst", "Een vrijwilliger gaat eens per week mee naar de winkel."},
};
constexpr DemoEigenOplossing kBoodschappenOplossing[] = {
    {"Ik kan de boodschappen laten bezorgen.", ""},
    {"Mijn zoon kan toch alles halen.", "Inwoner wil juist zelf weer naar buiten en niet afhankelijk zijn."},
};

// --- naar buiten en vervoer ----------------------------------------------------------------------
constexpr Zinnen kBuitenWens = {
    "Ik wil weer naar de markt en naar mijn kleinkinderen kunnen.",
    "Dat ik zelf de deur uit kan, ook als het wat verder is.",
    "Ik wil weer naar de biljartclub op donderdag.",
    "Ik wil naar de kerk en op visite bij mijn zus in Bunnik.",
    "Zelf naar de fysiotherapie kunnen, zonder steeds iemand te moeten vragen.",
};
constexpr Zinnen kBuitenSituatie = {
    "Inwoner komt minstens drie keer per week buiten de deur.",
    "Inwoner gaat zelfstandig naar afspraken en activiteiten.",
};
constexpr Zinnen kBuitenEigen = {
    "Plant uitstapjes op droge dagen en neemt de telefoon mee.",
    "Oefent de route naar de winkel eerst met iemand erbij.",
    "Zet de afspraken op de kalender en belt op tijd voor vervoer.",
};
constexpr Zinnen kBuitenNetwerk = {
    "Rijdt op zondag mee naar de kerk.",
    "Gaat eens per week samen een rondje wandelen.",
    "Brengt inwoner om de week naar de kleinkinderen.",
};
constexpr DemoAlgemeneActie kBuitenAlgemeen[] = {
    {"vervoer", "De belbus voor korte ritten naar de dokter en de winkel."},
    {"ontmoeting", "Gaat op dinsdag naar de inloop in het buurthuis."},
    {"maatjes", "Een maatje gaat om de week mee naar buiten."},
};
constexpr DemoProfessioneleActie kBuitenProf[] = {
    {"Fysiotherapeut (Fysio- en ergotherapie Het Anker)", "Oefent lopen en balans, twee keer per week."},
    {"Ergotherapeut (Fysio- en ergotherapie Het Anker)", "Geeft uitleg over veilig gebruik van het hulpmiddel."},
};
constexpr DemoEigenOplossing kBuitenOplossing[] = {
    {"Ik neem wel een taxi als het nodig is.", "Dat is op den duur te duur met alleen AOW."},
    {"Mijn buurman rijdt me wel.", ""},
    {"Ik koop zelf een tweedehands scootmobiel.", ""},
};

// --- wonen ---------------------------------------------------------------------------------------
constexpr Zinnen kWonenWens = {
    "Ik wil weer boven in mijn eigen bed slapen.",
    "Dat ik zonder vallen door mijn huis kan lopen.",
    "Ik wil zelf kunnen douchen zonder bang te zijn dat ik val.",
    "Dat de drempels eruit gaan, zodat ik met de rollator overal kom.",
};
constexpr Zinnen kWonenSituatie = {"De woning is veilig en bereikbaar met de rollator.",
                                   "Inwoner slaapt weer boven en komt veilig de trap op."};
constexpr Zinnen kWonenEigen = {
    "Haalt losse kleden en snoeren weg uit de looproutes.",
    "Draagt in huis stevige schoenen in plaats van sloffen.",
    "Zet 's nachts een lampje aan in de gang.",
};
constexpr Zinnen kWonenNetwerk = {
    "Haalt offertes op en is erbij als de aanpassing wordt geplaatst.",
    "Ruimt samen met inwoner de zolder en de slaapkamer op.",
};
constexpr DemoAlgemeneActie kWonenAlgemeen[] = {
    {"klussendienst", "De klussendienst plaatst handgrepen bij het toilet en de douche."},
    {"woningaanpassing", "Gesprek met de woonconsulent over een gelijkvloerse woning op termijn."},
    {"hulpmiddel", "Een douchestoel lenen bij de thuiszorgwinkel."},
};
constexpr DemoProfessioneleActie kWonenProf[] = {
    {"Ergotherapeut (Fysio- en ergotherapie Het Anker)", "Adviseert over de aanpassing en oefent met de traplift."},
};
constexpr DemoEigenOplossing kWonenOplossing[] = {
    {"Ik zet mijn bed wel beneden in de kamer.", "Inwoner wil dat niet: er is geen toilet of douche beneden."},
    {"Ik betaal de beugels zelf, de klussendienst kan ze ophangen.", ""},
    {"Ik wil verhuizen naar een gelijkvloerse woning.", ""},
};

constexpr Zinnen kThuisWens = {
    "Dat ik thuis kan blijven wonen.",
    "Ik wil in mijn eigen huis blijven, zo lang als het kan.",
    "Dat het thuis goed blijft gaan, zoals het nu gaat.",
};
constexpr Zinnen kThuisSituatie = {"Inwoner woont veilig thuis; de hulp die er is blijft zo geregeld."};
constexpr Zinnen kThuisEigen = {
    "Draagt de alarmknop om de hals, ook 's nachts.",
    "Belt elke ochtend even met de familie.",
};
constexpr Zinnen kThuisNetwerk = {
    "Komt elke dag even langs om te kijken of alles goed gaat.",
    "Heeft een sleutel en is het eerste aanspreekpunt voor de alarmering.",
};
constexpr DemoAlgemeneActie kThuisAlgemeen[] = {
    {"maaltijden", "Elke dag een warme maaltijd aan huis, zodat er ook iemand aan de deur komt."},
    {"clientondersteuning", "De ouderenadviseur komt een keer per jaar langs."},
};
constexpr DemoProfessioneleActie kThuisProf[] = {
    {"wijkverpleging", "Zet de medicijnen klaar en kijkt hoe het gaat."},
};

// --- gezondheid en zelfzorg ----------------------------------------------------------------------
constexpr Zinnen kZelfzorgWens = {
    "Ik wil mezelf weer kunnen wassen zonder hulp.",
    "Dat ik 's ochtends zelf kan aankleden, ook al gaat het langzaam.",
};
constexpr Zinnen kZelfzorgSituatie = {"Inwoner wast en kleedt zich zelf, met hulp bij het douchen."};
constexpr Zinnen kZelfzorgEigen = {
    "Doucht zittend, op vaste dagen.",
    "Legt de kleren 's avonds klaar op de stoel.",
};
constexpr Zinnen kZelfzorgNetwerk = {"Is thuis als inwoner doucht.", "Helpt met de steunkousen in het weekend."};
constexpr DemoAlgemeneActie kZelfzorgAlgemeen[] = {{"hulpmiddel", "Een douchestoel en een badplank lenen."}};
constexpr DemoProfessioneleActie kZelfzorgProf[] = {
    {"wijkverpleging", "Helpt twee keer per week bij het douchen."},
    {"wijkverpleging", "Trekt elke ochtend de steunkousen aan."},
};

constexpr Zinnen kGezondheidWens = {
    "Ik wil niet meer vallen.",
    "Minder pijn, zodat ik 's nachts beter slaap.",
    "Ik wil weer een stukje kunnen lopen zonder dat ik buiten adem ben.",
};
constexpr Zinnen kGezondheidSituatie = {"Inwoner valt niet meer en beweegt elke dag even.",
                                        "De pijn is onder controle en inwoner slaapt beter."};
constexpr Zinnen kGezondheidEigen = {
    "Neemt de medicijnen in met de weekdoos.",
    "Loopt elke dag een rondje met de rollator.",
    "Doet de oefeningen van de fysiotherapeut drie keer per week.",
};
constexpr Zinnen kGezondheidNetwerk = {"Gaat mee naar de controle bij de huisarts.",
                                       "Haalt de medicijnen op bij de apotheek."};
constexpr DemoAlgemeneActie kGezondheidAlgemeen[] = {
    {"gezondheid", "Doet mee aan de cursus valpreventie."},
    {"ontmoeting", "Gaat naar de beweegclub op maandagochtend."},
};
constexpr DemoProfessioneleActie kGezondheidProf[] = {
    {"huisarts", "Bespreekt de pijnmedicatie en verwijst zo nodig naar de fysiotherapeut."},
    {"Fysiotherapeut (Fysio- en ergotherapie Het Anker)", "Oefent balans en kracht, twee keer per week."},
    {"wijkverpleging", "Controleert de wond en de medicijnen."},
};
constexpr DemoEigenOplossing kGezondheidOplossing[] = {
    {"Ik blijf gewoon meer binnen, dan kan ik ook niet vallen.",
     "Dan gaat de conditie verder achteruit en wordt inwoner eenzamer."},
};

constexpr Zinnen kConditieWens = {
    "Dat mijn conditie niet verder achteruitgaat.",
    "Ik wil blijven doen wat ik nu nog kan.",
    "Dat ik zo lang mogelijk zelf kan blijven lopen.",
};
constexpr Zinnen kConditieSituatie = {"Inwoner blijft in beweging; de achteruitgang gaat zo langzaam mogelijk."};

// --- contact, dagstructuur, stemming -------------------------------------------------------------
constexpr Zinnen kContactWens = {
    "Ik wil niet meer de hele dag alleen zijn.",
    "Dat er iemand is om mee te praten.",
    "Ik zou graag weer nieuwe mensen leren kennen.",
    "Ik wil er in de buurt weer een beetje bij horen.",
};
constexpr Zinnen kContactSituatie = {"Inwoner heeft minstens twee keer per week contact met anderen."};
constexpr Zinnen kContactEigen = {
    "Belt elke zondag met familie of een vriend.",
    "Gaat naar de koffieochtend van de kerk.",
    "Nodigt de buurvrouw uit voor de koffie.",
};
constexpr Zinnen kContactNetwerk = {
    "Komt twee keer per week op de koffie.",
    "Neemt inwoner mee naar verjaardagen in de familie.",
};
constexpr DemoAlgemeneActie kContactAlgemeen[] = {
    {"maatjes", "Een vrijwilliger van het maatjesproject komt elke week langs."},
    {"ontmoeting", "Gaat naar de inloop in het buurthuis."},
    {"maaltijden", "Eet op dinsdag mee bij het eetpunt."},
};
constexpr DemoEigenOplossing kContactOplossing[] = {
    {"Ik ga wel vaker naar mijn familie.", "De familie woont ver weg; dat lukt hooguit een keer per maand."},
    {"Ik wil naar de soos van vroeger.", ""},
};

constexpr Zinnen kDagWens = {
    "Ik wil een vast ritme, zodat ik niet de hele dag in bed blijf liggen.",
    "Ik wil iets nuttigs doen overdag.",
    "Dat ik mijn afspraken weer zelf bijhoud.",
};
constexpr Zinnen kDagSituatie = {"Inwoner heeft een vast dagritme en komt afspraken na."};
constexpr Zinnen kDagEigen = {
    "Zet elke ochtend de wekker om negen uur.",
    "Schrijft de afspraken op de kalender in de keuken.",
    "Doet elke dag één klus uit het weekschema.",
};
constexpr Zinnen kDagNetwerk = {"Belt elke ochtend even.", "Gaat op woensdag samen naar de markt."};
constexpr DemoAlgemeneActie kDagAlgemeen[] = {
    {"dagbesteding", "Twee ochtenden per week naar de inloopdagbesteding."},
    {"begeleiding", "Gaat naar het inloopspreekuur als de week vastloopt."},
    {"anders", "Zoekt vrijwilligerswerk via de vrijwilligerscentrale."},
};
constexpr DemoProfessioneleActie kDagProf[] = {{"poh_ggz", "Gesprekken over piekeren en somberheid."}};
constexpr DemoEigenOplossing kDagOplossing[] = {
    {"Ik ga gewoon vroeger naar bed.", "Het probleem is niet het slapen maar de lege dagen."},
};

constexpr Zinnen kSomberWens = {
    "Dat ik me minder somber voel.",
    "Ik wil minder piekeren.",
    "Ik wil weer zin hebben in de dag.",
};
constexpr Zinnen kSomberSituatie = {"Inwoner voelt zich beter en weet waar hulp te vinden is."};
constexpr Zinnen kSomberEigen = {"Wandelt elke dag een half uur.", "Schrijft 's avonds op wat goed ging."};
constexpr Zinnen kSomberNetwerk = {"Gaat elke week samen wandelen.", "Belt als er iets is, ook 's avonds."};
constexpr DemoAlgemeneActie kSomberAlgemeen[] = {
    {"ontmoeting", "Gaat naar de lotgenotengroep in het buurthuis."},
    {"begeleiding", "Gaat naar het inloopspreekuur van Begeleiding Op Eigen Kracht."},
};
constexpr DemoProfessioneleActie kSomberProf[] = {
    {"poh_ggz", "Vijf gesprekken bij de praktijkondersteuner GGZ."},
    {"huisarts", "Bespreekt of verwijzing naar de GGZ nodig is."},
};

constexpr Zinnen kGeheugenWens = {
    "Ik wil zo lang mogelijk zelf mijn dag blijven doen, ook nu mijn geheugen minder wordt.",
    "Dat ik thuis kan blijven wonen, ook al vergeet ik dingen.",
    "Dat mijn dagen zo blijven als ze nu zijn.",
};
constexpr Zinnen kGeheugenSituatie = {"Inwoner woont veilig thuis met vaste structuur; de mantelzorger houdt het vol."};
constexpr Zinnen kGeheugenEigen = {
    "Gebruikt de kalenderklok en de weekdoos voor de medicijnen.",
    "Houdt vast aan het ochtendritueel: krant, koffie, wandeling.",
};
constexpr Zinnen kGeheugenNetwerk = {
    "Komt elke dag langs en kijkt de post na.",
    "Regelt de bankzaken en de afspraken bij de huisarts.",
};
constexpr DemoAlgemeneActie kGeheugenAlgemeen[] = {
    {"mantelzorgondersteuning", "De mantelzorger gaat naar het mantelzorgcafé."},
    {"ontmoeting", "Gaat twee middagen per week naar het ontmoetingscentrum."},
    {"respijtzorg", "Een vrijwilliger van Even Vrij neemt op zaterdag de zorg over."},
};
constexpr DemoProfessioneleActie kGeheugenProf[] = {
    {"Casemanager dementie (Zorggroep Waardeland)", "Volgt de situatie en is aanspreekpunt voor de familie."},
    {"huisarts", "Controleert het geheugen en de medicatie twee keer per jaar."},
};

// --- geld, werk, gezin ---------------------------------------------------------------------------
constexpr Zinnen kAdminWens = {
    "Ik wil weer overzicht over mijn post en rekeningen.",
    "Dat ik mijn rekeningen op tijd betaal.",
};
constexpr Zinnen kAdminSituatie = {"De post wordt elke week bekeken en de rekeningen zijn betaald."};
constexpr Zinnen kAdminEigen = {"Legt alle post in één map bij de deur.", "Maakt de post elke dag open."};
constexpr Zinnen kAdminNetwerk = {"Kijkt eens per maand de bankafschriften na.",
                                  "Helpt met de aangifte en de toeslagen."};
constexpr DemoAlgemeneActie kAdminAlgemeen[] = {
    {"schuldhulp", "Een vrijwilliger van de thuisadministratie helpt om de week met de post."},
    {"schuldhulp", "Gaat naar het geldzakenspreekuur in het gemeentehuis."},
};
constexpr DemoEigenOplossing kAdminOplossing[] = {
    {"Mijn zoon kan mijn bankzaken overnemen.", ""},
};

constexpr Zinnen kSchuldenWens = {
    "Ik wil van mijn schulden af en weer rustig slapen.",
    "Dat de deurwaarder niet meer aan de deur komt.",
    "Ik wil weten hoeveel ik moet en een plan om het af te betalen.",
};
constexpr Zinnen kSchuldenSituatie = {"Er zijn geen nieuwe schulden; de vaste lasten worden op tijd betaald."};
constexpr Zinnen kSchuldenEigen = {
    "Zet alle rekeningen in één overzicht.",
    "Stopt met kopen op afbetaling.",
    "Betaalt eerst de huur en de energie.",
};
constexpr Zinnen kSchuldenNetwerk = {"Gaat mee naar de gesprekken met de schuldhulp.",
                                     "Helpt met het uitzoeken van de post."};
constexpr DemoAlgemeneActie kSchuldenAlgemeen[] = {
    {"schuldhulp", "Gaat naar het geldzakenspreekuur voor de toeslagen."},
    {"clientondersteuning", "Een cliëntondersteuner gaat mee naar de schuldeisers."},
};
constexpr DemoEigenOplossing kSchuldenOplossing[] = {
    {"Ik los het zelf op met een lening.", "Een nieuwe lening maakt de schulden groter."},
};

constexpr Zinnen kWerkWens = {
    "Ik wil weer aan het werk, al is het maar een paar uur.",
    "Ik wil vrijwilligerswerk doen om weer ritme te krijgen.",
    "Ik wil een opleiding doen zodat ik meer kans heb op werk.",
};
constexpr Zinnen kWerkSituatie = {"Inwoner werkt of doet vrijwilligerswerk, minstens twee dagdelen per week."};
constexpr Zinnen kWerkEigen = {
    "Schrijft zich in bij de vrijwilligerscentrale.",
    "Solliciteert op twee vacatures per maand.",
    "Werkt het cv bij in de bibliotheek.",
};
constexpr Zinnen kWerkNetwerk = {"Neemt inwoner mee naar de sportclub.", "Kijkt mee naar vacatures in de buurt."};
constexpr DemoAlgemeneActie kWerkAlgemeen[] = {
    {"werk_inkomen", "Gaat naar het werkspreekuur van het Werkplein."},
    {"anders", "Zoekt vrijwilligerswerk via de vrijwilligerscentrale."},
};
constexpr DemoProfessioneleActie kWerkProf[] = {{"huisarts", "Bespreekt wat de rug aankan."}};

constexpr Zinnen kGezinWens = {
    "Ik wil dat het thuis weer rustiger wordt.",
    "Dat mijn zoon en ik niet meer elke dag ruzie maken.",
    "Ik wil weten hoe ik mijn kind het beste kan helpen.",
};
constexpr Zinnen kGezinSituatie = {"Er is rust in huis; ouder en kind weten wat ze kunnen doen bij spanning."};
constexpr Zinnen kGezinEigen = {
    "Houdt vaste tijden aan voor eten en slapen.",
    "Neemt tijd voor zichzelf als de kinderen op sport zijn.",
};
constexpr Zinnen kGezinNetwerk = {"Past op woensdagmiddag op.", "Haalt de kinderen op vrijdag op van school."};
constexpr DemoAlgemeneActie kGezinAlgemeen[] = {
    {"opvoeden", "Volgt de oudercursus Positief opvoeden."},
    {"opvoeden", "Gaat naar het opvoedspreekuur als het vastloopt."},
};
constexpr DemoProfessioneleActie kGezinProf[] = {
    {"huisarts", "Bespreekt of verder onderzoek naar ADHD nodig is."},
};

constexpr Zinnen kSchoolWens = {
    "Ik wil dat mijn dochter weer naar school gaat.",
    "Dat school en thuis weer samen optrekken.",
};
constexpr Zinnen kSchoolSituatie = {"Kind gaat weer naar school en het verzuim is gestopt."};
constexpr Zinnen kSchoolEigen = {"Brengt het kind de eerste weken zelf naar school.",
                                 "Belt elke week even met de mentor."};
constexpr Zinnen kSchoolNetwerk = {"Helpt met huiswerk op dinsdag."};
constexpr DemoProfessioneleActie kSchoolProf[] = {
    {"Mentor op school", "Maakt een rooster om weer op te bouwen."},
    {"Jeugdverpleegkundige", "Bespreekt slaap en schermtijd."},
};

constexpr DemoDoelSoort kDoelen[] = {
    {"huishouden",
     "instrumentele_adl",
     "verbeteren",
     kHuishoudenWens,
     kHuishoudenSituatie,
     kHuishoudenEigen,
     kHuishoudenNetwerk,
     kHuishoudenAlgemeen,
     {},
     kHuishoudenOplossing},
    {"boodschappen",
     "instrumentele_adl",
     "verbeteren",
     kBoodschappenWens,
     kBoodschappenSituatie,
     kBoodschappenEigen,
     kBoodschappenNetwerk,
     kBoodschappenAlgemeen,
     {},
     kBoodschappenOplossing},
    {"buiten_komen", "maatschappelijke_participatie", "verbeteren", kBuitenWens, kBuitenSituatie, kBuitenEigen,
     kBuitenNetwerk, kBuitenAlgemeen, kBuitenProf, kBuitenOplossing},
    {"wonen_veilig", "huisvesting", "verbeteren", kWonenWens, kWonenSituatie, kWonenEigen, kWonenNetwerk,
     kWonenAlgemeen, kWonenProf, kWonenOplossing},
    {"thuis_blijven",
     "huisvesting",
     "stabiel_blijven",
     kThuisWens,
     kThuisSituatie,
     kThuisEigen,
     kThuisNetwerk,
     kThuisAlgemeen,
     kThuisProf,
     {}},
    {"zelfzorg",
     "basale_adl",
     "verbeteren",
     kZelfzorgWens,
     kZelfzorgSituatie,
     kZelfzorgEigen,
     kZelfzorgNetwerk,
     kZelfzorgAlgemeen,
     kZelfzorgProf,
     {}},
    {"gezondheid", "lichamelijke_gezondheid", "verbeteren", kGezondheidWens, kGezondheidSituatie, kGezondheidEigen,
     kGezondheidNetwerk, kGezondheidAlgemeen, kGezondheidProf, kGezondheidOplossing},
    {"conditie",
     "lichamelijke_gezondheid",
     "achteruitgang_beperken",
     kConditieWens,
     kConditieSituatie,
     kGezondheidEigen,
     kGezondheidNetwerk,
     kGezondheidAlgemeen,
     kGezondheidProf,
     {}},
    {"contact",
     "sociaal_netwerk",
     "verbeteren",
     kContactWens,
     kContactSituatie,
     kContactEigen,
     kContactNetwerk,
     kContactAlgemeen,
     {},
     kContactOplossing},
    {"dagstructuur", "tijdsbesteding", "verbeteren", kDagWens, kDagSituatie, kDagEigen, kDagNetwerk, kDagAlgemeen,
     kDagProf, kDagOplossing},
    {"somberheid",
     "geestelijke_gezondheid",
     "verbeteren",
     kSomberWens,
     kSomberSituatie,
     kSomberEigen,
     kSomberNetwerk,
     kSomberAlgemeen,
     kSomberProf,
     {}},
    {"geheugen",
     "geestelijke_gezondheid",
     "achteruitgang_beperken",
     kGeheugenWens,
     kGeheugenSituatie,
     kGeheugenEigen,
     kGeheugenNetwerk,
     kGeheugenAlgemeen,
     kGeheugenProf,
     {}},
    {"administratie",
     "financien",
     "verbeteren",
     kAdminWens,
     kAdminSituatie,
     kAdminEigen,
     kAdminNetwerk,
     kAdminAlgemeen,
     {},
     kAdminOplossing},
    {"schulden",
     "financien",
     "verbeteren",
     kSchuldenWens,
     kSchuldenSituatie,
     kSchuldenEigen,
     kSchuldenNetwerk,
     kSchuldenAlgemeen,
     {},
     kSchuldenOplossing},
    {"werk",
     "werk_opleiding",
     "verbeteren",
     kWerkWens,
     kWerkSituatie,
     kWerkEigen,
     kWerkNetwerk,
     kWerkAlgemeen,
     kWerkProf,
     {}},
    {"gezin_rust",
     "huiselijke_relaties",
     "verbeteren",
     kGezinWens,
     kGezinSituatie,
     kGezinEigen,
     kGezinNetwerk,
     kGezinAlgemeen,
     kGezinProf,
     {}},
    {"school",
     "werk_opleiding",
     "verbeteren",
     kSchoolWens,
     kSchoolSituatie,
     kSchoolEigen,
     kSchoolNetwerk,
     {},
     kSchoolProf,
     {}},
};

} // namespace

const DemoDoelSoort& DemoDoelVocabulary::doel(const char* key)
{
    for (const DemoDoelSoort& d : kDoelen) {
        if (std::strcmp(d.key, key) == 0)
            return d;
    }
    return kDoelen[0];
}

} // namespace core::demo
