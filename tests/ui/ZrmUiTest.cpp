// SPDX-License-Identifier: EUPL-1.2
#include "UiTestSupport.h"

#include "DossierEditor.h"
#include "views/DossierView.h"
#include "zrm/ZrmMetingDialog.h"
#include "zrm/ZrmPanel.h"
#include "zrm/ZrmScoringWidget.h"
#include "zrm/ZrmVergelijkingView.h"
#include "zrm/ZrmVoortgangDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <utility>
#include <vector>

using namespace core;

namespace {

QString newInwoner(test::TempApp& app, const char* roepnaam, const char* consulent = "Sanne Visser")
{
    Inwoner in;
    in.roepnaam = QString::fromUtf8(roepnaam);
    in.geslachtsnaam = QStringLiteral("Jansen");
    in.aanspreekpunt.naam = QString::fromUtf8(consulent);
    auto saved = app.dossiers.saveInwoner(in);
    REQUIRE(saved.ok());
    return saved->meta.id;
}

/// Scores per leefgebied key; 0 stands for "niet beoordeeld, niet relevant".
ZrmMeting meting(const QString& inwonerId, const QDate& datum, const std::vector<std::pair<const char*, int>>& scores,
                 const QString& instrument = QStringLiteral("zrm2017"))
{
    ZrmMeting m;
    m.inwonerId = inwonerId;
    m.instrument = instrument;
    m.datum = datum;
    m.door = QStringLiteral("Sanne Visser");
    for (const auto& [key, score] : scores) {
        ZrmScore s;
        s.leefgebied = QString::fromLatin1(key);
        if (score == 0)
            s.nietBeoordeeld = NietBeoordeeld::NietRelevant;
        else
            s.score = score;
        m.scores.push_back(s);
    }
    return m;
}

QString saveMeting(test::TempApp& app, const ZrmMeting& m)
{
    auto saved = app.zrm.saveMeting(m);
    REQUIRE(saved.ok());
    return saved->meta.id;
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

int rowOf(const QTableWidget* table, const QString& text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (cellText(table, row, 0) == text)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("a consulent scores all thirteen leefgebieden with the keyboard alone", "[ui][zrm]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app, "Fatima");
    app.window->openInwoner(inwonerId);
    int startRow = -1;
    bool focusOnSave = false;
    test::whenDialogOpens<ui::ZrmMetingDialog>([&](ui::ZrmMetingDialog* dialog) {
        CHECK(dialog->doorField()->text() == QStringLiteral("Sanne Visser"));
        // The test clock stands at 10-11-2026; a huisbezoek of last week is scored afterwards.
        dialog->datumField()->setText(QStringLiteral("03-11-2026"));
        QTableWidget* table = dialog->scoring()->table();
        startRow = dialog->focusWidget() == table ? table->currentRow() : -1;
        for (const Qt::Key key : {Qt::Key_3, Qt::Key_4, Qt::Key_2, Qt::Key_5, Qt::Key_N, Qt::Key_4, Qt::Key_4,
                                  Qt::Key_5, Qt::Key_3, Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_2})
            QTest::keyClick(table, key);
        focusOnSave = dialog->focusWidget() == dialog->saveButton();
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
    });
    const QString id = app.window->editor()->newMeting(inwonerId);
    REQUIRE_FALSE(id.isEmpty());
    CHECK(startRow == 0);
    CHECK(focusOnSave);

    const auto stored = app.zrm.meting(id);
    REQUIRE(stored);
    CHECK(stored->instrument == QStringLiteral("zrm2017"));
    CHECK(stored->datum == QDate(2026, 11, 3));
    CHECK(stored->moment == ZrmMoment::Intake);
    CHECK(stored->door == QStringLiteral("Sanne Visser"));
    REQUIRE(stored->scores.size() == 13);
    const std::vector<std::pair<const char*, int>> expected = {{"financien", 3},
                                                               {"werk_opleiding", 4},
                                                               {"tijdsbesteding", 2},
                                                               {"huisvesting", 5},
                                                               {"geestelijke_gezondheid", 4},
                                                               {"lichamelijke_gezondheid", 4},
                                                               {"middelengebruik", 5},
                                                               {"basale_adl", 3},
                                                               {"instrumentele_adl", 1},
                                                               {"sociaal_netwerk", 2},
                                                               {"maatschappelijke_participatie", 3},
                                                               {"justitie", 2}};
    for (const auto& [key, score] : expected) {
        const ZrmScore* s = stored->score(QString::fromLatin1(key));
        REQUIRE(s);
        CHECK(s->score == score);
        CHECK_FALSE(s->nietBeoordeeld);
    }
    const ZrmScore* skipped = stored->score(QStringLiteral("huiselijke_relaties"));
    REQUIRE(skipped);
    CHECK_FALSE(skipped->score);
    CHECK(skipped->nietBeoordeeld == NietBeoordeeld::NietRelevant);

    auto* history = app.window->dossier()->zrm()->historyTable();
    REQUIRE(history->rowCount() == 1);
    CHECK(cellText(history, 0, ui::ZrmPanel::DatumColumn) == QStringLiteral("03-11-2026"));
    CHECK(cellText(history, 0, ui::ZrmPanel::GescoordColumn) == QStringLiteral("12 of 13"));
    CHECK(cellText(history, 0, ui::ZrmPanel::NietBeoordeeldColumn) == QStringLiteral("1"));
}

TEST_CASE("R changes the reason, D sets a doelscore and Delete leaves a leefgebied out", "[ui][zrm]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app, "Fatima");
    ZrmMeting blank;
    blank.inwonerId = inwonerId;
    blank.datum = QDate(2026, 11, 3);
    ui::ZrmMetingDialog dialog(blank, std::nullopt, app.zrm);
    QTableWidget* table = dialog.scoring()->table();
    QTest::keyClick(table, Qt::Key_N); // financien: niet relevant, on to werk & opleiding
    QTest::keyClick(table, Qt::Key_Up);
    QTest::keyClick(table, Qt::Key_R);
    QTest::keyClick(table, Qt::Key_R); // the inwoner does not want to
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_D);
    QTest::keyClick(table, Qt::Key_4); // a doelscore does not move on
    QTest::keyClick(table, Qt::Key_2);
    QTest::keyClick(table, Qt::Key_5); // tijdsbesteding, then cleared again
    QTest::keyClick(table, Qt::Key_Up);
    QTest::keyClick(table, Qt::Key_Delete);
    QTest::keyClick(table, Qt::Key_Up);
    QTest::keyClick(table, Qt::Key_T); // a toelichting for werk & opleiding
    auto* editor = table->viewport()->findChild<QLineEdit*>();
    REQUIRE(editor);
    QTest::keyClicks(editor, QStringLiteral("zoekt vrijwilligerswerk"));
    QTest::keyClick(editor, Qt::Key_Return);
    // Once the editor has closed, the focus is back on the leefgebied, ready for the next digit.
    REQUIRE(QTest::qWaitFor([table] { return table->currentColumn() == ui::ZrmScoringWidget::LeefgebiedColumn; }));
    CHECK(table->currentRow() == 1);

    const ZrmMeting m = dialog.meting();
    REQUIRE(m.scores.size() == 2);
    CHECK(m.scores[0].leefgebied == QStringLiteral("financien"));
    CHECK(m.scores[0].nietBeoordeeld == NietBeoordeeld::InwonerWilNiet);
    CHECK(m.scores[1].leefgebied == QStringLiteral("werk_opleiding"));
    CHECK(m.scores[1].score == 2);
    CHECK(m.scores[1].doelscore == 4);
    CHECK(m.scores[1].toelichting == QStringLiteral("zoekt vrijwilligerswerk"));
    CHECK(table->item(0, ui::ZrmScoringWidget::Niveau1Column)->text().contains(label(NietBeoordeeld::InwonerWilNiet)));
    CHECK(table->item(1, ui::ZrmScoringWidget::DoelColumn)->text() == QStringLiteral("4"));
    CHECK(app.zrm.validate(m).empty());
}

TEST_CASE("the line under the table explains the focused leefgebied with the imported indicators", "[ui][zrm]")
{
    test::TempApp app;
    REQUIRE(app.zrm
                .importIndicatoren(R"({"format": "wijkdossier-zrm-indicatoren", "instrument": "zrm2017",
                    "indicatoren": {"financien": {"1": "Groeiende schulden", "2": "Geen inkomen",
                    "3": "Inkomen, maar besteding ontoereikend", "4": "Vrij van schulden",
                    "5": "Aan het eind van de maand geld over"}}})")
                .ok());
    ZrmMeting blank;
    blank.inwonerId = newInwoner(app, "Fatima");
    blank.datum = QDate(2026, 11, 3);
    ui::ZrmMetingDialog dialog(blank, std::nullopt, app.zrm);
    QTableWidget* table = dialog.scoring()->table();
    CHECK(dialog.scoring()->hint().contains(QStringLiteral("2 Niet zelfredzaam: Geen inkomen")));
    QTest::keyClick(table, Qt::Key_4);
    QTest::keyClick(table, Qt::Key_Up);
    CHECK(dialog.scoring()->hint().contains(QStringLiteral("<b>▶ 4 Voldoende zelfredzaam: Vrij van schulden</b>")));
    QTest::keyClick(table, Qt::Key_Down); // werk & opleiding: no indicators imported, so the level labels
    CHECK(dialog.scoring()->hint().contains(QStringLiteral("Werk &amp; opleiding")));
    CHECK(dialog.scoring()->hint().contains(QStringLiteral("1 Acute problematiek")));
    CHECK_FALSE(dialog.scoring()->hint().contains(QStringLiteral("Geen inkomen")));
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    CHECK(dialog.scoring()->hint().contains(QStringLiteral("AVG art. 10")));
}

TEST_CASE("the previous column shows the meting before, ZRM 2013 carried over to ZRM 2017", "[ui][zrm]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app, "Fatima");
    const QString eerste =
        saveMeting(app, meting(inwonerId, QDate(2026, 3, 2), {{"financien", 2}, {"adl", 3}, {"dagbesteding", 0}},
                               QStringLiteral("zrm2013")));
    const QString tweede =
        saveMeting(app, meting(inwonerId, QDate(2026, 6, 1), {{"financien", 4}, {"basale_adl", 5}, {"justitie", 0}}));
    app.window->openInwoner(inwonerId);

    QStringList previous;
    test::whenDialogOpens<ui::ZrmMetingDialog>([&](ui::ZrmMetingDialog* dialog) {
        const auto* table = dialog->scoring()->table();
        for (const char* key : {"financien", "basale_adl", "instrumentele_adl", "justitie", "werk_opleiding"})
            previous << cellText(table, dialog->scoring()->row(QString::fromLatin1(key)),
                                 ui::ZrmScoringWidget::VorigeColumn);
        CHECK(dialog->momentField()->currentData().toInt() == static_cast<int>(ZrmMoment::Tussentijds));
        dialog->reject();
    });
    CHECK(app.window->editor()->newMeting(inwonerId).isEmpty());
    CHECK(previous ==
          QStringList{QStringLiteral("4"), QStringLiteral("5"), QString(), QStringLiteral("n.b."), QString()});

    previous.clear();
    test::whenDialogOpens<ui::ZrmMetingDialog>([&](ui::ZrmMetingDialog* dialog) {
        const auto* table = dialog->scoring()->table();
        for (const char* key : {"financien", "basale_adl", "instrumentele_adl", "justitie", "werk_opleiding"})
            previous << cellText(table, dialog->scoring()->row(QString::fromLatin1(key)),
                                 ui::ZrmScoringWidget::VorigeColumn);
        dialog->reject();
    });
    CHECK_FALSE(app.window->editor()->editMeting(tweede));
    CHECK(previous == QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("3"), QString(),
                                  QStringLiteral("n.b.")});
    CHECK(app.zrm.meting(eerste));
}

