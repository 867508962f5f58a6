// SPDX-License-Identifier: EUPL-1.2
#include "UiTestSupport.h"

#include "DossierEditor.h"
#include "model/Inwoner.h"
#include "model/Keuzelijst.h"
#include "vandaag/VandaagModel.h"
#include "vandaag/VandaagTeller.h"
#include "vandaag/VandaagView.h"
#include "views/CaseloadView.h"
#include "views/DossierView.h"

#include <QAction>
#include <QIcon>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace core;
using Groep = ui::VandaagModel::Groep;

namespace {

QString nieuweInwoner(test::TempApp& app, const char* roepnaam, const char* tussenvoegsel, const char* achternaam,
                      const char* consulent = "Sanne Visser")
{
    Inwoner in;
    in.roepnaam = QString::fromUtf8(roepnaam);
    in.tussenvoegsel = QString::fromUtf8(tussenvoegsel);
    in.geslachtsnaam = QString::fromUtf8(achternaam);
    in.aanspreekpunt.naam = QString::fromUtf8(consulent);
    auto saved = app.dossiers.saveInwoner(in);
    REQUIRE(saved.ok());
    return saved->meta.id;
}

TrajectStap stap(StapSoort soort, const QDate& datum, const QString& uitkomst = {}, const QString& betreft = {})
{
    TrajectStap s;
    s.soort = soort;
    s.datum = datum;
    s.uitkomst = uitkomst;
    s.betreft = betreft;
    s.door = QStringLiteral("Sanne Visser");
    return s;
}

/// A traject whose melding was acknowledged, with the persoonlijk plan and cliëntondersteuning offered.
Traject melding(test::TempApp& app, const QString& inwonerId, const QDate& datum)
{
    Traject t = app.trajecten.nieuw(inwonerId);
    t.meldingDatum = datum;
    t.kanaal = QStringLiteral("telefoon");
    t.hulpvraag = QStringLiteral("Hulp in het huishouden");
    t.zet(stap(StapSoort::Ontvangstbevestiging, datum));
    t.zet(stap(StapSoort::PersoonlijkPlanAangeboden, datum));
    t.zet(stap(StapSoort::Clientondersteuning, datum, QStringLiteral("aangeboden"), kBetreftInwoner));
    return t;
}

QString bewaar(test::TempApp& app, const Traject& t)
{
    auto saved = app.trajecten.saveTraject(t);
    INFO((saved.ok() ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.ok());
    return saved->meta.id;
}

/// The model's text for `source` with %n (and %1, %2) filled in, as the model puts it.
std::string tr(const char* source, int n, const char* arg1 = nullptr, const char* arg2 = nullptr)
{
    QString text = QCoreApplication::translate("ui::VandaagModel", source, nullptr, n);
    if (arg1)
        text = arg2 ? text.arg(QString::fromUtf8(arg1), QString::fromUtf8(arg2)) : text.arg(QString::fromUtf8(arg1));
    return text.toStdString();
}

QStringList namen(const ui::VandaagModel* model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result << model->index(row, ui::VandaagModel::Inwoner).data().toString();
    return result;
}

QAction* actionFor(QWidget* window, const QKeySequence& shortcut)
{
    for (QAction* action : window->findChildren<QAction*>()) {
        if (action->shortcut() == shortcut)
            return action;
    }
    return nullptr;
}

void click(QTableView* table, int row, int column = 0)
{
    const QRect rect = table->visualRect(table->model()->index(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

struct Caseload {
    QString anna, jan, gerda, kees, ria, piet;
    QString annaTraject, janTraject, gerdaTraject, keesTraject;
};

/// On Tuesday 10 November 2026: one onderzoek overdue, one due this week (its deadline moved past
/// the weekend), one without ontvangstbevestiging, one with a temporary voorziening ending and an
/// evaluation coming up, one closed; and an overdue one of a colleague.
Caseload vulCaseload(test::TempApp& app)
{
    Caseload c;
    c.anna = nieuweInwoner(app, "Anna", "", "Bakker");
    c.jan = nieuweInwoner(app, "Jan", "van der", "Berg");
    c.gerda = nieuweInwoner(app, "Gerda", "", "Dijk");
    c.kees = nieuweInwoner(app, "Kees", "", "Jansen");
    c.ria = nieuweInwoner(app, "Ria", "de", "Vries");
    c.piet = nieuweInwoner(app, "Piet", "", "Mulder", "Ahmed Bakkali");

    // Melding Tuesday 1 September: the onderzoek ended Tuesday 13 October.
    c.annaTraject = bewaar(app, melding(app, c.anna, QDate(2026, 9, 1)));
    // Melding Saturday 3 October: six weeks end on Saturday 14 November, which moves to Monday 16.
    c.janTraject = bewaar(app, melding(app, c.jan, QDate(2026, 10, 3)));
    Traject gerda = melding(app, c.gerda, QDate(2026, 11, 2));
    gerda.wis(StapSoort::Ontvangstbevestiging);
    c.gerdaTraject = bewaar(app, gerda);

    Traject kees = melding(app, c.kees, QDate(2026, 6, 1));
    kees.zet(stap(StapSoort::OnderzoekAfgerond, QDate(2026, 6, 15)));
    kees.zet(stap(StapSoort::VerslagVerzonden, QDate(2026, 6, 16)));
    kees.zet(stap(StapSoort::VerslagOndertekend, QDate(2026, 6, 20), QStringLiteral("akkoord")));
    kees.zet(stap(StapSoort::Aanvraag, QDate(2026, 6, 20)));
    kees.zet(stap(StapSoort::Beschikking, QDate(2026, 6, 30), QStringLiteral("toegekend")));
    kees.zet(stap(StapSoort::EvaluatieGepland, QDate(2026, 11, 20)));
    Voorziening hulp;
    hulp.soort = QStringLiteral("huishoudelijke_hulp");
    hulp.start = QDate(2026, 7, 1);
    hulp.eind = QDate(2026, 12, 1);
    kees.voorzieningen.push_back(hulp);
    c.keesTraject = bewaar(app, kees);

    Traject ria = melding(app, c.ria, QDate(2026, 9, 1));
    ria.zet(stap(StapSoort::Afgesloten, QDate(2026, 10, 20), QStringLiteral("eigen_kracht")));
    bewaar(app, ria);

    bewaar(app, melding(app, c.piet, QDate(2026, 9, 8)));
    return c;
}

} // namespace

TEST_CASE("Vandaag is not built at start-up, only when the consulent first opens it", "[ui][vandaag]")
{
    test::TempApp app;
    CHECK(app.window->findChild<ui::VandaagView*>() == nullptr);
    vulCaseload(app);
    CHECK(app.window->findChild<ui::VandaagView*>() == nullptr);
    CHECK(app.window->caseload()->isVisible());

    QAction* vandaag = actionFor(app.window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
    REQUIRE(vandaag);
    vandaag->trigger();
    REQUIRE(app.window->vandaag());
    CHECK(app.window->findChild<ui::VandaagView*>() == app.window->vandaag());
    CHECK(app.window->vandaag()->isVisible());
    CHECK_FALSE(app.window->caseload()->isVisible());
    CHECK(vandaag->isChecked());
    CHECK(app.window->vandaag()->model()->rowCount() == 4);

    QAction* caseload = actionFor(app.window.get(), QKeySequence(Qt::CTRL | Qt::Key_1));
    REQUIRE(caseload);
    caseload->trigger();
    CHECK(app.window->caseload()->isVisible());
    CHECK_FALSE(app.window->vandaag()->isVisible());
}

TEST_CASE("Vandaag lists the open trajecten of my caseload, most urgent first, with the counts", "[ui][vandaag]")
{
    test::TempApp app;
    const Caseload c = vulCaseload(app);
    app.window->showVandaag();
    auto* view = app.window->vandaag();
    REQUIRE(view);
    const auto* model = view->model();

    // The closed traject of Ria de Vries is not there, nor the colleague's inwoner.
    CHECK(namen(model) == QStringList{QStringLiteral("Bakker, Anna"), QStringLiteral("Berg, Jan van der"),
                                      QStringLiteral("Dijk, Gerda"), QStringLiteral("Jansen, Kees")});
    CHECK(view->teller(Groep::Alles)->aantal() == 4);
    CHECK(view->teller(Groep::TeLaat)->aantal() == 1);
    CHECK(view->teller(Groep::DezeWeek)->aantal() == 1);
    CHECK(view->teller(Groep::StapOntbreekt)->aantal() == 1);
    CHECK(view->teller(Groep::Aflopend)->aantal() == 1);
    CHECK(view->teller(Groep::Evaluaties)->aantal() == 1);
    CHECK(view->teller(Groep::TeLaat)->accessibleName() == QStringLiteral("Overdue: 1"));

    using M = ui::VandaagModel;
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model->index(row, column).data(role);
    };
    const auto text = [&](int row, int column) { return cell(row, column).toString().toStdString(); };
    // Overdue: red, bold, with an icon and words that say it without colour.
    CHECK(text(0, M::Termijn) == "di 13-10-2026");
    // (The plural forms come from the translation files; the source text says "day(s)".)
    CHECK(text(0, M::Dagen) == tr("%n day(s) overdue", 28));
    CHECK(text(0, M::Dagen).find("overdue") != std::string::npos);
    CHECK(cell(0, M::Dagen, Qt::ForegroundRole).value<QColor>() == M::teLaatKleur());
    CHECK_FALSE(cell(0, M::Dagen, Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(cell(0, M::Dagen, Qt::FontRole).value<QFont>().bold());
    CHECK(cell(0, M::Inwoner, M::ErnstRole).toInt() == 0);
    CHECK(cell(0, M::Fase).toString() == rules::label(rules::Fase::Onderzoek));
    CHECK(cell(0, M::Domein).toString() == keuzeLabel(Keuzelijst::Domein, QStringLiteral("wmo")));
    CHECK(cell(0, M::Inwoner, M::TrajectIdRole).toString() == c.annaTraject);

    // Due this week: the deadline moved past the weekend, and the tooltip says why.
    CHECK(text(1, M::Termijn) == "ma 16-11-2026");
    CHECK(text(1, M::Dagen) == tr("%n day(s) left", 6));
    CHECK(cell(1, M::Dagen, Qt::ForegroundRole).value<QColor>() == M::dezeWeekKleur());
    CHECK(cell(1, M::Inwoner, M::ErnstRole).toInt() == 1);
    const QString tip = cell(1, M::Termijn, Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("ma 16-11-2026, moved from za 14-11-2026")));

    // A statutory step missing, not (yet) late: no red.
    CHECK(text(2, M::Dagen) == tr("%n day(s) left", 34));
    CHECK_FALSE(cell(2, M::Dagen, Qt::ForegroundRole).isValid());
    CHECK(cell(2, M::Aandacht).toString() == rules::label(rules::Ontbrekend::Ontvangstbevestiging));

    // Everything decided; a temporary voorziening ends and the evaluation is near.
    CHECK(cell(3, M::Fase).toString() == rules::label(rules::Fase::Uitvoering));
    CHECK(cell(3, M::Termijn).toString().isEmpty());
    CHECK(text(3, M::Aandacht) == tr("%1 ends in %n day(s) (%2)", 21, "Household help", "di 01-12-2026") + "; " +
                                      tr("Evaluation due in %n day(s) (%1)", 10, "vr 20-11-2026"));

    // All inwoners: the colleague's overdue traject joins the top.
    view->setShowAll(true);
    CHECK(namen(model).size() == 5);
    CHECK(view->teller(Groep::TeLaat)->aantal() == 2);
    CHECK(namen(model).mid(0, 2) == QStringList{QStringLiteral("Bakker, Anna"), QStringLiteral("Mulder, Piet")});
}

TEST_CASE("clicking a count in Vandaag narrows the list to its group and a second click shows all again",
          "[ui][vandaag]")
{
    test::TempApp app;
    vulCaseload(app);
    app.window->showVandaag();
    auto* view = app.window->vandaag();
    REQUIRE(view);

    QTest::mouseClick(view->teller(Groep::TeLaat), Qt::LeftButton);
    CHECK(namen(view->model()) == QStringList{QStringLiteral("Bakker, Anna")});
    CHECK(view->teller(Groep::TeLaat)->isChecked());
    CHECK_FALSE(view->teller(Groep::Alles)->isChecked());
    // The counts stay those of the whole list.
    CHECK(view->teller(Groep::Alles)->aantal() == 4);

    QTest::mouseClick(view->teller(Groep::StapOntbreekt), Qt::LeftButton);
    CHECK(namen(view->model()) == QStringList{QStringLiteral("Dijk, Gerda")});
    QTest::mouseClick(view->teller(Groep::Aflopend), Qt::LeftButton);
    CHECK(namen(view->model()) == QStringList{QStringLiteral("Jansen, Kees")});
    QTest::mouseClick(view->teller(Groep::Evaluaties), Qt::LeftButton);
    CHECK(namen(view->model()) == QStringList{QStringLiteral("Jansen, Kees")});
    QTest::mouseClick(view->teller(Groep::DezeWeek), Qt::LeftButton);
    CHECK(namen(view->model()) == QStringList{QStringLiteral("Berg, Jan van der")});

    QTest::mouseClick(view->teller(Groep::DezeWeek), Qt::LeftButton);
    CHECK(view->model()->rowCount() == 4);
    CHECK(view->teller(Groep::Alles)->isChecked());
    CHECK_FALSE(view->teller(Groep::DezeWeek)->isChecked());
    QTest::mouseClick(view->teller(Groep::Alles), Qt::LeftButton);
    CHECK(view->model()->rowCount() == 4);
    CHECK(view->teller(Groep::Alles)->isChecked());
}

TEST_CASE("a click, Enter or double-click on a traject in Vandaag opens that inwoner's dossier", "[ui][vandaag]")
{
    test::TempApp app;
    const Caseload c = vulCaseload(app);
    app.window->showVandaag();
    auto* view = app.window->vandaag();
    REQUIRE(view);
    // Opening Vandaag leaves the dossier alone.
    CHECK(app.window->dossier()->inwonerId().isEmpty());

    // Straight from the keyboard: Ctrl+2 puts the focus in the list and Down chooses the most urgent.
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_Down);
    CHECK(app.window->dossier()->inwonerId().toStdString() == c.anna.toStdString());

    QSignalSpy selected(view, &ui::VandaagView::trajectSelected);
    click(view->table(), 1);
    CHECK(app.window->dossier()->inwonerId().toStdString() == c.jan.toStdString());
    CHECK(view->currentTrajectId() == c.janTraject);
    REQUIRE(selected.count() >= 1);
    CHECK(selected.last().at(1).toString() == c.janTraject);
    // The list stays, next to the dossier, to work down it.
    CHECK(view->isVisible());
    CHECK(app.window->dossier()->isVisible());

    // The arrow keys move on to the next traject and open it.
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_Down);
    CHECK(app.window->dossier()->inwonerId().toStdString() == c.gerda.toStdString());

    // Enter opens it too and moves the focus into the dossier.
    view->table()->setFocus();
    view->table()->setCurrentIndex(view->model()->index(0, 0));
    QSignalSpy activated(view, &ui::VandaagView::trajectActivated);
    QTest::keyClick(view->table(), Qt::Key_Return);
    CHECK(activated.count() == 1);
    CHECK(app.window->dossier()->inwonerId().toStdString() == c.anna.toStdString());

    // A double-click: the first click already opens, the second moves the focus into the dossier.
    const QRect rect = view->table()->visualRect(view->model()->index(3, 0));
    QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->table()->viewport(), Qt::LeftButton, {}, rect.center());
    CHECK(activated.count() == 2);
    CHECK(app.window->dossier()->inwonerId().toStdString() == c.kees.toStdString());

    // openTraject from elsewhere selects the traject in the list as well.
    app.window->openTraject(c.gerda, c.gerdaTraject);
    CHECK(app.window->dossier()->inwonerId().toStdString() == c.gerda.toStdString());
    CHECK(view->currentTrajectId() == c.gerdaTraject);
}

TEST_CASE("Vandaag follows changes at once while shown, and catches up when shown again", "[ui][vandaag]")
{
    test::TempApp app;
    const Caseload c = vulCaseload(app);
    app.window->showVandaag();
    auto* view = app.window->vandaag();
    REQUIRE(view);
    click(view->table(), 2);
    REQUIRE(view->currentTrajectId() == c.gerdaTraject);

    // The ontvangstbevestiging is sent: Gerda no longer misses a step and drops below Kees.
    auto gerda = app.trajecten.traject(c.gerdaTraject);
    REQUIRE(gerda);
    gerda->zet(stap(StapSoort::Ontvangstbevestiging, QDate(2026, 11, 10)));
    bewaar(app, *gerda);
    QCoreApplication::processEvents();
    CHECK(view->teller(Groep::StapOntbreekt)->aantal() == 0);
    CHECK(namen(view->model()).last() == QStringLiteral("Dijk, Gerda"));
    // The selection follows the traject to its new place.
    CHECK(view->table()->selectionModel()->isRowSelected(3, {}));

    // While the caseload is shown, nothing is computed ...
    app.window->showCaseload();
    QSignalSpy resets(view->model(), &QAbstractItemModel::modelReset);
    auto anna = app.trajecten.traject(c.annaTraject);
    REQUIRE(anna);
    anna->zet(stap(StapSoort::OnderzoekAfgerond, QDate(2026, 11, 10)));
    bewaar(app, *anna);
    QCoreApplication::processEvents();
    CHECK(resets.count() == 0);
    CHECK(view->teller(Groep::TeLaat)->aantal() == 1);

    // ... until Vandaag is shown again.
    app.window->showVandaag();
    CHECK(resets.count() == 1);
    CHECK(view->teller(Groep::TeLaat)->aantal() == 0);
}

TEST_CASE("the main window next to Vandaag starts a huisbezoek only with a dossier open", "[ui][vandaag][huisbezoek]")
{
    test::TempApp app;
    const Caseload c = vulCaseload(app);
    QAction* huisbezoek = actionFor(app.window.get(), QKeySequence(Qt::CTRL | Qt::Key_H));
    REQUIRE(huisbezoek);
    CHECK_FALSE(huisbezoek->isEnabled());
    app.window->openInwoner(c.anna);
    CHECK(huisbezoek->isEnabled());
    app.window->editor()->setConfirmAutomatically(true);
    REQUIRE(app.window->editor()->deleteInwoner(c.anna));
    CHECK(app.window->dossier()->inwonerId().isEmpty());
    CHECK_FALSE(huisbezoek->isEnabled());
}
