// SPDX-License-Identifier: EUPL-1.2
#include "Gesprek.h"

#include "NetwerkPersoon.h"

#include <algorithm>

namespace core {

QString standaardRol(const NetwerkPersoon& p)
{
    if (p.isMantelzorger())
        return QStringLiteral("mantelzorger");
    switch (p.relatie) {
    case Relatie::Partner:
        return QStringLiteral("partner");
    case Relatie::Kind:
    case Relatie::Ouder:
    case Relatie::Familie:
        return QStringLiteral("familie");
    case Relatie::Huisarts:
        return QStringLiteral("huisarts");
    case Relatie::Wijkverpleegkundige:
    case Relatie::Aanbieder:
        return QStringLiteral("aanbieder");
    default:
        return QStringLiteral("anders");
    }
}

bool Aanwezige::sameContent(const Aanwezige& o) const
{
    return rol == o.rol && netwerkId == o.netwerkId && naam == o.naam && meta.deleted == o.meta.deleted;
}

bool BesprokenLeefgebied::sameContent(const BesprokenLeefgebied& o) const
{
    return leefgebied == o.leefgebied && status == o.status && notitie == o.notitie && meta.deleted == o.meta.deleted;
}

bool MantelzorgVisie::sameContent(const MantelzorgVisie& o) const
{
    return netwerkId == o.netwerkId && visie == o.visie && behoefte == o.behoefte && meta.deleted == o.meta.deleted;
}

const BesprokenLeefgebied* Gesprek::leefgebied(const QString& key) const
{
    const auto it = std::find_if(leefgebieden.begin(), leefgebieden.end(),
                                 [&](const BesprokenLeefgebied& l) { return l.leefgebied == key; });
    return it == leefgebieden.end() ? nullptr : &*it;
}

const MantelzorgVisie* Gesprek::visie(const QString& netwerkId) const
{
    const auto it = std::find_if(mantelzorg.begin(), mantelzorg.end(),
                                 [&](const MantelzorgVisie& v) { return v.netwerkId == netwerkId; });
    return it == mantelzorg.end() ? nullptr : &*it;
}

bool Gesprek::sameContent(const Gesprek& o) const
{
    return trajectId == o.trajectId && datum == o.datum && vorm == o.vorm && samenvatting == o.samenvatting &&
           afspraken == o.afspraken && zrmMetingId == o.zrmMetingId && afgerond == o.afgerond && positie == o.positie &&
           meta.deleted == o.meta.deleted;
}

bool Signaal::sameContent(const Signaal& o) const
{
    return inwonerId == o.inwonerId && trajectId == o.trajectId && datum == o.datum && bron == o.bron &&
           bronNaam == o.bronNaam && inhoud == o.inhoud && meta.deleted == o.meta.deleted;
}

} // namespace core
