// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The words in which a printed document tells the inwoner about an ondersteuningsplan (the inzage
// and the plan itself), in plain Dutch (B1) whatever language the app speaks.

#include "model/Plan.h"

#include <QDate>
#include <QString>

#include <map>

namespace core {
class Workspace;
}

namespace core::documents::plantekst {

QString datum(const QDate& date);                    ///< "10 november 2026"
QString getal(double value);                         ///< "2,5"
QString leefgebied(const QString& key);              ///< the ZRM 2017 name, or the key when unknown
QString niveau(int score);                           ///< "3 – beperkt zelfredzaam"
QString periode(const QDate& van, const QDate& tot); ///< "1 december 2026 tot en met 31 mei 2027"
QString omvang(const PlanActie& a);                  ///< "4 uur per week"; empty when not set
/// Why the actie is there: its onderbouwing, and that it was granted in a beschikking.
QString waarom(const PlanActie& a);

/// Who does the actie, as the inwoner knows them. `namen` maps netwerk ids to names.
class Wie {
public:
    Wie(Workspace& ws, const std::map<QString, QString>& namen)
        : m_ws(ws)
        , m_namen(namen)
    {
    }

    QString van(const PlanActie& a) const;

private:
    Workspace& m_ws;
    const std::map<QString, QString>& m_namen;
};

} // namespace core::documents::plantekst
