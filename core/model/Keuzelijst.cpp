// SPDX-License-Identifier: EUPL-1.2
#include "Keuzelijst.h"

#include "Translation.h"

#include <QCoreApplication>

#include <span>

namespace core {

namespace {

struct Entry {
    const char* key;
    const char* label;
};

constexpr const char* kContext = "core::Keuzelijst";

// Keys are stored in the database and in bundles: never change one.
constexpr Entry kDomeinen[] = {
    {"wmo", QT_TRANSLATE_NOOP("core::Keuzelijst", "Wmo")},
    {"jeugd", QT_TRANSLATE_NOOP("core::Keuzelijst", "Youth")},
    {"participatiewet", QT_TRANSLATE_NOOP("core::Keuzelijst", "Work and income")},
    {"schulden", QT_TRANSLATE_NOOP("core::Keuzelijst", "Debts")},
    {"anders", QT_TRANSLATE_NOOP("core::Keuzelijst", "Other")},
};

constexpr Entry kKanalen[] = {
    {"telefoon", QT_TRANSLATE_NOOP("core::Keuzelijst", "Phone")},
    {"loket", QT_TRANSLATE_NOOP("core::Keuzelijst", "Desk")},
    {"wijkteam", QT_TRANSLATE_NOOP("core::Keuzelijst", "District team")},
    {"email", QT_TRANSLATE_NOOP("core::Keuzelijst", "E-mail")},
    {"aanbieder", QT_TRANSLATE_NOOP("core::Keuzelijst", "Care provider")},
    {"huisarts", QT_TRANSLATE_NOOP("core::Keuzelijst", "GP referral")},
    {"anders", QT_TRANSLATE_NOOP("core::Keuzelijst", "Other")},
};

constexpr Entry kUrgenties[] = {
    {"normaal", QT_TRANSLATE_NOOP("core::Keuzelijst", "Normal")},
    {"hoog", QT_TRANSLATE_NOOP("core::Keuzelijst", "High")},
    {"spoed", QT_TRANSLATE_NOOP("core::Keuzelijst", "Urgent")},
};

constexpr Entry kClientondersteuning[] = {
    {"aangeboden", QT_TRANSLATE_NOOP("core::Keuzelijst", "Offered, no answer yet")},
    {"geaccepteerd", QT_TRANSLATE_NOOP("core::Keuzelijst", "Accepted")},
    {"afgewezen", QT_TRANSLATE_NOOP("core::Keuzelijst", "Declined")},
};

constexpr Entry kIdDocumenten[] = {
    {"paspoort", QT_TRANSLATE_NOOP("core::Keuzelijst", "Passport")},
    {"identiteitskaart", QT_TRANSLATE_NOOP("core::Keuzelijst", "Identity card")},
    {"rijbewijs", QT_TRANSLATE_NOOP("core::Keuzelijst", "Driving licence")},
    {"verblijfsdocument", QT_TRANSLATE_NOOP("core::Keuzelijst", "Residence document")},
};

constexpr Entry kOordelen[] = {
    {"akkoord", QT_TRANSLATE_NOOP("core::Keuzelijst", "Agreed")},
    {"voor_gezien", QT_TRANSLATE_NOOP("core::Keuzelijst", "Seen, not agreed")},
};

constexpr Entry kBesluiten[] = {
    {"toegekend", QT_TRANSLATE_NOOP("core::Keuzelijst", "Granted")},
    {"deels", QT_TRANSLATE_NOOP("core::Keuzelijst", "Partly granted")},
    {"afgewezen", QT_TRANSLATE_NOOP("core::Keuzelijst", "Refused")},
};

constexpr Entry kAfsluitRedenen[] = {
    {"ondersteuning_geregeld", QT_TRANSLATE_NOOP("core::Keuzelijst", "Support arranged")},
    {"eigen_kracht", QT_TRANSLATE_NOOP("core::Keuzelijst", "Solved with own strength or network")},
    {"algemene_voorziening", QT_TRANSLATE_NOOP("core::Keuzelijst", "Referred to a general service")},
    {"afgewezen", QT_TRANSLATE_NOOP("core::Keuzelijst", "Application refused")},
    {"ingetrokken", QT_TRANSLATE_NOOP("core::Keuzelijst", "Withdrawn by the resident")},
    {"doorverwezen", QT_TRANSLATE_NOOP("core::Keuzelijst", "Referred elsewhere (Wlz, Zvw, other)")},
    {"verhuisd", QT_TRANSLATE_NOOP("core::Keuzelijst", "Moved away")},
    {"overleden", QT_TRANSLATE_NOOP("core::Keuzelijst", "Deceased")},
    {"anders", QT_TRANSLATE_NOOP("core::Keuzelijst", "Other")},
};

constexpr Entry kVormen[] = {
    {"huisbezoek", QT_TRANSLATE_NOOP("core::Keuzelijst", "Home visit")},
    {"telefonisch", QT_TRANSLATE_NOOP("core::Keuzelijst", "By phone")},
    {"loket", QT_TRANSLATE_NOOP("core::Keuzelijst", "At the desk")},
    {"video", QT_TRANSLATE_NOOP("core::Keuzelijst", "Video call")},
    {"casusoverleg", QT_TRANSLATE_NOOP("core::Keuzelijst", "Case meeting")},
};

constexpr Entry kRollen[] = {
    {"inwoner", QT_TRANSLATE_NOOP("core::Keuzelijst", "Resident")},
    {"partner", QT_TRANSLATE_NOOP("core::Keuzelijst", "Partner")},
    {"familie", QT_TRANSLATE_NOOP("core::Keuzelijst", "Family member")},
    {"mantelzorger", QT_TRANSLATE_NOOP("core::Keuzelijst", "Informal carer")},
    {"clientondersteuner", QT_TRANSLATE_NOOP("core::Keuzelijst", "Client support worker")},
    {"vertegenwoordiger", QT_TRANSLATE_NOOP("core::Keuzelijst", "Legal representative")},
    {"tolk", QT_TRANSLATE_NOOP("core::Keuzelijst", "Interpreter")},
    {"aanbieder", QT_TRANSLATE_NOOP("core::Keuzelijst", "Care provider")},
    {"huisarts", QT_TRANSLATE_NOOP("core::Keuzelijst", "GP")},
    {"collega", QT_TRANSLATE_NOOP("core::Keuzelijst", "Colleague")},
    {"anders", QT_TRANSLATE_NOOP("core::Keuzelijst", "Other")},
};

constexpr Entry kLeefgebieden[] = {
    {"woonsituatie", QT_TRANSLATE_NOOP("core::Keuzelijst", "Housing")},
    {"opleiding", QT_TRANSLATE_NOOP("core::Keuzelijst", "School and education")},
    {"gezin", QT_TRANSLATE_NOOP("core::Keuzelijst", "Family")},
    {"huishouden", QT_TRANSLATE_NOOP("core::Keuzelijst", "Running the household")},
    {"gezondheid", QT_TRANSLATE_NOOP("core::Keuzelijst", "Health and staying fit")},
    {"vervoer", QT_TRANSLATE_NOOP("core::Keuzelijst", "Transport and getting out")},
    {"sociale_contacten", QT_TRANSLATE_NOOP("core::Keuzelijst", "Social contacts")},
    {"welbevinden", QT_TRANSLATE_NOOP("core::Keuzelijst", "How you feel")},
    {"vrije_tijd", QT_TRANSLATE_NOOP("core::Keuzelijst", "Leisure")},
    {"werk", QT_TRANSLATE_NOOP("core::Keuzelijst", "Work and looking for work")},
    {"inkomen", QT_TRANSLATE_NOOP("core::Keuzelijst", "Income and finances")},
    {"schulden", QT_TRANSLATE_NOOP("core::Keuzelijst", "Debts")},
};

constexpr Entry kLeefgebiedStatussen[] = {
    {"aandacht", QT_TRANSLATE_NOOP("core::Keuzelijst", "Discussed: needs attention")},
    {"geen_probleem", QT_TRANSLATE_NOOP("core::Keuzelijst", "Discussed: no problem")},
    {"niet_besproken", QT_TRANSLATE_NOOP("core::Keuzelijst", "Not discussed")},
};

constexpr Entry kBronnen[] = {
    {"huisarts", QT_TRANSLATE_NOOP("core::Keuzelijst", "GP")},
    {"wijkverpleging", QT_TRANSLATE_NOOP("core::Keuzelijst", "District nursing")},
    {"buren", QT_TRANSLATE_NOOP("core::Keuzelijst", "Neighbours")},
    {"familie", QT_TRANSLATE_NOOP("core::Keuzelijst", "Family")},
    {"politie", QT_TRANSLATE_NOOP("core::Keuzelijst", "Police")},
    {"woningcorporatie", QT_TRANSLATE_NOOP("core::Keuzelijst", "Housing association")},
    {"school", QT_TRANSLATE_NOOP("core::Keuzelijst", "School")},
    {"aanbieder", QT_TRANSLATE_NOOP("core::Keuzelijst", "Care provider")},
    {"anders", QT_TRANSLATE_NOOP("core::Keuzelijst", "Other")},
};

constexpr Entry kVoorzieningSoorten[] = {
    {"huishoudelijke_hulp", QT_TRANSLATE_NOOP("core::Keuzelijst", "Household help")},
    {"begeleiding", QT_TRANSLATE_NOOP("core::Keuzelijst", "Support and guidance")},
    {"dagbesteding", QT_TRANSLATE_NOOP("core::Keuzelijst", "Day activities")},
    {"rolstoel", QT_TRANSLATE_NOOP("core::Keuzelijst", "Wheelchair")},
    {"scootmobiel", QT_TRANSLATE_NOOP("core::Keuzelijst", "Mobility scooter")},
    {"woningaanpassing", QT_TRANSLATE_NOOP("core::Keuzelijst", "Home adaptation (e.g. stairlift)")},
    {"vervoer", QT_TRANSLATE_NOOP("core::Keuzelijst", "Transport")},
    {"respijtzorg", QT_TRANSLATE_NOOP("core::Keuzelijst", "Respite care")},
    {"beschermd_wonen", QT_TRANSLATE_NOOP("core::Keuzelijst", "Sheltered housing")},
    {"parkeerkaart", QT_TRANSLATE_NOOP("core::Keuzelijst", "Disabled parking card")},
    {"anders", QT_TRANSLATE_NOOP("core::Keuzelijst", "Other")},
};

constexpr Entry kEenheden[] = {
    {"uur_per_week", QT_TRANSLATE_NOOP("core::Keuzelijst", "hours per week")},
    {"dagdelen_per_week", QT_TRANSLATE_NOOP("core::Keuzelijst", "day parts per week")},
    {"km_per_jaar", QT_TRANSLATE_NOOP("core::Keuzelijst", "km per year")},
    {"zones", QT_TRANSLATE_NOOP("core::Keuzelijst", "zones")},
    {"etmalen_per_jaar", QT_TRANSLATE_NOOP("core::Keuzelijst", "days and nights per year")},
    {"stuks", QT_TRANSLATE_NOOP("core::Keuzelijst", "items")},
    {"euro", QT_TRANSLATE_NOOP("core::Keuzelijst", "euro")},
};

constexpr Entry kLeveringen[] = {
    {"natura", QT_TRANSLATE_NOOP("core::Keuzelijst", "In kind")},
    {"pgb", QT_TRANSLATE_NOOP("core::Keuzelijst", "Personal budget (PGB)")},
};

constexpr Entry kActieNiveaus[] = {
    {"eigen_kracht", QT_TRANSLATE_NOOP("core::Keuzelijst", "What the inwoner does")},
    {"netwerk", QT_TRANSLATE_NOOP("core::Keuzelijst", "Network and informal carers")},
    {"algemeen", QT_TRANSLATE_NOOP("core::Keuzelijst", "Open-access service")},
    {"maatwerk", QT_TRANSLATE_NOOP("core::Keuzelijst", "Individual provision (maatwerk)")},
    {"professioneel", QT_TRANSLATE_NOOP("core::Keuzelijst", "Professional")},
};

constexpr Entry kDoelSoorten[] = {
    {"verbeteren", QT_TRANSLATE_NOOP("core::Keuzelijst", "Improve")},
    {"stabiel_blijven", QT_TRANSLATE_NOOP("core::Keuzelijst", "Stay stable")},
    {"achteruitgang_beperken", QT_TRANSLATE_NOOP("core::Keuzelijst", "Limit decline")},
};

constexpr Entry kDoelEvaluaties[] = {
    {"behaald", QT_TRANSLATE_NOOP("core::Keuzelijst", "Achieved")},
    {"deels", QT_TRANSLATE_NOOP("core::Keuzelijst", "Partly achieved")},
    {"niet_behaald", QT_TRANSLATE_NOOP("core::Keuzelijst", "Not achieved")},
    {"stabiel", QT_TRANSLATE_NOOP("core::Keuzelijst", "Stable")},
};

constexpr Entry kPlanStatussen[] = {
    {"concept", QT_TRANSLATE_NOOP("core::Keuzelijst", "Draft")},
    {"vastgesteld", QT_TRANSLATE_NOOP("core::Keuzelijst", "Agreed and signed")},
    {"geevalueerd", QT_TRANSLATE_NOOP("core::Keuzelijst", "Evaluated")},
};

constexpr Entry kVoorzieningVormen[] = {
    {"algemeen", QT_TRANSLATE_NOOP("core::Keuzelijst", "Open access (algemeen)")},
    {"maatwerk", QT_TRANSLATE_NOOP("core::Keuzelijst", "Individual (maatwerk)")},
};

constexpr Entry kWetten[] = {
    {"wmo", QT_TRANSLATE_NOOP("core::Keuzelijst", "Wmo")},
    {"jeugdwet", QT_TRANSLATE_NOOP("core::Keuzelijst", "Jeugdwet")},
    {"participatiewet", QT_TRANSLATE_NOOP("core::Keuzelijst", "Participatiewet")},
    {"zvw", QT_TRANSLATE_NOOP("core::Keuzelijst", "Zvw (health insurance)")},
    {"wlz", QT_TRANSLATE_NOOP("core::Keuzelijst", "Wlz (long-term care)")},
    {"schulden", QT_TRANSLATE_NOOP("core::Keuzelijst", "Debts")},
    {"anders", QT_TRANSLATE_NOOP("core::Keuzelijst", "Other")},
};

constexpr Entry kVoorzieningCategorieen[] = {
    {"huishoudelijke_hulp", QT_TRANSLATE_NOOP("core::Keuzelijst", "Household help")},
    {"begeleiding", QT_TRANSLATE_NOOP("core::Keuzelijst", "Support and guidance")},
    {"dagbesteding", QT_TRANSLATE_NOOP("core::Keuzelijst", "Day activities")},
    {"hulpmiddel", QT_TRANSLATE_NOOP("core::Keuzelijst", "Aids and equipment")},
    {"woningaanpassing", QT_TRANSLATE_NOOP("core::Keuzelijst", "Home adaptation")},
    {"vervoer", QT_TRANSLATE_NOOP("core::Keuzelijst", "Transport")},
    {"respijtzorg", QT_TRANSLATE_NOOP("core::Keuzelijst", "Respite care")},
    {"mantelzorgondersteuning", QT_TRANSLATE_NOOP("core::Keuzelijst", "Support for informal carers")},
    {"clientondersteuning", QT_TRANSLATE_NOOP("core::Keuzelijst", "Independent client support")},
    {"maaltijden", QT_TRANSLATE_NOOP("core::Keuzelijst", "Meals")},
    {"klussendienst", QT_TRANSLATE_NOOP("core::Keuzelijst", "Odd-job service")},
    {"boodschappendienst", QT_TRANSLATE_NOOP("core::Keuzelijst", "Shopping service")},
    {"ontmoeting", QT_TRANSLATE_NOOP("core::Keuzelijst", "Meeting places and peer contact")},
    {"maatjes", QT_TRANSLATE_NOOP("core::Keuzelijst", "Buddy project")},
    {"beschermd_wonen", QT_TRANSLATE_NOOP("core::Keuzelijst", "Sheltered housing")},
    {"schuldhulp", QT_TRANSLATE_NOOP("core::Keuzelijst", "Debt counselling")},
    {"werk_inkomen", QT_TRANSLATE_NOOP("core::Keuzelijst", "Work and income")},
    {"opvoeden", QT_TRANSLATE_NOOP("core::Keuzelijst", "Parenting support")},
    {"gezondheid", QT_TRANSLATE_NOOP("core::Keuzelijst", "Health and district nursing")},
    {"anders", QT_TRANSLATE_NOOP("core::Keuzelijst", "Other")},
};

std::span<const Entry> entries(Keuzelijst lijst)
{
    switch (lijst) {
    case Keuzelijst::Domein:
        return kDomeinen;
    case Keuzelijst::MeldingKanaal:
        return kKanalen;
    case Keuzelijst::Urgentie:
        return kUrgenties;
    case Keuzelijst::Clientondersteuning:
        return kClientondersteuning;
    case Keuzelijst::IdDocument:
        return kIdDocumenten;
    case Keuzelijst::VerslagOordeel:
        return kOordelen;
    case Keuzelijst::Besluit:
        return kBesluiten;
    case Keuzelijst::AfsluitReden:
        return kAfsluitRedenen;
    case Keuzelijst::GespreksVorm:
        return kVormen;
    case Keuzelijst::Rol:
        return kRollen;
    case Keuzelijst::Leefgebied:
        return kLeefgebieden;
    case Keuzelijst::LeefgebiedStatus:
        return kLeefgebiedStatussen;
    case Keuzelijst::SignaalBron:
        return kBronnen;
    case Keuzelijst::VoorzieningSoort:
        return kVoorzieningSoorten;
    case Keuzelijst::Eenheid:
        return kEenheden;
    case Keuzelijst::Levering:
        return kLeveringen;
    case Keuzelijst::ActieNiveau:
        return kActieNiveaus;
    case Keuzelijst::DoelSoort:
        return kDoelSoorten;
    case Keuzelijst::DoelEvaluatie:
        return kDoelEvaluaties;
    case Keuzelijst::PlanStatus:
        return kPlanStatussen;
    case Keuzelijst::VoorzieningVorm:
        return kVoorzieningVormen;
    case Keuzelijst::Wet:
        return kWetten;
    case Keuzelijst::VoorzieningCategorie:
        return kVoorzieningCategorieen;
    }
    return {};
}

} // namespace

std::vector<Keuze> keuzes(Keuzelijst lijst)
{
    std::vector<Keuze> result;
    for (const Entry& e : entries(lijst))
        result.push_back({QString::fromLatin1(e.key), QCoreApplication::translate(kContext, e.label)});
    return result;
}

QStringList keuzeKeys(Keuzelijst lijst)
{
    QStringList keys;
    for (const Entry& e : entries(lijst))
        keys << QString::fromLatin1(e.key);
    return keys;
}

bool isKeuze(Keuzelijst lijst, const QString& key)
{
    for (const Entry& e : entries(lijst)) {
        if (key == QLatin1String(e.key))
            return true;
    }
    return false;
}

int keuzeRang(Keuzelijst lijst, const QString& key)
{
    const auto lijstEntries = entries(lijst);
    for (size_t i = 0; i < lijstEntries.size(); ++i) {
        if (key == QLatin1String(lijstEntries[i].key))
            return static_cast<int>(i);
    }
    return static_cast<int>(lijstEntries.size());
}

QString keuzeLabel(Keuzelijst lijst, const QString& key)
{
    for (const Entry& e : entries(lijst)) {
        if (key == QLatin1String(e.key))
            return QCoreApplication::translate(kContext, e.label);
    }
    return key;
}

QString keuzeLabelNl(Keuzelijst lijst, const QString& key)
{
    for (const Entry& e : entries(lijst)) {
        if (key == QLatin1String(e.key))
            return inDutch(kContext, e.label);
    }
    return key;
}

} // namespace core
