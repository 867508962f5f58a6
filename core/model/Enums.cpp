// SPDX-License-Identifier: EUPL-1.2
#include "Enums.h"

#include "KeyedEnum.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace core {

namespace {

using keyed::Entry;
using keyed::fromKey;
using keyed::keyOf;
using keyed::labelOf;
using keyed::valuesOf;

// Keys are stored in the database and in bundles: never change one.
constexpr Entry<Relatie> kRelaties[] = {
    {Relatie::Partner, "partner", QT_TRANSLATE_NOOP("core::Relatie", "Partner")},
    {Relatie::Kind, "kind", QT_TRANSLATE_NOOP("core::Relatie", "Child")},
    {Relatie::Ouder, "ouder", QT_TRANSLATE_NOOP("core::Relatie", "Parent")},
    {Relatie::Familie, "familie", QT_TRANSLATE_NOOP("core::Relatie", "Family")},
    {Relatie::Buur, "buur", QT_TRANSLATE_NOOP("core::Relatie", "Neighbour")},
    {Relatie::Vriend, "vriend", QT_TRANSLATE_NOOP("core::Relatie", "Friend")},
    {Relatie::Vrijwilliger, "vrijwilliger", QT_TRANSLATE_NOOP("core::Relatie", "Volunteer")},
    {Relatie::Huisarts, "huisarts", QT_TRANSLATE_NOOP("core::Relatie", "GP")},
    {Relatie::Wijkverpleegkundige, "wijkverpleegkundige", QT_TRANSLATE_NOOP("core::Relatie", "District nurse")},
    {Relatie::Aanbieder, "aanbieder", QT_TRANSLATE_NOOP("core::Relatie", "Care provider")},
    {Relatie::Professional, "professional", QT_TRANSLATE_NOOP("core::Relatie", "Other professional")},
    {Relatie::Anders, "anders", QT_TRANSLATE_NOOP("core::Relatie", "Other")},
};

constexpr Entry<Toestemming> kToestemmingen[] = {
    {Toestemming::Onbekend, "onbekend", QT_TRANSLATE_NOOP("core::Toestemming", "Not asked yet")},
    {Toestemming::Ja, "ja", QT_TRANSLATE_NOOP("core::Toestemming", "Yes")},
    {Toestemming::Nee, "nee", QT_TRANSLATE_NOOP("core::Toestemming", "No")},
};

constexpr Entry<Contactkanaal> kKanalen[] = {
    {Contactkanaal::Geen, "", QT_TRANSLATE_NOOP("core::Contactkanaal", "No preference")},
    {Contactkanaal::Telefoon, "telefoon", QT_TRANSLATE_NOOP("core::Contactkanaal", "Phone")},
    {Contactkanaal::Sms, "sms", QT_TRANSLATE_NOOP("core::Contactkanaal", "Text message")},
    {Contactkanaal::Email, "email", QT_TRANSLATE_NOOP("core::Contactkanaal", "E-mail")},
    {Contactkanaal::Post, "post", QT_TRANSLATE_NOOP("core::Contactkanaal", "Letter")},
    {Contactkanaal::Huisbezoek, "huisbezoek", QT_TRANSLATE_NOOP("core::Contactkanaal", "Home visit")},
};

constexpr Entry<Belasting> kBelastingen[] = {
    {Belasting::Geen, "geen", QT_TRANSLATE_NOOP("core::Belasting", "not burdened")},
    {Belasting::Licht, "licht", QT_TRANSLATE_NOOP("core::Belasting", "lightly burdened")},
    {Belasting::Matig, "matig", QT_TRANSLATE_NOOP("core::Belasting", "moderately burdened")},
    {Belasting::Zwaar, "zwaar", QT_TRANSLATE_NOOP("core::Belasting", "heavily burdened")},
};

} // namespace

const std::vector<Relatie>& alleRelaties()
{
    static const std::vector<Relatie> values = valuesOf(kRelaties);
    return values;
}
QString key(Relatie value)
{
    return keyOf(kRelaties, value);
}
QString label(Relatie value)
{
    return labelOf(kRelaties, value, "core::Relatie");
}
std::optional<Relatie> relatieFromKey(const QString& key)
{
    return fromKey(kRelaties, key);
}

bool isProfessional(Relatie value)
{
    return value == Relatie::Huisarts || value == Relatie::Wijkverpleegkundige || value == Relatie::Aanbieder ||
           value == Relatie::Professional;
}

const std::vector<Toestemming>& alleToestemmingen()
{
    static const std::vector<Toestemming> values = valuesOf(kToestemmingen);
    return values;
}
QString key(Toestemming value)
{
    return keyOf(kToestemmingen, value);
}
QString label(Toestemming value)
{
    return labelOf(kToestemmingen, value, "core::Toestemming");
}
std::optional<Toestemming> toestemmingFromKey(const QString& key)
{
    return fromKey(kToestemmingen, key);
}

const std::vector<Contactkanaal>& alleContactkanalen()
{
    static const std::vector<Contactkanaal> values = valuesOf(kKanalen);
    return values;
}
QString key(Contactkanaal value)
{
    return keyOf(kKanalen, value);
}
QString label(Contactkanaal value)
{
    return labelOf(kKanalen, value, "core::Contactkanaal");
}
std::optional<Contactkanaal> contactkanaalFromKey(const QString& key)
{
    return fromKey(kKanalen, key);
}

Belasting belastingVoorEdiz(int score)
{
    if (score <= 0)
        return Belasting::Geen;
    if (score <= 3)
        return Belasting::Licht;
    if (score <= 8)
        return Belasting::Matig;
    return Belasting::Zwaar;
}

QString label(Belasting value)
{
    return labelOf(kBelastingen, value, "core::Belasting");
}

} // namespace core
