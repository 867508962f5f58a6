// SPDX-License-Identifier: EUPL-1.2
#include "TrajectUiSupport.h"

using namespace core;
using namespace test::traject;

TEST_CASE("in the Trajecten tab a consulent records a melding, its ontvangstbevestiging and cliëntondersteuning for "
          "the inwoner",
          "[ui][traject]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app);
    const QString dochter = newMantelzorger(app, inwonerId, "Samira Jansen");
    ui::TrajectPanel* panel = openTrajecten(app, inwonerId);
    CHECK(panel->lijst()->count() == 0);

    test::whenDialogOpens<ui::TrajectDialog>([](ui::TrajectDialog* dialog) {
        CHECK(dialog->meldingDatumField()->text() == QStringLiteral("10-11-2026"));
        dialog->meldingDatumField()->setText(QStringLiteral("02-11-2026"));
        choose(dialog->kanaalField(), "huisarts");
        QTest::keyClicks(dialog->verwijzerField(), QStringLiteral("Dr. Bakker, huisarts"));
        QTest::keyClicks(dialog->hulpvraagField(), QStringLiteral("Ik kan de trap niet meer op."));
        choose(dialog->urgentieField(), "hoog");
        dialog->accept();
    });
    QTest::mouseClick(panel->newButton(), Qt::LeftButton);

    const auto trajecten = app.trajecten.trajecten(inwonerId);
    REQUIRE(trajecten.size() == 1);
    const QString id = trajecten.front().meta.id;
    CHECK(trajecten.front().meldingDatum == kMelding);
    CHECK(trajecten.front().kanaal == QStringLiteral("huisarts"));
    CHECK(trajecten.front().verwijzer == QStringLiteral("Dr. Bakker, huisarts"));
    CHECK(trajecten.front().hulpvraag == QStringLiteral("Ik kan de trap niet meer op."));
    CHECK(trajecten.front().urgentie == QStringLiteral("hoog"));
    REQUIRE(panel->lijst()->count() == 1);
    CHECK(panel->currentId() == id);
    // The list says when the onderzoek must be done, and how long is left.
    CHECK(panel->lijst()->item(0)->text().contains(QStringLiteral("34 day")));
    CHECK(panel->detail()->headerText().contains(QStringLiteral("Ik kan de trap niet meer op.")));

    // Every statutory step is on the checklist; what should have happened is marked missing, the
    // mantelzorger has a cliëntondersteuning row of her own.
    ui::StappenLijst* stappen = panel->detail()->stappen();
    const int ontvangst = stappen->rowOf(StapSoort::Ontvangstbevestiging);
    const int inwonerRow = stappen->rowOf(StapSoort::Clientondersteuning, kBetreftInwoner);
    const int dochterRow = stappen->rowOf(StapSoort::Clientondersteuning, dochter);
    REQUIRE(ontvangst == 0);
    REQUIRE(inwonerRow > ontvangst);
    REQUIRE(dochterRow == inwonerRow + 1);
    CHECK(stappen->isOntbrekend(ontvangst));
    CHECK(stappen->isOntbrekend(inwonerRow));
    CHECK(stappen->isOntbrekend(dochterRow));
    CHECK(cell(stappen, dochterRow, ui::StappenLijst::StapColumn).contains(QStringLiteral("Samira Jansen")));
    CHECK(cell(stappen, ontvangst, ui::StappenLijst::StatusColumn).contains(QStringLiteral("Missing")));
    CHECK_FALSE(stappen->isOntbrekend(stappen->rowOf(StapSoort::Beschikking)));

    test::whenDialogOpens<ui::TrajectStapDialog>([](ui::TrajectStapDialog* dialog) {
        CHECK(dialog->doorField()->text() == QStringLiteral("Sanne Visser"));
        CHECK(dialog->datumField()->text() == QStringLiteral("10-11-2026"));
        CHECK(dialog->uitkomstField() == nullptr);
        CHECK(dialog->wisButton() == nullptr);
        dialog->datumField()->setText(QStringLiteral("03-11-2026"));
        dialog->accept();
    });
    activateStap(panel, StapSoort::Ontvangstbevestiging);

    test::whenDialogOpens<ui::TrajectStapDialog>([](ui::TrajectStapDialog* dialog) {
        REQUIRE(dialog->uitkomstField());
        CHECK(dialog->findChild<QLabel*>(QStringLiteral("betreft"))->text() == QStringLiteral("Fatima Jansen"));
        // An answer is required: the list starts at "choose".
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK_FALSE(dialog->message(QStringLiteral("uitkomst")).isEmpty());
        choose(dialog->uitkomstField(), "geaccepteerd");
        QTest::keyClicks(dialog->toelichtingField(), QStringLiteral("Folder van MEE meegegeven"));
        dialog->accept();
    });
    activateStap(panel, StapSoort::Clientondersteuning, kBetreftInwoner);

    const Traject t = stored(app, id);
    const TrajectStap* bevestiging = t.stap(StapSoort::Ontvangstbevestiging);
    REQUIRE(bevestiging);
    CHECK(bevestiging->datum == QDate(2026, 11, 3));
    CHECK(bevestiging->door == QStringLiteral("Sanne Visser"));
    const TrajectStap* co = t.stap(StapSoort::Clientondersteuning, kBetreftInwoner);
    REQUIRE(co);
    CHECK(co->datum == QDate(2026, 11, 10));
    CHECK(co->uitkomst == QStringLiteral("geaccepteerd"));
    CHECK(co->toelichting == QStringLiteral("Folder van MEE meegegeven"));
    CHECK_FALSE(t.stap(StapSoort::Clientondersteuning, dochter));

    // The checklist follows at once.
    CHECK_FALSE(stappen->isOntbrekend(ontvangst));

    CHECK(cell(stappen, ontvangst, ui::StappenLijst::StatusColumn) == QStringLiteral("✓ 03-11-2026"));
    CHECK(cell(stappen, inwonerRow, ui::StappenLijst::UitkomstColumn)
              .startsWith(keuzeLabel(Keuzelijst::Clientondersteuning, QStringLiteral("geaccepteerd"))));
    CHECK(stappen->isOntbrekend(dochterRow));
    CHECK(app.window->undoStack()->count() == 3);

    // "Clear step" takes a step back off the record, undoably.
    test::whenDialogOpens<ui::TrajectStapDialog>([](ui::TrajectStapDialog* dialog) {
        REQUIRE(dialog->wisButton());
        QTest::mouseClick(dialog->wisButton(), Qt::LeftButton);
    });
    activateStap(panel, StapSoort::Ontvangstbevestiging);
    CHECK_FALSE(stored(app, id).stap(StapSoort::Ontvangstbevestiging));
    CHECK(stappen->isOntbrekend(ontvangst));
    app.window->undoStack()->undo();
    CHECK(stored(app, id).stap(StapSoort::Ontvangstbevestiging));
    CHECK_FALSE(stappen->isOntbrekend(ontvangst));
}

