// SPDX-License-Identifier: EUPL-1.2
#include "TranslationGuard.h"
#include "UiTestSupport.h"

#include "DossierEditor.h"
#include "dialogs/CsvImportDialog.h"
#include "dialogs/HuishoudlidDialog.h"
#include "dialogs/InwonerDialog.h"
#include "dialogs/MijnGegevensDialog.h"
#include "dialogs/NetwerkPersoonDialog.h"
#include "models/CaseloadModel.h"
#include "views/CaseloadView.h"
#include "views/DossierView.h"
#include "views/HuishoudenPanel.h"
#include "views/NetwerkPanel.h"
#include "views/PersoonsgegevensPanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace core;

namespace {

Inwoner inwoner(const char* roepnaam, const char* tussenvoegsel, const char* achternaam, const char* consulent)
{
    Inwoner in;
    in.roepnaam = QString::fromUtf8(roepnaam);
    in.tussenvoegsel = QString::fromUtf8(tussenvoegsel);
    in.geslachtsnaam = QString::fromUtf8(achternaam);
    in.aanspreekpunt.naam = QString::fromUtf8(consulent);
    return in;
}

QStringList listed(const ui::CaseloadView* view)
{
    QStringList names;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        names << view->model()->index(row, ui::CaseloadModel::Naam).data().toString();
    return names;
}

} // namespace

TEST_CASE("the caseload shows my inwoners in Dutch order and narrows on every keystroke", "[ui][caseload]")
{
    test::TempApp app;
    REQUIRE(app.dossiers.saveInwoner(inwoner("Jan", "van der", "Berg", "Sanne Visser")).ok());
    REQUIRE(app.dossiers.saveInwoner(inwoner("Anna", "", "Bakker", "Sanne Visser")).ok());
    REQUIRE(app.dossiers.saveInwoner(inwoner("Ria", "de", "Vries", "Sanne Visser")).ok());
    REQUIRE(app.dossiers.saveInwoner(inwoner("Kees", "", "Jansen", "Ahmed Bakkali")).ok());
    auto* caseload = app.window->caseload();
    CHECK(listed(caseload) == QStringList{QStringLiteral("Bakker, Anna"), QStringLiteral("Berg, Jan van der"),
                                          QStringLiteral("Vries, Ria de")});

    QTest::keyClicks(caseload->searchField(), QStringLiteral("b"));
    CHECK(listed(caseload) == QStringList{QStringLiteral("Bakker, Anna"), QStringLiteral("Berg, Jan van der")});
    QTest::keyClicks(caseload->searchField(), QStringLiteral("er"));
    CHECK(listed(caseload) == QStringList{QStringLiteral("Berg, Jan van der")});
    caseload->setSearchText(QStringLiteral("jan"));
    CHECK(listed(caseload) == QStringList{QStringLiteral("Berg, Jan van der")});
    caseload->setShowAll(true);
    CHECK(listed(caseload) == QStringList{QStringLiteral("Berg, Jan van der"), QStringLiteral("Jansen, Kees")});
    CHECK(caseload->findChild<QLabel*>(QStringLiteral("caseloadCount"))->text().contains(QStringLiteral("2")));
}

TEST_CASE("a new inwoner is created through the dialog with inline messages for bad input", "[ui][inwoner]")
{
    test::TempApp app;
    QString invalidMessage;
    test::whenDialogOpens<ui::InwonerDialog>([&](ui::InwonerDialog* dialog) {
        CHECK(dialog->field(QStringLiteral("aanspreekpunt_naam"))->text() == QStringLiteral("Sanne Visser"));
        dialog->field(QStringLiteral("voornamen"))->setText(QStringLiteral("Gerda"));
        dialog->field(QStringLiteral("tussenvoegsel"))->setText(QStringLiteral("van"));
        dialog->field(QStringLiteral("bsn"))->setText(QStringLiteral("123456789"));
        dialog->field(QStringLiteral("postcode"))->setText(QStringLiteral("1234ab"));
        dialog->accept(); // refused: no geslachtsnaam, BSN fails the elfproef
        CHECK(dialog->isVisible());
        CHECK_FALSE(dialog->message(QStringLiteral("geslachtsnaam")).isEmpty());
        invalidMessage = dialog->message(QStringLiteral("bsn"));
        dialog->field(QStringLiteral("geslachtsnaam"))->setText(QStringLiteral("Dijk"));
        dialog->field(QStringLiteral("bsn"))->setText(QStringLiteral("999990019"));
        dialog->field(QStringLiteral("geboortedatum"))->setText(QStringLiteral("14-02-1938"));
        dialog->accept();
    });
    const QString id = app.window->editor()->newInwoner();
    REQUIRE_FALSE(id.isEmpty());
    CHECK(invalidMessage.contains(QStringLiteral("elfproef")));
    const auto stored = app.dossiers.inwoner(id);
    REQUIRE(stored);
    CHECK(stored->sorteernaam() == QStringLiteral("Dijk, Gerda van"));
    CHECK(stored->adres.postcode == QStringLiteral("1234 AB"));
    CHECK(stored->geboortedatum == QDate(1938, 2, 14));
    CHECK(listed(app.window->caseload()) == QStringList{QStringLiteral("Dijk, Gerda van")});
}

