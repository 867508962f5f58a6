// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the tests of the printed documents share: the inwoner and consulent of the letters, a
// fixture with a workspace, and the comparison with a golden file.

#include "TestSupport.h"

#include "model/Inwoner.h"
#include "model/MijnGegevens.h"
#include "services/DossierService.h"
#include "services/InstellingenService.h"

#include <QFile>
#include <QString>

namespace test {

/// Jan van der Berg of Dorpsstraat 12, Utrecht, with Ingrid Visser as his vast aanspreekpunt.
inline core::Inwoner jan()
{
    core::Inwoner in;
    in.voornamen = QStringLiteral("Johannes Hendrik");
    in.voorletters = QStringLiteral("J.H.");
    in.roepnaam = QStringLiteral("Jan");
    in.tussenvoegsel = QStringLiteral("van der");
    in.geslachtsnaam = QStringLiteral("Berg");
    in.bsn = QStringLiteral("999990019");
    in.geboortedatum = QDate(1941, 3, 2);
    in.adres.straat = QStringLiteral("Dorpsstraat");
    in.adres.huisnummer = 12;
    in.adres.postcode = QStringLiteral("3512 AB");
    in.adres.woonplaats = QStringLiteral("Utrecht");
    in.aanspreekpunt = {QStringLiteral("Ingrid Visser"), QStringLiteral("030-1234567")};
    return in;
}

/// Mijn gegevens of Ingrid Visser, Wmo-consulent of Wijkteam Noord (no e-mail).
inline core::MijnGegevens ingrid()
{
    core::MijnGegevens ik;
    ik.naam = QStringLiteral("Ingrid Visser");
    ik.functie = QStringLiteral("Wmo-consulent");
    ik.telefoon = QStringLiteral("030-7654321");
    ik.team = QStringLiteral("Wijkteam Noord");
    ik.gemeente = QStringLiteral("Gemeente Voorbeeld");
    return ik;
}

/// A workspace to print documents from.
struct DocumentFixture {
    TempWorkspace ws;
    core::DossierService dossiers{*ws};

    QString inwoner(const core::Inwoner& in)
    {
        auto result = dossiers.saveInwoner(in);
        REQUIRE(result.ok());
        return result->meta.id;
    }
    void mijnGegevens(const core::MijnGegevens& ik)
    {
        REQUIRE(core::InstellingenService(*ws).setMijnGegevens(ik).ok());
    }
};

/// The position of `text` in `html`, failing the test when it is not there.
inline qsizetype at(const QString& html, const QString& text)
{
    const qsizetype i = html.indexOf(text);
    INFO(text.toStdString());
    CHECK(i >= 0);
    return i;
}

/// Checks that `html` is exactly the golden file `name` in tests/data; with WIJKDOSSIER_WRITE_GOLDEN
/// set, writes it first.
inline void checkGolden(const QString& html, const QString& name)
{
    QFile golden(QStringLiteral(WIJKDOSSIER_TEST_DATA "/") + name);
    if (qEnvironmentVariableIsSet("WIJKDOSSIER_WRITE_GOLDEN") && golden.open(QIODevice::WriteOnly))
        golden.write(html.toUtf8());
    golden.close();
    REQUIRE(golden.open(QIODevice::ReadOnly));
    CHECK(html == QString::fromUtf8(golden.readAll()));
}

} // namespace test
