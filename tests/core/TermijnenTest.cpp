// SPDX-License-Identifier: EUPL-1.2
#include "rules/Termijnen.h"
#include "rules/AtwKalender.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using core::rules::AtwKalender;
using core::rules::Opschorting;
using core::rules::Termijn;
using core::rules::Termijnen;

namespace {

QDate d(int jaar, int maand, int dag)
{
    return QDate(jaar, maand, dag);
}

QByteArray uitbreiding(const char* dagen)
{
    return QByteArray(R"({"format": "wijkdossier-gelijkgestelde-dagen", "dagen": [)") + dagen + "]}";
}

const char* kVrijdagNaHemelvaart =
    R"({"datum": "2026-05-15", "omschrijving": "vrijdag na Hemelvaart", "bron": "test"})";

} // namespace

TEST_CASE("Easter follows the Gregorian computus", "[termijnen]")
{
    CHECK(AtwKalender::pasen(2000) == d(2000, 4, 23));
    CHECK(AtwKalender::pasen(2019) == d(2019, 4, 21));
    CHECK(AtwKalender::pasen(2024) == d(2024, 3, 31));
    CHECK(AtwKalender::pasen(2025) == d(2025, 4, 20));
    CHECK(AtwKalender::pasen(2026) == d(2026, 4, 5));
    CHECK(AtwKalender::pasen(2027) == d(2027, 3, 28));
    CHECK(AtwKalender::pasen(2038) == d(2038, 4, 25));
}

TEST_CASE("every algemeen erkende feestdag of Atw art. 3 has its key and name", "[termijnen]")
{
    const AtwKalender k = AtwKalender::standaard();
    CHECK(k.feestdagSleutel(d(2026, 1, 1)) == QStringLiteral("nieuwjaarsdag"));
    CHECK(k.feestdagSleutel(d(2026, 4, 3)) == QStringLiteral("goede_vrijdag"));
    CHECK(k.feestdagSleutel(d(2026, 4, 6)) == QStringLiteral("tweede_paasdag"));
    CHECK(k.feestdagSleutel(d(2026, 4, 27)) == QStringLiteral("koningsdag"));
    CHECK(k.feestdagSleutel(d(2026, 5, 5)) == QStringLiteral("bevrijdingsdag"));
    CHECK(k.feestdagSleutel(d(2027, 5, 5)) == QStringLiteral("bevrijdingsdag"));
    CHECK(k.feestdagSleutel(d(2026, 5, 14)) == QStringLiteral("hemelvaartsdag"));
    CHECK(k.feestdagSleutel(d(2026, 5, 25)) == QStringLiteral("tweede_pinksterdag"));
    CHECK(k.feestdagSleutel(d(2026, 12, 25)) == QStringLiteral("eerste_kerstdag"));
    CHECK(k.feestdagSleutel(d(2026, 12, 26)) == QStringLiteral("tweede_kerstdag"));
    CHECK(k.feestdag(d(2026, 4, 27)) == QStringLiteral("King's Day"));
    CHECK(k.feestdag(d(2026, 5, 14)) == QStringLiteral("Ascension Day"));
    CHECK_FALSE(k.feestdag(d(2026, 4, 5)).has_value()); // Easter Sunday is a Sunday, not an art. 3 day
    CHECK_FALSE(k.feestdag(d(2026, 5, 24)).has_value());
    CHECK_FALSE(k.feestdag(d(2026, 4, 26)).has_value());
    CHECK_FALSE(k.isVrijeDag(d(2026, 4, 28)));
    CHECK(k.isVrijeDag(d(2026, 4, 25)));
}

TEST_CASE("Koningsdag is on 26 April when the 27th is a Sunday", "[termijnen]")
{
    const AtwKalender k = AtwKalender::standaard();
    REQUIRE(d(2025, 4, 27).dayOfWeek() == Qt::Sunday);
    CHECK(k.feestdagSleutel(d(2025, 4, 26)) == QStringLiteral("koningsdag"));
    CHECK_FALSE(k.feestdagSleutel(d(2025, 4, 27)).has_value());
}

