// SPDX-License-Identifier: EUPL-1.2
#include "TrajectStand.h"

#include "model/KeyedEnum.h"

#include <algorithm>

namespace core::rules {

namespace {

using keyed::Entry;

constexpr Entry<TermijnStatus> kStatussen[] = {
    {TermijnStatus::Lopend, "lopend", QT_TRANSLATE_NOOP("core::rules::TermijnStatus", "running")},
    {TermijnStatus::DezeWeek, "deze_week", QT_TRANSLATE_NOOP("core::rules::TermijnStatus", "due this week")},
    {TermijnStatus::TeLaat, "te_laat", QT_TRANSLATE_NOOP("core::rules::TermijnStatus", "overdue")},
    {TermijnStatus::Gehaald, "gehaald", QT_TRANSLATE_NOOP("core::rules::TermijnStatus", "met")},
    {TermijnStatus::NietGehaald, "niet_gehaald", QT_TRANSLATE_NOOP("core::rules::TermijnStatus", "not met")},
    {TermijnStatus::Verstreken, "verstreken", QT_TRANSLATE_NOOP("core::rules::TermijnStatus", "passed")},
    {TermijnStatus::Vervallen, "vervallen", QT_TRANSLATE_NOOP("core::rules::TermijnStatus", "lapsed")},
};

constexpr Entry<Ontbrekend> kOntbrekend[] = {
    {Ontbrekend::Ontvangstbevestiging, "ontvangstbevestiging",
     QT_TRANSLATE_NOOP("core::rules::Ontbrekend", "No acknowledgement of the report sent")},
    {Ontbrekend::PersoonlijkPlanAangeboden, "persoonlijk_plan",
     QT_TRANSLATE_NOOP("core::rules::Ontbrekend", "Personal plan not offered")},
    {Ontbrekend::ClientondersteuningInwoner, "clientondersteuning_inwoner",
     QT_TRANSLATE_NOOP("core::rules::Ontbrekend", "Client support not offered to the resident")},
    {Ontbrekend::ClientondersteuningMantelzorger, "clientondersteuning_mantelzorger",
     QT_TRANSLATE_NOOP("core::rules::Ontbrekend", "Client support not offered to the informal carer")},
    {Ontbrekend::VerslagVerzonden, "verslag_verzonden",
     QT_TRANSLATE_NOOP("core::rules::Ontbrekend", "Report not sent")},
    {Ontbrekend::VerslagOndertekend, "verslag_ondertekend",
     QT_TRANSLATE_NOOP("core::rules::Ontbrekend", "Waiting for the signed report")},
    {Ontbrekend::Beschikking, "beschikking", QT_TRANSLATE_NOOP("core::rules::Ontbrekend", "Decision missing")},
};

constexpr Entry<Fase> kFasen[] = {
    {Fase::Onderzoek, "onderzoek", QT_TRANSLATE_NOOP("core::rules::Fase", "Assessment")},
    {Fase::Verslag, "verslag", QT_TRANSLATE_NOOP("core::rules::Fase", "Report")},
    {Fase::Aanvraag, "aanvraag", QT_TRANSLATE_NOOP("core::rules::Fase", "Application")},
    {Fase::Besluit, "besluit", QT_TRANSLATE_NOOP("core::rules::Fase", "Decision")},
    {Fase::Uitvoering, "uitvoering", QT_TRANSLATE_NOOP("core::rules::Fase", "Support under way")},
    {Fase::Afgesloten, "afgesloten", QT_TRANSLATE_NOOP("core::rules::Fase", "Closed")},
};

std::vector<Opschorting> opschortingenVoor(const Traject& t, const QString& termijn)
{
    std::vector<Opschorting> result;
    for (const TermijnOpschorting& o : t.opschortingen) {
        if (o.termijn == termijn && !o.meta.deleted)
            result.push_back({o.dagen, o.reden});
    }
    return result;
}

/// The earliest valid date of the two.
QDate eerste(const QDate& a, const QDate& b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

} // namespace

QString label(TermijnStatus s)
{
    return keyed::labelOf(kStatussen, s, "core::rules::TermijnStatus");
}
QString key(TermijnStatus s)
{
    return keyed::keyOf(kStatussen, s);
}
QString label(Ontbrekend o)
{
    return keyed::labelOf(kOntbrekend, o, "core::rules::Ontbrekend");
}
QString key(Ontbrekend o)
{
    return keyed::keyOf(kOntbrekend, o);
}
QString label(Fase f)
{
    return keyed::labelOf(kFasen, f, "core::rules::Fase");
}
QString key(Fase f)
{
    return keyed::keyOf(kFasen, f);
}

QString TermijnStand::naam() const
{
    if (sleutel == QLatin1String("persoonlijk_plan"))
        return TrajectBeoordeling::tr("Personal plan");
    if (sleutel == QLatin1String("onderzoek"))
        return TrajectBeoordeling::tr("Assessment");
    return TrajectBeoordeling::tr("Decision");
}

const TermijnStand* TrajectStand::termijn(const QString& sleutel) const
{
    const auto it =
        std::find_if(termijnen.begin(), termijnen.end(), [&](const TermijnStand& t) { return t.sleutel == sleutel; });
    return it == termijnen.end() ? nullptr : &*it;
}

const TermijnStand* TrajectStand::eerstvolgende() const
{
    const TermijnStand* best = nullptr;
    for (const TermijnStand& t : termijnen) {
        if (t.sleutel == QLatin1String("persoonlijk_plan") || !t.isOpen())
            continue;
        if (!best || t.termijn.datum < best->termijn.datum)
            best = &t;
    }
    return best;
}

bool TrajectStand::teLaat() const
{
    return std::any_of(termijnen.begin(), termijnen.end(),
                       [](const TermijnStand& t) { return t.status == TermijnStatus::TeLaat; });
}

bool TrajectStand::dezeWeek() const
{
    return std::any_of(termijnen.begin(), termijnen.end(), [](const TermijnStand& t) {
        return t.status == TermijnStatus::DezeWeek && t.sleutel != QLatin1String("persoonlijk_plan");
    });
}

int TrajectStand::ernst() const
{
    if (teLaat())
        return 0;
    if (dezeWeek())
        return 1;
    if (!ontbreekt.empty())
        return 2;
    if (evaluatieNodig || !aflopend.empty())
        return 3;
    return 4;
}

TrajectBeoordeling::TrajectBeoordeling(Termijnen termijnen)
    : m_termijnen(std::move(termijnen))
{
}

TermijnStand TrajectBeoordeling::stand(const QString& sleutel, const Termijn& termijn, const QDate& voldaan,
                                       const QDate& vandaag, bool open) const
{
    TermijnStand s{sleutel, termijn, voldaan, static_cast<int>(vandaag.daysTo(termijn.datum)), TermijnStatus::Lopend};
    const bool vanInwoner = sleutel == QLatin1String("persoonlijk_plan");
    if (voldaan.isValid())
        s.status = (voldaan <= termijn.datum || vanInwoner) ? TermijnStatus::Gehaald : TermijnStatus::NietGehaald;
    else if (s.dagenOver < 0)
        s.status = vanInwoner ? TermijnStatus::Verstreken : (open ? TermijnStatus::TeLaat : TermijnStatus::Vervallen);
    else if (!open)
        s.status = TermijnStatus::Vervallen;
    else if (s.dagenOver <= kDezeWeekDagen)
        s.status = TermijnStatus::DezeWeek;
    return s;
}

TrajectStand TrajectBeoordeling::beoordeel(const Traject& t, const QDate& vandaag,
                                           const QStringList& mantelzorgers) const
{
    TrajectStand result;
    if (!t.meldingDatum.isValid())
        return result;
    const bool open = t.isOpen();
    const QDate onderzoekKlaar = eerste(t.datum(StapSoort::OnderzoekAfgerond), t.datum(StapSoort::VerslagVerzonden));
    const QDate aanvraag = t.datum(StapSoort::Aanvraag);
    const QDate beschikking = t.datum(StapSoort::Beschikking);

    result.termijnen.push_back(stand(QStringLiteral("persoonlijk_plan"), m_termijnen.persoonlijkPlan(t.meldingDatum),
                                     t.datum(StapSoort::PersoonlijkPlanOntvangen), vandaag, open));
    result.termijnen.push_back(
        stand(QStringLiteral("onderzoek"),
              m_termijnen.onderzoek(t.meldingDatum, opschortingenVoor(t, QStringLiteral("onderzoek"))), onderzoekKlaar,
              vandaag, open));
    if (aanvraag.isValid()) {
        result.termijnen.push_back(
            stand(QStringLiteral("beschikking"),
                  m_termijnen.beschikking(aanvraag, opschortingenVoor(t, QStringLiteral("beschikking"))), beschikking,
                  vandaag, open));
    }

    const bool verslagVerzonden = t.stap(StapSoort::VerslagVerzonden) != nullptr;
    const bool ondertekend = t.stap(StapSoort::VerslagOndertekend) != nullptr;
    if (!open)
        result.fase = Fase::Afgesloten;
    else if (beschikking.isValid())
        result.fase = Fase::Uitvoering;
    else if (aanvraag.isValid())
        result.fase = Fase::Besluit;
    else if (ondertekend)
        result.fase = Fase::Aanvraag;
    else if (onderzoekKlaar.isValid())
        result.fase = Fase::Verslag;
    else
        result.fase = Fase::Onderzoek;

    if (open) {
        if (!t.stap(StapSoort::Ontvangstbevestiging))
            result.ontbreekt.push_back(Ontbrekend::Ontvangstbevestiging);
        if (!t.stap(StapSoort::PersoonlijkPlanAangeboden) && !t.stap(StapSoort::PersoonlijkPlanOntvangen))
            result.ontbreekt.push_back(Ontbrekend::PersoonlijkPlanAangeboden);
        if (!t.stap(StapSoort::Clientondersteuning, kBetreftInwoner))
            result.ontbreekt.push_back(Ontbrekend::ClientondersteuningInwoner);
        if (std::any_of(mantelzorgers.begin(), mantelzorgers.end(),
                        [&](const QString& id) { return !t.stap(StapSoort::Clientondersteuning, id); }))
            result.ontbreekt.push_back(Ontbrekend::ClientondersteuningMantelzorger);
        if (t.stap(StapSoort::OnderzoekAfgerond) && !verslagVerzonden)
            result.ontbreekt.push_back(Ontbrekend::VerslagVerzonden);
        if (verslagVerzonden && !ondertekend && !aanvraag.isValid())
            result.ontbreekt.push_back(Ontbrekend::VerslagOndertekend);
        if (aanvraag.isValid() && !beschikking.isValid())
            result.ontbreekt.push_back(Ontbrekend::Beschikking);

        result.evaluatie = t.datum(StapSoort::EvaluatieGepland);
        result.evaluatieNodig = result.evaluatie.isValid() && vandaag.daysTo(result.evaluatie) <= kEvaluatieVooraf;
    }
    for (const Voorziening& v : t.voorzieningen) {
        if (v.meta.deleted || !v.eind.isValid())
            continue;
        const qint64 dagen = vandaag.daysTo(v.eind);
        if (dagen >= 0 && dagen <= kAflopendVooraf)
            result.aflopend.push_back(v);
    }
    return result;
}

} // namespace core::rules
