// SPDX-License-Identifier: EUPL-1.2
#include "UiTestSupport.h"

#include "huisbezoek/HuisbezoekLauncher.h"
#include "huisbezoek/HuisbezoekWindow.h"
#include "huisbezoek/LeefgebiedenStap.h"
#include "huisbezoek/NieuwTrajectDialog.h"
#include "huisbezoek/TrajectKiezenDialog.h"
#include "zrm/ZrmScoringWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace core;

namespace {

/// Mevrouw De Vries at home: her partner Kees does the shopping, her daughter Annemiek is her
/// mantelzorger. One open Wmo traject, melding on Monday 2 November 2026 (the test clock stands at
/// Tuesday 10 November).
struct Huisbezoek {
    test::TempApp app;
    ui::Services services{app.dossiers, app.instellingen, app.zrm,      app.trajecten, app.gesprekken,
                          app.plannen,  app.socialeKaart, &app.archief, &app.sync};
    QString inwonerId;
    QString trajectId;
    QString kees;
    QString annemiek;

    Huisbezoek()
    {
        Inwoner in;
        in.roepnaam = QStringLiteral("Truus");
        in.tussenvoegsel = QStringLiteral("de");
        in.geslachtsnaam = QStringLiteral("Vries");
        in.aanspreekpunt.naam = QStringLiteral("Sanne Visser");
        auto saved = app.dossiers.saveInwoner(in);
        REQUIRE(saved.ok());
        inwonerId = saved->meta.id;

        NetwerkPersoon partner;
        partner.inwonerId = inwonerId;
        partner.naam = QStringLiteral("Kees de Vries");
        partner.relatie = Relatie::Partner;
        partner.doetNu = QStringLiteral("Boodschappen");
        auto k = app.dossiers.saveNetwerkPersoon(partner);
        REQUIRE(k.ok());
        kees = k->meta.id;

        NetwerkPersoon dochter;
        dochter.inwonerId = inwonerId;
        dochter.naam = QStringLiteral("Annemiek");
        dochter.relatie = Relatie::Kind;
        Mantelzorg zorg;
        zorg.urenPerWeek = 12;
        zorg.sinds = QDate(2025, 3, 1);
        zorg.belastingEdiz = 9;
        dochter.mantelzorg = zorg;
        auto a = app.dossiers.saveNetwerkPersoon(dochter);
        REQUIRE(a.ok());
        annemiek = a->meta.id;

        Traject t = app.trajecten.nieuw(inwonerId);
        t.meldingDatum = QDate(2026, 11, 2);
        t.hulpvraag = QStringLiteral("Ik kom de trap niet meer op.");
        auto tr = app.trajecten.saveTraject(t);
        REQUIRE(tr.ok());
        trajectId = tr->meta.id;
    }

    /// Starts (or resumes) huisbezoek mode and returns its window, active so its keys work.
    ui::HuisbezoekWindow* start()
    {
        REQUIRE(ui::startHuisbezoek(services, inwonerId, app.window.get()));
        ui::HuisbezoekWindow* window = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* h = qobject_cast<ui::HuisbezoekWindow*>(w); h && h->isVisible())
                window = h;
        }
        REQUIRE(window);
        QApplication::setActiveWindow(window);
        REQUIRE(QTest::qWaitForWindowActive(window));
        return window;
    }

    Gesprek gesprek(const ui::HuisbezoekWindow* window) const
    {
        auto g = app.gesprekken.gesprek(window->sessie().gesprek().meta.id);
        REQUIRE(g);
        return *g;
    }
};

template <typename T> T* child(const QWidget* parent, const QString& name)
{
    auto* found = parent->findChild<T*>(name);
    INFO(name.toStdString());
    REQUIRE(found);
    return found;
}

void pageDown(QWidget* window)
{
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_PageDown);
}

/// Only what is on disk counts: the rows of the gesprek as the database has them.
const BesprokenLeefgebied* leefgebied(const Gesprek& g, const char* key)
{
    return g.leefgebied(QString::fromLatin1(key));
}

} // namespace