TEST_CASE("an edit of persoonsgegevens can be undone and redone", "[ui][undo]")
{
    test::TempApp app;
    auto saved = app.dossiers.saveInwoner(inwoner("Jan", "van der", "Berg", "Sanne Visser"));
    REQUIRE(saved.ok());
    app.window->openInwoner(saved->meta.id);
    CHECK(app.window->dossier()->title() == QStringLiteral("Jan van der Berg"));

    test::whenDialogOpens<ui::InwonerDialog>([](ui::InwonerDialog* dialog) {
        dialog->field(QStringLiteral("telefoon"))->setText(QStringLiteral("06-11223344"));
        dialog->field(QStringLiteral("roepnaam"))->setText(QStringLiteral("Johan"));
        dialog->accept();
    });
    REQUIRE(app.window->editor()->editInwoner(saved->meta.id));
    auto* panel = app.window->dossier()->persoonsgegevens();
    CHECK(panel->valueOf(QStringLiteral("telefoon")) == QStringLiteral("06-11223344"));
    CHECK(app.window->dossier()->title() == QStringLiteral("Johan van der Berg"));

    app.window->undoStack()->undo();
    CHECK(app.dossiers.inwoner(saved->meta.id)->telefoon.isEmpty());
    CHECK(panel->valueOf(QStringLiteral("roepnaam")) == QStringLiteral("Jan"));
    CHECK(app.window->dossier()->title() == QStringLiteral("Jan van der Berg"));

    app.window->undoStack()->redo();
    CHECK(app.dossiers.inwoner(saved->meta.id)->telefoon == QStringLiteral("06-11223344"));
}

TEST_CASE("deleting an inwoner removes it from the list and undo brings it back", "[ui][undo]")
{
    test::TempApp app;
    auto saved = app.dossiers.saveInwoner(inwoner("Jan", "van der", "Berg", "Sanne Visser"));
    REQUIRE(saved.ok());
    app.window->openInwoner(saved->meta.id);
    app.window->editor()->setConfirmAutomatically(true);
    REQUIRE(app.window->editor()->deleteInwoner(saved->meta.id));
    CHECK(listed(app.window->caseload()).isEmpty());
    CHECK(app.window->dossier()->inwonerId().isEmpty());
    app.window->undoStack()->undo();
    CHECK(listed(app.window->caseload()) == QStringList{QStringLiteral("Berg, Jan van der")});
}

TEST_CASE("a mantelzorger is added to the netwerk with hours and belasting", "[ui][netwerk]")
{
    test::TempApp app;
    auto saved = app.dossiers.saveInwoner(inwoner("Jan", "van der", "Berg", "Sanne Visser"));
    REQUIRE(saved.ok());
    app.window->openInwoner(saved->meta.id);
    QString belasting;
    test::whenDialogOpens<ui::NetwerkPersoonDialog>([&](ui::NetwerkPersoonDialog* dialog) {
        dialog->naamField()->setText(QStringLiteral("Petra van der Berg"));
        dialog->mantelzorgBox()->setChecked(true);
        dialog->urenField()->setValue(14);
        dialog->edizField()->setValue(10);
        belasting = dialog->belastingLabel()->text();
        dialog->accept();
    });
    REQUIRE(app.window->editor()->addNetwerkPersoon(saved->meta.id));
    CHECK(belasting == core::label(core::Belasting::Zwaar));
    const auto netwerk = app.dossiers.netwerk(saved->meta.id);
    REQUIRE(netwerk.size() == 1);
    REQUIRE(netwerk[0].mantelzorg);
    CHECK(netwerk[0].mantelzorg->urenPerWeek == 14);
    CHECK(netwerk[0].mantelzorg->belastingEdiz == 10);
    auto* table = app.window->dossier()->netwerk()->table();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Petra van der Berg"));
    table->selectRow(0);
    const QString details = app.window->dossier()->netwerk()->detailsText();
    CHECK(details.contains(QStringLiteral("Petra van der Berg")));
    CHECK(details.contains(QStringLiteral("14 hours a week")));
    CHECK(details.contains(QStringLiteral("EDIZ-plus 10")));

    app.window->undoStack()->undo();
    CHECK(app.dossiers.netwerk(saved->meta.id).empty());
    CHECK(table->rowCount() == 0);
}