TEST_CASE("a ZRM 2013 meting is edited in ZRM 2013, or carried over to ZRM 2017 through the mapping", "[ui][zrm]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app, "Fatima");
    const QString id =
        saveMeting(app, meting(inwonerId, QDate(2026, 3, 2), {{"adl", 3}, {"dagbesteding", 0}, {"verslaving", 4}},
                               QStringLiteral("zrm2013")));
    ZrmMeting blank;
    blank.inwonerId = inwonerId;
    blank.datum = QDate(2026, 11, 3);
    ui::ZrmMetingDialog fresh(blank, std::nullopt, app.zrm);
    CHECK(fresh.instrumentField()->count() == 1);
    CHECK_FALSE(fresh.instrumentField()->isEnabled());

    ui::ZrmMetingDialog dialog(*app.zrm.meting(id), std::nullopt, app.zrm);
    QComboBox* instrument = dialog.instrumentField();
    REQUIRE(instrument->count() == 2);
    CHECK(instrument->currentData().toString() == QStringLiteral("zrm2013"));
    CHECK(dialog.scoring()->table()->rowCount() == 11);
    instrument->setCurrentIndex(instrument->findData(QStringLiteral("zrm2017")));
    CHECK(dialog.scoring()->table()->rowCount() == 13);
    const ZrmMeting m = dialog.meting();
    CHECK(m.instrument == QStringLiteral("zrm2017"));
    REQUIRE(m.scores.size() == 5);
    CHECK(m.score(QStringLiteral("basale_adl"))->score == 3);
    CHECK(m.score(QStringLiteral("instrumentele_adl"))->score == 3);
    CHECK(m.score(QStringLiteral("middelengebruik"))->score == 4);
    CHECK(m.score(QStringLiteral("werk_opleiding"))->nietBeoordeeld == NietBeoordeeld::NietRelevant);
    CHECK(m.score(QStringLiteral("tijdsbesteding"))->nietBeoordeeld == NietBeoordeeld::NietRelevant);
    CHECK(app.zrm.validate(m).empty());
}