TEST_CASE("the built-in list of gelijkgestelde dagen is empty until a decree is entered", "[termijnen]")
{
    CHECK_FALSE(AtwKalender::standaard().isVrijeDag(d(2026, 5, 15)));
}

TEST_CASE("an onderzoek ends six weeks later on the same weekday", "[termijnen]")
{
    const Termijnen t(AtwKalender::standaard());
    const Termijn onderzoek = t.onderzoek(d(2026, 11, 2));
    CHECK(onderzoek.datum == d(2026, 12, 14));
    CHECK_FALSE(onderzoek.verschoven());
    CHECK(onderzoek.uitleg() == QStringLiteral("ma 14-12-2026"));
}

TEST_CASE("a persoonlijk plan that ends on a Saturday moves to the Monday", "[termijnen]")
{
    const Termijnen t(AtwKalender::standaard());
    const Termijn plan = t.persoonlijkPlan(d(2026, 3, 7));
    CHECK(plan.wettelijk == d(2026, 3, 14));
    CHECK(plan.datum == d(2026, 3, 16));
    CHECK(plan.redenSleutels == QStringList{QStringLiteral("weekend")});
    CHECK(plan.uitleg() == QStringLiteral("ma 16-03-2026, moved from za 14-03-2026: weekend"));
}

TEST_CASE("a deadline on Saturday before Koningsdag moves to Tuesday and says why", "[termijnen]")
{
    const Termijnen t(AtwKalender::standaard());
    const Termijn plan = t.persoonlijkPlan(d(2026, 4, 18));
    CHECK(plan.datum == d(2026, 4, 28));
    CHECK(plan.redenSleutels == QStringList{QStringLiteral("weekend"), QStringLiteral("koningsdag")});
    CHECK(plan.uitleg() == QStringLiteral("di 28-04-2026, moved from za 25-04-2026: weekend and King's Day"));
}

TEST_CASE("a beschikking that ends on Christmas Day runs past the weekend", "[termijnen]")
{
    const Termijnen t(AtwKalender::standaard());
    const Termijn beschikking = t.beschikking(d(2026, 12, 11));
    CHECK(beschikking.wettelijk == d(2026, 12, 25));
    CHECK(beschikking.datum == d(2026, 12, 28));
    CHECK(beschikking.redenSleutels ==
          QStringList{QStringLiteral("eerste_kerstdag"), QStringLiteral("tweede_kerstdag"), QStringLiteral("weekend")});
}

TEST_CASE("a deadline on Nieuwjaarsdag moves into the new year's first working day", "[termijnen]")
{
    const Termijnen t(AtwKalender::standaard());
    CHECK(t.beschikking(d(2025, 12, 18)).datum == d(2026, 1, 2));
    const Termijn plan = t.persoonlijkPlan(d(2026, 12, 25));
    CHECK(plan.wettelijk == d(2027, 1, 1));
    CHECK(plan.datum == d(2027, 1, 4));
    CHECK(plan.redenSleutels == QStringList{QStringLiteral("nieuwjaarsdag"), QStringLiteral("weekend")});
}

TEST_CASE("an end on Hemelvaartsdag moves to Friday, or to Monday when that Friday is gelijkgesteld", "[termijnen]")
{
    CHECK(Termijnen(AtwKalender::standaard()).persoonlijkPlan(d(2026, 5, 7)).datum == d(2026, 5, 15));

    const auto kalender = AtwKalender::metUitbreiding(uitbreiding(kVrijdagNaHemelvaart));
    REQUIRE(kalender.ok());
    const Termijn plan = Termijnen(kalender.value()).persoonlijkPlan(d(2026, 5, 7));
    CHECK(plan.datum == d(2026, 5, 18));
    CHECK(plan.uitleg() ==
          QStringLiteral("ma 18-05-2026, moved from do 14-05-2026: Ascension Day, vrijdag na Hemelvaart and weekend"));
}

