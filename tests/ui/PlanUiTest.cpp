// SPDX-License-Identifier: EUPL-1.2
#include "PlanUiSupport.h"

#include <map>

using namespace core;
using namespace test::plan;

namespace {

/// Makes a plan with the New plan… button, as the consulent does: the open traject is filled in.
QString makePlan(ui::PlanPanel* panel, const QString& trajectId)
{
    test::whenDialogOpens<ui::PlanDialog>([trajectId](ui::PlanDialog* dialog) {
        CHECK(dialog->trajectField()->currentData().toString() == trajectId);
        CHECK(dialog->regisseurField()->text() == QStringLiteral("Sanne Visser"));
        QTest::keyClicks(dialog->wederkerigheidField(), QStringLiteral("Helpt de buurvrouw met haar tuin"));
        clickOk(dialog);
    });
    click(panel->newButton());
    REQUIRE(!panel->currentId().isEmpty());
    return panel->currentId();
}

/// Adds a doel on Instrumentele ADL, typed and chosen with the keyboard; returns its id.
QString addDoel(test::TempApp& app, ui::PlanPanel* panel)
{
    test::whenDialogOpens<ui::DoelDialog>([](ui::DoelDialog* dialog) {
        // Keyboard search in the list of leefgebieden.
        typeInCombo(dialog->leefgebiedField(), QStringLiteral("Instr"));
        CHECK(dialog->leefgebiedField()->currentData().toString() == QStringLiteral("instrumentele_adl"));
        QTest::keyClicks(dialog->wensField(), QStringLiteral("Ik wil weer zelf mijn boodschappen doen"));
        clickRadio(dialog->soortButton(QStringLiteral("stabiel_blijven")));
        dialog->doelscoreField()->setFocus();
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(dialog->doelscoreField(), Qt::Key_Down);
        CHECK(dialog->doelscoreField()->currentData().toInt() == 4);
        QTest::keyClicks(dialog->evaluatieDatumField(), QStringLiteral("01-05-2027"));
        QTest::keyClick(dialog->evaluatieDatumField(), Qt::Key_Return);
    });
    click(panel->detail()->addDoelButton());
    const auto doelen = stored(app, panel->currentId()).doelen;
    REQUIRE(doelen.size() == 1);
    return doelen.front().meta.id;
}

/// Adds an eigen kracht actie to the selected doel: the niveau is already chosen, Enter saves.
void addEigenKracht(ui::PlanPanel* panel, const char* wat)
{
    test::whenDialogOpens<ui::ActieDialog>([wat](ui::ActieDialog* dialog) {
        CHECK(dialog->niveauButton(QStringLiteral("eigen_kracht"))->isChecked());
        QTest::keyClicks(dialog->watField(), QString::fromUtf8(wat));
        QTest::keyClick(dialog->watField(), Qt::Key_Return);
    });
    click(panel->detail()->addActieButton());
}

/// Adds a netwerk actie for the person whose name starts with `naam`; `answer` handles the
/// mantelzorg guard (nullptr: no guard expected).
void addNetwerk(ui::PlanPanel* panel, const char* wat, const char* naam,
                std::function<void(ui::ActieDialog*)> guard = nullptr)
{
    test::whenDialogOpens<ui::ActieDialog>([=](ui::ActieDialog* dialog) {
        clickRadio(dialog->niveauButton(QStringLiteral("netwerk")));
        QTest::keyClicks(dialog->watField(), QString::fromUtf8(wat));
        typeInCombo(dialog->netwerkField(), QString::fromUtf8(naam));
        REQUIRE(dialog->netwerkField()->currentText().startsWith(QString::fromUtf8(naam)));
        if (guard) {
            guard(dialog);
            return;
        }
        CHECK_FALSE(dialog->mantelzorgWarning()->isVisible());
        clickOk(dialog);
    });
    click(panel->detail()->addActieButton());
}

} // namespace

