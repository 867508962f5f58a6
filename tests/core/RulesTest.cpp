// SPDX-License-Identifier: EUPL-1.2
#include "model/Inwoner.h"
#include "rules/Bsn.h"
#include "rules/NameOrder.h"
#include "rules/Postcode.h"
#include "rules/Validation.h"

#include <catch2/catch.hpp>

#include <algorithm>

using core::Inwoner;
using core::rules::Bsn;
using core::rules::NameOrder;
using core::rules::Postcode;
using core::rules::Validation;

TEST_CASE("a BSN passes the elfproef when its weighted sum is divisible by eleven", "[bsn]")
{
    CHECK(Bsn::check(QStringLiteral("111222333")) == Bsn::Check::Valid);
    CHECK(Bsn::check(QStringLiteral("123456782")) == Bsn::Check::Valid);
    CHECK(Bsn::check(QStringLiteral("123456789")) == Bsn::Check::Elfproef);
    CHECK(Bsn::check(QStringLiteral("000000000")) == Bsn::Check::Elfproef);
}

TEST_CASE("a BSN with the wrong number of digits or letters is a format error", "[bsn]")
{
    CHECK(Bsn::check(QStringLiteral("12345")) == Bsn::Check::Format);
    CHECK(Bsn::check(QStringLiteral("1234567890")) == Bsn::Check::Format);
    CHECK(Bsn::check(QStringLiteral("12345678a")) == Bsn::Check::Format);
    CHECK(Bsn::check(QString()) == Bsn::Check::Format);
}

TEST_CASE("an eight-digit BSN gets its leading zero back and separators are ignored", "[bsn]")
{
    CHECK(Bsn::normalise(QStringLiteral("12345672")) == QStringLiteral("012345672"));
    CHECK(Bsn::normalise(QStringLiteral("1112.22.333")) == QStringLiteral("111222333"));
    CHECK(Bsn::normalise(QStringLiteral("111 222 333")) == QStringLiteral("111222333"));
    CHECK(Bsn::isValid(QStringLiteral("1112-22-333")));
}

TEST_CASE("the check digit completes a test-range BSN", "[bsn]")
{
    const int digit = Bsn::checkDigitFor(QStringLiteral("99990001"));
    REQUIRE(digit >= 0);
    CHECK(Bsn::isValid(QStringLiteral("99990001") + QString::number(digit)));
}

TEST_CASE("postcodes are normalised to four digits, a space and two capitals", "[postcode]")
{
    CHECK(Postcode::normalise(QStringLiteral("1234ab")) == QStringLiteral("1234 AB"));
    CHECK(Postcode::normalise(QStringLiteral(" 2011  xx ")) == QStringLiteral("2011 XX"));
    CHECK(Postcode::isValid(QStringLiteral("1234 AB")));
    CHECK_FALSE(Postcode::isValid(QStringLiteral("0123 AB")));
    CHECK_FALSE(Postcode::isValid(QStringLiteral("1234 SS")));
    CHECK_FALSE(Postcode::isValid(QStringLiteral("12345")));
    CHECK_FALSE(Postcode::isValid(QStringLiteral("1234 A")));
}

namespace {

Inwoner naam(const char* voornaam, const char* tussenvoegsel, const char* achternaam)
{
    Inwoner in;
    in.roepnaam = QString::fromUtf8(voornaam);
    in.tussenvoegsel = QString::fromUtf8(tussenvoegsel);
    in.geslachtsnaam = QString::fromUtf8(achternaam);
    return in;
}

} // namespace

TEST_CASE("names sort the Dutch way: by geslachtsnaam without tussenvoegsel", "[naam]")
{
    std::vector<Inwoner> names = {naam("Jan", "van der", "Berg"), naam("Piet", "", "Bakker"),
                                  naam("Henk", "'t", "Hart"),     naam("Ella", "", "Çelik"),
                                  naam("Anna", "", "Bergen"),     naam("Ali", "", "Aydın"),
                                  naam("Kees", "de", "Vries"),    naam("Bram", "", "Berg")};
    std::sort(names.begin(), names.end(),
              [](const Inwoner& a, const Inwoner& b) { return NameOrder::sortKey(a) < NameOrder::sortKey(b); });
    QStringList listed;
    for (const auto& in : names)
        listed << in.sorteernaam();
    CHECK(listed == QStringList{QStringLiteral("Aydın, Ali"), QStringLiteral("Bakker, Piet"),
                                QStringLiteral("Berg, Bram"), QStringLiteral("Berg, Jan van der"),
                                QStringLiteral("Bergen, Anna"), QStringLiteral("Çelik, Ella"),
                                QStringLiteral("Hart, Henk 't"), QStringLiteral("Vries, Kees de")});
}

TEST_CASE("the listed name puts the geslachtsnaam first and the spoken name keeps reading order", "[naam]")
{
    const Inwoner in = naam("Jan", "van der", "Berg");
    CHECK(in.sorteernaam() == QStringLiteral("Berg, Jan van der"));
    CHECK(in.weergavenaam() == QStringLiteral("Jan van der Berg"));
}

TEST_CASE("folding removes case and accents for search", "[naam]")
{
    CHECK(NameOrder::fold(QStringLiteral("Ëlla Çelik-Müller")) == QStringLiteral("ella celik-muller"));
}

TEST_CASE("an inwoner without geslachtsnaam, with a bad BSN, postcode and birth date gets every message", "[validatie]")
{
    Inwoner in;
    in.bsn = QStringLiteral("123456789");
    in.adres.postcode = QStringLiteral("12345");
    in.geboortedatum = QDate(2030, 1, 1);
    const auto errors = Validation::check(Validation::normalised(in), QDate(2026, 11, 10));
    QStringList codes;
    for (const auto& e : errors)
        codes << e.field + QLatin1Char(':') + e.code;
    CHECK(codes == QStringList{QStringLiteral("geslachtsnaam:required"), QStringLiteral("bsn:elfproef"),
                               QStringLiteral("geboortedatum:date"), QStringLiteral("postcode:postcode")});
    for (const auto& e : errors)
        CHECK_FALSE(e.message.isEmpty());
}

TEST_CASE("a birth date before 1900 is refused, 1 January 1900 is accepted", "[validatie]")
{
    const QDate today(2026, 11, 10);
    CHECK(Validation::checkGeboortedatum(QDate(1899, 12, 31), today).has_value());
    CHECK_FALSE(Validation::checkGeboortedatum(QDate(1900, 1, 1), today).has_value());
    CHECK_FALSE(Validation::checkGeboortedatum(today, today).has_value());
    CHECK(Validation::checkGeboortedatum(today.addDays(1), today).has_value());
}

TEST_CASE("dates are read in the formats Dutch spreadsheets use", "[validatie]")
{
    CHECK(Validation::parseDate(QStringLiteral("31-12-1950")) == QDate(1950, 12, 31));
    CHECK(Validation::parseDate(QStringLiteral("1/2/1950")) == QDate(1950, 2, 1));
    CHECK(Validation::parseDate(QStringLiteral("01.02.1950")) == QDate(1950, 2, 1));
    CHECK(Validation::parseDate(QStringLiteral("1950-02-01")) == QDate(1950, 2, 1));
    CHECK_FALSE(Validation::parseDate(QStringLiteral("31-02-1950")).isValid());
    CHECK_FALSE(Validation::parseDate(QStringLiteral("gisteren")).isValid());
}
