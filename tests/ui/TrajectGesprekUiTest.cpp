// SPDX-License-Identifier: EUPL-1.2
#include "TrajectUiSupport.h"
#include "plan/VoorzieningKiezer.h"

#include <QLineEdit>

using namespace core;
using namespace test::traject;

TEST_CASE(
    "in the Trajecten tab a gesprek records who was present and which leefgebieden were discussed or deliberately not",
    "[ui][traject]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app);
    const QString dochter = newMantelzorger(app, inwonerId, "Samira Jansen");
    const QString id = newTraject(app, inwonerId);
    ui::TrajectPanel* panel = openTrajecten(app, inwonerId);
    ui::TrajectDetail* detail = panel->detail();
    detail->tabs()->setCurrentIndex(2);

    QString zonderNaam;
    test::whenDialogOpens<ui::GesprekDialog>([&](ui::GesprekDialog* dialog) {
        CHECK(dialog->datumField()->text() == QStringLiteral("10-11-2026"));
        dialog->datumField()->setText(QStringLiteral("09-11-2026"));
        CHECK(dialog->vormField()->currentData().toString() == QStringLiteral("huisbezoek"));
        ui::AanwezigenEditor* aanwezigen = dialog->aanwezigen();
        // The inwoner is present from the start.
        REQUIRE(aanwezigen->table()->rowCount() == 1);
        CHECK(aanwezigen->rolField(0)->currentData().toString() == QStringLiteral("inwoner"));
        CHECK(aanwezigen->wieField(0)->currentText() == QStringLiteral("Fatima Jansen"));

        // The daughter, picked from the netwerk with the keyboard: her role follows.
        const int samira = aanwezigen->addRow();
        aanwezigen->wieField(samira)->setFocus();
        QTest::keyClick(aanwezigen->wieField(samira), Qt::Key_Down);
        CHECK(aanwezigen->wieField(samira)->currentText() == QStringLiteral("Samira Jansen"));
        CHECK(aanwezigen->rolField(samira)->currentData().toString() == QStringLiteral("mantelzorger"));

        // A cliëntondersteuner, typed; without a name the gesprek is refused.
        const int anna = aanwezigen->addRow();
        choose(aanwezigen->rolField(anna), "clientondersteuner");
        dialog->accept();
        CHECK(dialog->isVisible());
        zonderNaam = dialog->message(QStringLiteral("aanwezige"));
        QTest::keyClicks(aanwezigen->wieField(anna)->lineEdit(), QStringLiteral("Anna de Vries (MEE)"));

        ui::LeefgebiedenEditor* leefgebieden = dialog->leefgebieden();
        REQUIRE(leefgebieden->table()->rowCount() == 12);
        for (int row = 0; row < 12; ++row)
            CHECK(leefgebieden->statusField(row)->currentData().toString() == QStringLiteral("niet_besproken"));
        const int huishouden = leefgebieden->rowOf(QStringLiteral("huishouden"));
        const int inkomen = leefgebieden->rowOf(QStringLiteral("inkomen"));
        const int werk = leefgebieden->rowOf(QStringLiteral("werk"));
        choose(leefgebieden->statusField(huishouden), "aandacht");
        leefgebieden->table()
            ->item(huishouden, ui::LeefgebiedenEditor::NotitieColumn)
            ->setText(QStringLiteral("Stofzuigen en boodschappen lukken niet meer"));
        choose(leefgebieden->statusField(inkomen), "geen_probleem");
        leefgebieden->table()
            ->item(werk, ui::LeefgebiedenEditor::NotitieColumn)
            ->setText(QStringLiteral("Met pensioen: niet besproken"));
        CHECK(leefgebieden->summary() == QStringLiteral("2 of 12 leefgebieden discussed, 1 need attention."));
        QTest::keyClicks(dialog->samenvattingField(), QStringLiteral("Keukentafelgesprek met dochter erbij."));
        QTest::keyClicks(dialog->afsprakenField(), QStringLiteral("Samira belt de huisarts."));
        dialog->accept();
    });
    QTest::mouseClick(detail->newGesprekButton(), Qt::LeftButton);
    CHECK(zonderNaam == QStringLiteral("Pick someone from the network or type a name."));

    const auto gesprekken = app.gesprekken.gesprekken(id);
    REQUIRE(gesprekken.size() == 1);
    const Gesprek& g = gesprekken.front();
    CHECK(g.datum == QDate(2026, 11, 9));
    CHECK(g.vorm == QStringLiteral("huisbezoek"));
    CHECK(g.afgerond);
    CHECK(g.samenvatting == QStringLiteral("Keukentafelgesprek met dochter erbij."));
    CHECK(g.afspraken == QStringLiteral("Samira belt de huisarts."));
    REQUIRE(g.aanwezigen.size() == 3);
    CHECK(g.aanwezigen[0].rol == QStringLiteral("inwoner"));
    CHECK(g.aanwezigen[1].rol == QStringLiteral("mantelzorger"));
    CHECK(g.aanwezigen[1].netwerkId == dochter);
    CHECK(g.aanwezigen[2].rol == QStringLiteral("clientondersteuner"));
    CHECK(g.aanwezigen[2].netwerkId.isEmpty());
    CHECK(g.aanwezigen[2].naam == QStringLiteral("Anna de Vries (MEE)"));
    REQUIRE(g.leefgebied(QStringLiteral("huishouden")));
    CHECK(g.leefgebied(QStringLiteral("huishouden"))->status == QStringLiteral("aandacht"));
    CHECK(g.leefgebied(QStringLiteral("huishouden"))->notitie ==
          QStringLiteral("Stofzuigen en boodschappen lukken niet meer"));
    REQUIRE(g.leefgebied(QStringLiteral("inkomen")));
    CHECK(g.leefgebied(QStringLiteral("inkomen"))->status == QStringLiteral("geen_probleem"));
    // Deliberately not discussed is recorded as such, never as "no problem".
    REQUIRE(g.leefgebied(QStringLiteral("werk")));
    CHECK(g.leefgebied(QStringLiteral("werk"))->status == QStringLiteral("niet_besproken"));
    CHECK_FALSE(g.leefgebied(QStringLiteral("gezin")));

    QTableWidget* table = detail->gesprekken();
    REQUIRE(table->rowCount() == 1);
    CHECK(cell(table, 0, ui::TrajectDetail::GDatumColumn) == QStringLiteral("09-11-2026"));
    CHECK(cell(table, 0, ui::TrajectDetail::GAanwezigenColumn) ==
          QStringLiteral("Fatima Jansen (resident), Samira Jansen (informal carer), Anna de Vries (MEE) (client "
                         "support worker)"));
    CHECK(cell(table, 0, ui::TrajectDetail::GLeefgebiedenColumn) == QStringLiteral("2 of 12 discussed"));
    CHECK(cell(table, 0, ui::TrajectDetail::GStaatColumn) == QStringLiteral("Finished"));
    CHECK(detail->tabs()->tabText(2) == QStringLiteral("&Gesprekken (1)"));
    table->selectRow(0);
    const QString details = detail->gesprekDetailsText();
    CHECK(details.contains(QStringLiteral("Needs attention: Running the household (Stofzuigen en boodschappen lukken "
                                          "niet meer)")));
    CHECK(details.contains(QStringLiteral("Deliberately not discussed: Work and looking for work (Met pensioen: niet "
                                          "besproken)")));
    CHECK(details.contains(QStringLiteral("Agreements: Samira belt de huisarts.")));

    // A huisbezoek left unfinished says so.
    Gesprek lopend = g;
    lopend.meta = {};
    lopend.aanwezigen.clear();
    lopend.leefgebieden.clear();
    lopend.afgerond = false;
    REQUIRE(app.gesprekken.saveGesprek(lopend).ok());
    REQUIRE(table->rowCount() == 2);
    CHECK(cell(table, 0, ui::TrajectDetail::GStaatColumn) == QStringLiteral("Huisbezoek in progress"));
}

