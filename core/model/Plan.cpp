// SPDX-License-Identifier: EUPL-1.2
#include "Plan.h"

#include "Keuzelijst.h"
#include "SocialeKaart.h"

#include <algorithm>

namespace core {

bool PlanActie::sameContent(const PlanActie& o) const
{
    return meta.deleted == o.meta.deleted && niveau == o.niveau && wat == o.wat && netwerkId == o.netwerkId &&
           voorzieningId == o.voorzieningId && beschikkingId == o.beschikkingId && uitvoerder == o.uitvoerder &&
           van == o.van && tot == o.tot && omvang == o.omvang && eenheid == o.eenheid &&
           onderbouwing == o.onderbouwing && respijtOverwogen == o.respijtOverwogen && positie == o.positie;
}

bool PlanDoel::sameContent(const PlanDoel& o) const
{
    return meta.deleted == o.meta.deleted && inwonerId == o.inwonerId && leefgebied == o.leefgebied && wens == o.wens &&
           gewensteSituatie == o.gewensteSituatie && soort == o.soort && doelscore == o.doelscore &&
           evaluatieDatum == o.evaluatieDatum && eigenOplossing == o.eigenOplossing &&
           redenNietGevolgd == o.redenNietGevolgd && evaluatie == o.evaluatie &&
           evaluatieNotitie == o.evaluatieNotitie && positie == o.positie;
}

int Ondersteuningsplan::aantalActies() const
{
    int n = 0;
    for (const PlanDoel& d : doelen)
        n += static_cast<int>(d.acties.size());
    return n;
}

bool Ondersteuningsplan::sameContent(const Ondersteuningsplan& o) const
{
    return meta.deleted == o.meta.deleted && inwonerId == o.inwonerId && trajectId == o.trajectId &&
           huishoudenId == o.huishoudenId && reeksId == o.reeksId && versie == o.versie && vorigeId == o.vorigeId &&
           status == o.status && regisseur == o.regisseur && regisseurRol == o.regisseurRol &&
           wederkerigheid == o.wederkerigheid && vastgesteldOp == o.vastgesteldOp && geevalueerdOp == o.geevalueerdOp &&
           evaluatieNotitie == o.evaluatieNotitie;
}

void sorteerActies(std::vector<PlanActie>& acties)
{
    std::stable_sort(acties.begin(), acties.end(), [](const PlanActie& a, const PlanActie& b) {
        const int ra = keuzeRang(Keuzelijst::ActieNiveau, a.niveau);
        const int rb = keuzeRang(Keuzelijst::ActieNiveau, b.niveau);
        return ra != rb ? ra < rb : a.positie < b.positie;
    });
}

bool SocialeKaartItem::sameContent(const SocialeKaartItem& o) const
{
    return meta.deleted == o.meta.deleted && naam == o.naam && vorm == o.vorm && wet == o.wet &&
           categorie == o.categorie && aanbieder == o.aanbieder && telefoon == o.telefoon && email == o.email &&
           website == o.website && adres == o.adres && notities == o.notities && actief == o.actief;
}

} // namespace core
