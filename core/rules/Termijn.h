// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace core::rules {

/// A computed deadline and why it is where it is.
struct Termijn {
    QDate datum;        ///< the deadline: the last day of the term
    QDate wettelijk;    ///< start + the statutory days, before opschortingen and the Atw
    QDate onverschoven; ///< the end after opschortingen, before the Atw
    /// Why the deadline moved from `wettelijk`, in the application language, in order.
    std::vector<QString> redenen;
    /// The same reasons as stable keys: "opschorting", "weekend", a feestdag key, "atw_art2".
    QStringList redenSleutels;

    bool verschoven() const { return datum != wettelijk; }
    /// "Tue 28-04-2026, moved from Sat 25-04-2026: weekend and King's Day", or just the date.
    QString uitleg() const;
    /// A date as it appears in uitleg(): Dutch weekday abbreviation and dd-MM-yyyy ("di 28-04-2026").
    static QString datumTekst(const QDate& datum);
};

} // namespace core::rules
