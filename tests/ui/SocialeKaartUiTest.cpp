// SPDX-License-Identifier: EUPL-1.2
#include "UiTestSupport.h"

#include "importing/SocialeKaartCsv.h"
#include "socialekaart/SocialeKaartImportDialog.h"
#include "socialekaart/SocialeKaartItemDialog.h"
#include "socialekaart/SocialeKaartModel.h"
#include "socialekaart/SocialeKaartWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace core;

namespace {

SocialeKaartItem voorziening(const char* naam, const char* vorm, const char* categorie, const char* aanbieder)
{
    SocialeKaartItem item;
    item.naam = QString::fromUtf8(naam);
    item.vorm = QString::fromLatin1(vorm);
    item.categorie = QString::fromLatin1(categorie);
    item.aanbieder = QString::fromUtf8(aanbieder);
    return item;
}

/// Opens the sociale kaart the way a consulent does: through its menu entry.
ui::SocialeKaartWindow* openSocialeKaart(test::TempApp& app)
{
    auto* action = app.window->findChild<QAction*>(QStringLiteral("socialeKaartAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_K));
    action->trigger();
    ui::SocialeKaartWindow* window = app.window->socialeKaartWindow();
    REQUIRE(window);
    CHECK(window->isVisible());
    return window;
}

QStringList listed(const ui::SocialeKaartWindow* window)
{
    QStringList names;
    const auto* model = window->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, ui::SocialeKaartModel::Naam).data().toString();
    return names;
}

void selectByName(ui::SocialeKaartWindow* window, const QString& naam)
{
    const int row = static_cast<int>(listed(window).indexOf(naam));
    REQUIRE(row >= 0);
    window->table()->selectRow(row);
}

void clickSave(QDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    buttons->button(QDialogButtonBox::Ok)->click();
}

/// Answers the next question box with its Yes button (which says what it does) and keeps its text.
void agreeToQuestion(QString* text = nullptr)
{
    test::whenDialogOpens<QMessageBox>([text](QMessageBox* box) {
        if (text)
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
        box->button(QMessageBox::Yes)->click();
    });
}

int fileMode(const QString& path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return static_cast<int>(st.st_mode & 0777);
}

} // namespace

TEST_CASE("the sociale kaart opens from the menu and a voorziening is added through the dialog", "[socialekaart-ui]")
{
    test::TempApp app;
    auto* window = openSocialeKaart(app);
    CHECK(window->showsEmptyState());
    CHECK(window->findChild<QLabel*>(QStringLiteral("socialeKaartEmptyState"))
              ->text()
              .contains(QStringLiteral("Add examples")));

    // Without a naam the dialog refuses, says why next to the field, and stores nothing.
    QString naamMessage;
    bool stillOpen = false;
    test::whenDialogOpens<ui::SocialeKaartItemDialog>([&](ui::SocialeKaartItemDialog* dialog) {
        QTest::keyClicks(dialog->field(QStringLiteral("telefoon")), QStringLiteral("0172-400300"));
        clickSave(dialog);
        stillOpen = dialog->isVisible();
        naamMessage = dialog->message(QStringLiteral("naam"));
        dialog->reject();
    });
    window->newButton()->click();
    CHECK(stillOpen);
    CHECK_FALSE(naamMessage.isEmpty());
    CHECK(app.socialeKaart.count() == 0);
    CHECK(window->showsEmptyState());

    test::whenDialogOpens<ui::SocialeKaartItemDialog>([](ui::SocialeKaartItemDialog* dialog) {
        QTest::keyClicks(dialog->field(QStringLiteral("naam")), QStringLiteral("Klussendienst Noord"));
        QTest::keyClicks(dialog->field(QStringLiteral("aanbieder")), QStringLiteral("Stichting Welzijn Rijnwaarde"));
        QTest::keyClicks(dialog->field(QStringLiteral("telefoon")), QStringLiteral("0172-400300"));
        QTest::keyClicks(dialog->field(QStringLiteral("adres")), QStringLiteral("Dorpsstraat 1, Rijnwaarde"));
        dialog->categorieField()->setCurrentIndex(dialog->categorieField()->findData(QStringLiteral("klussendienst")));
        clickSave(dialog);
    });
    window->newButton()->click();
    REQUIRE(app.socialeKaart.count() == 1);
    CHECK_FALSE(window->showsEmptyState());
    CHECK(listed(window) == QStringList{QStringLiteral("Klussendienst Noord")});
    const auto stored = app.socialeKaart.zoek({}, {}, false);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].vorm == QStringLiteral("algemeen"));
    CHECK(stored[0].categorie == QStringLiteral("klussendienst"));
    CHECK(stored[0].telefoon == QStringLiteral("0172-400300"));
    CHECK(stored[0].actief);
    CHECK(window->currentId() == stored[0].meta.id);
    CHECK(window->detailsText().contains(QStringLiteral("0172-400300")));
    CHECK(window->detailsText().contains(QStringLiteral("Dorpsstraat 1, Rijnwaarde")));

    // Edit by double-click (activation) changes the entry in place.
    test::whenDialogOpens<ui::SocialeKaartItemDialog>([](ui::SocialeKaartItemDialog* dialog) {
        CHECK(dialog->field(QStringLiteral("naam"))->text() == QStringLiteral("Klussendienst Noord"));
        dialog->maatwerkButton()->setChecked(true);
        clickSave(dialog);
    });
    emit window->table()->activated(window->table()->model()->index(0, 0));
    CHECK(app.socialeKaart.item(stored[0].meta.id)->vorm == QStringLiteral("maatwerk"));
    CHECK(app.socialeKaart.count() == 1);
}