TEST_CASE("Whit Monday and Goede Vrijdag move a deadline to the next working day", "[termijnen]")
{
    const Termijnen t(AtwKalender::standaard());
    CHECK(t.onderzoek(d(2026, 4, 13)).datum == d(2026, 5, 26));      // 25 May is tweede Pinksterdag
    CHECK(t.persoonlijkPlan(d(2026, 3, 27)).datum == d(2026, 4, 7)); // Goede Vrijdag, weekend, tweede Paasdag
    CHECK(t.persoonlijkPlan(d(2027, 4, 28)).datum == d(2027, 5, 7)); // 5 mei, then Hemelvaartsdag
}

TEST_CASE("a suspension of 14 days moves the end and is named in the explanation", "[termijnen]")
{
    const Termijnen t(AtwKalender::standaard());
    const Termijn onderzoek =
        t.onderzoek(d(2026, 11, 2), {Opschorting{14, QStringLiteral("waiting for medical advice")}});
    CHECK(onderzoek.wettelijk == d(2026, 12, 14));
    CHECK(onderzoek.onverschoven == d(2026, 12, 28));
    CHECK(onderzoek.datum == d(2026, 12, 28));
    CHECK(onderzoek.uitleg() ==
          QStringLiteral("ma 28-12-2026, moved from ma 14-12-2026: suspended 14 day(s): waiting for medical advice"));
}

TEST_CASE("a suspension into Christmas gets the Atw on top", "[termijnen]")
{
    const Termijnen t(AtwKalender::standaard());
    const Termijn beschikking = t.beschikking(d(2026, 12, 4), {Opschorting{7, QStringLiteral("huisbezoek")}});
    CHECK(beschikking.onverschoven == d(2026, 12, 25));
    CHECK(beschikking.datum == d(2026, 12, 28));
    CHECK(beschikking.redenSleutels.first() == QStringLiteral("opschorting"));
}

TEST_CASE("a three-day term over Christmas is extended to hold two working days (Atw art. 2)", "[termijnen]")
{
    const Termijnen t(AtwKalender::standaard());
    const Termijn drie = t.termijn(d(2026, 12, 24), 3);
    CHECK(drie.datum == d(2026, 12, 29));
    CHECK(drie.redenSleutels.contains(QStringLiteral("atw_art2")));
    const Termijn twee = t.termijn(d(2026, 12, 24), 2); // art. 2 is for terms of three days or more
    CHECK(twee.datum == d(2026, 12, 28));
    CHECK_FALSE(twee.redenSleutels.contains(QStringLiteral("atw_art2")));
}

TEST_CASE("dates in an explanation carry Dutch weekday abbreviations", "[termijnen]")
{
    QStringList dagen;
    for (int i = 0; i < 7; ++i)
        dagen << Termijn::datumTekst(d(2026, 11, 2).addDays(i)).section(QLatin1Char(' '), 0, 0);
    CHECK(dagen == QStringList{QStringLiteral("ma"), QStringLiteral("di"), QStringLiteral("wo"), QStringLiteral("do"),
                               QStringLiteral("vr"), QStringLiteral("za"), QStringLiteral("zo")});
}

TEST_CASE("a term without a valid start date has no deadline", "[termijnen]")
{
    CHECK_FALSE(Termijnen(AtwKalender::standaard()).onderzoek(QDate()).datum.isValid());
}

TEST_CASE("an extension file adds its gelijkgestelde dagen", "[termijnen]")
{
    const auto kalender = AtwKalender::metUitbreiding(uitbreiding(kVrijdagNaHemelvaart));
    REQUIRE(kalender.ok());
    CHECK(kalender->isVrijeDag(d(2026, 5, 15)));
    CHECK(kalender->feestdagSleutel(d(2026, 5, 15)) == QStringLiteral("gelijkgesteld"));
    CHECK(kalender->feestdag(d(2026, 5, 15)) == QStringLiteral("vrijdag na Hemelvaart"));
    CHECK(kalender->feestdagSleutel(d(2026, 12, 25)) == QStringLiteral("eerste_kerstdag"));
}

