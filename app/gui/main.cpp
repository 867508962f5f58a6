// SPDX-License-Identifier: EUPL-1.2
// wijkdossier: the desktop application. Wiring only: open the file, build services, show the window.
#include "common/SmokeRun.h"
#include "common/StartupProbe.h"

#include "Clock.h"
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
#include <QFileInfo>
#include <QMessageBox>
#include <QTableView>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Wijkdossier"));
    QApplication::setApplicationName(QStringLiteral("wijkdossier"));
    QApplication::setApplicationDisplayName(QStringLiteral("Wijkdossier"));
    QApplication::setApplicationVersion(QStringLiteral(WIJKDOSSIER_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(WIJKDOSSIER_APP_ID));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The database file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Open the separate demo database (created on first use)."));
    const QCommandLineOption benchOption(QStringLiteral("benchmark-startup"),
                                         QStringLiteral("Print the milliseconds to the first paint and exit."));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language: nl (default) or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption quitOption(
        QStringLiteral("quit-after"), QStringLiteral("Quit by itself SECONDS after the window is shown (smoke tests)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("With --quit-after: save a picture of the screen to FILE (PNG, mode 0600) before quitting."),
        QStringLiteral("FILE"));
    parser.addOptions({dbOption, demoOption, benchOption, langOption, quitOption, screenshotOption});
    parser.process(app);
    core::installTranslations(app, parser.value(langOption));

    bool quitAfterValid = false;
    const int quitAfterSeconds = parser.value(quitOption).toInt(&quitAfterValid);
    if (parser.isSet(quitOption) && (!quitAfterValid || quitAfterSeconds < 0 || quitAfterSeconds > 3600)) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QApplication::translate("main", "--quit-after needs a number of seconds (0 to 3600).")));
        return 2;
    }
    if (parser.isSet(screenshotOption) && !parser.isSet(quitOption)) {
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "--screenshot needs --quit-after.")));
        return 2;
    }

    const bool demo = parser.isSet(demoOption);
    const bool benchmark = parser.isSet(benchOption);
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption)
                         : demo                 ? core::db::DatabaseFile::demoPath()
                                                : core::db::DatabaseFile::defaultPath();
    const bool newDemo = demo && !QFileInfo::exists(path);

    core::SystemClock clock;
    auto opened = core::Workspace::open(path, clock);
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
    if (parser.isSet(quitOption))
        startup::quitAfter(window, quitAfterSeconds, parser.value(screenshotOption));
    return app.exec();
}