TEST_CASE("the sociale kaart narrows on every keystroke and filters by vorm", "[socialekaart-ui]")
{
    test::TempApp app;
    REQUIRE(app.socialeKaart.save(voorziening("Klussendienst", "algemeen", "klussendienst", "Welzijn Noord")).ok());
    REQUIRE(app.socialeKaart.save(voorziening("Café de Brug", "algemeen", "ontmoeting", "Buurthuis de Brug")).ok());
    REQUIRE(app.socialeKaart
                .save(voorziening("Huishoudelijke hulp", "maatwerk", "huishoudelijke_hulp", "Thuiszorg Rijnwaarde"))
                .ok());
    auto* window = openSocialeKaart(app);
    CHECK_FALSE(window->showsEmptyState());
    CHECK(listed(window) == QStringList{QStringLiteral("Café de Brug"), QStringLiteral("Huishoudelijke hulp"),
                                        QStringLiteral("Klussendienst")});

    QTest::keyClicks(window->searchField(), QStringLiteral("KLUS"));
    CHECK(listed(window) == QStringList{QStringLiteral("Klussendienst")});
    window->searchField()->clear();
    QTest::keyClicks(window->searchField(), QStringLiteral("cafe"));
    CHECK(listed(window) == QStringList{QStringLiteral("Café de Brug")});
    QTest::keyClicks(window->searchField(), QStringLiteral(" xyz"));
    CHECK(listed(window).isEmpty());
    CHECK(window->findChild<QLabel*>(QStringLiteral("socialeKaartCount"))->text().contains(QStringLiteral("xyz")));
    window->searchField()->clear();

    auto* vorm = window->vormFilter();
    vorm->setCurrentIndex(vorm->findData(QStringLiteral("maatwerk")));
    CHECK(listed(window) == QStringList{QStringLiteral("Huishoudelijke hulp")});
    vorm->setCurrentIndex(vorm->findData(QStringLiteral("algemeen")));
    CHECK(listed(window) == QStringList{QStringLiteral("Café de Brug"), QStringLiteral("Klussendienst")});
    vorm->setCurrentIndex(vorm->findData(QString()));
    CHECK(listed(window).size() == 3);
}

