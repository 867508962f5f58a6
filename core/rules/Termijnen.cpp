// SPDX-License-Identifier: EUPL-1.2
#include "rules/Termijnen.h"

#include <utility>

namespace core::rules {

Termijnen::Termijnen(AtwKalender kalender)
    : m_kalender(std::move(kalender))
{
}

Termijn Termijnen::persoonlijkPlan(const QDate& melding) const
{
    return termijn(melding, kPersoonlijkPlanDagen);
}

Termijn Termijnen::onderzoek(const QDate& melding, const std::vector<Opschorting>& opschortingen) const
{
    return termijn(melding, kOnderzoekDagen, opschortingen);
}

Termijn Termijnen::beschikking(const QDate& aanvraag, const std::vector<Opschorting>& opschortingen) const
{
    return termijn(aanvraag, kBeschikkingDagen, opschortingen);
}

Termijn Termijnen::termijn(const QDate& start, int dagen, const std::vector<Opschorting>& opschortingen) const
{
    Termijn t;
    if (!start.isValid())
        return t;
    const auto reden = [&t](const QString& sleutel, const QString& tekst) {
        if (!t.redenSleutels.contains(sleutel) || sleutel == QLatin1String("opschorting")) {
            t.redenSleutels << sleutel;
            t.redenen.push_back(tekst);
        }
    };

    t.wettelijk = start.addDays(dagen);
    int lengte = dagen;
    for (const Opschorting& o : opschortingen) {
        if (o.dagen == 0)
            continue;
        lengte += o.dagen;
        reden(QStringLiteral("opschorting"), o.reden.isEmpty()
                                                 ? tr("suspended %n day(s)", nullptr, o.dagen)
                                                 : tr("suspended %n day(s): %1", nullptr, o.dagen).arg(o.reden));
    }
    t.onverschoven = start.addDays(lengte);

    // Atw art. 1: a term does not end on a weekend day, feestdag or gelijkgestelde dag.
    QDate eind = t.onverschoven;
    while (m_kalender.isVrijeDag(eind)) {
        if (const auto sleutel = m_kalender.feestdagSleutel(eind))
            reden(*sleutel, *m_kalender.feestdag(eind));
        if (m_kalender.isWeekend(eind))
            reden(QStringLiteral("weekend"), tr("weekend"));
        eind = eind.addDays(1);
    }

    // Atw art. 2: a term of three days or more holds at least two working days after the start.
    if (lengte >= 3) {
        int werkdagen = 0;
        for (QDate d = start.addDays(1); d <= eind; d = d.addDays(1))
            werkdagen += m_kalender.isVrijeDag(d) ? 0 : 1;
        while (werkdagen < 2) {
            do
                eind = eind.addDays(1);
            while (m_kalender.isVrijeDag(eind));
            ++werkdagen;
            reden(QStringLiteral("atw_art2"), tr("at least two working days in the term (Atw art. 2)"));
        }
    }
    t.datum = eind;
    return t;
}

} // namespace core::rules