TEST_CASE("in the Plan tab a consulent makes a plan with a doel and acties that stand in the order of consideration, "
          "and undo takes the last actie back",
          "[plan-ui]")
{
    test::TempApp app;
    const QString inwonerId = test::traject::newInwoner(app);
    const QString trajectId = test::traject::newTraject(app, inwonerId);
    netwerkPersoon(app, inwonerId, "Kees de Vries", Relatie::Buur);
    const QString hulp = kaartItem(app, "Huishoudelijke hulp", "maatwerk", "Thuiszorg Rijnwaarde");
    kaartItem(app, "Boodschappendienst", "algemeen", "Vrijwilligerscentrale");
    ui::PlanPanel* panel = openPlan(app, inwonerId);
    ui::PlanDetail* detail = panel->detail();
    CHECK(panel->lijst()->count() == 0);
    CHECK_FALSE(detail->addDoelButton()->isEnabled());

    const QString planId = makePlan(panel, trajectId);
    Ondersteuningsplan plan = stored(app, planId);
    CHECK(plan.status == QStringLiteral("concept"));
    CHECK(plan.trajectId == trajectId);
    CHECK(plan.regisseur == QStringLiteral("Sanne Visser"));
    CHECK(plan.wederkerigheid == QStringLiteral("Helpt de buurvrouw met haar tuin"));
    REQUIRE(panel->lijst()->count() == 1);
    CHECK(panel->lijst()->item(0)->text() == QStringLiteral("Plan v1 · draft\ntraject Wmo 02-11-2026"));
    CHECK(detail->headerText().contains(QStringLiteral("Regisseur: Sanne Visser (Wmo-consulent)")));
    CHECK(detail->addDoelButton()->isEnabled());
    CHECK_FALSE(detail->addActieButton()->isEnabled());
    CHECK_FALSE(detail->stelVastButton()->isEnabled());

    const QString doelId = addDoel(app, panel);
    plan = stored(app, planId);
    CHECK(plan.doelen[0].leefgebied == QStringLiteral("instrumentele_adl"));
    CHECK(plan.doelen[0].wens == QStringLiteral("Ik wil weer zelf mijn boodschappen doen"));
    CHECK(plan.doelen[0].soort == QStringLiteral("stabiel_blijven"));
    CHECK(plan.doelen[0].doelscore == 4);
    CHECK(plan.doelen[0].evaluatieDatum == QDate(2027, 5, 1));
    CHECK(detail->currentDoelId() == doelId);
    CHECK(detail->addActieButton()->isEnabled());

    // The maatwerkvoorziening first, without its onderbouwing: the dialog refuses and says why.
    QString refused;
    bool savedWithout = true;
    test::whenDialogOpens<ui::ActieDialog>([&](ui::ActieDialog* dialog) {
        CHECK_FALSE(dialog->onderbouwingField()->isVisible());
        clickRadio(dialog->niveauButton(QStringLiteral("maatwerk")));
        CHECK(dialog->onderbouwingField()->isVisible());
        CHECK_FALSE(dialog->netwerkField()->isVisible());
        QTest::keyClicks(dialog->watField(), QStringLiteral("Huishoudelijke hulp, 3 uur per week"));
        ui::VoorzieningKiezer* kiezer = dialog->voorzieningField();
        QTest::keyClicks(kiezer->searchField(), QStringLiteral("huishoud"));
        // Only maatwerk shows: the Boodschappendienst is an algemene voorziening.
        REQUIRE(kiezer->results()->count() == 1);
        CHECK(kiezer->results()->item(0)->text() ==
              QStringLiteral("Huishoudelijke hulp · Thuiszorg Rijnwaarde · Household help"));
        QTest::keyClick(kiezer->searchField(), Qt::Key_Down);
        CHECK(kiezer->currentId() == hulp);
        dialog->omvangField()->setFocus();
        dialog->omvangField()->selectAll();
        QTest::keyClicks(dialog->omvangField(), QStringLiteral("3"));
        typeInCombo(dialog->eenheidField(), QStringLiteral("hours"));
        CHECK(dialog->eenheidField()->currentData().toString() == QStringLiteral("uur_per_week"));
        QTest::keyClick(dialog->watField(), Qt::Key_Return);
        CHECK(dialog->isVisible());
        refused = dialog->message(QStringLiteral("onderbouwing"));
        savedWithout = !stored(app, planId).doelen[0].acties.empty();
        QTest::keyClicks(
            dialog->onderbouwingField(),
            QStringLiteral("Dochter werkt, buurman helpt al; de boodschappendienst dekt het schoonmaken niet."));
        CHECK(dialog->message(QStringLiteral("onderbouwing")).isEmpty());
        clickOk(dialog);
    });
    click(detail->addActieButton());
    CHECK(refused == QStringLiteral("A maatwerkvoorziening needs its reasons: why what the inwoner can do, the network "
                                    "and algemene voorzieningen are not enough."));
    CHECK_FALSE(savedWithout);

    addNetwerk(panel, "Doet op zaterdag de boodschappen", "Kees");
    detail->select(doelId);
    addEigenKracht(panel, "Maakt zelf het boodschappenlijstje");
    CHECK(app.window->undoStack()->count() == 5);

    // Added maatwerk, netwerk, eigen kracht: shown and stored eigen kracht, netwerk, maatwerk.
    const QAbstractItemModel* model = detail->tree()->model();
    REQUIRE(model->rowCount() == 1);
    const QModelIndex doel = model->index(0, 0);
    CHECK(doel.data().toString() == QStringLiteral("Instrumentele ADL"));
    CHECK(model->index(0, ui::PlanModel::WensColumn).data().toString() ==
          QStringLiteral("“Ik wil weer zelf mijn boodschappen doen”"));
    CHECK(model->index(0, ui::PlanModel::DetailsColumn).data().toString() == QStringLiteral("Stay stable · target 4"));
    CHECK(model->index(0, ui::PlanModel::EvaluatieColumn).data().toString() == QStringLiteral("by 01-05-2027"));
    const auto niveaus = children(model, doel);
    REQUIRE(niveaus.size() == 3);
    CHECK(niveaus[0].second == QStringLiteral("1. What the inwoner does"));
    CHECK(niveaus[1].second == QStringLiteral("2. Network and informal carers"));
    CHECK(niveaus[2].second == QStringLiteral("4. Individual provision (maatwerk)"));
    const auto actie = [&](int niveau, int column) {
        return model->index(0, column, model->index(niveau, 0, doel)).data();
    };
    CHECK(actie(0, 0).toString() == QStringLiteral("Maakt zelf het boodschappenlijstje"));
    CHECK(actie(0, ui::PlanModel::WensColumn).toString() == QStringLiteral("Fatima Jansen"));
    CHECK(actie(1, 0).toString() == QStringLiteral("Doet op zaterdag de boodschappen"));
    CHECK(actie(1, ui::PlanModel::WensColumn).toString() == QStringLiteral("Kees de Vries"));
    CHECK(actie(2, ui::PlanModel::WensColumn).toString() ==
          QStringLiteral("Huishoudelijke hulp (Thuiszorg Rijnwaarde)"));
    CHECK(actie(2, ui::PlanModel::DetailsColumn).toString() == QStringLiteral("3 hours per week"));
    CHECK(model->index(0, 0, model->index(2, 0, doel))
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("de boodschappendienst dekt het schoonmaken niet")));
    plan = stored(app, planId);
    REQUIRE(plan.doelen[0].acties.size() == 3);
    CHECK(plan.doelen[0].acties[0].niveau == QStringLiteral("eigen_kracht"));
    CHECK(plan.doelen[0].acties[1].niveau == QStringLiteral("netwerk"));
    CHECK(plan.doelen[0].acties[2].niveau == QStringLiteral("maatwerk"));
    CHECK(plan.doelen[0].acties[2].voorzieningId == hulp);
    CHECK(plan.doelen[0].acties[2].omvang == 3.0);
    // Wie doet wat: everyone once, in the order of consideration.
    const QTableWidget* wie = detail->wieDoetWat();
    REQUIRE(wie->rowCount() == 3);
    CHECK(wie->item(0, ui::PlanDetail::WieColumn)->text() == QStringLiteral("Fatima Jansen"));
    CHECK(wie->item(1, ui::PlanDetail::WieColumn)->text() == QStringLiteral("Kees de Vries"));
    CHECK(wie->item(1, ui::PlanDetail::ContactColumn)->text() == QStringLiteral("06-12345678"));
    CHECK(wie->item(1, ui::PlanDetail::TakenColumn)->text() ==
          QStringLiteral("Doet op zaterdag de boodschappen (Instrumentele ADL)"));

    // Edit → Undo takes the eigen kracht actie back, in the tree and in the database; redo returns it.
    QAction* undo = editAction(app, QKeySequence::Undo);
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(children(model, model->index(0, 0)).size() == 2);
    CHECK(children(model, model->index(0, 0))[0].second == QStringLiteral("2. Network and informal carers"));
    CHECK(stored(app, planId).doelen[0].acties.size() == 2);
    editAction(app, QKeySequence::Redo)->trigger();
    CHECK(children(model, model->index(0, 0)).size() == 3);
    plan = stored(app, planId);
    REQUIRE(plan.doelen[0].acties.size() == 3);
    CHECK(plan.doelen[0].acties[0].wat == QStringLiteral("Maakt zelf het boodschappenlijstje"));

    // Delete on the selected actie asks first, then removes it; undo brings it back.
    const QString buurman = plan.doelen[0].acties[1].meta.id;
    REQUIRE(detail->select(buurman));
    QString vraag;
    test::whenDialogOpens<QMessageBox>([&](QMessageBox* box) {
        vraag = box->text();
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    // A shortcut needs the window active and the tree focused, as when the consulent clicked it.
    QApplication::setActiveWindow(app.window.get());
    REQUIRE(QTest::qWaitForWindowActive(app.window.get()));
    detail->tree()->setFocus();
    QTest::keyClick(detail->tree(), Qt::Key_Delete);
    CHECK(vraag == QStringLiteral("Remove the actie “Doet op zaterdag de boodschappen”? You can undo this with Edit → "
                                  "Undo."));
    CHECK(stored(app, planId).doelen[0].acties.size() == 2);
    CHECK(children(model, model->index(0, 0)).size() == 2);
    undo->trigger();
    CHECK(stored(app, planId).doelen[0].acties.size() == 3);
}

TEST_CASE("in the Plan tab a task for an overloaded mantelzorger asks whether respijtzorg was considered and stores "
          "the answer",
          "[plan-ui]")
{
    test::TempApp app;
    const QString inwonerId = test::traject::newInwoner(app);
    const QString trajectId = test::traject::newTraject(app, inwonerId);
    const QString dochter = netwerkPersoon(app, inwonerId, "Samira Jansen", Relatie::Kind, 10, true);
    netwerkPersoon(app, inwonerId, "Kees de Vries", Relatie::Buur, std::nullopt, false);
    ui::PlanPanel* panel = openPlan(app, inwonerId);
    const QString planId = makePlan(panel, trajectId);
    addDoel(app, panel);

    // Answered in the dialog: the question is ticked, nothing more is asked.
    QString warning;
    addNetwerk(panel, "Kookt drie keer per week", "Samira", [&](ui::ActieDialog* dialog) {
        CHECK(dialog->netwerkField()->currentText() ==
              QStringLiteral("Samira Jansen (child) — mantelzorger, heavily burdened"));
        CHECK(dialog->mantelzorgWarning()->isVisible());
        warning = dialog->mantelzorgText()->text();
        QTest::mouseClick(dialog->respijtField(), Qt::LeftButton, {}, QPoint(8, dialog->respijtField()->height() / 2));
        CHECK(dialog->respijtField()->isChecked());
        // A neighbour who is no mantelzorger takes the warning away, and back again.
        typeInCombo(dialog->netwerkField(), QStringLiteral("Kees"));
        CHECK_FALSE(dialog->mantelzorgWarning()->isVisible());
        typeInCombo(dialog->netwerkField(), QStringLiteral("Samira"));
        CHECK(dialog->mantelzorgWarning()->isVisible());
        clickOk(dialog);
    });
    CHECK(warning == QStringLiteral("Samira Jansen already carries a heavy load as informal carer (EDIZ-plus 10). Was "
                                    "respite care or extra support for Samira Jansen considered?"));

    // Saved without the tick: asked once; "Yes, considered" records it.
    int asked = 0;
    addNetwerk(panel, "Doet de administratie", "Samira", [&](ui::ActieDialog* dialog) {
        CHECK_FALSE(dialog->respijtField()->isChecked());
        test::whenDialogOpens<QMessageBox>([&](QMessageBox* box) {
            ++asked;
            CHECK(box->text() == warning);
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        clickOk(dialog);
    });
    // "Save anyway" keeps it unconsidered; "Cancel" goes back to the dialog first.
    addNetwerk(panel, "Haalt medicijnen op", "Samira", [&](ui::ActieDialog* dialog) {
        test::whenDialogOpens<QMessageBox>([&](QMessageBox* box) {
            ++asked;
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        });
        clickOk(dialog);
        CHECK(dialog->isVisible());
        test::whenDialogOpens<QMessageBox>([&](QMessageBox* box) {
            ++asked;
            QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
        });
        clickOk(dialog);
    });
    CHECK(asked == 3);

    const auto acties = stored(app, planId).doelen[0].acties;
    REQUIRE(acties.size() == 3);
    std::map<QString, bool> overwogen;
    for (const PlanActie& a : acties) {
        CHECK(a.netwerkId == dochter);
        overwogen[a.wat] = a.respijtOverwogen;
    }
    CHECK(overwogen[QStringLiteral("Kookt drie keer per week")]);
    CHECK(overwogen[QStringLiteral("Doet de administratie")]);
    CHECK_FALSE(overwogen[QStringLiteral("Haalt medicijnen op")]);

    // The tree marks every task of the overloaded mantelzorger with a warning.
    const QAbstractItemModel* model = panel->detail()->tree()->model();
    const QModelIndex netwerk = model->index(0, 0, model->index(0, 0));
    REQUIRE(model->rowCount(netwerk) == 3);
    for (int r = 0; r < 3; ++r) {
        const QModelIndex a = model->index(r, 0, netwerk);
        CHECK(a.data(ui::PlanModel::SignaalRole).toBool());
        CHECK_FALSE(a.data(Qt::DecorationRole).value<QIcon>().isNull());
        CHECK(a.data(Qt::ToolTipRole).toString().contains(QStringLiteral("heavy load")));
    }
    CHECK(model->index(0, ui::PlanModel::WensColumn, netwerk).data().toString() ==
          QStringLiteral("Samira Jansen (mantelzorger)"));
}

TEST_CASE("in the Plan tab an agreed plan is read-only, and a new version leaves the agreed one as it was", "[plan-ui]")
{
    test::TempApp app;
    const QString inwonerId = test::traject::newInwoner(app);
    const QString trajectId = test::traject::newTraject(app, inwonerId);
    ui::PlanPanel* panel = openPlan(app, inwonerId);
    ui::PlanDetail* detail = panel->detail();
    const QString v1 = makePlan(panel, trajectId);
    addDoel(app, panel);
    addEigenKracht(panel, "Maakt zelf het boodschappenlijstje");
    CHECK(detail->stelVastButton()->isEnabled());
    CHECK_FALSE(detail->nieuweVersieButton()->isEnabled());
    CHECK_FALSE(detail->readOnlyLine()->isVisible());

    test::whenDialogOpens<ui::VaststellenDialog>([](ui::VaststellenDialog* dialog) {
        CHECK(dialog->datumField()->text() == QStringLiteral("10-11-2026"));
        // A date in the future is refused in the dialog.
        dialog->datumField()->selectAll();
        QTest::keyClicks(dialog->datumField(), QStringLiteral("12-11-2026"));
        QTest::keyClick(dialog->datumField(), Qt::Key_Return);
        CHECK(dialog->isVisible());
        CHECK(dialog->message(QStringLiteral("algemeen")) ==
              QStringLiteral("The date of agreement lies in the future."));
        dialog->datumField()->selectAll();
        QTest::keyClicks(dialog->datumField(), QStringLiteral("09-11-2026"));
        QTest::keyClick(dialog->datumField(), Qt::Key_Return);
    });
    click(detail->stelVastButton());
    const Ondersteuningsplan vastgesteld = stored(app, v1);
    CHECK(vastgesteld.status == QStringLiteral("vastgesteld"));
    CHECK(vastgesteld.vastgesteldOp == QDate(2026, 11, 9));

    CHECK(detail->readOnlyLine()->isVisible());
    CHECK(detail->readOnlyLine()->text() ==
          QStringLiteral("Agreed on 09-11-2026 — read-only; make a new version to change anything."));
    for (QPushButton* b :
         {detail->editPlanButton(), detail->addDoelButton(), detail->addActieButton(), detail->editButton(),
          detail->removeButton(), detail->stelVastButton(), panel->deleteButton()})
        CHECK_FALSE(b->isEnabled());
    CHECK(detail->nieuweVersieButton()->isEnabled());
    CHECK(detail->evalueerButton()->isEnabled());
    CHECK(panel->lijst()->item(0)->text() == QStringLiteral("Plan v1 · agreed 09-11-2026\ntraject Wmo 02-11-2026"));
    // Enter on a doel does not open an editor either.
    detail->tree()->setFocus();
    QTest::keyClick(detail->tree(), Qt::Key_Return);
    CHECK(QApplication::activeModalWidget() == nullptr);

    QTest::mouseClick(detail->nieuweVersieButton(), Qt::LeftButton);
    const QString v2 = panel->currentId();
    REQUIRE(v2 != v1);
    const Ondersteuningsplan nieuw = stored(app, v2);
    CHECK(nieuw.versie == 2);
    CHECK(nieuw.status == QStringLiteral("concept"));
    CHECK(nieuw.vorigeId == v1);
    REQUIRE(nieuw.doelen.size() == 1);
    CHECK(nieuw.doelen[0].acties.size() == 1);
    REQUIRE(panel->lijst()->count() == 2);
    CHECK(panel->lijst()->item(0)->text() == QStringLiteral("Plan v2 · draft\ntraject Wmo 02-11-2026"));
    // The older version stays listed, indented and greyed.
    CHECK(panel->lijst()->item(1)->text().simplified() ==
          QStringLiteral("Plan v1 · agreed 09-11-2026 traject Wmo 02-11-2026"));
    CHECK(panel->lijst()->item(1)->text().startsWith(QStringLiteral("\u2003Plan v1")));
    CHECK(panel->lijst()->item(1)->foreground().color() ==
          QApplication::palette().color(QPalette::Disabled, QPalette::Text));
    CHECK(detail->addDoelButton()->isEnabled());
    CHECK_FALSE(detail->readOnlyLine()->isVisible());

    // A change to version 2 leaves version 1 as it was agreed.
    detail->select(nieuw.doelen[0].meta.id);
    addEigenKracht(panel, "Loopt zelf naar de supermarkt");
    CHECK(stored(app, v2).doelen[0].acties.size() == 2);
    const Ondersteuningsplan v1Nu = stored(app, v1);
    CHECK(v1Nu.status == QStringLiteral("vastgesteld"));
    CHECK(v1Nu.meta.updatedAt == vastgesteld.meta.updatedAt);
    REQUIRE(v1Nu.doelen.size() == 1);
    CHECK(v1Nu.doelen[0].acties.size() == 1);
    // Version 1 has a newer version: it offers none itself.
    panel->select(v1);
    CHECK_FALSE(detail->nieuweVersieButton()->isEnabled());
    CHECK(detail->readOnlyLine()->text().contains(QStringLiteral("a newer version")));
}

TEST_CASE("in the Plan tab an agreed plan is evaluated per doel next to its ZRM scores", "[plan-ui]")
{
    test::TempApp app;
    const QString inwonerId = test::traject::newInwoner(app);
    const QString trajectId = test::traject::newTraject(app, inwonerId);
    const auto meting = [&](const QDate& datum, int score) {
        ZrmMeting m;
        m.inwonerId = inwonerId;
        m.datum = datum;
        m.door = QStringLiteral("Sanne Visser");
        ZrmScore s;
        s.leefgebied = QStringLiteral("instrumentele_adl");
        s.score = score;
        m.scores.push_back(s);
        REQUIRE(app.zrm.saveMeting(m).ok());
    };
    meting(QDate(2026, 11, 2), 2);
    ui::PlanPanel* panel = openPlan(app, inwonerId);
    ui::PlanDetail* detail = panel->detail();
    const QString planId = makePlan(panel, trajectId);
    addDoel(app, panel);
    REQUIRE(app.plannen.stelVast(planId, QDate(2026, 11, 3)).ok());
    meting(QDate(2026, 11, 9), 3);
    CHECK(detail->tree()->isColumnHidden(ui::PlanModel::ZrmColumn));

    test::whenDialogOpens<ui::EvaluatieDialog>([](ui::EvaluatieDialog* dialog) {
        CHECK(dialog->doelen()->item(0, ui::EvaluatieDialog::StartColumn)->text() == QStringLiteral("2"));
        CHECK(dialog->doelen()->item(0, ui::EvaluatieDialog::GemetenColumn)->text() ==
              QStringLiteral("3 (09-11-2026)"));
        // An earlier date shows the meting of that moment.
        dialog->datumField()->selectAll();
        QTest::keyClicks(dialog->datumField(), QStringLiteral("05-11-2026"));
        CHECK(dialog->doelen()->item(0, ui::EvaluatieDialog::GemetenColumn)->text() ==
              QStringLiteral("2 (02-11-2026)"));
        dialog->datumField()->selectAll();
        QTest::keyClicks(dialog->datumField(), QStringLiteral("10-11-2026"));
        // Every doel needs its evaluation.
        clickOk(dialog);
        CHECK(dialog->isVisible());
        CHECK(dialog->message(QStringLiteral("evaluatie")) ==
              QStringLiteral("Say for every doel whether it was achieved."));
        typeInCombo(dialog->evaluatieField(0), QStringLiteral("Partly"));
        QTest::keyClicks(dialog->notitieField(0), QStringLiteral("Boodschappen lukken, koken nog niet"));
        QTest::keyClicks(dialog->notitieField(), QStringLiteral("Goed gesprek met dochter erbij"));
        clickOk(dialog);
    });
    click(detail->evalueerButton());

    const Ondersteuningsplan plan = stored(app, planId);
    CHECK(plan.status == QStringLiteral("geevalueerd"));
    CHECK(plan.geevalueerdOp == QDate(2026, 11, 10));
    CHECK(plan.evaluatieNotitie == QStringLiteral("Goed gesprek met dochter erbij"));
    CHECK(plan.doelen[0].evaluatie == QStringLiteral("deels"));
    CHECK(plan.doelen[0].evaluatieNotitie == QStringLiteral("Boodschappen lukken, koken nog niet"));

    const QAbstractItemModel* model = detail->tree()->model();
    CHECK(model->index(0, ui::PlanModel::EvaluatieColumn).data().toString() ==
          QStringLiteral("Partly achieved — Boodschappen lukken, koken nog niet"));
    CHECK_FALSE(detail->tree()->isColumnHidden(ui::PlanModel::ZrmColumn));
    CHECK(model->index(0, ui::PlanModel::ZrmColumn).data().toString() == QStringLiteral("2 → 3"));
    CHECK(model->index(0, ui::PlanModel::ZrmColumn).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("ZRM score when the plan was agreed: 2; measured on 09-11-2026: 3; target: 4"));
    CHECK(detail->headerText().contains(QStringLiteral("evaluated on 10-11-2026")));
    CHECK_FALSE(detail->evalueerButton()->isEnabled());
    CHECK(detail->nieuweVersieButton()->isEnabled());
}