TEST_CASE("in the Trajecten tab the voorzieningen of a beschikking show when a temporary one ends", "[ui][traject]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app);
    const QString id =
        newTraject(app, inwonerId, kMelding,
                   {{StapSoort::Aanvraag, QDate(2026, 11, 5)}, {StapSoort::Beschikking, QDate(2026, 11, 9)}});
    SocialeKaartItem hulp;
    hulp.naam = QStringLiteral("Huishoudelijke hulp Schoon & Fijn");
    hulp.vorm = QStringLiteral("maatwerk");
    auto kaart = app.socialeKaart.save(hulp);
    REQUIRE(kaart.ok());
    ui::TrajectPanel* panel = openTrajecten(app, inwonerId);
    ui::TrajectDetail* detail = panel->detail();
    detail->tabs()->setCurrentIndex(1);
    REQUIRE(detail->addVoorzieningButton()->isEnabled());

    test::whenDialogOpens<ui::VoorzieningDialog>([](ui::VoorzieningDialog* dialog) {
        // Which maatwerkvoorziening of the sociale kaart it is, picked by typing.
        QTest::keyClicks(dialog->socialeKaartField()->searchField(), QStringLiteral("schoon"));
        QTest::keyClick(dialog->socialeKaartField()->searchField(), Qt::Key_Return);
        CHECK(dialog->startField()->text() == QStringLiteral("09-11-2026"));
        choose(dialog->soortField(), "huishoudelijke_hulp");
        dialog->omschrijvingField()->setText(QStringLiteral("Schoonmaken, tijdelijk na de operatie"));
        dialog->omvangField()->setValue(3);
        choose(dialog->eenheidField(), "uur_per_week");
        // Ending before it starts is refused.
        dialog->eindField()->setText(QStringLiteral("01-11-2026"));
        dialog->accept();
        CHECK(dialog->message(QStringLiteral("eind")) == QStringLiteral("A voorziening cannot end before it starts."));
        dialog->eindField()->setText(QStringLiteral("30-11-2026"));
        choose(dialog->leveringField(), "pgb");
        dialog->accept();
    });
    QTest::mouseClick(detail->addVoorzieningButton(), Qt::LeftButton);

    const Traject t = stored(app, id);
    REQUIRE(t.voorzieningen.size() == 1);
    CHECK(t.voorzieningen.front().soort == QStringLiteral("huishoudelijke_hulp"));
    CHECK(t.voorzieningen.front().omvang == 3.0);
    CHECK(t.voorzieningen.front().eenheid == QStringLiteral("uur_per_week"));
    CHECK(t.voorzieningen.front().eind == QDate(2026, 11, 30));
    CHECK(t.voorzieningen.front().levering == QStringLiteral("pgb"));
    CHECK(t.voorzieningen.front().socialeKaartId == kaart->meta.id);
    QTableWidget* table = detail->voorzieningen();
    REQUIRE(table->rowCount() == 1);
    CHECK(cell(table, 0, ui::TrajectDetail::VzOmvangColumn) == QStringLiteral("3 hours per week"));
    CHECK(cell(table, 0, ui::TrajectDetail::VzEindColumn) == QStringLiteral("30-11-2026 – ends in 20 day(s)"));
    CHECK(cell(table, 0, ui::TrajectDetail::VzLeveringColumn) ==
          keuzeLabel(Keuzelijst::Levering, QStringLiteral("pgb")));
}

