// SPDX-License-Identifier: EUPL-1.2
#include "UiTestSupport.h"

#include "DossierEditor.h"
#include "model/Keuzelijst.h"
#include "traject/AanwezigenEditor.h"
#include "traject/GesprekDialog.h"
#include "traject/LeefgebiedenEditor.h"
#include "traject/SignaalDialog.h"
#include "traject/StappenLijst.h"
#include "traject/TermijnOpschortingDialog.h"
#include "traject/TermijnenOverzicht.h"
#include "traject/TrajectDetail.h"
#include "traject/TrajectDialog.h"
#include "traject/TrajectPanel.h"
#include "traject/TrajectStapDialog.h"
#include "traject/VoorzieningDialog.h"
#include "views/DossierView.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace core;

namespace {

// The test clock stands at Tuesday 10 November 2026; the melding came in on Monday 2 November.
const QDate kMelding(2026, 11, 2);

QString newInwoner(test::TempApp& app, const char* roepnaam = "Fatima")
{
    Inwoner in;
    in.roepnaam = QString::fromUtf8(roepnaam);
    in.geslachtsnaam = QStringLiteral("Jansen");
    in.aanspreekpunt.naam = QStringLiteral("Sanne Visser");
    auto saved = app.dossiers.saveInwoner(in);
    REQUIRE(saved.ok());
    return saved->meta.id;
}

QString newMantelzorger(test::TempApp& app, const QString& inwonerId, const char* naam)
{
    NetwerkPersoon p;
    p.inwonerId = inwonerId;
    p.naam = QString::fromUtf8(naam);
    p.relatie = Relatie::Kind;
    p.mantelzorg = Mantelzorg{};
    p.mantelzorg->urenPerWeek = 12;
    auto saved = app.dossiers.saveNetwerkPersoon(p);
    REQUIRE(saved.ok());
    return saved->meta.id;
}

QString newTraject(test::TempApp& app, const QString& inwonerId, const QDate& melding = kMelding,
                   const std::vector<std::pair<StapSoort, QDate>>& stappen = {})
{
    Traject t = app.trajecten.nieuw(inwonerId);
    t.meldingDatum = melding;
    t.kanaal = QStringLiteral("telefoon");
    t.hulpvraag = QStringLiteral("Ik kan het huishouden niet meer aan.");
    for (const auto& [soort, datum] : stappen) {
        TrajectStap s;
        s.soort = soort;
        s.datum = datum;
        s.door = QStringLiteral("Sanne Visser");
        if (soort == StapSoort::Beschikking)
            s.uitkomst = QStringLiteral("toegekend");
        if (soort == StapSoort::Afgesloten)
            s.uitkomst = QStringLiteral("eigen_kracht");
        t.zet(s);
    }
    auto saved = app.trajecten.saveTraject(t);
    REQUIRE(saved.ok());
    return saved->meta.id;
}

Traject stored(test::TempApp& app, const QString& id)
{
    const auto t = app.trajecten.traject(id);
    REQUIRE(t);
    return *t;
}

/// Opens the dossier at the Trajecten tab, as the consulent does with a click on the tab.
ui::TrajectPanel* openTrajecten(test::TempApp& app, const QString& inwonerId)
{
    app.window->openInwoner(inwonerId);
    ui::DossierView* dossier = app.window->dossier();
    REQUIRE(dossier->trajecten());
    dossier->tabs()->setCurrentWidget(dossier->trajecten());
    return dossier->trajecten();
}

/// Moves to the step's row in the checklist and presses Enter, which opens the step dialog.
void activateStap(ui::TrajectPanel* panel, StapSoort soort, const QString& betreft = {})
{
    ui::StappenLijst* stappen = panel->detail()->stappen();
    const int row = stappen->rowOf(soort, betreft);
    REQUIRE(row >= 0);
    stappen->setFocus();
    stappen->setCurrentCell(row, ui::StappenLijst::StapColumn);
    QTest::keyClick(stappen, Qt::Key_Return);
}

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

void choose(QComboBox* combo, const char* key)
{
    const int index = combo->findData(QString::fromLatin1(key));
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

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

TEST_CASE("in the Trajecten tab the voorzieningen of a beschikking show when a temporary one ends", "[ui][traject]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app);
    const QString id =
        newTraject(app, inwonerId, kMelding,
                   {{StapSoort::Aanvraag, QDate(2026, 11, 5)}, {StapSoort::Beschikking, QDate(2026, 11, 9)}});
    ui::TrajectPanel* panel = openTrajecten(app, inwonerId);
    ui::TrajectDetail* detail = panel->detail();
    detail->tabs()->setCurrentIndex(1);
    REQUIRE(detail->addVoorzieningButton()->isEnabled());

    test::whenDialogOpens<ui::VoorzieningDialog>([](ui::VoorzieningDialog* dialog) {
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