TEST_CASE("a malformed extension file is refused with a message that says what is wrong", "[termijnen]")
{
    const auto nietJson = AtwKalender::metUitbreiding("{dagen");
    REQUIRE_FALSE(nietJson.ok());
    CHECK(nietJson.error().code == core::ErrorCode::Invalid);
    CHECK(nietJson.error().message.contains(QStringLiteral("not valid JSON")));

    const auto verkeerdFormaat = AtwKalender::metUitbreiding(R"({"format": "iets anders", "dagen": []})");
    REQUIRE_FALSE(verkeerdFormaat.ok());
    CHECK(verkeerdFormaat.error().message.contains(QStringLiteral("wijkdossier-gelijkgestelde-dagen")));

    const auto geenDatum =
        AtwKalender::metUitbreiding(uitbreiding(R"({"datum": "2026-02-30", "omschrijving": "x", "bron": "y"})"));
    REQUIRE_FALSE(geenDatum.ok());
    CHECK(geenDatum.error().message.contains(QStringLiteral("2026-02-30")));

    const auto nederlandseDatum =
        AtwKalender::metUitbreiding(uitbreiding(R"({"datum": "15-05-2026", "omschrijving": "x", "bron": "y"})"));
    CHECK_FALSE(nederlandseDatum.ok());

    const auto geenOmschrijving = AtwKalender::metUitbreiding(uitbreiding(R"({"datum": "2026-05-15", "bron": "y"})"));
    REQUIRE_FALSE(geenOmschrijving.ok());
    CHECK(geenOmschrijving.error().message.contains(QStringLiteral("omschrijving")));
}

TEST_CASE("a malformed extension file in the configuration folder is reported and the built-in list is used",
          "[termijnen]")
{
    QTemporaryDir map;
    REQUIRE(map.isValid());
    const QString pad = map.filePath(QStringLiteral("gelijkgestelde-dagen.json"));
    std::optional<core::Error> fout;

    CHECK_FALSE(AtwKalender::metUitbreidingUit(pad, fout).isVrijeDag(d(2026, 5, 15)));
    CHECK_FALSE(fout.has_value()); // no file is no error

    QFile bestand(pad);
    REQUIRE(bestand.open(QIODevice::WriteOnly));
    bestand.write("not json");
    bestand.close();
    const AtwKalender kalender = AtwKalender::metUitbreidingUit(pad, fout);
    REQUIRE(fout.has_value());
    CHECK(fout->message.contains(pad));
    CHECK(kalender.feestdagSleutel(d(2026, 12, 25)) == QStringLiteral("eerste_kerstdag"));

    REQUIRE(bestand.open(QIODevice::WriteOnly | QIODevice::Truncate));
    bestand.write(uitbreiding(kVrijdagNaHemelvaart));
    bestand.close();
    CHECK(AtwKalender::metUitbreidingUit(pad, fout).isVrijeDag(d(2026, 5, 15)));
    CHECK_FALSE(fout.has_value());
}

namespace {

enum class Soort { PersoonlijkPlan, Onderzoek, Beschikking };

struct Geval {
    const char* wat;
    Soort soort;
    QDate start; ///< melding, or aanvraag for a beschikking
    std::vector<int> opschortingen;
    QDate verwacht;
};

} // namespace