TEST_CASE("Mijn gegevens require a name and become the default vast aanspreekpunt", "[ui][instellingen]")
{
    test::TempApp app(QStringLiteral("Sanne Visser"));
    ui::MijnGegevensDialog dialog(app.instellingen);
    dialog.field(QStringLiteral("naam"))->clear();
    dialog.accept();
    CHECK_FALSE(dialog.message(QStringLiteral("naam")).isEmpty());
    dialog.field(QStringLiteral("naam"))->setText(QStringLiteral("Ahmed Bakkali"));
    dialog.field(QStringLiteral("telefoon"))->setText(QStringLiteral("0172-400200"));
    dialog.accept();
    CHECK(app.instellingen.mijnGegevens().naam == QStringLiteral("Ahmed Bakkali"));
    CHECK(app.window->windowTitle().contains(QStringLiteral("Ahmed Bakkali")));
}

TEST_CASE("the window speaks Dutch by default", "[ui][vertaling]")
{
    test::TranslationGuard dutch{QString()};
    test::TempApp app;
    const auto* model = app.window->caseload()->model();
    CHECK(model->headerData(ui::CaseloadModel::Geboortedatum, Qt::Horizontal).toString() ==
          QStringLiteral("Geboortedatum"));
    CHECK(model->headerData(ui::CaseloadModel::Woonplaats, Qt::Horizontal).toString() == QStringLiteral("Woonplaats"));
    CHECK(app.window->caseload()->searchField()->placeholderText() ==
          QStringLiteral("Zoek op naam, BSN, postcode, straat of telefoon"));
}

TEST_CASE("the spreadsheet import previews every rejected row before anything is written", "[ui][csv]")
{
    test::TempApp app;
    ui::CsvImportDialog dialog(app.dossiers);
    dialog.load(QStringLiteral(WIJKDOSSIER_TEST_DATA "/csv/inwoners-rejections.csv"));
    const auto& report = dialog.report();
    REQUIRE_FALSE(report.fileError);
    CHECK(dialog.rejectedTable()->rowCount() == static_cast<int>(report.rejected.size()));
    CHECK(dialog.rejectedTable()->rowCount() > 0);
    CHECK(app.dossiers.caseload({}).empty());
    REQUIRE(dialog.importButton()->isEnabled());

    test::whenDialogOpens<QMessageBox>([](QMessageBox* box) { box->accept(); });
    CHECK(dialog.importValid() == static_cast<int>(report.valid.size()));
    CHECK(app.dossiers.caseload({}).size() == report.valid.size());
}

TEST_CASE("a household member is added by name and removed again with undo", "[ui][huishouden]")
{
    test::TempApp app;
    auto saved = app.dossiers.saveInwoner(inwoner("Jan", "van der", "Berg", "Sanne Visser"));
    REQUIRE(saved.ok());
    app.window->openInwoner(saved->meta.id);
    test::whenDialogOpens<ui::HuishoudlidDialog>([](ui::HuishoudlidDialog* dialog) {
        dialog->naamField()->setText(QStringLiteral("Gerda van der Berg"));
        dialog->rolField()->setCurrentIndex(dialog->rolField()->findData(QStringLiteral("partner")));
        dialog->accept();
    });
    REQUIRE(app.window->editor()->addHuishoudlid(saved->meta.id));
    auto* table = app.window->dossier()->huishouden()->table();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Jan van der Berg"));
    CHECK(table->item(1, 0)->text() == QStringLiteral("Gerda van der Berg"));

    app.window->undoStack()->undo();
    CHECK(app.dossiers.huishouden(saved->meta.id)->leden.size() == 1);
    CHECK(table->rowCount() == 1);
    app.window->undoStack()->redo();
    CHECK(table->rowCount() == 2);
}
