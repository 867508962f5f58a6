// SPDX-License-Identifier: EUPL-1.2
// wijkdossier: the desktop application. Wiring only: open the file, build services, show the window.
#include "common/SmokeRun.h"
#include "common/StartupProbe.h"

#include "Clock.h"
#include "ConfigurationCheck.h"
#include "MainWindow.h"
#include "Translation.h"
#include "Workspace.h"
#include "db/DatabaseFile.h"
#include "demo/DemoGenerator.h"
#include "services/ArchiefService.h"
#include "services/DossierService.h"
#include "services/InstellingenService.h"
#include "services/PlanService.h"
#include "services/SocialeKaartService.h"
#include "services/SyncService.h"
#include "services/TrajectService.h"
#include "services/ZrmService.h"
#include "views/CaseloadView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

#include <csignal>
#include <cstdio>
#include <string_view>

namespace {

/// The options of the window, described once for the window and for --help.
struct GuiOptions {
    QCommandLineOption db{QStringLiteral("db"), QStringLiteral("The database file."), QStringLiteral("FILE")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            QStringLiteral("Open the separate demo database (created on first use).")};
    QCommandLineOption benchmark{QStringLiteral("benchmark-startup"),
                                 QStringLiteral("Print the milliseconds to the first paint and exit.")};
    QCommandLineOption lang{QStringLiteral("lang"), QStringLiteral("Language: nl (default) or en."),
                            QStringLiteral("LANG")};
    QCommandLineOption quitAfter{QStringLiteral("quit-after"),
                                 QStringLiteral("Quit by itself SECONDS after the window is shown (smoke tests)."),
                                 QStringLiteral("SECONDS")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QStringLiteral("With --quit-after: save a picture of the screen to FILE (PNG, mode 0600) before quitting."),
        QStringLiteral("FILE")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({db, demo, benchmark, lang, quitAfter, screenshot});
    }
};

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Wijkdossier"));
    QCoreApplication::setApplicationName(QStringLiteral("wijkdossier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WIJKDOSSIER_VERSION));
}

/// --help and --version are answered without a display: a package check or a terminal over ssh
/// has none, and the window's application object would stop there.
bool asksOnlyHelpOrVersion(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view a(argv[i]);
        if (a == "--help" || a == "-h" || a == "--help-all" || a == "--version" || a == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    // A file-size limit makes a write fail (EFBIG), which is reported, instead of ending the program.
    std::signal(SIGXFSZ, SIG_IGN);
    const GuiOptions gui;
    if (asksOnlyHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QCommandLineParser parser;
        gui.addTo(parser);
        parser.process(app); // prints the help or the version and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Wijkdossier"));
    QGuiApplication::setDesktopFileName(QStringLiteral(WIJKDOSSIER_APP_ID));

    QCommandLineParser parser;
    gui.addTo(parser);
    parser.process(app);
    core::installTranslations(app, parser.value(gui.lang));

    bool quitAfterValid = false;
    const int quitAfterSeconds = parser.value(gui.quitAfter).toInt(&quitAfterValid);
    if (parser.isSet(gui.quitAfter) && (!quitAfterValid || quitAfterSeconds < 0 || quitAfterSeconds > 3600)) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QApplication::translate("main", "--quit-after needs a number of seconds (0 to 3600).")));
        return 2;
    }
    if (parser.isSet(gui.screenshot) && !parser.isSet(gui.quitAfter)) {
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "--screenshot needs --quit-after.")));
        return 2;
    }

    const bool demo = parser.isSet(gui.demo);
    const bool benchmark = parser.isSet(gui.benchmark);
    const QString path = parser.isSet(gui.db) ? parser.value(gui.db)
                         : demo               ? core::db::DatabaseFile::demoPath()
                                              : core::db::DatabaseFile::defaultPath();
    const bool newDemo = demo && !QFileInfo::exists(path);

    // Only the demo (made on first use) and a new dossier the user agreed to are created; a
    // mistyped --db never becomes an empty dossier.
    core::db::OpenOptions opening{.create = newDemo};
    if (!QFileInfo::exists(path) && !demo && !benchmark) {
        const auto answer = QMessageBox::question(
            nullptr, QApplication::translate("main", "New dossier"),
            QApplication::translate("main", "There is no dossier at %1 yet. Create a new, empty dossier there?")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
        if (answer != QMessageBox::Yes)
            return 0;
        opening.create = true;
    }
    core::SystemClock clock;
    auto opened = core::Workspace::open(path, clock, opening);
    if (!opened && opened.error().code == core::ErrorCode::LockedElsewhere && !benchmark) {
        // Another computer's lock cannot be checked from here: the user decides, knowing the risk.
        QMessageBox question(QMessageBox::Warning, QApplication::translate("main", "Wijkdossier cannot open the file"),
                             opened.error().message, QMessageBox::Cancel);
        const QAbstractButton* breakLock =
            question.addButton(QApplication::translate("main", "&Break the lock"), QMessageBox::DestructiveRole);
        question.setDefaultButton(QMessageBox::Cancel);
        question.exec();
        if (question.clickedButton() != breakLock)
            return 1;
        opening.breakLock = true;
        opened = core::Workspace::open(path, clock, opening);
    }
    if (!opened) {
        if (benchmark)
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        else
            QMessageBox::critical(nullptr, QApplication::translate("main", "Wijkdossier cannot open the file"),
                                  opened.error().message);
        return 1;
    }
    core::Workspace& ws = *opened.value();
    if (newDemo) {
        auto generated = core::demo::DemoGenerator(ws, 1).generate(core::demo::DemoSize::M);
        if (!generated) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Wijkdossier"), generated.error().message);
            return 1;
        }
    }

    core::DossierService dossiers(ws);
    core::InstellingenService instellingen(ws);
    core::ZrmService zrm(ws);
    core::TrajectService trajecten(ws);
    core::GesprekService gesprekken(ws);
    core::PlanService plannen(ws);
    core::SocialeKaartService socialeKaart(ws);
    core::ArchiefService archief(ws, trajecten);
    core::SyncService sync(ws);
    ui::MainWindow window({dossiers, instellingen, zrm, trajecten, gesprekken, plannen, socialeKaart, &archief, &sync},
                          path);
    if (demo)
        window.setWindowTitle(window.windowTitle() + QApplication::translate("main", " (demo data)"));
    for (const QString& note : ws.openNotes())
        window.showNotice(note);
    for (const QString& warning : core::ConfigurationCheck::warnings())
        window.showNotice(warning);

    std::unique_ptr<startup::PaintProbe> probe;
    if (benchmark) {
        // First paint of the filled caseload, then the heaviest view (all inwoners) for peak memory.
        probe = std::make_unique<startup::PaintProbe>([&window] {
            std::printf("startup_ms=%.1f\n", startup::msSinceProcessStart());
            std::fflush(stdout);
            window.caseload()->setShowAll(true);
            QApplication::processEvents();
            window.caseload()->table()->viewport()->repaint();
            std::printf("peak_rss_kb=%.0f\n", startup::peakRssKb());
            std::fflush(stdout);
            QApplication::quit();
        });
        window.caseload()->table()->viewport()->installEventFilter(probe.get());
    }
    window.show();
    if (parser.isSet(gui.quitAfter))
        startup::quitAfter(window, quitAfterSeconds, parser.value(gui.screenshot));
    return app.exec();
}
