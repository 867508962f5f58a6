// SPDX-License-Identifier: EUPL-1.2
#include "Inwoner.h"

namespace core {

namespace {

// The non-empty parts, trimmed, with one space between them. On the caseload's hot path: no lists.
QString joined(std::initializer_list<QStringView> parts)
{
    QString out;
    for (QStringView part : parts) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        if (!out.isEmpty())
            out.append(QLatin1Char(' '));
        out.append(part);
    }
    return out;
}

QStringView voornaamVan(const QString& roepnaam, const QString& voornamen, const QString& voorletters)
{
    return !roepnaam.isEmpty() ? roepnaam : (!voornamen.isEmpty() ? voornamen : voorletters);
}

} // namespace

QString Adres::straatregel() const
{
    if (straat.isEmpty())
        return {};
    const QString nummer = huisnummer > 0 ? QString::number(huisnummer) : QString();
    return joined({straat, nummer, toevoeging});
}

QString Inwoner::weergavenaam() const
{
    return joined({voornaamVan(roepnaam, voornamen, voorletters), tussenvoegsel, geslachtsnaam});
}

QString Inwoner::sorteernaam() const
{
    return sorteernaam(geslachtsnaam, roepnaam, voornamen, voorletters, tussenvoegsel);
}

QString Inwoner::sorteernaam(const QString& geslachtsnaam, const QString& roepnaam, const QString& voornamen,
                             const QString& voorletters, const QString& tussenvoegsel)
{
    const QString rest = joined({voornaamVan(roepnaam, voornamen, voorletters), tussenvoegsel});
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