TEST_CASE("in the Trajecten tab a beschikking before the aanvraag is refused in the dialog and nothing is saved",
          "[ui][traject]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app);
    const QString id = newTraject(app, inwonerId);
    ui::TrajectPanel* panel = openTrajecten(app, inwonerId);
    const int commands = app.window->undoStack()->count();

    QString zonderAanvraag;
    test::whenDialogOpens<ui::TrajectStapDialog>([&](ui::TrajectStapDialog* dialog) {
        dialog->datumField()->setText(QStringLiteral("05-11-2026"));
        choose(dialog->uitkomstField(), "toegekend");
        dialog->accept();
        CHECK(dialog->isVisible());
        zonderAanvraag = dialog->message(QStringLiteral("datum"));
        dialog->reject();
    });
    activateStap(panel, StapSoort::Beschikking);
    CHECK(zonderAanvraag == QStringLiteral("A decision needs an application: record the application first."));
    CHECK_FALSE(stored(app, id).stap(StapSoort::Beschikking));

    test::whenDialogOpens<ui::TrajectStapDialog>([](ui::TrajectStapDialog* dialog) {
        dialog->datumField()->setText(QStringLiteral("06-11-2026"));
        dialog->accept();
    });
    activateStap(panel, StapSoort::Aanvraag);
    REQUIRE(stored(app, id).datum(StapSoort::Aanvraag) == QDate(2026, 11, 6));

    QString ervoor;
    QString toekomst;
    QString reden;
    QString redenLabel;
    test::whenDialogOpens<ui::TrajectStapDialog>([&](ui::TrajectStapDialog* dialog) {
        dialog->datumField()->setText(QStringLiteral("05-11-2026"));
        choose(dialog->uitkomstField(), "toegekend");
        dialog->accept();
        ervoor = dialog->message(QStringLiteral("datum"));
        dialog->datumField()->setText(QStringLiteral("10-11-2036"));
        dialog->accept();
        toekomst = dialog->message(QStringLiteral("datum"));
        // Partly granted needs its reason, and the remark field says so.
        dialog->datumField()->setText(QStringLiteral("09-11-2026"));
        choose(dialog->uitkomstField(), "deels");
        dialog->accept();
        reden = dialog->message(QStringLiteral("toelichting"));
        redenLabel = dialog->toelichtingLabel();
        CHECK(dialog->isVisible());
        dialog->reject();
    });
    activateStap(panel, StapSoort::Beschikking);
    CHECK(ervoor == QStringLiteral("The decision lies before the application: check the dates."));
    CHECK(toekomst == QStringLiteral("Decision: the date lies in the future."));
    CHECK(reden == QStringLiteral("A decision that does not grant everything needs its reason."));
    CHECK(redenLabel == QStringLiteral("&Reason *"));
    CHECK_FALSE(stored(app, id).stap(StapSoort::Beschikking));
    CHECK(app.window->undoStack()->count() == commands + 1); // the aanvraag only

    // A signed-back verslag needs one that was sent; its remarks are the inwoner's.
    QString ondertekend;
    QString opmerkingen;
    test::whenDialogOpens<ui::TrajectStapDialog>([&](ui::TrajectStapDialog* dialog) {
        choose(dialog->uitkomstField(), "akkoord");
        dialog->accept();
        ondertekend = dialog->message(QStringLiteral("datum"));
        opmerkingen = dialog->toelichtingLabel();
        dialog->reject();
    });
    activateStap(panel, StapSoort::VerslagOndertekend);
    CHECK(ondertekend == QStringLiteral("A report can only be signed back after it was sent."));
    CHECK(opmerkingen == QStringLiteral("&Remarks of the inwoner"));
    CHECK_FALSE(stored(app, id).stap(StapSoort::VerslagOndertekend));
}