TEST_CASE("a deactivated voorziening is hidden unless inactive ones are shown, and can be removed", "[socialekaart-ui]")
{
    test::TempApp app;
    REQUIRE(app.socialeKaart.save(voorziening("Klussendienst", "algemeen", "klussendienst", "Welzijn Noord")).ok());
    REQUIRE(app.socialeKaart.save(voorziening("Maatjesproject", "algemeen", "maatjes", "Humanitas")).ok());
    auto* window = openSocialeKaart(app);
    CHECK_FALSE(window->activeButton()->isEnabled());

    selectByName(window, QStringLiteral("Klussendienst"));
    const QString id = window->currentId();
    REQUIRE_FALSE(id.isEmpty());
    CHECK(window->activeButton()->text() == QStringLiteral("&Deactivate"));
    window->activeButton()->click();
    CHECK_FALSE(app.socialeKaart.item(id)->actief);
    CHECK(listed(window) == QStringList{QStringLiteral("Maatjesproject")});
    CHECK(window->statusText().contains(QStringLiteral("Show inactive")));

    window->showInactiveBox()->setChecked(true);
    CHECK(listed(window) == QStringList{QStringLiteral("Klussendienst"), QStringLiteral("Maatjesproject")});
    const QModelIndex inactive = window->model()->index(0, ui::SocialeKaartModel::Actief);
    CHECK(inactive.data().toString() == QStringLiteral("Inactive"));
    CHECK(inactive.data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(window->model()->index(1, ui::SocialeKaartModel::Actief).data(Qt::ForegroundRole).isValid());
    selectByName(window, QStringLiteral("Klussendienst"));
    CHECK(window->activeButton()->text() == QStringLiteral("&Activate"));
    window->activeButton()->click();
    CHECK(app.socialeKaart.item(id)->actief);
    window->showInactiveBox()->setChecked(false);
    CHECK(listed(window).size() == 2);

    // Removing asks first, and says that plans keep the name.
    selectByName(window, QStringLiteral("Klussendienst"));
    QString question;
    agreeToQuestion(&question);
    window->removeButton()->click();
    CHECK(question.contains(QStringLiteral("keep showing its name")));
    CHECK(listed(window) == QStringList{QStringLiteral("Maatjesproject")});
    CHECK(app.socialeKaart.count() == 1);
    REQUIRE(app.socialeKaart.item(id));
    CHECK(app.socialeKaart.item(id)->meta.deleted);
}

TEST_CASE("a sociale kaart CSV is previewed with its refused lines before the valid rows are imported",
          "[socialekaart-ui]")
{
    test::TempApp app;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sociale-kaart.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("naam;vorm;categorie;aanbieder;telefoon;intern_kenmerk\r\n"
                   "Klussendienst Zuid;algemeen;klussendienst;Welzijn Zuid;0172-500100;A1\r\n"
                   ";maatwerk;begeleiding;Zorg BV;;A2\r\n"
                   "Boodschappenhulp;algemeen;boodschappendienst;Vrijwilligers Centrale;;A3\r\n");
    }
    auto* window = openSocialeKaart(app);
    int rejectedRows = -1;
    QString firstLine;
    QString ignored;
    QString summary;
    bool importEnabled = false;
    test::whenDialogOpens<ui::SocialeKaartImportDialog>([&](ui::SocialeKaartImportDialog* dialog) {
        dialog->load(path);
        rejectedRows = dialog->rejectedTable()->rowCount();
        if (rejectedRows > 0)
            firstLine = dialog->rejectedTable()->item(0, 0)->text();
        ignored = dialog->ignoredLabel()->isHidden() ? QString() : dialog->ignoredLabel()->text();
        summary = dialog->summaryLabel()->text();
        importEnabled = dialog->importButton()->isEnabled();
        CHECK(app.socialeKaart.count() == 0); // nothing is written before Import
        test::whenDialogOpens<QMessageBox>([](QMessageBox* box) { box->accept(); });
        dialog->importButton()->click();
    });
    window->importButton()->click();
    CHECK(rejectedRows == 1);
    CHECK(firstLine == QStringLiteral("3"));
    CHECK(ignored.contains(QStringLiteral("intern_kenmerk")));
    CHECK(summary.contains(QStringLiteral("3 row(s) read")));
    CHECK(summary.contains(QStringLiteral("2 can be imported")));
    CHECK(importEnabled);
    CHECK(app.socialeKaart.count() == 2);
    CHECK(listed(window) == QStringList{QStringLiteral("Boodschappenhulp"), QStringLiteral("Klussendienst Zuid")});
    CHECK_FALSE(window->showsEmptyState());
}

TEST_CASE("an export is readable by the consulent only and imports back to the same sociale kaart", "[socialekaart-ui]")
{
    test::TempApp app;
    auto klus = voorziening("Klussendienst", "algemeen", "klussendienst", "Welzijn Noord");
    klus.telefoon = QStringLiteral("0172-400300");
    klus.notities = QStringLiteral("Kleine klussen; materiaal betaalt de inwoner.");
    REQUIRE(app.socialeKaart.save(klus).ok());
    auto hulp = voorziening("Huishoudelijke hulp", "maatwerk", "huishoudelijke_hulp", "Thuiszorg Rijnwaarde");
    hulp.actief = false;
    REQUIRE(app.socialeKaart.save(hulp).ok());
    auto* window = openSocialeKaart(app);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    REQUIRE(window->exportTo(path));
    CHECK(fileMode(path) == 0600);
    // Writing over an existing, more open file leaves it closed to others too.
    REQUIRE(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther));
    REQUIRE(window->exportTo(path));
    CHECK(fileMode(path) == 0600);

    test::TempWorkspace otherWs;
    SocialeKaartService other{*otherWs};
    ui::SocialeKaartImportDialog dialog(other);
    dialog.load(path);
    CHECK(dialog.rejectedTable()->rowCount() == 0);
    test::whenDialogOpens<QMessageBox>([](QMessageBox* box) { box->accept(); });
    CHECK(dialog.importValid() == 2);

    const auto mine = app.socialeKaart.zoek({}, {}, false);
    const auto theirs = other.zoek({}, {}, false);
    REQUIRE(mine.size() == 2);
    REQUIRE(theirs.size() == mine.size());
    for (size_t i = 0; i < mine.size(); ++i) {
        CHECK(theirs[i].meta.id == mine[i].meta.id);
        CHECK(theirs[i].sameContent(mine[i]));
    }
}

TEST_CASE("fictitious examples fill an empty sociale kaart after the consulent agrees", "[socialekaart-ui]")
{
    test::TempApp app;
    auto* window = openSocialeKaart(app);
    REQUIRE(window->showsEmptyState());
    QString question;
    agreeToQuestion(&question);
    window->examplesButton()->click();
    CHECK(question.contains(QStringLiteral("made up")));
    CHECK(app.socialeKaart.count() > 0);
    CHECK_FALSE(window->showsEmptyState());
    CHECK(window->model()->rowCount() > 0);
    CHECK(window->exportButton()->isEnabled());
}