TEST_CASE("compare shows per leefgebied whether it went better, stayed the same or got worse", "[ui][zrm]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app, "Fatima");
    saveMeting(app,
               meting(inwonerId, QDate(2026, 3, 2), {{"financien", 2}, {"huisvesting", 3}, {"sociaal_netwerk", 4}}));
    saveMeting(app,
               meting(inwonerId, QDate(2026, 9, 14), {{"financien", 4}, {"huisvesting", 3}, {"sociaal_netwerk", 2}}));
    app.window->openInwoner(inwonerId);

    auto* view = app.window->dossier()->zrm()->vergelijking();
    CHECK(view->eerderField()->currentText().startsWith(QStringLiteral("02-03-2026")));
    CHECK(view->laterField()->currentText().startsWith(QStringLiteral("14-09-2026")));
    const QTableWidget* table = view->table();
    REQUIRE(table->rowCount() == 3);
    const int financien = rowOf(table, QStringLiteral("Financiën"));
    REQUIRE(financien >= 0);
    CHECK(cellText(table, financien, ui::ZrmVergelijkingView::EerderColumn) == QStringLiteral("2"));
    CHECK(cellText(table, financien, ui::ZrmVergelijkingView::LaterColumn) == QStringLiteral("4"));
    CHECK(cellText(table, financien, ui::ZrmVergelijkingView::RichtingColumn) == QStringLiteral("▲ better"));
    CHECK(cellText(table, rowOf(table, QStringLiteral("Huisvesting")), ui::ZrmVergelijkingView::RichtingColumn) ==
          QStringLiteral("= same"));
    CHECK(cellText(table, rowOf(table, QStringLiteral("Sociaal netwerk")), ui::ZrmVergelijkingView::RichtingColumn) ==
          QStringLiteral("▼ worse"));

    // Swapping the pair reads the other way round.
    view->eerderField()->setCurrentIndex(1);
    view->laterField()->setCurrentIndex(0);
    CHECK(cellText(table, rowOf(table, QStringLiteral("Financiën")), ui::ZrmVergelijkingView::RichtingColumn) ==
          QStringLiteral("▼ worse"));
}