TEST_CASE("in the Trajecten tab suspending the onderzoek term with a reason moves its deadline by the days",
          "[ui][traject]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app);
    const QString id = newTraject(app, inwonerId);
    ui::TrajectPanel* panel = openTrajecten(app, inwonerId);
    ui::TermijnenOverzicht* termijnen = panel->detail()->termijnen();
    const int onderzoek = termijnen->rowOf(QStringLiteral("onderzoek"));
    REQUIRE(onderzoek >= 0);
    // Six weeks after Monday 2 November: Monday 14 December.
    CHECK(cell(termijnen->table(), onderzoek, ui::TermijnenOverzicht::DeadlineColumn) ==
          rules::Termijn::datumTekst(QDate(2026, 12, 14)));
    CHECK(cell(termijnen->table(), onderzoek, ui::TermijnenOverzicht::StatusColumn) ==
          QStringLiteral("34 day(s) left"));
    CHECK_FALSE(termijnen->opschortingen()->isVisible());

    QString zonderReden;
    QString preview;
    test::whenDialogOpens<ui::TermijnOpschortingDialog>([&](ui::TermijnOpschortingDialog* dialog) {
        CHECK(dialog->termijnField()->currentData().toString() == QStringLiteral("onderzoek"));
        dialog->dagenField()->setValue(14);
        dialog->accept();
        CHECK(dialog->isVisible());
        zonderReden = dialog->message(QStringLiteral("reden"));
        QTest::keyClicks(dialog->redenField(), QStringLiteral("Wachten op medisch advies, met instemming inwoner"));
        preview = dialog->preview();
        dialog->accept();
    });
    QTest::mouseClick(termijnen->opschortenButton(), Qt::LeftButton);
    CHECK(zonderReden ==
          QStringLiteral("A suspension or extension needs a reason (for example: waiting for a medical advice)."));
    CHECK(preview.contains(rules::Termijn::datumTekst(QDate(2026, 12, 28))));

    const Traject t = stored(app, id);
    REQUIRE(t.opschortingen.size() == 1);
    CHECK(t.opschortingen.front().termijn == QStringLiteral("onderzoek"));
    CHECK(t.opschortingen.front().dagen == 14);
    CHECK(t.opschortingen.front().datum == QDate(2026, 11, 10));
    CHECK(t.opschortingen.front().reden == QStringLiteral("Wachten op medisch advies, met instemming inwoner"));

    // Fourteen days later, and the screen says why.
    CHECK(cell(termijnen->table(), onderzoek, ui::TermijnenOverzicht::DeadlineColumn) ==
          rules::Termijn::datumTekst(QDate(2026, 12, 28)));
    const QString waarom = cell(termijnen->table(), onderzoek, ui::TermijnenOverzicht::NoteColumn);
    CHECK(waarom.contains(rules::Termijn::datumTekst(QDate(2026, 12, 14))));
    const auto uitleg = app.trajecten.stand(stored(app, id)).termijn(QStringLiteral("onderzoek"))->termijn.uitleg();
    CHECK(uitleg.endsWith(waarom));
    CHECK(termijnen->table()->item(onderzoek, ui::TermijnenOverzicht::DeadlineColumn)->toolTip() == uitleg);
    CHECK(cell(termijnen->table(), onderzoek, ui::TermijnenOverzicht::StatusColumn) ==
          QStringLiteral("48 day(s) left"));
    REQUIRE(termijnen->opschortingen()->rowCount() == 1);
    CHECK(termijnen->opschortingen()->isVisible());
    CHECK(cell(termijnen->opschortingen(), 0, ui::TermijnenOverzicht::OpDagenColumn) == QStringLiteral("14 day(s)"));
    CHECK(cell(termijnen->opschortingen(), 0, ui::TermijnenOverzicht::OpRedenColumn) ==
          QStringLiteral("Wachten op medisch advies, met instemming inwoner"));

    app.window->undoStack()->undo();
    CHECK(stored(app, id).opschortingen.empty());
    CHECK(cell(termijnen->table(), onderzoek, ui::TermijnenOverzicht::DeadlineColumn) ==
          rules::Termijn::datumTekst(QDate(2026, 12, 14)));
}

