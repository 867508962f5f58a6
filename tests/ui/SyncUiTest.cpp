// SPDX-License-Identifier: EUPL-1.2
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "db/Database.h"
#include "models/CaseloadModel.h"
#include "sync/ConflictenWindow.h"
#include "sync/ExportDialog.h"
#include "sync/ImportDialog.h"
#include "sync/SyncActions.h"
#include "views/CaseloadView.h"
#include "views/DossierView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>

using namespace core;

namespace {

const QString kPassphrase = QStringLiteral("fietsen langs de Vecht");

Inwoner nieuweInwoner(const char* roepnaam, const char* achternaam)
{
    Inwoner in;
    in.roepnaam = QString::fromUtf8(roepnaam);
    in.voornamen = QString::fromUtf8(roepnaam);
    in.geslachtsnaam = QString::fromUtf8(achternaam);
    in.aanspreekpunt.naam = QStringLiteral("Sanne Visser");
    return in;
}

QAction* action(test::TempApp& app, const char* name)
{
    auto* found = app.window->findChild<QAction*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

QStringList listed(const ui::CaseloadView* view)
{
    QStringList names;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        names << view->model()->index(row, ui::CaseloadModel::Naam).data().toString();
    return names;
}

/// Types the passphrase twice in the export dialog.
void typePassphrase(ui::ExportDialog* dialog, const QString& passphrase)
{
    QTest::keyClicks(dialog->passphraseField(), passphrase);
    QTest::keyClicks(dialog->repeatField(), passphrase);
}

/// Answers the save dialog that the export opens with `path`.
void saveAs(const QString& path)
{
    test::whenDialogOpens<QFileDialog>([path](QFileDialog* files) {
        files->selectFile(path);
        static_cast<QDialog*>(files)->accept(); // as the Save button does
    });
}

/// File → Export… with everything and a passphrase, into `path`; returns the summary shown.
QString exportEverything(test::TempApp& app, const QString& path)
{
    QString summary;
    test::whenDialogOpens<ui::ExportDialog>([&](ui::ExportDialog* dialog) {
        dialog->allesKeuze()->setChecked(true);
        typePassphrase(dialog, kPassphrase);
        CHECK(dialog->exportButton()->isEnabled());
        saveAs(path);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        summary = dialog->summaryLabel()->isVisible() ? dialog->summaryLabel()->text() : QString();
        dialog->accept();
    });
    action(app, "exportAction")->trigger();
    return summary;
}

struct ImportResult {
    std::optional<sync::ImportRapport> rapport;
    QString summary;
    QStringList problems;
    std::map<QString, QStringList> rows; ///< table name as shown → the five counts
    bool conflictsButton = false;
};

/// File → Import… of `path` with `passphrase`, through the dialog.
ImportResult importThroughDialog(test::TempApp& app, const QString& path, const QString& passphrase,
                                 bool openConflicts = false)
{
    ImportResult result;
    test::whenDialogOpens<ui::ImportDialog>([&](ui::ImportDialog* dialog) {
        dialog->load(path);
        CHECK(dialog->passphraseField()->isVisible());
        CHECK_FALSE(dialog->importButton()->isEnabled());
        QTest::keyClicks(dialog->passphraseField(), passphrase);
        REQUIRE(dialog->importButton()->isEnabled());
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        result.rapport = dialog->report();
        result.summary = dialog->summaryLabel()->text();
        for (int i = 0; i < dialog->problemList()->count(); ++i)
            result.problems << dialog->problemList()->item(i)->text();
        const QTableWidget* table = dialog->reportTable();
        for (int row = 0; row < table->rowCount(); ++row) {
            QStringList counts;
            for (int c = 1; c < 6; ++c)
                counts << table->item(row, c)->text();
            result.rows[table->item(row, 0)->text()] = counts;
        }
        result.conflictsButton = dialog->conflictsButton()->isVisible();
        if (openConflicts && result.conflictsButton)
            dialog->conflictsButton()->click();
        else
            dialog->reject();
    });
    action(app, "importAction")->trigger();
    return result;
}

} // namespace

TEST_CASE("an encrypted export through the dialog imports into a second database", "[ui][sync]")
{
    test::TempApp a;
    REQUIRE(a.dossiers.saveInwoner(nieuweInwoner("Anna", "Jansen")).ok());
    auto bakker = a.dossiers.saveInwoner(nieuweInwoner("Kees", "Bakker"));
    REQUIRE(bakker.ok());
    NetwerkPersoon dochter;
    dochter.inwonerId = bakker->meta.id;
    dochter.naam = QStringLiteral("Annemiek Bakker");
    REQUIRE(a.dossiers.saveNetwerkPersoon(dochter).ok());

    const QString file = a.ws.dir.filePath(QStringLiteral("alles.wdx"));
    const QString summary = exportEverything(a, file);
    REQUIRE(QFile::exists(file));
    CHECK(SyncService::isVersleuteld(file));
    CHECK((QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    CHECK(summary.contains(QStringLiteral("3 row(s) exported")));
    CHECK(summary.contains(QStringLiteral("Inwoners: 2")));
    CHECK(summary.contains(QStringLiteral("Netwerk: 1")));

    test::TempApp b;
    CHECK(listed(b.window->caseload()).isEmpty());
    const auto result = importThroughDialog(b, file, kPassphrase);
    REQUIRE(result.rapport.has_value());
    INFO(result.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(result.rapport->toegepast);
    CHECK(result.summary.contains(QStringLiteral("3 new")));
    REQUIRE(result.rows.count(QStringLiteral("Inwoners")) == 1);
    CHECK(result.rows.at(QStringLiteral("Inwoners")) == QStringList{QStringLiteral("2"), QStringLiteral("0"),
                                                                    QStringLiteral("0"), QStringLiteral("0"),
                                                                    QStringLiteral("0")});
    REQUIRE(result.rows.count(QStringLiteral("Netwerk")) == 1);
    CHECK(result.rows.at(QStringLiteral("Netwerk")).front() == QStringLiteral("1"));
    CHECK_FALSE(result.conflictsButton);
    // The caseload shows the new inwoners without a restart, and they are in b's database.
    CHECK(listed(b.window->caseload()) ==
          QStringList({QStringLiteral("Bakker, Kees"), QStringLiteral("Jansen, Anna")}));
    CHECK(b.dossiers.netwerk(bakker->meta.id).size() == 1);
    // A write on b after the import orders after everything imported.
    auto kees = *b.dossiers.inwoner(bakker->meta.id);
    kees.telefoon = QStringLiteral("0612345678");
    const auto saved = b.dossiers.saveInwoner(kees);
    REQUIRE(saved.ok());
    CHECK(saved->meta.hlc > bakker->meta.hlc);

    // The same file again: nothing new, everything unchanged.
    const auto again = importThroughDialog(b, file, kPassphrase);
    REQUIRE(again.rapport.has_value());
    REQUIRE(again.rapport->toegepast);
    CHECK(again.rapport->totaal().ongewijzigd == 3);
    CHECK(again.rapport->totaal().ingevoegd == 0);
}

TEST_CASE("a wrong passphrase is refused in the import dialog and changes nothing", "[ui][sync]")
{
    test::TempApp a;
    REQUIRE(a.dossiers.saveInwoner(nieuweInwoner("Anna", "Jansen")).ok());
    const QString file = a.ws.dir.filePath(QStringLiteral("alles.wdx"));
    exportEverything(a, file);
    REQUIRE(QFile::exists(file));

    test::TempApp b;
    const auto auditBefore = b.ws->db().scalar("SELECT count(*) FROM audit_log");
    const auto result = importThroughDialog(b, file, QStringLiteral("niet de goede wachtzin"));
    REQUIRE(result.rapport.has_value());
    CHECK_FALSE(result.rapport->toegepast);
    CHECK(result.summary.contains(QStringLiteral("Nothing was changed.")));
    CHECK(result.problems.join(QLatin1Char(' ')).contains(QStringLiteral("passphrase is wrong")));
    CHECK(result.rows.empty());
    CHECK(b.dossiers.caseload({}).empty());
    CHECK(listed(b.window->caseload()).isEmpty());
    CHECK(b.ws->db().scalar("SELECT count(*) FROM audit_log") == auditBefore);
}

TEST_CASE("the export dialog checks the passphrase inline and exports selected dossiers as an overdracht", "[ui][sync]")
{
    test::TempApp a;
    auto jansen = a.dossiers.saveInwoner(nieuweInwoner("Anna", "Jansen"));
    auto bakker = a.dossiers.saveInwoner(nieuweInwoner("Kees", "Bakker"));
    REQUIRE(a.dossiers.saveInwoner(nieuweInwoner("Ria", "Smit")).ok());
    REQUIRE(jansen.ok());
    REQUIRE(bakker.ok());
    a.window->openInwoner(jansen->meta.id);
    REQUIRE(a.window->dossier()->inwonerId() == jansen->meta.id);

    const QString file = a.ws.dir.filePath(QStringLiteral("overdracht.wdx"));
    QString shortProblem, mismatchProblem;
    QSet<QString> preselected;
    test::whenDialogOpens<ui::ExportDialog>([&](ui::ExportDialog* dialog) {
        // The open dossier is chosen already.
        CHECK(dialog->selectieKeuze()->isChecked());
        preselected = dialog->gekozenInwoners();
        QTest::keyClicks(dialog->passphraseField(), QStringLiteral("kort"));
        shortProblem = dialog->problemLabel()->text();
        CHECK_FALSE(dialog->exportButton()->isEnabled());
        dialog->passphraseField()->clear();
        QTest::keyClicks(dialog->passphraseField(), kPassphrase);
        QTest::keyClicks(dialog->repeatField(), QStringLiteral("iets anders dan dat"));
        mismatchProblem = dialog->problemLabel()->text();
        CHECK_FALSE(dialog->exportButton()->isEnabled());
        CHECK(dialog->passphraseField()->echoMode() == QLineEdit::Password);
        dialog->showPassphrase()->click();
        CHECK(dialog->passphraseField()->echoMode() == QLineEdit::Normal);
        dialog->repeatField()->clear();
        QTest::keyClicks(dialog->repeatField(), kPassphrase);

        // Add Bakker through the search.
        QTest::keyClicks(dialog->searchField(), QStringLiteral("Bakk"));
        QListWidgetItem* found = nullptr;
        for (int i = 0; i < dialog->inwonerList()->count(); ++i) {
            if (dialog->inwonerList()->item(i)->text() == QStringLiteral("Bakker, Kees"))
                found = dialog->inwonerList()->item(i);
        }
        REQUIRE(found);
        found->setCheckState(Qt::Checked);
        dialog->overdrachtKeuze()->setChecked(true);
        CHECK_FALSE(dialog->exportButton()->isEnabled()); // the colleague's name is missing
        QTest::keyClicks(dialog->aanspreekpuntNaamField(), QStringLiteral("Fatima el Amrani"));
        QTest::keyClicks(dialog->aanspreekpuntTelefoonField(), QStringLiteral("030 123 45 67"));
        REQUIRE(dialog->exportButton()->isEnabled());
        saveAs(file);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        dialog->accept();
    });
    action(a, "exportAction")->trigger();
    CHECK(preselected == QSet<QString>{jansen->meta.id});
    CHECK(shortProblem.contains(QStringLiteral("at least 10 characters")));
    CHECK(mismatchProblem.contains(QStringLiteral("not the same")));
    REQUIRE(QFile::exists(file));

    test::TempApp b(QStringLiteral("Fatima el Amrani"));
    const auto result = importThroughDialog(b, file, kPassphrase);
    REQUIRE(result.rapport.has_value());
    REQUIRE(result.rapport->toegepast);
    CHECK(result.rapport->overgedragen == 2);
    CHECK(result.summary.contains(QStringLiteral("handed over")));
    // They are now in Fatima's caseload; Smit stayed behind.
    CHECK(listed(b.window->caseload()) ==
          QStringList({QStringLiteral("Bakker, Kees"), QStringLiteral("Jansen, Anna")}));
    CHECK(b.dossiers.inwoner(jansen->meta.id)->aanspreekpunt.naam == QStringLiteral("Fatima el Amrani"));
}

TEST_CASE("a plain JSON export needs an explicit confirmation", "[ui][sync]")
{
    test::TempApp a;
    REQUIRE(a.dossiers.saveInwoner(nieuweInwoner("Anna", "Jansen")).ok());
    const QString refused = a.ws.dir.filePath(QStringLiteral("geweigerd.json"));
    const QString plain = a.ws.dir.filePath(QStringLiteral("open.json"));

    QString warning;
    bool stillTicked = true;
    test::whenDialogOpens<ui::ExportDialog>([&](ui::ExportDialog* dialog) {
        dialog->allesKeuze()->setChecked(true);
        test::whenDialogOpens<QMessageBox>([&](QMessageBox* box) {
            warning = box->text();
            box->button(QMessageBox::No)->click();
        });
        dialog->plainKeuze()->click();
        stillTicked = dialog->plainKeuze()->isChecked();
        // Still encrypted: without a passphrase there is nothing to export.
        CHECK_FALSE(dialog->exportButton()->isEnabled());
        CHECK(dialog->passphraseField()->isEnabled());
        CHECK_FALSE(dialog->exportTo(refused));
        dialog->reject();
    });
    action(a, "exportAction")->trigger();
    CHECK(warning.contains(QStringLiteral("special-category personal data")));
    CHECK_FALSE(stillTicked);
    CHECK_FALSE(QFile::exists(refused));

    test::whenDialogOpens<ui::ExportDialog>([&](ui::ExportDialog* dialog) {
        dialog->allesKeuze()->setChecked(true);
        test::whenDialogOpens<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
        dialog->plainKeuze()->click();
        CHECK(dialog->plainKeuze()->isChecked());
        CHECK_FALSE(dialog->passphraseField()->isEnabled());
        REQUIRE(dialog->exportButton()->isEnabled());
        saveAs(plain);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        CHECK(dialog->summaryLabel()->text().contains(QStringLiteral("NOT encrypted")));
        dialog->accept();
    });
    action(a, "exportAction")->trigger();
    REQUIRE(QFile::exists(plain));
    CHECK_FALSE(SyncService::isVersleuteld(plain));
    QFile json(plain);
    REQUIRE(json.open(QIODevice::ReadOnly));
    CHECK(json.readAll().contains("wijkdossier-bundel"));
}

TEST_CASE("a concurrent edit shows as a conflict that is combined field by field in the conflicts window", "[ui][sync]")
{
    test::TempApp a;
    test::TempApp b;
    auto saved = a.dossiers.saveInwoner(nieuweInwoner("Anna", "Jansen"));
    REQUIRE(saved.ok());
    const QString id = saved->meta.id;
    const QString first = a.ws.dir.filePath(QStringLiteral("eerste.wdx"));
    REQUIRE(a.sync.exporteer(first, {}, kPassphrase).ok());
    REQUIRE(b.sync.importeer(first, kPassphrase).toegepast);

    // Both change the same inwoner; b's change is later.
    auto onA = *a.dossiers.inwoner(id);
    onA.telefoon = QStringLiteral("0612345678");
    REQUIRE(a.dossiers.saveInwoner(onA).ok());
    b.ws.clock.advanceMs(5000);
    auto onB = *b.dossiers.inwoner(id);
    onB.email = QStringLiteral("anna@voorbeeld.invalid");
    REQUIRE(b.dossiers.saveInwoner(onB).ok());

    auto* status = b.window->sync()->conflictenStatus();
    CHECK_FALSE(status->isVisible());
    const QString fromA = a.ws.dir.filePath(QStringLiteral("van-a.wdx"));
    exportEverything(a, fromA);
    const auto result = importThroughDialog(b, fromA, kPassphrase, true);
    REQUIRE(result.rapport.has_value());
    REQUIRE(result.rapport->toegepast);
    CHECK(result.rapport->totaal().conflicten == 1);
    CHECK(result.rows.at(QStringLiteral("Inwoners"))[3] == QStringLiteral("1"));
    CHECK(result.conflictsButton);
    CHECK(status->isVisible());
    CHECK(status->text() == QStringLiteral("1 conflict(s)"));

    // The button in the import report opened the conflicts window.
    ui::ConflictenWindow* window = b.window->sync()->conflictenWindow();
    REQUIRE(window);
    CHECK(window->isVisible());
    REQUIRE(window->conflictList()->rowCount() == 1);
    CHECK(window->conflictList()->item(0, 0)->text() == QStringLiteral("Inwoner: Anna Jansen"));
    CHECK(window->conflictList()->item(0, 2)->text().startsWith(QStringLiteral("another computer")));

    const int phone = window->fieldRow(QStringLiteral("telefoon"));
    const int email = window->fieldRow(QStringLiteral("email"));
    const int surname = window->fieldRow(QStringLiteral("geslachtsnaam"));
    REQUIRE(phone >= 0);
    REQUIRE(email >= 0);
    REQUIRE(surname >= 0);
    QTableWidget* fields = window->fieldTable();
    using K = ui::ConflictenWindow::Kolom;
    CHECK(fields->item(phone, K::Veld)->text() == QStringLiteral("≠ Phone"));
    CHECK(fields->item(email, K::Veld)->text() == QStringLiteral("≠ E-mail"));
    CHECK(fields->item(phone, K::Veld)->font().bold());
    CHECK(fields->item(phone, K::Huidig)->background().style() != Qt::NoBrush);
    CHECK(fields->item(surname, K::Veld)->text() == QStringLiteral("Surname"));
    CHECK_FALSE(fields->item(surname, K::Veld)->font().bold());
    CHECK(fields->item(surname, K::Overnemen)->flags().testFlag(Qt::ItemIsUserCheckable) == false);
    CHECK(fields->item(phone, K::Huidig)->text().isEmpty());
    CHECK(fields->item(phone, K::Verliezer)->text() == QStringLiteral("0612345678"));
    CHECK(fields->item(email, K::Huidig)->text() == QStringLiteral("anna@voorbeeld.invalid"));

    CHECK_FALSE(window->combineButton()->isEnabled());
    fields->item(phone, K::Overnemen)->setCheckState(Qt::Checked);
    REQUIRE(window->combineButton()->isEnabled());
    QTest::mouseClick(window->combineButton(), Qt::LeftButton);

    // Both fields are kept, the conflict is resolved, and the status bar says so.
    const auto combined = b.dossiers.inwoner(id);
    CHECK(combined->telefoon == QStringLiteral("0612345678"));
    CHECK(combined->email == QStringLiteral("anna@voorbeeld.invalid"));
    CHECK(b.sync.aantalOpenConflicten() == 0);
    CHECK(b.ws->db().scalar("SELECT count(*) FROM sync_conflict WHERE keuze = 'samengevoegd'") == 1);
    CHECK_FALSE(status->isVisible());
    CHECK(window->conflictList()->rowCount() == 0);

    // The resolution travels back: a receives the combined record and no open conflict.
    const QString fromB = b.ws.dir.filePath(QStringLiteral("van-b.wdx"));
    exportEverything(b, fromB);
    const auto back = importThroughDialog(a, fromB, kPassphrase);
    REQUIRE(back.rapport.has_value());
    REQUIRE(back.rapport->toegepast);
    CHECK(a.dossiers.inwoner(id)->telefoon == QStringLiteral("0612345678"));
    CHECK(a.dossiers.inwoner(id)->email == QStringLiteral("anna@voorbeeld.invalid"));
    CHECK(a.sync.aantalOpenConflicten() == 0);
}

TEST_CASE("cancelling an import in its progress dialog changes nothing", "[ui][sync]")
{
    test::TempApp a;
    for (const char* naam : {"Jansen", "Bakker", "Smit", "de Vries"})
        REQUIRE(a.dossiers.saveInwoner(nieuweInwoner("Anna", naam)).ok());
    const QString file = a.ws.dir.filePath(QStringLiteral("alles.wdx"));
    REQUIRE(a.sync.exporteer(file, {}, kPassphrase).ok());

    test::TempApp b;
    const auto auditBefore = b.ws->db().scalar("SELECT count(*) FROM audit_log");
    bool progressShown = false;
    std::optional<sync::ImportRapport> rapport;
    QString summary;
    test::whenDialogOpens<ui::ImportDialog>([&](ui::ImportDialog* dialog) {
        dialog->load(file);
        QTest::keyClicks(dialog->passphraseField(), kPassphrase);
        // The worker is still deriving the key from the passphrase when Cancel is pressed.
        test::whenDialogOpens<QProgressDialog>([&](QProgressDialog* progress) {
            progressShown = true;
            auto* cancel = progress->findChild<QPushButton*>();
            REQUIRE(cancel);
            cancel->click();
        });
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        rapport = dialog->report();
        summary = dialog->summaryLabel()->text();
        dialog->reject();
    });
    action(b, "importAction")->trigger();
    CHECK(progressShown);
    REQUIRE(rapport.has_value());
    CHECK_FALSE(rapport->toegepast);
    CHECK(rapport->problemen.join(QLatin1Char(' ')).contains(QStringLiteral("cancelled")));
    CHECK(summary.contains(QStringLiteral("Nothing was changed.")));
    CHECK(b.dossiers.caseload({}).empty());
    CHECK(b.ws->db().scalar("SELECT count(*) FROM audit_log") == auditBefore);
}
