// SPDX-License-Identifier: EUPL-1.2
#include "Validation.h"

#include "Bsn.h"
#include "Postcode.h"
#include "model/Inwoner.h"
#include "model/NetwerkPersoon.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace core::rules {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("core::rules::Validation", text);
}

void add(FieldErrors& errors, std::optional<FieldError> error)
{
    if (error)
        errors.push_back(std::move(*error));
}

} // namespace

Inwoner Validation::normalised(Inwoner in)
{
    for (QString* field : {&in.voornamen, &in.voorletters, &in.tussenvoegsel, &in.geslachtsnaam, &in.roepnaam,
                           &in.adres.straat, &in.adres.toevoeging, &in.adres.woonplaats, &in.telefoon, &in.email,
                           &in.taal, &in.aanspreekpunt.naam, &in.aanspreekpunt.telefoon})
        *field = field->simplified();
    in.bsn = Bsn::normalise(in.bsn);
    in.adres.postcode = Postcode::normalise(in.adres.postcode);
    in.tussenvoegsel = in.tussenvoegsel.toLower();
    return in;
}

std::optional<FieldError> Validation::checkBsn(const QString& bsn)
{
    if (bsn.trimmed().isEmpty())
        return std::nullopt;
    switch (Bsn::check(bsn)) {
    case Bsn::Check::Valid:
        return std::nullopt;
    case Bsn::Check::Format:
        return FieldError{QStringLiteral("bsn"), QStringLiteral("bsn_format"),
                          tr("A BSN has nine digits (eight is also accepted).")};
    case Bsn::Check::Elfproef:
        return FieldError{QStringLiteral("bsn"), QStringLiteral("elfproef"),
                          tr("This BSN does not exist: it fails the elfproef. Check for a typing error.")};
    }
    return std::nullopt;
}

std::optional<FieldError> Validation::checkPostcode(const QString& postcode)
{
    if (postcode.trimmed().isEmpty() || Postcode::isValid(postcode))
        return std::nullopt;
    return FieldError{QStringLiteral("postcode"), QStringLiteral("postcode"),
                      tr("A postcode is four digits and two letters, such as 1234 AB.")};
}

std::optional<FieldError> Validation::checkGeboortedatum(const QDate& date, const QDate& today)
{
    if (!date.isValid())
        return std::nullopt;
    if (date > today)
        return FieldError{QStringLiteral("geboortedatum"), QStringLiteral("date"),
                          tr("The date of birth lies in the future.")};
    if (date.year() < 1900)
        return FieldError{QStringLiteral("geboortedatum"), QStringLiteral("date"),
                          tr("The date of birth lies before 1900.")};
    return std::nullopt;
}

std::optional<FieldError> Validation::checkEmail(const QString& field, const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email.trimmed().isEmpty() || pattern.match(email.trimmed()).hasMatch())
        return std::nullopt;
    return FieldError{field, QStringLiteral("email"),
                      tr("This is not an e-mail address. Write it like naam@voorbeeld.nl.")};
}

std::optional<FieldError> Validation::checkTelefoon(const QString& field, const QString& telefoon)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9 ()\\-]{6,20}$"));
    if (telefoon.trimmed().isEmpty() || pattern.match(telefoon.trimmed()).hasMatch())
        return std::nullopt;
    return FieldError{field, QStringLiteral("telefoon"),
                      tr("A phone number has only digits, spaces, dashes and an optional +.")};
}

FieldErrors Validation::check(const Inwoner& in, const QDate& today)
{
    FieldErrors errors;
    if (in.geslachtsnaam.trimmed().isEmpty())
        errors.push_back({QStringLiteral("geslachtsnaam"), QStringLiteral("required"), tr("Enter the surname.")});
    add(errors, checkBsn(in.bsn));
    add(errors, checkGeboortedatum(in.geboortedatum, today));
    add(errors, checkPostcode(in.adres.postcode));
    if (in.adres.huisnummer < 0 || in.adres.huisnummer > 99999)
        errors.push_back({QStringLiteral("huisnummer"), QStringLiteral("huisnummer"),
                          tr("A house number is a whole number from 1 to 99999.")});
    add(errors, checkTelefoon(QStringLiteral("telefoon"), in.telefoon));
    add(errors, checkEmail(QStringLiteral("email"), in.email));
    add(errors, checkTelefoon(QStringLiteral("aanspreekpunt_telefoon"), in.aanspreekpunt.telefoon));
    return errors;
}

FieldErrors Validation::check(const NetwerkPersoon& p, const QDate& today)
{
    FieldErrors errors;
    if (p.naam.trimmed().isEmpty())
        errors.push_back({QStringLiteral("naam"), QStringLiteral("required"), tr("Enter a name.")});
    if (p.nabijheid < 1 || p.nabijheid > 4)
        errors.push_back(
            {QStringLiteral("nabijheid"), QStringLiteral("range"), tr("Closeness runs from 1 (closest) to 4.")});
    add(errors, checkTelefoon(QStringLiteral("telefoon"), p.telefoon));
    add(errors, checkEmail(QStringLiteral("email"), p.email));
    if (p.toestemmingDatum.isValid() && p.toestemmingDatum > today)
        errors.push_back({QStringLiteral("toestemming_datum"), QStringLiteral("date"),
                          tr("The date of consent lies in the future.")});
    if (p.mantelzorg) {
        const Mantelzorg& mz = *p.mantelzorg;
        if (mz.urenPerWeek < 0 || mz.urenPerWeek > 168)
            errors.push_back(
                {QStringLiteral("mz_uren_per_week"), QStringLiteral("range"), tr("Hours per week run from 0 to 168.")});
        if (mz.sinds.isValid() && mz.sinds > today)
            errors.push_back(
                {QStringLiteral("mz_sinds"), QStringLiteral("date"), tr("The start of the care lies in the future.")});
        if (mz.belastingEdiz && (*mz.belastingEdiz < 0 || *mz.belastingEdiz > 15))
            errors.push_back({QStringLiteral("mz_belasting"), QStringLiteral("range"),
                              tr("The EDIZ-plus score runs from 0 to 15.")});
    }
    return errors;
}

QDate Validation::parseDate(const QString& text)
{
    static const QRegularExpression dutch(QStringLiteral("^\\s*(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})\\s*$"));
    static const QRegularExpression iso(QStringLiteral("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})\\s*$"));
    if (const auto m = dutch.match(text); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (const auto m = iso.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

} // namespace core::rules