TEST_CASE("in the Trajecten tab undo of an edited traject shows the previous melding again", "[ui][traject]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app);
    const QString id = newTraject(app, inwonerId);
    ui::TrajectPanel* panel = openTrajecten(app, inwonerId);
    REQUIRE(panel->currentId() == id);

    test::whenDialogOpens<ui::TrajectDialog>([](ui::TrajectDialog* dialog) {
        CHECK(dialog->hulpvraagField()->toPlainText() == QStringLiteral("Ik kan het huishouden niet meer aan."));
        dialog->hulpvraagField()->setPlainText(QStringLiteral("Ik wil weer zelf boodschappen doen."));
        // A melding in the future is refused.
        dialog->meldingDatumField()->setText(QStringLiteral("01-01-2027"));
        dialog->accept();
        CHECK(dialog->message(QStringLiteral("melding_datum")) ==
              QStringLiteral("The date of the report lies in the future."));
        dialog->meldingDatumField()->setText(QStringLiteral("30-10-2026"));
        dialog->accept();
    });
    QTest::mouseClick(panel->editButton(), Qt::LeftButton);
    CHECK(stored(app, id).hulpvraag == QStringLiteral("Ik wil weer zelf boodschappen doen."));
    CHECK(stored(app, id).meldingDatum == QDate(2026, 10, 30));
    CHECK(panel->detail()->headerText().contains(QStringLiteral("Ik wil weer zelf boodschappen doen.")));
    CHECK(panel->lijst()->item(0)->text().contains(QStringLiteral("30-10-2026")));

    app.window->undoStack()->undo();
    CHECK(stored(app, id).hulpvraag == QStringLiteral("Ik kan het huishouden niet meer aan."));
    CHECK(stored(app, id).meldingDatum == kMelding);
    CHECK(panel->detail()->headerText().contains(QStringLiteral("Ik kan het huishouden niet meer aan.")));
    CHECK(panel->lijst()->item(0)->text().contains(QStringLiteral("02-11-2026")));
    CHECK(panel->currentId() == id);

    // Deleting asks first and can be undone too.
    app.window->editor()->setConfirmAutomatically(true);
    QTest::mouseClick(panel->deleteButton(), Qt::LeftButton);
    CHECK(app.trajecten.trajecten(inwonerId).empty());
    CHECK(panel->lijst()->count() == 0);
    app.window->undoStack()->undo();
    REQUIRE(panel->lijst()->count() == 1);
    CHECK(panel->currentId() == id);
}