TEST_CASE("deadlines land on the exact day for every feestdag kind, weekend and suspension", "[termijnen]")
{
    const std::vector<Geval> gevallen = {
        {"plain weekday", Soort::PersoonlijkPlan, d(2026, 11, 10), {}, d(2026, 11, 17)},
        {"Nieuwjaarsdag on a Friday", Soort::PersoonlijkPlan, d(2026, 12, 25), {}, d(2027, 1, 4)},
        {"Goede Vrijdag, Easter weekend, tweede Paasdag", Soort::PersoonlijkPlan, d(2026, 3, 27), {}, d(2026, 4, 7)},
        {"tweede Paasdag", Soort::PersoonlijkPlan, d(2026, 3, 30), {}, d(2026, 4, 7)},
        {"Koningsdag on the 27th", Soort::PersoonlijkPlan, d(2026, 4, 20), {}, d(2026, 4, 28)},
        {"Koningsdag on the 26th (27th a Sunday)", Soort::PersoonlijkPlan, d(2025, 4, 19), {}, d(2025, 4, 28)},
        {"5 mei, every year", Soort::PersoonlijkPlan, d(2026, 4, 28), {}, d(2026, 5, 6)},
        {"Hemelvaartsdag", Soort::PersoonlijkPlan, d(2026, 5, 7), {}, d(2026, 5, 15)},
        {"tweede Pinksterdag", Soort::PersoonlijkPlan, d(2026, 5, 18), {}, d(2026, 5, 26)},
        {"eerste Kerstdag into Saturday tweede Kerstdag", Soort::PersoonlijkPlan, d(2026, 12, 18), {}, d(2026, 12, 28)},
        {"tweede Kerstdag on a Friday", Soort::PersoonlijkPlan, d(2025, 12, 19), {}, d(2025, 12, 29)},
        {"eerste Kerstdag on a Thursday", Soort::PersoonlijkPlan, d(2025, 12, 18), {}, d(2025, 12, 29)},
        {"Christmas on Saturday and Sunday", Soort::PersoonlijkPlan, d(2027, 12, 18), {}, d(2027, 12, 27)},
        {"Hemelvaart 2027", Soort::PersoonlijkPlan, d(2027, 4, 29), {}, d(2027, 5, 7)},
        {"tweede Pinksterdag 2027", Soort::PersoonlijkPlan, d(2027, 5, 10), {}, d(2027, 5, 18)},
        {"onderzoek: same weekday six weeks on", Soort::Onderzoek, d(2026, 11, 2), {}, d(2026, 12, 14)},
        {"onderzoek from a Sunday melding", Soort::Onderzoek, d(2026, 11, 1), {}, d(2026, 12, 14)},
        {"onderzoek over the year boundary onto Nieuwjaarsdag", Soort::Onderzoek, d(2026, 11, 20), {}, d(2027, 1, 4)},
        {"onderzoek suspended 14 days", Soort::Onderzoek, d(2026, 11, 2), {14}, d(2026, 12, 28)},
        {"onderzoek suspended into Christmas", Soort::Onderzoek, d(2026, 11, 2), {11}, d(2026, 12, 28)},
        {"onderzoek with two suspensions", Soort::Onderzoek, d(2026, 11, 2), {3, 4}, d(2026, 12, 21)},
        {"beschikking: Saturday, Sunday, Koningsdag", Soort::Beschikking, d(2026, 4, 11), {}, d(2026, 4, 28)},
        {"beschikking on Hemelvaartsdag", Soort::Beschikking, d(2026, 4, 30), {}, d(2026, 5, 15)},
        {"beschikking on Goede Vrijdag 2027", Soort::Beschikking, d(2027, 3, 12), {}, d(2027, 3, 30)},
        {"beschikking on Koningsdag 2027 (a Tuesday)", Soort::Beschikking, d(2027, 4, 13), {}, d(2027, 4, 28)},
        {"beschikking extended 7 days", Soort::Beschikking, d(2026, 11, 2), {7}, d(2026, 11, 23)},
    };
    REQUIRE(gevallen.size() >= 20);
    const Termijnen t(AtwKalender::standaard());
    for (const Geval& g : gevallen) {
        std::vector<Opschorting> opschortingen;
        for (int dagen : g.opschortingen)
            opschortingen.push_back({dagen, QStringLiteral("reden")});
        const Termijn termijn = g.soort == Soort::PersoonlijkPlan ? t.persoonlijkPlan(g.start)
                                : g.soort == Soort::Onderzoek     ? t.onderzoek(g.start, opschortingen)
                                                                  : t.beschikking(g.start, opschortingen);
        INFO(g.wat);
        CHECK(termijn.datum == g.verwacht);
    }
}

TEST_CASE("a Hemelvaart chain with a gelijkgestelde Friday runs on to Monday", "[termijnen]")
{
    auto kalender = AtwKalender::metUitbreiding(uitbreiding(kVrijdagNaHemelvaart));
    REQUIRE(kalender.ok());
    const Termijnen t(kalender.value());
    CHECK(t.beschikking(d(2026, 4, 30)).datum == d(2026, 5, 18));
    CHECK(t.persoonlijkPlan(d(2026, 5, 7)).datum == d(2026, 5, 18));
}
