// SPDX-License-Identifier: EUPL-1.2
#include "ZrmMeting.h"

#include <QCoreApplication>

#include <algorithm>

namespace core {

namespace {

template <typename E> struct Entry {
    E value;
    const char* key;
    const char* label;
};

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

template <typename E, size_t N> const Entry<E>& entryOf(const Entry<E> (&table)[N], E value)
{
    return *std::find_if(std::begin(table), std::end(table), [&](const auto& e) { return e.value == value; });
}

template <typename E, size_t N> std::optional<E> fromKey(const Entry<E> (&table)[N], const QString& key)
{
    for (const auto& e : table) {
        if (key == QLatin1String(e.key))
            return e.value;
    }
    return std::nullopt;
}

} // namespace

const std::vector<ZrmMoment>& alleZrmMomenten()
{
    static const std::vector<ZrmMoment> values = {ZrmMoment::Intake, ZrmMoment::Tussentijds, ZrmMoment::Evaluatie,
                                                  ZrmMoment::Afsluiting};
    return values;
}
QString key(ZrmMoment value)
{
    return QString::fromLatin1(entryOf(kMomenten, value).key);
}
QString label(ZrmMoment value)
{
    return QCoreApplication::translate("core::ZrmMoment", entryOf(kMomenten, value).label);
}
std::optional<ZrmMoment> zrmMomentFromKey(const QString& k)
{
    return fromKey(kMomenten, k);
}

const std::vector<NietBeoordeeld>& alleNietBeoordeeldRedenen()
{
    static const std::vector<NietBeoordeeld> values = {
        NietBeoordeeld::NietRelevant, NietBeoordeeld::OnvoldoendeInformatie, NietBeoordeeld::InwonerWilNiet};
    return values;
}
QString key(NietBeoordeeld value)
{
    return QString::fromLatin1(entryOf(kRedenen, value).key);
}
QString label(NietBeoordeeld value)
{
    return QCoreApplication::translate("core::NietBeoordeeld", entryOf(kRedenen, value).label);
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
