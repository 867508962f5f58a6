// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Services.h"
#include "model/Plan.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

#include <vector>

namespace core {
struct Traject;
}

namespace ui {

/// What a plan refers to, resolved once for display: the names of netwerk persons, sociale kaart
/// entries, beschikking voorzieningen and huishouden members, the mantelzorg signals, the "wie
/// doet wat" and (when evaluated) the ZRM comparison. Plain data, read through the services.
struct PlanContext {
    Q_DECLARE_TR_FUNCTIONS(ui::PlanContext)

public:
    QString inwonerNaam;
    QString trajectLabel;                ///< "Wmo, melding 02-11-2026", or empty
    QHash<QString, QString> netwerk;     ///< netwerk person id → name
    QSet<QString> mantelzorgers;         ///< netwerk person ids
    QHash<QString, QString> kaart;       ///< sociale kaart id → "naam (aanbieder)"
    QHash<QString, QString> beschikking; ///< voorziening id of the traject's beschikking → its description
    QHash<QString, QString> leden;       ///< inwoner id → name (the plan's inwoner and huishouden members)
    QHash<QString, core::MantelzorgSignaal> signalen; ///< actie id → signal
    std::vector<core::WieDoetWat> wieDoetWat;
    std::vector<core::DoelVergelijking> vergelijking; ///< set when the plan is evaluated

    /// Resolves everything `plan` refers to.
    static PlanContext load(const Services& services, const core::Ondersteuningsplan& plan);
    /// "Wmo, melding 02-11-2026" for a traject.
    static QString trajectText(const core::Traject& traject);

    /// Who does the actie: the inwoner, a netwerk person, the voorziening with its aanbieder or
    /// the professional.
    QString wie(const core::PlanActie& actie, const QString& inwonerId) const;
};

} // namespace ui
