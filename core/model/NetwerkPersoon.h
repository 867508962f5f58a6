// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Enums.h"
#include "SyncMeta.h"

#include <QDate>
#include <QString>

#include <optional>

namespace core {

/// What a netwerk person who gives care (a mantelzorger) does and carries.
struct Mantelzorg {
    double urenPerWeek = 0;
    QDate sinds;
    QString taken;
    std::optional<int> belastingEdiz; ///< EDIZ-plus 0–15; empty when not measured
    QString eigenBehoefte;            ///< the mantelzorger's own support need, in their own words
    QString respijtzorgWens;

    std::optional<Belasting> belasting() const;
    /// The Wmo criterion for mantelzorg: more than 8 hours a week for more than 3 months.
    bool voldoetAanCriterium(const QDate& today) const;
    bool operator==(const Mantelzorg&) const = default;
};

/// A person around the inwoner: family, neighbours, friends, volunteers and professionals.
struct NetwerkPersoon {
    SyncMeta meta;
    QString inwonerId;
    QString naam; ///< required
    Relatie relatie = Relatie::Anders;
    QString organisatie;
    QString doetNu;
    QString kanMeer;
    int nabijheid = 2; ///< 1 = closest … 4 = furthest (rings on the netwerkkaart)
    QString telefoon;
    QString email;
    QString adres;
    Toestemming toestemming = Toestemming::Onbekend;
    QDate toestemmingDatum;
    std::optional<Mantelzorg> mantelzorg; ///< set when this person is a mantelzorger

    bool isMantelzorger() const { return mantelzorg.has_value(); }
    bool sameContent(const NetwerkPersoon& other) const;
};

} // namespace core
