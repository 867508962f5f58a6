// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Enums.h"
#include "SyncMeta.h"

#include <QDate>
#include <QString>

namespace core {

/// The address of an inwoner, as the BRP records it.
struct Adres {
    QString straat;
    int huisnummer = 0; ///< 0 when unknown
    QString toevoeging;
    QString postcode; ///< normalised "1234 AB" or empty
    QString woonplaats;

    /// "Dorpsstraat 12 A" (empty when there is no street).
    QString straatregel() const;
    bool operator==(const Adres&) const = default;
};

/// The consulent who is the one fixed contact for the inwoner.
struct VastAanspreekpunt {
    QString naam;
    QString telefoon;
    bool operator==(const VastAanspreekpunt&) const = default;
};

/// A resident the wijkteam supports, with the name in BRP parts.
struct Inwoner {
    SyncMeta meta;
    QString bsn; ///< empty, or nine digits that pass the elfproef
    QString voornamen;
    QString voorletters;
    QString tussenvoegsel;
    QString geslachtsnaam; ///< required
    QString roepnaam;
    QDate geboortedatum;
    Adres adres;
    QString telefoon;
    QString email;
    QString taal; ///< language spoken at home, when not Dutch
    bool tolkNodig = false;
    Contactkanaal contactvoorkeur = Contactkanaal::Geen;
    VastAanspreekpunt aanspreekpunt;

    /// The name as said aloud: "Jan van der Berg".
    QString weergavenaam() const;
    /// The name as listed: "Berg, Jan van der".
    QString sorteernaam() const;
    static QString sorteernaam(const QString& geslachtsnaam, const QString& roepnaam, const QString& voornamen,
                               const QString& voorletters, const QString& tussenvoegsel);
    /// Age in whole years on `date`, or -1 when the geboortedatum is unknown.
    int leeftijdOp(const QDate& date) const;

    /// Same content (ignoring version metadata other than the tombstone).
    bool sameContent(const Inwoner& other) const;
};

} // namespace core