TEST_CASE("Huisbezoek mode resumes a visit killed halfway on the same leefgebied, with every key, tick and score",
          "[ui][huisbezoek]")
{
    Huisbezoek hb;
    QPointer<ui::HuisbezoekWindow> window = hb.start();
    CHECK(window->stap() == 0);
    CHECK(window->findChild<QLabel*>(QStringLiteral("melding"))->isHidden()); // a new huisbezoek: nothing to say

    // 1. Aanwezigen: the inwoner is there by default; Kees joins; a cliëntondersteuner is typed in.
    auto* inwoner = child<QCheckBox>(window, QStringLiteral("aanwezigInwoner"));
    CHECK(inwoner->isChecked());
    auto* kees = child<QCheckBox>(window, QStringLiteral("aanwezig:") + hb.kees);
    kees->setFocus();
    QTest::keyClick(kees, Qt::Key_Space);
    CHECK(kees->isChecked());
    QTest::mouseClick(child<QPushButton>(window, QStringLiteral("aanwezigeToevoegen")), Qt::LeftButton);
    auto* naam = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(naam);
    CHECK(naam->objectName() == QStringLiteral("aanwezigeNaam"));
    QTest::keyClicks(naam, QStringLiteral("Fatima Yilmaz (MEE)"));
    auto* rol = child<QComboBox>(window, QStringLiteral("aanwezigeRol"));
    rol->setFocus();
    rol->setCurrentIndex(rol->findData(QStringLiteral("clientondersteuner")));

    // 2. What to tell: cliëntondersteuning by mouse, the PGB by keyboard.
    pageDown(window);
    REQUIRE(window->stap() == 1);
    QTest::mouseClick(child<QCheckBox>(window, QStringLiteral("vinkje:clientondersteuning:inwoner")), Qt::LeftButton,
                      {}, QPoint(10, 10));
    auto* pgb = child<QCheckBox>(window, QStringLiteral("vinkje:pgb_uitgelegd"));
    pgb->setFocus();
    QTest::keyClick(pgb, Qt::Key_Space);

    // 3. Leefgebieden: the note has the cursor; typing marks a point of attention; Tab goes to the ZRM.
    pageDown(window);
    REQUIRE(window->stap() == 2);
    auto* stap = qobject_cast<ui::LeefgebiedenStap*>(window->huidigeStap());
    REQUIRE(stap);
    CHECK(stap->leefgebied() == QStringLiteral("woonsituatie"));
    auto* notitie = child<QPlainTextEdit>(window, QStringLiteral("leefgebiedNotitie"));
    CHECK(QApplication::focusWidget() == notitie);
    QTest::keyClicks(notitie, QStringLiteral("Trap is te steil; slaapt beneden."));
    CHECK(child<QPushButton>(window, QStringLiteral("statusAandacht"))->isChecked());
    QTest::keyClick(notitie, Qt::Key_Tab);
    QTableWidget* zrm = stap->zrm()->table();
    REQUIRE(QApplication::focusWidget() == zrm);
    CHECK(zrm->currentRow() == stap->zrm()->row(QStringLiteral("huisvesting")));
    QTest::keyClick(zrm, Qt::Key_3);

    pageDown(window); // opleiding: deliberately not discussed
    CHECK(stap->leefgebied() == QStringLiteral("opleiding"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::ControlModifier);

    pageDown(window); // gezin: no problem, with a note, the relaties scored 4
    CHECK(stap->leefgebied() == QStringLiteral("gezin"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
    QTest::keyClicks(notitie, QStringLiteral("Dochter komt dagelijks"));
    QTest::keyClick(notitie, Qt::Key_Tab);
    QTest::keyClick(zrm, Qt::Key_4);
    QTest::keyClicks(notitie, QStringLiteral(", ook 's avonds"));
    CHECK(child<QLabel>(window, QStringLiteral("opgeslagen"))->text().startsWith(QStringLiteral("Saved ")));
    CHECK(window->foutmelding().isEmpty());

    // The laptop dies: no close, no save handler. What is on disk is everything.
    const QString gesprekId = window->sessie().gesprek().meta.id;
    const Gesprek opSchijf = hb.gesprek(window);
    delete window;
    const auto naDood = hb.app.gesprekken.gesprek(gesprekId);
    REQUIRE(naDood);
    CHECK(naDood->meta.hlc == opSchijf.meta.hlc); // dying wrote nothing

    CHECK(naDood->positie == QStringLiteral("leefgebied:gezin"));
    REQUIRE(naDood->aanwezigen.size() == 3);
    REQUIRE(leefgebied(*naDood, "woonsituatie"));
    CHECK(leefgebied(*naDood, "woonsituatie")->status == QStringLiteral("aandacht"));
    CHECK(leefgebied(*naDood, "woonsituatie")->notitie == QStringLiteral("Trap is te steil; slaapt beneden."));
    CHECK(leefgebied(*naDood, "opleiding")->status == QStringLiteral("niet_besproken"));
    CHECK(leefgebied(*naDood, "gezin")->status == QStringLiteral("geen_probleem"));
    CHECK(leefgebied(*naDood, "gezin")->notitie == QStringLiteral("Dochter komt dagelijks, ook 's avonds"));
    REQUIRE_FALSE(naDood->zrmMetingId.isEmpty());
    const auto meting = hb.app.zrm.meting(naDood->zrmMetingId);
    REQUIRE(meting);
    CHECK(meting->inwonerId == hb.inwonerId);
    CHECK(meting->moment == ZrmMoment::Intake);
    CHECK(meting->datum == QDate(2026, 11, 10));
    CHECK(meting->door == QStringLiteral("Sanne Visser"));
    REQUIRE(meting->scores.size() == 2);
    CHECK(meting->score(QStringLiteral("huisvesting"))->score == 3);
    CHECK(meting->score(QStringLiteral("huiselijke_relaties"))->score == 4);

    // Reopened: the same gesprek, on the same leefgebied, everything back in its place.
    window = hb.start();
    CHECK(window->sessie().gesprek().meta.id == gesprekId);
    auto* melding = child<QLabel>(window, QStringLiteral("melding"));
    CHECK_FALSE(melding->isHidden());
    CHECK(melding->text().contains(QStringLiteral("continuing")));
    REQUIRE(window->stap() == 2);
    stap = qobject_cast<ui::LeefgebiedenStap*>(window->huidigeStap());
    REQUIRE(stap);
    CHECK(stap->leefgebied() == QStringLiteral("gezin"));
    notitie = child<QPlainTextEdit>(window, QStringLiteral("leefgebiedNotitie"));
    CHECK(notitie->toPlainText() == QStringLiteral("Dochter komt dagelijks, ook 's avonds"));
    CHECK(child<QPushButton>(window, QStringLiteral("statusGeenProbleem"))->isChecked());
    CHECK_FALSE(child<QPushButton>(window, QStringLiteral("statusAandacht"))->isChecked());
    CHECK(child<QListWidget>(window, QStringLiteral("leefgebiedLijst"))->currentRow() == 2);
    zrm = stap->zrm()->table();
    CHECK(zrm->item(stap->zrm()->row(QStringLiteral("huiselijke_relaties")), ui::ZrmScoringWidget::Niveau1Column + 3)
              ->text() == QStringLiteral("4"));
    CHECK_FALSE(zrm->isRowHidden(stap->zrm()->row(QStringLiteral("huiselijke_relaties"))));
    CHECK(zrm->isRowHidden(stap->zrm()->row(QStringLiteral("huisvesting"))));

    QTest::keyClick(notitie, Qt::Key_PageUp);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp);
    CHECK(stap->leefgebied() == QStringLiteral("woonsituatie"));
    CHECK(notitie->toPlainText() == QStringLiteral("Trap is te steil; slaapt beneden."));
    CHECK(zrm->item(stap->zrm()->row(QStringLiteral("huisvesting")), ui::ZrmScoringWidget::Niveau1Column + 2)->text() ==
          QStringLiteral("3"));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
    REQUIRE(window->stap() == 1);
    CHECK(child<QCheckBox>(window, QStringLiteral("vinkje:clientondersteuning:inwoner"))->isChecked());
    CHECK(child<QCheckBox>(window, QStringLiteral("vinkje:pgb_uitgelegd"))->isChecked());
    CHECK_FALSE(child<QCheckBox>(window, QStringLiteral("vinkje:eigen_bijdrage_besproken"))->isChecked());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp);
    REQUIRE(window->stap() == 0);
    CHECK(child<QCheckBox>(window, QStringLiteral("aanwezigInwoner"))->isChecked());
    CHECK(child<QCheckBox>(window, QStringLiteral("aanwezig:") + hb.kees)->isChecked());
    CHECK_FALSE(child<QCheckBox>(window, QStringLiteral("aanwezig:") + hb.annemiek)->isChecked());
    CHECK(child<QLineEdit>(window, QStringLiteral("aanwezigeNaam"))->text() == QStringLiteral("Fatima Yilmaz (MEE)"));
    CHECK(child<QComboBox>(window, QStringLiteral("aanwezigeRol"))->currentData() ==
          QStringLiteral("clientondersteuner"));
    delete window;
}

TEST_CASE("Huisbezoek mode records cliëntondersteuning in the traject when ticked and removes it when unticked",
          "[ui][huisbezoek]")
{
    Huisbezoek hb;
    ui::HuisbezoekWindow* window = hb.start();
    window->gaNaarStap(1);
    auto* vinkje = child<QCheckBox>(window, QStringLiteral("vinkje:clientondersteuning:inwoner"));
    auto* uitkomst = child<QComboBox>(window, QStringLiteral("uitkomst:clientondersteuning:inwoner"));
    CHECK_FALSE(uitkomst->isEnabled());

    vinkje->setFocus();
    QTest::keyClick(vinkje, Qt::Key_Space);
    auto traject = hb.app.trajecten.traject(hb.trajectId);
    REQUIRE(traject);
    const TrajectStap* stap = traject->stap(StapSoort::Clientondersteuning, kBetreftInwoner);
    REQUIRE(stap);
    CHECK(stap->datum == QDate(2026, 11, 10));
    CHECK(stap->door == QStringLiteral("Sanne Visser"));
    CHECK(stap->uitkomst == QStringLiteral("aangeboden"));

    // The inwoner accepts.
    REQUIRE(uitkomst->isEnabled());
    uitkomst->setCurrentIndex(uitkomst->findData(QStringLiteral("geaccepteerd")));
    traject = hb.app.trajecten.traject(hb.trajectId);
    REQUIRE(traject->stap(StapSoort::Clientondersteuning, kBetreftInwoner));
    CHECK(traject->stap(StapSoort::Clientondersteuning, kBetreftInwoner)->uitkomst == QStringLiteral("geaccepteerd"));

    // The persoonlijk plan and the eigen bijdrage have their own steps.
    QTest::mouseClick(child<QCheckBox>(window, QStringLiteral("vinkje:persoonlijk_plan_aangeboden")), Qt::LeftButton,
                      {}, QPoint(10, 10));
    QTest::mouseClick(child<QCheckBox>(window, QStringLiteral("vinkje:eigen_bijdrage_besproken")), Qt::LeftButton, {},
                      QPoint(10, 10));
    traject = hb.app.trajecten.traject(hb.trajectId);
    CHECK(traject->datum(StapSoort::PersoonlijkPlanAangeboden) == QDate(2026, 11, 10));
    CHECK(traject->datum(StapSoort::EigenBijdrageBesproken) == QDate(2026, 11, 10));
    CHECK_FALSE(traject->stap(StapSoort::PgbUitgelegd));

    // A slip of the finger: unticking removes the step again.
    QTest::keyClick(vinkje, Qt::Key_Space);
    CHECK_FALSE(vinkje->isChecked());
    traject = hb.app.trajecten.traject(hb.trajectId);
    CHECK_FALSE(traject->stap(StapSoort::Clientondersteuning, kBetreftInwoner));
    CHECK(traject->stap(StapSoort::PersoonlijkPlanAangeboden));

    // The mantelzorger: her own view and need apart from the inwoner's, and cliëntondersteuning for her.
    window->gaNaarStap(3);
    auto* visie = child<QPlainTextEdit>(window, QStringLiteral("visie:") + hb.annemiek);
    CHECK(QApplication::focusWidget() == visie);
    QTest::keyClicks(visie, QStringLiteral("Moeder wil niet naar een verzorgingshuis."));
    QTest::keyClicks(child<QPlainTextEdit>(window, QStringLiteral("behoefte:") + hb.annemiek),
                     QStringLiteral("Een dag per week vrij."));
    auto* voorHaar = child<QCheckBox>(window, QStringLiteral("vinkje:clientondersteuning:") + hb.annemiek);
    voorHaar->setFocus();
    QTest::keyClick(voorHaar, Qt::Key_Space);

    const Gesprek g = hb.gesprek(window);
    const MantelzorgVisie* v = g.visie(hb.annemiek);
    REQUIRE(v);
    CHECK(v->visie == QStringLiteral("Moeder wil niet naar een verzorgingshuis."));
    CHECK(v->behoefte == QStringLiteral("Een dag per week vrij."));
    CHECK_FALSE(g.visie(hb.kees));
    traject = hb.app.trajecten.traject(hb.trajectId);
    REQUIRE(traject->stap(StapSoort::Clientondersteuning, hb.annemiek));
    CHECK(traject->stap(StapSoort::Clientondersteuning, hb.annemiek)->uitkomst == QStringLiteral("aangeboden"));
    CHECK_FALSE(traject->stap(StapSoort::Clientondersteuning, kBetreftInwoner));
    delete window;
}

TEST_CASE("Huisbezoek mode sets afgerond when finished, and the next start begins a new gesprek", "[ui][huisbezoek]")
{
    Huisbezoek hb;
    QPointer<ui::HuisbezoekWindow> window = hb.start();
    const QString eerste = window->sessie().gesprek().meta.id;

    window->gaNaarStap(4);
    QTest::keyClicks(child<QPlainTextEdit>(window, QStringLiteral("afspraken")),
                     QStringLiteral("Annemiek vraagt de buurman om de boodschappen op vrijdag."));
    pageDown(window);
    REQUIRE(window->stap() == 5);
    CHECK_FALSE(child<QPushButton>(window, QStringLiteral("volgende"))->isEnabled());
    const QString overzicht = child<QTextEdit>(window, QStringLiteral("overzicht"))->toPlainText();
    CHECK(overzicht.contains(QStringLiteral("Annemiek vraagt de buurman")));
    CHECK(overzicht.contains(QStringLiteral("Still open:")));
    QTest::keyClicks(child<QPlainTextEdit>(window, QStringLiteral("samenvatting")),
                     QStringLiteral("Traplift gevraagd; eerst kijken naar een bed beneden."));
    QTest::mouseClick(child<QPushButton>(window, QStringLiteral("afronden")), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(window.isNull());

    const auto afgerond = hb.app.gesprekken.gesprek(eerste);
    REQUIRE(afgerond);
    CHECK(afgerond->afgerond);
    CHECK(afgerond->afspraken == QStringLiteral("Annemiek vraagt de buurman om de boodschappen op vrijdag."));
    CHECK(afgerond->samenvatting == QStringLiteral("Traplift gevraagd; eerst kijken naar een bed beneden."));
    CHECK_FALSE(hb.app.gesprekken.onafgerond(hb.inwonerId));

    window = hb.start();
    CHECK(window->sessie().gesprek().meta.id != eerste);
    CHECK(window->stap() == 0);
    CHECK(window->findChild<QLabel*>(QStringLiteral("melding"))->isHidden());
    CHECK(hb.app.gesprekken.gesprekken(hb.trajectId).size() == 2);
    delete window;
}

TEST_CASE("Huisbezoek mode closes on Esc at once and reopens on the same step", "[ui][huisbezoek]")
{
    Huisbezoek hb;
    QPointer<ui::HuisbezoekWindow> window = hb.start();
    window->gaNaarStap(4);
    auto* afspraken = child<QPlainTextEdit>(window, QStringLiteral("afspraken"));
    QTest::keyClicks(afspraken, QStringLiteral("Bellen na de vakantie"));
    QTest::keyClick(afspraken, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(window.isNull());
    CHECK(QApplication::activeModalWidget() == nullptr);

    window = hb.start();
    CHECK(window->stap() == 4);
    CHECK(child<QPlainTextEdit>(window, QStringLiteral("afspraken"))->toPlainText() ==
          QStringLiteral("Bellen na de vakantie"));

    // Starting again while it is open brings the same window forward.
    REQUIRE(ui::startHuisbezoek(hb.services, hb.inwonerId, hb.app.window.get()));
    int open = 0;
    for (QWidget* w : QApplication::topLevelWidgets())
        open += qobject_cast<ui::HuisbezoekWindow*>(w) && w->isVisible() ? 1 : 0;
    CHECK(open == 1);
    delete window;
}

TEST_CASE("Huisbezoek mode shows a save that failed instead of losing it silently", "[ui][huisbezoek]")
{
    Huisbezoek hb;
    ui::HuisbezoekWindow* window = hb.start();
    window->gaNaarStap(4);
    // Someone deletes the traject behind the consulent's back.
    REQUIRE(hb.app.trajecten.deleteTraject(hb.trajectId).ok());
    QTest::keyClicks(child<QPlainTextEdit>(window, QStringLiteral("afspraken")), QStringLiteral("x"));
    auto* fout = child<QLabel>(window, QStringLiteral("foutMelding"));
    CHECK(fout->isVisible());
    CHECK(fout->text() == QStringLiteral("Not saved: This traject no longer exists."));
    CHECK(child<QLabel>(window, QStringLiteral("opgeslagen"))->text() == QStringLiteral("Not saved"));

    // A tick in a traject that is gone is not recorded, and says so.
    window->gaNaarStap(1);
    auto* pgb = child<QCheckBox>(window, QStringLiteral("vinkje:pgb_uitgelegd"));
    pgb->setFocus();
    QTest::keyClick(pgb, Qt::Key_Space);
    CHECK_FALSE(pgb->isChecked());
    CHECK(
        window->foutmelding().contains(QStringLiteral("Not recorded in the traject: This traject no longer exists.")));
    delete window;
}

TEST_CASE("Huisbezoek mode offers a new traject and asks the hulpvraag when none is open", "[ui][huisbezoek]")
{
    Huisbezoek hb;
    REQUIRE(hb.app.trajecten.deleteTraject(hb.trajectId).ok());
    test::whenDialogOpens<ui::NieuwTrajectDialog>([](ui::NieuwTrajectDialog* dialog) {
        QTest::keyClicks(dialog->hulpvraagVeld(), QStringLiteral("Ik wil weer zelf douchen."));
        dialog->accept();
    });
    ui::HuisbezoekWindow* window = hb.start();
    const auto trajecten = hb.app.trajecten.trajecten(hb.inwonerId);
    REQUIRE(trajecten.size() == 1);
    CHECK(trajecten.front().meldingDatum == QDate(2026, 11, 10));
    CHECK(trajecten.front().domein == QStringLiteral("wmo"));
    CHECK(trajecten.front().hulpvraag == QStringLiteral("Ik wil weer zelf douchen."));
    CHECK(window->sessie().gesprek().trajectId == trajecten.front().meta.id);
    delete window;

    // Cancelling starts nothing.
    Huisbezoek leeg;
    REQUIRE(leeg.app.trajecten.deleteTraject(leeg.trajectId).ok());
    test::whenDialogOpens<ui::NieuwTrajectDialog>([](ui::NieuwTrajectDialog* dialog) { dialog->reject(); });
    CHECK_FALSE(ui::startHuisbezoek(leeg.services, leeg.inwonerId, leeg.app.window.get()));
    CHECK(leeg.app.trajecten.trajecten(leeg.inwonerId).empty());
}

TEST_CASE("Huisbezoek mode asks which traject when several are open", "[ui][huisbezoek]")
{
    Huisbezoek hb;
    Traject tweede = hb.app.trajecten.nieuw(hb.inwonerId);
    tweede.meldingDatum = QDate(2026, 11, 9);
    tweede.hulpvraag = QStringLiteral("Vervoer naar de dagbesteding");
    auto saved = hb.app.trajecten.saveTraject(tweede);
    REQUIRE(saved.ok());
    test::whenDialogOpens<ui::TrajectKiezenDialog>([&](ui::TrajectKiezenDialog* dialog) {
        REQUIRE(dialog->lijst()->count() == 2);
        dialog->lijst()->setCurrentRow(1); // newest melding first: row 1 is the stairs
        dialog->accept();
    });
    ui::HuisbezoekWindow* window = hb.start();
    CHECK(window->sessie().gesprek().trajectId == hb.trajectId);
    delete window;
}

TEST_CASE("Huisbezoek mode does not resume a phone call that was never marked finished", "[ui][huisbezoek]")
{
    Huisbezoek hb;
    Gesprek telefoon;
    telefoon.trajectId = hb.trajectId;
    telefoon.datum = QDate(2026, 11, 3);
    telefoon.vorm = QStringLiteral("telefonisch");
    REQUIRE(hb.app.gesprekken.saveGesprek(telefoon).ok());
    ui::HuisbezoekWindow* window = hb.start();
    CHECK(window->sessie().gesprek().vorm == QStringLiteral("huisbezoek"));
    CHECK(window->findChild<QLabel*>(QStringLiteral("melding"))->isHidden());
    delete window;
}
