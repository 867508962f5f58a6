// SPDX-License-Identifier: EUPL-1.2
#include "ZrmMeting.h"

#include "KeyedEnum.h"

#include <QCoreApplication>

#include <algorithm>

namespace core {

namespace {

using keyed::Entry;
using keyed::fromKey;
using keyed::keyOf;
using keyed::labelOf;
using keyed::valuesOf;

// Keys are stored in the database and in bundles: never change one.
constexpr Entry<ZrmMoment> kMomenten[] = {
    {ZrmMoment::Intake, "intake", QT_TRANSLATE_NOOP("core::ZrmMoment", "Intake")},
    {ZrmMoment::Tussentijds, "tussentijds", QT_TRANSLATE_NOOP("core::ZrmMoment", "Interim")},
    {ZrmMoment::Evaluatie, "evaluatie", QT_TRANSLATE_NOOP("core::ZrmMoment", "Evaluation")},
    {ZrmMoment::Afsluiting, "afsluiting", QT_TRANSLATE_NOOP("core::ZrmMoment", "Closing")},
};

constexpr Entry<NietBeoordeeld> kRedenen[] = {
    {NietBeoordeeld::NietRelevant, "niet_relevant",
     QT_TRANSLATE_NOOP("core::NietBeoordeeld", "not relevant to the request for help")},
    {NietBeoordeeld::OnvoldoendeInformatie, "onvoldoende_informatie",
     QT_TRANSLATE_NOOP("core::NietBeoordeeld", "not enough information")},
    {NietBeoordeeld::InwonerWilNiet, "inwoner_wil_niet",
     QT_TRANSLATE_NOOP("core::NietBeoordeeld", "the inwoner does not want to")},
};

} // namespace

const std::vector<ZrmMoment>& alleZrmMomenten()
{
    static const std::vector<ZrmMoment> values = valuesOf(kMomenten);
    return values;
}
QString key(ZrmMoment value)
{
    return keyOf(kMomenten, value);
}
QString label(ZrmMoment value)
{
    return labelOf(kMomenten, value, "core::ZrmMoment");
}
std::optional<ZrmMoment> zrmMomentFromKey(const QString& k)
{
    return fromKey(kMomenten, k);
}

const std::vector<NietBeoordeeld>& alleNietBeoordeeldRedenen()
{
    static const std::vector<NietBeoordeeld> values = valuesOf(kRedenen);
    return values;
}
QString key(NietBeoordeeld value)
{
    return keyOf(kRedenen, value);
}
QString label(NietBeoordeeld value)
{
    return labelOf(kRedenen, value, "core::NietBeoordeeld");
}
std::optional<NietBeoordeeld> nietBeoordeeldFromKey(const QString& k)
{
    return fromKey(kRedenen, k);
}

bool ZrmScore::sameContent(const ZrmScore& o) const
{
    return meta.deleted == o.meta.deleted && leefgebied == o.leefgebied && score == o.score &&
           nietBeoordeeld == o.nietBeoordeeld && doelscore == o.doelscore && toelichting == o.toelichting;
}

const ZrmScore* ZrmMeting::score(const QString& leefgebied) const
{
    const auto it =
        std::find_if(scores.begin(), scores.end(), [&](const ZrmScore& s) { return s.leefgebied == leefgebied; });
    return it == scores.end() ? nullptr : &*it;
}

bool ZrmMeting::sameContent(const ZrmMeting& o) const
{
    return meta.deleted == o.meta.deleted && inwonerId == o.inwonerId && instrument == o.instrument &&
           datum == o.datum && moment == o.moment && door == o.door;
}

} // namespace core