TEST_CASE("showTraject brings the Trajecten tab to the front with that traject selected", "[ui][traject]")
{
    test::TempApp app;
    const QString fatima = newInwoner(app, "Fatima");
    const QString oud =
        newTraject(app, fatima, QDate(2025, 3, 3),
                   {{StapSoort::Ontvangstbevestiging, QDate(2025, 3, 4)}, {StapSoort::Afgesloten, QDate(2025, 6, 1)}});
    const QString nieuw = newTraject(app, fatima);
    const QString kees = newInwoner(app, "Kees");
    const QString vanKees = newTraject(app, kees);

    app.window->openInwoner(fatima);
    ui::DossierView* dossier = app.window->dossier();
    CHECK(dossier->tabs()->currentWidget() != dossier->trajecten());

    dossier->showTraject(oud);
    CHECK(dossier->tabs()->currentWidget() == dossier->trajecten());
    ui::TrajectPanel* panel = dossier->trajecten();
    REQUIRE(panel->lijst()->count() == 2);
    CHECK(panel->currentId() == oud);
    // Newest first; the closed one is greyed and says so.
    CHECK(panel->lijst()->item(0)->data(Qt::UserRole).toString() == nieuw);
    CHECK(panel->lijst()->item(1)->text().contains(rules::label(rules::Fase::Afgesloten)));
    CHECK(panel->lijst()->item(1)->foreground().color() != panel->lijst()->item(0)->foreground().color());

    dossier->showTraject(nieuw);
    CHECK(panel->currentId() == nieuw);

    // A traject of someone else opens that dossier first.
    dossier->tabs()->setCurrentIndex(0);
    dossier->showTraject(vanKees);
    CHECK(dossier->inwonerId() == kees);
    CHECK(dossier->tabs()->currentWidget() == dossier->trajecten());
    CHECK(panel->currentId() == vanKees);
    CHECK(panel->lijst()->count() == 1);
}
