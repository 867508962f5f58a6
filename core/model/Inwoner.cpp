// SPDX-License-Identifier: EUPL-1.2
#include "Inwoner.h"

#include <QStringList>

namespace core {

namespace {

QString joined(std::initializer_list<QString> parts)
{
    QStringList present;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            present << part.trimmed();
    }
    return present.join(QLatin1Char(' '));
}

} // namespace

QString Adres::straatregel() const
{
    if (straat.isEmpty())
        return {};
    return joined({straat, huisnummer > 0 ? QString::number(huisnummer) : QString(), toevoeging});
}

QString Inwoner::weergavenaam() const
{
    const QString voornaam = !roepnaam.isEmpty() ? roepnaam : (!voornamen.isEmpty() ? voornamen : voorletters);
    return joined({voornaam, tussenvoegsel, geslachtsnaam});
}

QString Inwoner::sorteernaam() const
{
    const QString voornaam = !roepnaam.isEmpty() ? roepnaam : (!voornamen.isEmpty() ? voornamen : voorletters);
    const QString rest = joined({voornaam, tussenvoegsel});
    return rest.isEmpty() ? geslachtsnaam : geslachtsnaam + QStringLiteral(", ") + rest;
}

int Inwoner::leeftijdOp(const QDate& date) const
{
    if (!geboortedatum.isValid() || !date.isValid())
        return -1;
    int years = date.year() - geboortedatum.year();
    if (date.month() < geboortedatum.month() ||
        (date.month() == geboortedatum.month() && date.day() < geboortedatum.day()))
        --years;
    return years;
}

bool Inwoner::sameContent(const Inwoner& o) const
{
    return meta.deleted == o.meta.deleted && bsn == o.bsn && voornamen == o.voornamen && voorletters == o.voorletters &&
           tussenvoegsel == o.tussenvoegsel && geslachtsnaam == o.geslachtsnaam && roepnaam == o.roepnaam &&
           geboortedatum == o.geboortedatum && adres == o.adres && telefoon == o.telefoon && email == o.email &&
           taal == o.taal && tolkNodig == o.tolkNodig && contactvoorkeur == o.contactvoorkeur &&
           aanspreekpunt == o.aanspreekpunt;
}

} // namespace core
