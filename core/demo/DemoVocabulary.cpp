// SPDX-License-Identifier: EUPL-1.2
#include "DemoVocabulary.h"

namespace core::demo {

namespace {

// Born before 1950: the names of the Wmo clientele.
constexpr DemoVoornaam kMannenOud[] = {
    {"Johannes", "Jan"},    {"Cornelis", "Kees"},   {"Hendrik", "Henk"},  {"Willem", "Wim"},
    {"Gerrit", ""},         {"Pieter", "Piet"},     {"Jacobus", "Jaap"},  {"Adrianus", "Arie"},
    {"Theodorus", "Theo"},  {"Gerardus", "Gerard"}, {"Antonius", "Toon"}, {"Bernardus", "Ben"},
    {"Hermanus", "Herman"}, {"Dirk", ""},           {"Klaas", ""},        {"Franciscus", "Frans"},
    {"Leendert", "Leen"},   {"Martinus", "Martin"}, {"Wilhelmus", "Wim"}, {"Albertus", "Bert"},
    {"Everardus", "Evert"}, {"Jozef", "Jos"},
};
constexpr DemoVoornaam kMannenMidden[] = {
    {"Petrus", "Peter"}, {"Johannes", "Hans"}, {"Robertus", "Rob"}, {"Gerrit", "Gert"}, {"Marcel", ""},
    {"Ronald", ""},      {"André", ""},        {"René", ""},        {"Erik", ""},       {"Paulus", "Paul"},
    {"Frank", ""},       {"Adrianus", "Ad"},   {"Antonius", "Ton"}, {"Richard", ""},    {"Marco", ""},
    {"Edwin", ""},       {"Johan", ""},        {"Harry", ""},
};
constexpr DemoVoornaam kMannenJong[] = {
    {"Daan", ""},  {"Sem", ""},    {"Lucas", ""},  {"Thijs", ""}, {"Bram", ""}, {"Jesse", ""},
    {"Ruben", ""}, {"Tim", ""},    {"Niels", ""},  {"Joost", ""}, {"Mark", ""}, {"Dennis", ""},
    {"Kevin", ""}, {"Stefan", ""}, {"Jeroen", ""}, {"Bas", ""},
};
constexpr DemoVoornaam kVrouwenOud[] = {
    {"Maria", "Riet"},       {"Johanna", "Jannie"},   {"Cornelia", "Corrie"},     {"Hendrika", "Riek"},
    {"Wilhelmina", "Willy"}, {"Geertruida", "Truus"}, {"Elisabeth", "Bep"},       {"Anna", "Annie"},
    {"Catharina", "Toos"},   {"Aaltje", "Aly"},       {"Grietje", "Greet"},       {"Neeltje", "Nel"},
    {"Petronella", "Nel"},   {"Jacoba", "Coby"},      {"Dina", "Dien"},           {"Hilda", ""},
    {"Gerda", ""},           {"Adriana", "Ria"},      {"Margaretha", "Margriet"}, {"Theodora", "Dora"},
    {"Alida", "Alie"},       {"Johanna", "Joke"},
};
constexpr DemoVoornaam kVrouwenMidden[] = {
    {"Ingrid", ""}, {"Monique", ""},   {"Marian", ""}, {"Petra", ""},     {"Anja", ""},   {"Yvonne", ""},
    {"Wilma", ""},  {"Carla", ""},     {"José", ""},   {"Esther", ""},    {"Sandra", ""}, {"Mirjam", ""},
    {"Ellen", ""},  {"Marjolein", ""}, {"Linda", ""},  {"Annemieke", ""}, {"Hélène", ""},
};
constexpr DemoVoornaam kVrouwenJong[] = {
    {"Emma", ""},  {"Sophie", ""},  {"Julia", ""}, {"Lotte", ""}, {"Sanne", ""}, {"Fleur", ""},
    {"Anouk", ""}, {"Lisa", ""},    {"Eva", ""},   {"Iris", ""},  {"Femke", ""}, {"Naomi", ""},
    {"Kim", ""},   {"Chantal", ""}, {"Noa", ""},   {"Zoë", ""},
};

constexpr DemoVoornaam kTurkseMannen[] = {{"Mehmet", ""},  {"Mustafa", ""}, {"Ahmet", ""}, {"Hüseyin", ""},
                                          {"İbrahim", ""}, {"Ali", ""},     {"Emre", ""},  {"Murat", ""}};
constexpr DemoVoornaam kTurkseVrouwen[] = {{"Fatma", ""},  {"Ayşe", ""}, {"Emine", ""}, {"Hatice", ""},
                                           {"Zeynep", ""}, {"Elif", ""}, {"Özlem", ""}, {"Gül", ""}};
constexpr DemoVoornaam kMarokkaanseMannen[] = {{"Mohamed", ""}, {"Ahmed", ""},   {"Abdelkader", ""}, {"Mustapha", ""},
                                               {"Saïd", ""},    {"Youssef", ""}, {"Hamid", ""},      {"Rachid", ""}};
constexpr DemoVoornaam kMarokkaanseVrouwen[] = {{"Fatima", ""}, {"Khadija", ""}, {"Malika", ""},  {"Naima", ""},
                                                {"Samira", ""}, {"Nadia", ""},   {"Rachida", ""}, {"Hanane", ""}};
constexpr DemoVoornaam kSurinaamseMannen[] = {{"Ramesh", ""}, {"Radjesh", ""}, {"Ricardo", ""},
                                              {"Errol", ""},  {"Roy", ""},     {"Anand", ""}};
constexpr DemoVoornaam kSurinaamseVrouwen[] = {{"Sharmila", ""}, {"Sunita", ""}, {"Marlène", ""},
                                               {"Sita", ""},     {"Gracia", ""}, {"Ingrid", ""}};
constexpr DemoVoornaam kPoolseMannen[] = {{"Piotr", ""}, {"Krzysztof", ""}, {"Tomasz", ""},
                                          {"Paweł", ""}, {"Łukasz", ""},    {"Marek", ""}};
constexpr DemoVoornaam kPoolseVrouwen[] = {{"Agnieszka", ""}, {"Małgorzata", ""}, {"Katarzyna", ""},
                                           {"Anna", ""},      {"Joanna", ""},     {"Magdalena", ""}};
constexpr DemoVoornaam kEritreseMannen[] = {{"Tesfay", ""}, {"Yonas", ""}, {"Dawit", ""}, {"Mehari", ""}};
constexpr DemoVoornaam kEritreseVrouwen[] = {{"Senait", ""}, {"Mebrat", ""}, {"Helen", ""}, {"Saba", ""}};

// Weights roughly follow how common the names are in the Netherlands; about a third carry a tussenvoegsel.
constexpr DemoGeslachtsnaam kNederlandseNamen[] = {
    {"de", "Jong", 8},         {"", "Jansen", 8},        {"de", "Vries", 7},
    {"van den", "Berg", 6},    {"van", "Dijk", 6},       {"", "Bakker", 6},
    {"", "Janssen", 5},        {"", "Visser", 5},        {"", "Smit", 5},
    {"", "Meijer", 5},         {"de", "Boer", 4},        {"", "Mulder", 4},
    {"de", "Groot", 4},        {"", "Bos", 4},           {"", "Vos", 4},
    {"", "Peters", 4},         {"", "Hendriks", 4},      {"van", "Leeuwen", 3},
    {"", "Dekker", 3},         {"", "Brouwer", 3},       {"de", "Wit", 3},
    {"", "Dijkstra", 3},       {"", "Smits", 3},         {"de", "Graaf", 3},
    {"van der", "Meer", 3},    {"van der", "Linden", 3}, {"", "Kok", 3},
    {"", "Jacobs", 3},         {"de", "Haan", 3},        {"", "Vermeulen", 3},
    {"van der", "Heijden", 3}, {"van der", "Veen", 3},   {"van den", "Broek", 3},
    {"de", "Bruijn", 2},       {"de", "Bruin", 2},       {"van der", "Berg", 2},
    {"van", "Beek", 2},        {"", "Willems", 2},       {"van", "Vliet", 2},
    {"", "Hoekstra", 2},       {"", "Maas", 2},          {"", "Verhoeven", 2},
    {"", "Koster", 2},         {"", "Prins", 2},         {"", "Blom", 2},
    {"", "Huisman", 2},        {"de", "Ruiter", 2},      {"van", "Wijk", 2},
    {"", "Kuipers", 2},        {"", "Schouten", 2},      {"", "Post", 2},
    {"van", "Dam", 2},         {"van de", "Pol", 2},     {"van der", "Wal", 2},
    {"", "Timmermans", 2},     {"", "Groen", 2},         {"", "Gerritsen", 2},
    {"van", "Rijn", 2},        {"", "Verbeek", 2},       {"'t", "Hart", 2},
    {"in 't", "Veld", 2},      {"ter", "Horst", 1},      {"ten", "Brink", 1},
    {"den", "Hartog", 2},      {"den", "Ouden", 1},      {"van", "Doorn", 1},
    {"van", "Zanten", 1},      {"", "Wouters", 2},       {"van", "Es", 1},
    {"de", "Lange", 2},        {"", "Hermans", 2},       {"van", "Bemmel", 1},
    {"", "Molenaar", 2},       {"", "Scholten", 2},      {"van", "Loon", 2},
    {"", "Koning", 2},         {"", "Veenstra", 1},      {"", "Kramer", 2},
    {"van der", "Laan", 2},    {"van", "Essen", 1},      {"ter", "Beek", 1},
    {"ten", "Hove", 1},        {"van 't", "Hof", 1},     {"van de", "Ven", 2},
    {"van den", "Heuvel", 2},  {"", "Bosman", 1},        {"", "Wijnands", 1},
    {"", "Hofman", 1},         {"de", "Kok", 1},
};
constexpr DemoGeslachtsnaam kTurkseNamen[] = {
    {"", "Yılmaz", 3}, {"", "Kaya", 3},   {"", "Demir", 2}, {"", "Şahin", 2}, {"", "Çelik", 2},
    {"", "Yıldız", 2}, {"", "Öztürk", 1}, {"", "Aydın", 1}, {"", "Doğan", 1}, {"", "Arslan", 1},
};
constexpr DemoGeslachtsnaam kMarokkaanseNamen[] = {
    {"", "El Amrani", 2}, {"", "Bouzid", 2}, {"", "El Idrissi", 2}, {"", "Benali", 2},  {"", "Ouali", 1},
    {"", "El Khatib", 1}, {"", "Tahiri", 1}, {"", "Aït Taleb", 1},  {"", "Bakkali", 1}, {"", "Ziani", 1},
};
constexpr DemoGeslachtsnaam kSurinaamseNamen[] = {
    {"", "Ramdin", 2}, {"", "Ramsaran", 1}, {"", "Sewdien", 1},    {"", "Jagesar", 1},
    {"", "Pinas", 1},  {"", "Sabajo", 1},   {"", "Wijngaarde", 1}, {"", "Mohan", 1},
};
constexpr DemoGeslachtsnaam kPoolseNamen[] = {
    {"", "Nowak", 3}, {"", "Wójcik", 2}, {"", "Kowalczyk", 2}, {"", "Mazur", 1}, {"", "Krawczyk", 1},
};
constexpr DemoGeslachtsnaam kEritreseNamen[] = {
    {"", "Tesfay", 1}, {"", "Haile", 1}, {"", "Gebremedhin", 1}, {"", "Tekle", 1}, {"", "Berhane", 1},
};

constexpr const char* kStraten[] = {
    "Dorpsstraat",   "Kerkstraat",       "Molenweg",           "Schoolstraat",    "Julianastraat",
    "Beatrixlaan",   "Wilhelminastraat", "Prins Bernhardlaan", "Oranjelaan",      "Nassaulaan",
    "Lindenlaan",    "Eikenlaan",        "Beukenlaan",         "Kastanjelaan",    "Populierenlaan",
    "Berkenlaan",    "Esdoornstraat",    "Rozenstraat",        "Tulpstraat",      "Narcisstraat",
    "Vogelzang",     "Merelstraat",      "Lijsterbeslaan",     "Zwaluwstraat",    "Meidoornlaan",
    "Raadhuisplein", "Marktstraat",      "Achterweg",          "Kromme Rijnlaan", "Singel",
    "Brink",         "Hoogstraat",       "Torenstraat",        "Sportlaan",       "Parklaan",
    "Rembrandtlaan", "Vermeerstraat",    "Van Goghstraat",     "Zonnebloemweg",   "De Wetering",
};

// Real villages of the Kromme Rijn area; the letters of the postcodes are made up.
constexpr DemoWoonplaats kWoonplaatsen[] = {
    {"Houten", 3991, 3998, "030", 40},    {"Wijk bij Duurstede", 3961, 3962, "0343", 20},
    {"Bunnik", 3980, 3981, "030", 10},    {"Odijk", 3984, 3984, "030", 10},
    {"Werkhoven", 3985, 3985, "0343", 6}, {"Cothen", 3945, 3945, "0343", 6},
    {"Langbroek", 3947, 3947, "0343", 4},
};

constexpr DemoOrganisatie kHuisartsen[] = {
    {"Huisartsenpraktijk De Linde", "M. de Wit"},          {"Huisartsenpraktijk De Linde", "R. Verhoeven"},
    {"Gezondheidscentrum Het Kruispunt", "A. El Idrissi"}, {"Gezondheidscentrum Het Kruispunt", "J. van Vliet"},
    {"Huisartsenpraktijk Rijnzicht", "H. Scholten"},       {"Huisartsenpraktijk Oude Dorp", "E. Bakker"},
};
constexpr DemoOrganisatie kWijkverpleging[] = {
    {"Wijkverpleging Kromme Rijn", ""}, {"Thuiszorg Het Lint", ""}, {"Zorggroep Waardeland", ""}};
constexpr DemoOrganisatie kAanbieders[] = {
    {"Thuishulp Schoon & Fijn", ""}, {"Dagbesteding De Boomgaard", ""}, {"Begeleiding Op Eigen Kracht", ""},
    {"Thuishulp Rijnwaarde", ""},    {"Dagcentrum Het Trefpunt", ""},
};
constexpr DemoOrganisatie kVrijwilligers[] = {
    {"Maatjesproject Samen Op Pad", ""}, {"Vrijwilligerscentrale Rijnwaarde", ""}, {"Ouderenbezoek De Brug", ""}};
constexpr DemoOrganisatie kProfessionals[] = {
    {"Fysio- en ergotherapie Het Anker", ""}, {"Schuldhulp Rijnwaarde", ""}, {"Ouderenadvies Kromme Rijn", ""}};

constexpr const char* kDoetNuPartner[] = {
    "doet het huishouden",     "kookt elke dag",          "helpt met wassen en aankleden",
    "regelt de administratie", "zet de medicijnen klaar", "rijdt naar afspraken in het ziekenhuis",
    "doet de boodschappen",    "is er dag en nacht",
};
constexpr const char* kKanMeerPartner[] = {
    "",
    "",
    "kan niet meer tillen",
    "kan 's nachts niet meer opstaan",
    "kan mee naar de huisarts",
    "zit aan de grens van wat kan",
};
constexpr const char* kDoetNuKind[] = {
    "doet de boodschappen",      "komt elke dag even langs",   "regelt de financiën", "belt elke avond",
    "komt in het weekend koken", "brengt naar het ziekenhuis", "doet de was",         "helpt met formulieren en post",
};
constexpr const char* kKanMeerKind[] = {
    "kan 1x per week koken",
    "kan op zaterdag de boodschappen doen",
    "kan de administratie overnemen",
    "woont ver weg, kan weinig meer",
    "werkt fulltime, kan alleen in het weekend",
    "",
    "",
};
constexpr const char* kDoetNuOuder[] = {"komt dagelijks helpen", "regelt de administratie", "kookt en doet de was",
                                        "gaat mee naar afspraken"};
constexpr const char* kKanMeerOuder[] = {"wordt zelf ouder, kan minder", "kan vaker oppassen", ""};
constexpr const char* kDoetNuFamilie[] = {
    "belt elke dag even",    "komt eens per maand op bezoek", "helpt met de computer",
    "doet af en toe de was", "doet klusjes in huis",          "maait het gras",
    "rijdt naar de markt",
};
constexpr const char* kFamilieVrouw[] = {"zus", "nicht", "schoonzus", "kleindochter", "schoondochter"};
constexpr const char* kFamilieMan[] = {"broer", "neef", "zwager", "kleinzoon", "schoonzoon"};
constexpr const char* kKanMeerFamilie[] = {"kan mee naar afspraken", "kan af en toe een weekend komen", "", ""};
constexpr const char* kDoetNuBuur[] = {
    "haalt de post uit de bus",     "kijkt of de gordijnen open zijn",
    "doet af en toe een boodschap", "heeft een sleutel voor noodgevallen",
    "zet de kliko aan de straat",   "drinkt soms koffie",
};
constexpr const char* kKanMeerBuur[] = {"kan in noodgevallen bellen", "kan een keer per week een boodschap doen", "",
                                        ""};
constexpr const char* kDoetNuVriend[] = {"drinkt elke week koffie", "gaat samen wandelen", "belt regelmatig",
                                         "gaat mee naar de kerk", "speelt wekelijks kaart"};
constexpr const char* kKanMeerVriend[] = {"kan mee naar de markt", "kan een keer per week langskomen", "", ""};
constexpr const char* kDoetNuVrijwilliger[] = {"komt wekelijks op bezoek (maatje)", "rijdt naar de dagbesteding",
                                               "helpt met de formulieren", "gaat mee wandelen met de rollator"};
constexpr const char* kDoetNuHuisarts[] = {"medicatie en controles", "komt eens per maand op huisbezoek",
                                           "verwijst naar de specialist", "controleert bloeddruk en suiker"};
constexpr const char* kDoetNuWijkverpleging[] = {"helpt met douchen", "steunkousen aan en uit",
                                                 "zet de medicijnen klaar", "wondzorg drie keer per week"};
constexpr const char* kDoetNuAanbieder[] = {"huishoudelijke hulp 3 uur per week", "dagbesteding 2 dagen per week",
                                            "individuele begeleiding 2 uur per week",
                                            "huishoudelijke hulp 2 uur per week"};
constexpr const char* kDoetNuProfessional[] = {"ergotherapie: advies over hulpmiddelen", "schuldhulp: budgetbeheer",
                                               "ouderenadviseur: helpt met aanvragen"};
constexpr const char* kGeen[] = {""};

constexpr const char* kMantelzorgTaken[] = {
    "boodschappen",
    "koken",
    "huishouden",
    "wassen en aankleden",
    "medicijnen",
    "administratie",
    "vervoer naar afspraken",
    "gezelschap",
    "toezicht 's nachts",
    "tuin",
};
constexpr const char* kEigenBehoeften[] = {
    "ik wil af en toe een dag voor mezelf",         "ik slaap slecht door de zorg 's nachts",
    "ik zou graag iemand spreken die het begrijpt", "ik wil mijn werk kunnen blijven doen",
    "ik mis mijn vrienden, ik kom nergens meer",    "ik wil weten waar ik terecht kan als het mij te veel wordt",
    "mijn rug houdt het tillen niet meer vol",
};
constexpr const char* kRespijtzorgWensen[] = {
    "een dag per week dagopvang",
    "af en toe een logeerweekend",
    "iemand die een middag per week oppast",
    "twee weken per jaar vakantie, met vervangende zorg",
};

} // namespace

DemoVocabulary::Generatie DemoVocabulary::generatie(int geboortejaar)
{
    if (geboortejaar < 1950)
        return Generatie::Oud;
    return geboortejaar < 1975 ? Generatie::Midden : Generatie::Jong;
}

std::span<const DemoVoornaam> DemoVocabulary::voornamen(Herkomst herkomst, bool vrouw, Generatie generatie)
{
    switch (herkomst) {
    case Herkomst::Nederlands:
        break;
    case Herkomst::Turks:
        return vrouw ? std::span<const DemoVoornaam>(kTurkseVrouwen) : kTurkseMannen;
    case Herkomst::Marokkaans:
        return vrouw ? std::span<const DemoVoornaam>(kMarokkaanseVrouwen) : kMarokkaanseMannen;
    case Herkomst::Surinaams:
        return vrouw ? std::span<const DemoVoornaam>(kSurinaamseVrouwen) : kSurinaamseMannen;
    case Herkomst::Pools:
        return vrouw ? std::span<const DemoVoornaam>(kPoolseVrouwen) : kPoolseMannen;
    case Herkomst::Eritrees:
        return vrouw ? std::span<const DemoVoornaam>(kEritreseVrouwen) : kEritreseMannen;
    }
    switch (generatie) {
    case Generatie::Oud:
        return vrouw ? std::span<const DemoVoornaam>(kVrouwenOud) : kMannenOud;
    case Generatie::Midden:
        return vrouw ? std::span<const DemoVoornaam>(kVrouwenMidden) : kMannenMidden;
    case Generatie::Jong:
        break;
    }
    return vrouw ? std::span<const DemoVoornaam>(kVrouwenJong) : kMannenJong;
}

std::span<const DemoGeslachtsnaam> DemoVocabulary::geslachtsnamen(Herkomst herkomst)
{
    switch (herkomst) {
    case Herkomst::Nederlands:
        break;
    case Herkomst::Turks:
        return kTurkseNamen;
    case Herkomst::Marokkaans:
        return kMarokkaanseNamen;
    case Herkomst::Surinaams:
        return kSurinaamseNamen;
    case Herkomst::Pools:
        return kPoolseNamen;
    case Herkomst::Eritrees:
        return kEritreseNamen;
    }
    return kNederlandseNamen;
}

const char* DemoVocabulary::taal(Herkomst herkomst)
{
    switch (herkomst) {
    case Herkomst::Nederlands:
    case Herkomst::Surinaams:
        break;
    case Herkomst::Turks:
        return "Turks";
    case Herkomst::Marokkaans:
        return "Arabisch";
    case Herkomst::Pools:
        return "Pools";
    case Herkomst::Eritrees:
        return "Tigrinya";
    }
    return "";
}

std::span<const char* const> DemoVocabulary::straten()
{
    return kStraten;
}

std::span<const DemoWoonplaats> DemoVocabulary::woonplaatsen()
{
    return kWoonplaatsen;
}

std::span<const DemoOrganisatie> DemoVocabulary::organisaties(Relatie relatie)
{
    switch (relatie) {
    case Relatie::Huisarts:
        return kHuisartsen;
    case Relatie::Wijkverpleegkundige:
        return kWijkverpleging;
    case Relatie::Aanbieder:
        return kAanbieders;
    case Relatie::Vrijwilliger:
        return kVrijwilligers;
    case Relatie::Professional:
        return kProfessionals;
    default:
        return {};
    }
}

std::span<const char* const> DemoVocabulary::doetNu(Relatie relatie)
{
    switch (relatie) {
    case Relatie::Partner:
        return kDoetNuPartner;
    case Relatie::Kind:
        return kDoetNuKind;
    case Relatie::Ouder:
        return kDoetNuOuder;
    case Relatie::Familie:
        return kDoetNuFamilie;
    case Relatie::Buur:
        return kDoetNuBuur;
    case Relatie::Vriend:
        return kDoetNuVriend;
    case Relatie::Vrijwilliger:
        return kDoetNuVrijwilliger;
    case Relatie::Huisarts:
        return kDoetNuHuisarts;
    case Relatie::Wijkverpleegkundige:
        return kDoetNuWijkverpleging;
    case Relatie::Aanbieder:
        return kDoetNuAanbieder;
    case Relatie::Professional:
        return kDoetNuProfessional;
    case Relatie::Anders:
        break;
    }
    return kGeen;
}

std::span<const char* const> DemoVocabulary::kanMeer(Relatie relatie)
{
    switch (relatie) {
    case Relatie::Partner:
        return kKanMeerPartner;
    case Relatie::Kind:
        return kKanMeerKind;
    case Relatie::Ouder:
        return kKanMeerOuder;
    case Relatie::Familie:
        return kKanMeerFamilie;
    case Relatie::Buur:
        return kKanMeerBuur;
    case Relatie::Vriend:
        return kKanMeerVriend;
    default:
        return kGeen;
    }
}

std::span<const char* const> DemoVocabulary::familieRollen(bool vrouw, bool grootouder)
{
    // The last two only when the inwoner is old enough to have grandchildren.
    const std::span<const char* const> rollen = vrouw ? std::span<const char* const>(kFamilieVrouw) : kFamilieMan;
    return grootouder ? rollen : rollen.first(3);
}

std::span<const char* const> DemoVocabulary::mantelzorgTaken()
{
    return kMantelzorgTaken;
}

std::span<const char* const> DemoVocabulary::eigenBehoeften()
{
    return kEigenBehoeften;
}

std::span<const char* const> DemoVocabulary::respijtzorgWensen()
{
    return kRespijtzorgWensen;
}

} // namespace core::demo
