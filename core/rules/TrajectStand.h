// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Traject.h"
#include "rules/Termijnen.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace core::rules {

/// Where a term stands on a given day.
enum class TermijnStatus {
    Lopend,      ///< more than a week left
    DezeWeek,    ///< seven days or fewer left
    TeLaat,      ///< the deadline has passed and the step is not done
    Gehaald,     ///< done on or before the deadline
    NietGehaald, ///< done, but after the deadline
    Verstreken,  ///< the inwoner's term (persoonlijk plan) has passed; nothing is late
    Vervallen,   ///< the traject was closed before the step was needed
};

QString label(TermijnStatus status);
QString key(TermijnStatus status);

/// One term of a traject on a given day.
struct TermijnStand {
    QString sleutel; ///< "persoonlijk_plan", "onderzoek", "beschikking"
    Termijn termijn;
    QDate voldaan;     ///< when the step was done; invalid when not (yet)
    int dagenOver = 0; ///< days from today to the deadline; negative when overdue
    TermijnStatus status = TermijnStatus::Lopend;

    /// "Onderzoek" / "Beschikking" / "Persoonlijk plan" in the application language.
    QString naam() const;
    bool isOpen() const
    {
        return status == TermijnStatus::Lopend || status == TermijnStatus::DezeWeek || status == TermijnStatus::TeLaat;
    }
};

/// A statutory step that should have happened by now and has not.
enum class Ontbrekend {
    Ontvangstbevestiging,
    PersoonlijkPlanAangeboden,
    ClientondersteuningInwoner,
    ClientondersteuningMantelzorger,
    VerslagVerzonden,
    VerslagOndertekend,
    Beschikking,
};

QString label(Ontbrekend ontbrekend);
QString key(Ontbrekend ontbrekend);

/// The phase a traject is in: what the consulent works on now.
enum class Fase { Onderzoek, Verslag, Aanvraag, Besluit, Uitvoering, Afgesloten };

QString label(Fase fase);
QString key(Fase fase);

/// How a traject stands on a given day: its terms, what is missing, what is coming up.
struct TrajectStand {
    Fase fase = Fase::Onderzoek;
    std::vector<TermijnStand> termijnen; ///< persoonlijk plan, onderzoek and (after the aanvraag) beschikking
    std::vector<Ontbrekend> ontbreekt;
    QDate evaluatie;                   ///< the planned evaluation, if any
    bool evaluatieNodig = false;       ///< planned within two weeks, or passed
    std::vector<Voorziening> aflopend; ///< temporary voorzieningen ending within six weeks

    /// The open consulent's term (onderzoek or beschikking) with the nearest deadline, if any.
    const TermijnStand* eerstvolgende() const;
    const TermijnStand* termijn(const QString& sleutel) const;
    bool teLaat() const;
    bool dezeWeek() const;
    /// 0 overdue, 1 due this week, 2 a step missing, 3 an evaluation or a voorziening ending, 4 nothing.
    int ernst() const;
};

/// Judges trajecten against the Wmo terms (DOMAIN.md §1). Pure: the day is passed in.
class TrajectBeoordeling {
    Q_DECLARE_TR_FUNCTIONS(core::rules::TrajectBeoordeling)

public:
    static constexpr int kDezeWeekDagen = 7;
    static constexpr int kEvaluatieVooraf = 14; ///< days before a planned evaluation it shows up
    static constexpr int kAflopendVooraf = 42;  ///< days before a temporary voorziening ends it shows up

    explicit TrajectBeoordeling(Termijnen termijnen);

    /// `mantelzorgers`: ids of the inwoner's living mantelzorgers, who must be offered
    /// cliëntondersteuning too.
    TrajectStand beoordeel(const Traject& traject, const QDate& vandaag, const QStringList& mantelzorgers = {}) const;
    const Termijnen& termijnen() const { return m_termijnen; }

private:
    TermijnStand stand(const QString& sleutel, const Termijn& termijn, const QDate& voldaan, const QDate& vandaag,
                       bool open) const;

    Termijnen m_termijnen;
};

} // namespace core::rules