TEST_CASE("in the Trajecten tab a signal from someone else is recorded for the inwoner, also before any traject",
          "[ui][traject]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app);
    ui::TrajectPanel* panel = openTrajecten(app, inwonerId);
    ui::TrajectDetail* detail = panel->detail();
    CHECK(detail->tabs()->currentIndex() == 3);
    CHECK_FALSE(detail->tabs()->isTabEnabled(0));

    test::whenDialogOpens<ui::SignaalDialog>([](ui::SignaalDialog* dialog) {
        dialog->accept();
        CHECK(dialog->message(QStringLiteral("bron")) == QStringLiteral("Choose who gave the signal."));
        CHECK(dialog->message(QStringLiteral("inhoud")) == QStringLiteral("Describe the signal."));
        choose(dialog->bronField(), "buren");
        dialog->bronNaamField()->setText(QStringLiteral("Mevrouw Smit, nummer 12"));
        QTest::keyClicks(dialog->inhoudField(), QStringLiteral("De post stapelt zich op."));
        dialog->accept();
    });
    QTest::mouseClick(detail->newSignaalButton(), Qt::LeftButton);

    const auto signalen = app.trajecten.signalen(inwonerId);
    REQUIRE(signalen.size() == 1);
    CHECK(signalen.front().bron == QStringLiteral("buren"));
    CHECK(signalen.front().datum == QDate(2026, 11, 10));
    REQUIRE(detail->signalen()->rowCount() == 1);
    CHECK(cell(detail->signalen(), 0, ui::TrajectDetail::SInhoudColumn) == QStringLiteral("De post stapelt zich op."));

    // The first traject brings the steps to the front.
    newTraject(app, inwonerId);
    CHECK(detail->tabs()->isTabEnabled(0));
    CHECK(detail->tabs()->currentIndex() == 0);
}
