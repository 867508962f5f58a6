// SPDX-License-Identifier: EUPL-1.2
#include "NetwerkPersoon.h"

namespace core {

std::optional<Belasting> Mantelzorg::belasting() const
{
    if (!belastingEdiz)
        return std::nullopt;
    return belastingVoorEdiz(*belastingEdiz);
}

bool Mantelzorg::voldoetAanCriterium(const QDate& today) const
{
    return urenPerWeek > 8.0 && sinds.isValid() && sinds.addMonths(3) < today;
}

bool NetwerkPersoon::sameContent(const NetwerkPersoon& o) const
{
    return meta.deleted == o.meta.deleted && inwonerId == o.inwonerId && naam == o.naam && relatie == o.relatie &&
           organisatie == o.organisatie && doetNu == o.doetNu && kanMeer == o.kanMeer && nabijheid == o.nabijheid &&
           telefoon == o.telefoon && email == o.email && adres == o.adres && toestemming == o.toestemming &&
           toestemmingDatum == o.toestemmingDatum && mantelzorg == o.mantelzorg;
}

} // namespace core
