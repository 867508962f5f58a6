// SPDX-License-Identifier: EUPL-1.2
#include "Gespreksleidraad.h"

#include <initializer_list>

namespace core {

namespace {

struct Koppeling {
    const char* leefgebied;
    std::initializer_list<const char*> zrm2017;
};

// In the order of Keuzelijst::Leefgebied. Vervoer is an instrumentele ADL in the ZRM (using
// transport); basale ADL and middelengebruik come up under health.
const Koppeling kKoppelingen[] = {
    {"woonsituatie", {"huisvesting"}},
    {"opleiding", {"werk_opleiding"}},
    {"gezin", {"huiselijke_relaties"}},
    {"huishouden", {"instrumentele_adl"}},
    {"gezondheid", {"lichamelijke_gezondheid", "basale_adl", "middelengebruik"}},
    {"vervoer", {"instrumentele_adl"}},
    {"sociale_contacten", {"sociaal_netwerk"}},
    {"welbevinden", {"geestelijke_gezondheid"}},
    {"vrije_tijd", {"tijdsbesteding", "maatschappelijke_participatie"}},
    {"werk", {"werk_opleiding"}},
    {"inkomen", {"financien"}},
    {"schulden", {"financien"}},
};

} // namespace

QStringList Gespreksleidraad::zrm2017(const QString& leefgebied)
{
    for (const Koppeling& k : kKoppelingen) {
        if (leefgebied != QLatin1String(k.leefgebied))
            continue;
        QStringList keys;
        for (const char* key : k.zrm2017)
            keys << QString::fromLatin1(key);
        return keys;
    }
    return {};
}

QStringList Gespreksleidraad::leefgebieden(const QString& zrm2017)
{
    QStringList keys;
    for (const Koppeling& k : kKoppelingen) {
        for (const char* key : k.zrm2017) {
            if (zrm2017 == QLatin1String(key))
                keys << QString::fromLatin1(k.leefgebied);
        }
    }
    return keys;
}

} // namespace core