TEST_CASE("a new meting can be undone and redone, and the Zelfredzaamheid tab follows", "[ui][zrm][undo]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app, "Fatima");
    app.window->openInwoner(inwonerId);
    test::whenDialogOpens<ui::ZrmMetingDialog>([](ui::ZrmMetingDialog* dialog) {
        dialog->datumField()->setText(QStringLiteral("09-11-2026"));
        QTest::keyClick(dialog->scoring()->table(), Qt::Key_4);
        dialog->accept();
    });
    const QString id = app.window->editor()->newMeting(inwonerId);
    REQUIRE_FALSE(id.isEmpty());
    auto* history = app.window->dossier()->zrm()->historyTable();
    CHECK(app.zrm.metingen(inwonerId).size() == 1);
    CHECK(history->rowCount() == 1);

    app.window->undoStack()->undo();
    CHECK(app.zrm.metingen(inwonerId).empty());
    CHECK(history->rowCount() == 0);

    app.window->undoStack()->redo();
    const auto metingen = app.zrm.metingen(inwonerId);
    REQUIRE(metingen.size() == 1);
    CHECK(metingen[0].meta.id == id);
    CHECK(metingen[0].score(QStringLiteral("financien"))->score == 4);
    CHECK(history->rowCount() == 1);

    app.window->editor()->setConfirmAutomatically(true);
    REQUIRE(app.window->editor()->deleteMeting(id));
    CHECK(history->rowCount() == 0);
    app.window->undoStack()->undo();
    CHECK(history->rowCount() == 1);
}

