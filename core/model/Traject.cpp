// SPDX-License-Identifier: EUPL-1.2
#include "Traject.h"

#include "KeyedEnum.h"
#include "Translation.h"

#include <algorithm>

namespace core {

namespace {

// Keys are stored in the database and in bundles: never change one.
constexpr keyed::Entry<StapSoort> kStappen[] = {
    {StapSoort::Ontvangstbevestiging, "ontvangstbevestiging",
     QT_TRANSLATE_NOOP("core::StapSoort", "Acknowledgement of the report sent")},
    {StapSoort::PersoonlijkPlanAangeboden, "persoonlijk_plan_aangeboden",
     QT_TRANSLATE_NOOP("core::StapSoort", "Personal plan offered")},
    {StapSoort::PersoonlijkPlanOntvangen, "persoonlijk_plan_ontvangen",
     QT_TRANSLATE_NOOP("core::StapSoort", "Personal plan received")},
    {StapSoort::Clientondersteuning, "clientondersteuning",
     QT_TRANSLATE_NOOP("core::StapSoort", "Client support offered")},
    {StapSoort::PgbUitgelegd, "pgb_uitgelegd", QT_TRANSLATE_NOOP("core::StapSoort", "Personal budget explained")},
    {StapSoort::EigenBijdrageBesproken, "eigen_bijdrage_besproken",
     QT_TRANSLATE_NOOP("core::StapSoort", "Personal contribution discussed")},
    {StapSoort::Identiteit, "identiteit", QT_TRANSLATE_NOOP("core::StapSoort", "Identity established")},
    {StapSoort::OnderzoekAfgerond, "onderzoek_afgerond", QT_TRANSLATE_NOOP("core::StapSoort", "Assessment completed")},
    {StapSoort::VerslagVerzonden, "verslag_verzonden", QT_TRANSLATE_NOOP("core::StapSoort", "Report sent")},
    {StapSoort::VerslagOndertekend, "verslag_ondertekend", QT_TRANSLATE_NOOP("core::StapSoort", "Report signed back")},
    {StapSoort::Aanvraag, "aanvraag", QT_TRANSLATE_NOOP("core::StapSoort", "Application received")},
    {StapSoort::Beschikking, "beschikking", QT_TRANSLATE_NOOP("core::StapSoort", "Decision")},
    {StapSoort::EvaluatieGepland, "evaluatie_gepland", QT_TRANSLATE_NOOP("core::StapSoort", "Evaluation planned")},
    {StapSoort::Afgesloten, "afgesloten", QT_TRANSLATE_NOOP("core::StapSoort", "Closed")},
};

template <typename T> auto findStap(T& stappen, StapSoort soort, const QString& betreft)
{
    return std::find_if(stappen.begin(), stappen.end(),
                        [&](const TrajectStap& s) { return s.soort == soort && s.betreft == betreft; });
}

} // namespace

const std::vector<StapSoort>& alleStapSoorten()
{
    static const std::vector<StapSoort> values = keyed::valuesOf(kStappen);
    return values;
}
QString key(StapSoort soort)
{
    return keyed::keyOf(kStappen, soort);
}
QString label(StapSoort soort)
{
    return keyed::labelOf(kStappen, soort, "core::StapSoort");
}
QString labelNl(StapSoort soort)
{
    return inDutch("core::StapSoort", keyed::entryOf(kStappen, soort).label);
}
std::optional<StapSoort> stapSoortFromKey(const QString& key)
{
    return keyed::fromKey(kStappen, key);
}

std::optional<Keuzelijst> uitkomstLijst(StapSoort soort)
{
    switch (soort) {
    case StapSoort::Clientondersteuning:
        return Keuzelijst::Clientondersteuning;
    case StapSoort::Identiteit:
        return Keuzelijst::IdDocument;
    case StapSoort::VerslagOndertekend:
        return Keuzelijst::VerslagOordeel;
    case StapSoort::Beschikking:
        return Keuzelijst::Besluit;
    case StapSoort::Afgesloten:
        return Keuzelijst::AfsluitReden;
    default:
        return std::nullopt;
    }
}

QString stapVeld(StapSoort soort, const QString& betreft)
{
    return QStringLiteral("stap:") + key(soort) + (betreft.isEmpty() ? QString() : QLatin1Char(':') + betreft);
}

bool TrajectStap::sameContent(const TrajectStap& o) const
{
    return soort == o.soort && betreft == o.betreft && datum == o.datum && door == o.door && uitkomst == o.uitkomst &&
           toelichting == o.toelichting && meta.deleted == o.meta.deleted;
}

bool TermijnOpschorting::sameContent(const TermijnOpschorting& o) const
{
    return termijn == o.termijn && datum == o.datum && dagen == o.dagen && reden == o.reden &&
           meta.deleted == o.meta.deleted;
}

bool Voorziening::sameContent(const Voorziening& o) const
{
    return soort == o.soort && omschrijving == o.omschrijving && omvang == o.omvang && eenheid == o.eenheid &&
           start == o.start && eind == o.eind && levering == o.levering && socialeKaartId == o.socialeKaartId &&
           meta.deleted == o.meta.deleted;
}

const TrajectStap* Traject::stap(StapSoort soort, const QString& betreft) const
{
    const auto it = findStap(stappen, soort, betreft);
    return it == stappen.end() ? nullptr : &*it;
}

TrajectStap* Traject::stap(StapSoort soort, const QString& betreft)
{
    const auto it = findStap(stappen, soort, betreft);
    return it == stappen.end() ? nullptr : &*it;
}

QDate Traject::datum(StapSoort soort) const
{
    const TrajectStap* s = stap(soort);
    return s ? s->datum : QDate();
}

void Traject::zet(const TrajectStap& nieuw)
{
    if (TrajectStap* s = stap(nieuw.soort, nieuw.betreft)) {
        const SyncMeta bewaard = s->meta;
        *s = nieuw;
        s->meta = bewaard;
        return;
    }
    stappen.push_back(nieuw);
}

void Traject::wis(StapSoort soort, const QString& betreft)
{
    const auto it = findStap(stappen, soort, betreft);
    if (it != stappen.end())
        stappen.erase(it);
}

bool Traject::sameContent(const Traject& o) const
{
    return inwonerId == o.inwonerId && domein == o.domein && meldingDatum == o.meldingDatum && kanaal == o.kanaal &&
           verwijzer == o.verwijzer && hulpvraag == o.hulpvraag && urgentie == o.urgentie &&
           meta.deleted == o.meta.deleted;
}

} // namespace core