TEST_CASE("the ZRM progress report counts latest scores and movement per leefgebied", "[ui][zrm]")
{
    test::TempApp app;
    const QString anna = newInwoner(app, "Anna");
    const QString bram = newInwoner(app, "Bram");
    const QString cor = newInwoner(app, "Cor", "Ahmed Bakkali");
    saveMeting(app, meting(anna, QDate(2026, 2, 2), {{"financien", 2}}));
    saveMeting(app, meting(anna, QDate(2026, 8, 3), {{"financien", 4}}));
    saveMeting(app, meting(bram, QDate(2026, 5, 4), {{"financien", 3}, {"werk_opleiding", 0}}));
    saveMeting(app, meting(cor, QDate(2026, 1, 5), {{"financien", 3}}));
    saveMeting(app, meting(cor, QDate(2026, 7, 6), {{"financien", 1}}));

    ui::ZrmVoortgangDialog dialog(app.zrm, QStringLiteral("Sanne Visser"));
    const QTableWidget* table = dialog.table();
    REQUIRE(table->rowCount() == 13);
    const auto counts = [table](const QString& leefgebied) {
        QStringList values;
        const int row = rowOf(table, leefgebied);
        for (int column = ui::ZrmVoortgangDialog::NColumn; column <= ui::ZrmVoortgangDialog::VerslechterdColumn;
             ++column)
            values << cellText(table, row, column);
        return values.join(QLatin1Char(' '));
    };
    //                                                     n  1 2 3 4 5 nb + = -
    CHECK(counts(QStringLiteral("Financiën")) == QStringLiteral("2 0 0 1 1 0 0 1 0 0"));
    CHECK(counts(QStringLiteral("Werk & opleiding")) == QStringLiteral("1 0 0 0 0 0 1 0 0 0"));
    CHECK(counts(QStringLiteral("Justitie")) == QStringLiteral("0 0 0 0 0 0 0 0 0 0"));

    dialog.scopeField()->setCurrentIndex(1); // all inwoners
    CHECK(counts(QStringLiteral("Financiën")) == QStringLiteral("3 1 0 1 1 0 0 1 0 1"));
}
