// SPDX-License-Identifier: EUPL-1.2
// wijkdossier-cli: the headless interface for functioneel beheer, scripts, tests and benchmarks.
#include "Commands.h"

#include "Translation.h"
#include "db/DatabaseFile.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <csignal>
#include <functional>
#include <map>
#include <memory>
#include <string_view>

namespace {

QString usage()
{
    return QCoreApplication::translate(
               "cli",
               "Usage: wijkdossier-cli [--db FILE] [--lang nl|en] [--break-lock] COMMAND [OPTIONS]\n"
               "\n"
               "Commands:\n"
               "  init                              create an empty database (the only command that creates one)\n"
               "  demo --size S|M|L|XL [--seed N]   fill the database with synthetic demo data\n"
               "  check                             integrity check and schema version (exit 0 when sound)\n"
               "  list [--format table|csv|json] [--all] [--search TEXT]\n"
               "                                    the caseload (--all: every inwoner)\n"
               "  import-csv FILE [--check] [--report json]\n"
               "                                    import inwoners from a spreadsheet export\n"
               "  report zrm-voortgang [--format csv|json] [--aanspreekpunt NAME]\n"
               "                                    per ZRM leefgebied: latest levels and movement\n"
               "  report termijnen [--format table|csv|json] [--aanspreekpunt NAME]\n"
               "                                    every open traject: next deadline, days left, missing steps\n"
               "  report voorzieningen [--format text|csv|json]\n"
               "                                    per voorziening of the sociale kaart: inwoners via plan and "
               "beschikking\n"
               "  instrument import FILE            import licensed ZRM indicator texts (JSON)\n"
               "  sociale-kaart import FILE.csv [--report json]\n"
               "                                    add or update voorzieningen and aanbieders from a spreadsheet\n"
               "  sociale-kaart export FILE.csv     write the whole sociale kaart as CSV (mode 0600)\n"
               "  sociale-kaart voorbeelden         add clearly fictitious example entries to the sociale kaart\n"
               "  termijnen --melding DATE [--aanvraag DATE] [--format json]\n"
               "                                    Wmo deadlines (plan, onderzoek, beschikking) and why they moved\n"
               "  print inzage --inwoner ID --out FILE.pdf\n"
               "                                    everything the file holds about one inwoner, as PDF\n"
               "  print ontvangstbevestiging --traject ID --out FILE.pdf\n"
               "                                    the letter confirming a melding, with its deadlines, as PDF\n"
               "  print verslag --traject ID --out FILE.pdf\n"
               "                                    the verslag of the onderzoek, for the inwoner to sign, as PDF\n"
               "  print plan --plan ID --out FILE.pdf\n"
               "                                    an ondersteuningsplan with its signature block, as PDF\n"
               "  print netwerkkaart --inwoner ID --out FILE.pdf\n"
               "                                    the netwerkkaart with who does what, as PDF\n"
               "  print … --pdfa                    write the PDF as PDF/A-1b (archivable); verslag, "
               "ontvangstbevestiging\n"
               "                                    and plan always store a PDF/A archive copy too\n"
               "  archief list --traject ID|--inwoner ID [--format json]\n"
               "                                    the archive copies of issued documents\n"
               "  archief export ID --out FILE.pdf  an archive copy as PDF (mode 0600), checked against its hash\n"
               "  archief onderteken ID --datum YYYY-MM-DD --akkoord|--voor-gezien [--aanvraag] [--opmerkingen "
               "TEXT]\n"
               "                                    mark a verslag signed (--aanvraag: starts the beschikking term)\n"
               "  archief bijlage ID FILE           attach a scan of the signed paper (PDF, JPEG, PNG, max 20 MB)\n"
               "  export FILE [--all | --since-peer NAME | --inwoner ID …] (--passphrase-file F | --plain)\n"
               "                                    a bundle for another device or a colleague, encrypted (.wdx)\n"
               "                                    (--overdracht-aan NAME [--overdracht-telefoon TEL] with "
               "--inwoner)\n"
               "  import FILE [--passphrase-file F] [--report json]\n"
               "                                    merge a bundle; nothing changes when anything is wrong\n"
               "  conflicts list [--all] [--format json]\n"
               "                                    versions that lost a concurrent edit\n"
               "  conflicts resolve ID --keep current|other | --combine FIELD[,FIELD…]\n"
               "                                    keep one version, or take these fields from the other\n"
               "  bench [--size L|XL] [--format json]\n"
               "                                    measure search, dossier, dashboard, autosave, start-up and demo "
               "speed\n"
               "\n"
               "Options:\n"
               "  --db FILE     the database (default: %1)\n"
               "  --lang LANG   language of messages: nl (default) or en\n"
               "  --break-lock  remove the lock another computer left on the database; only when you are\n"
               "                sure the file is no longer open there\n"
               "  --version     print the version\n"
               "  --help        print this help\n"
               "\n"
               "Exit status: 0 success, 1 invalid input, 2 usage error.\n")
        .arg(core::db::DatabaseFile::defaultPath());
}

/// The application object: a QGuiApplication for `print` and `bench` (documents are laid out with Qt
/// GUI, on the offscreen platform unless another is chosen), a QCoreApplication for everything else.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
    bool print = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a(argv[i]);
        if (a == "--db" || a == "--lang") {
            ++i;
            continue;
        }
        if (a == "--break-lock")
            continue;
        print = a == "print" || a == "bench";
        break;
    }
    if (!print)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char** argv)
{
    // A file-size limit makes a write fail (EFBIG), which is reported, instead of ending the program.
    std::signal(SIGXFSZ, SIG_IGN);
    const auto application = makeApplication(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Wijkdossier"));
    QCoreApplication::setApplicationName(QStringLiteral("wijkdossier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WIJKDOSSIER_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = app.arguments().mid(1);
    QString dbPath = core::db::DatabaseFile::defaultPath();
    QString lang;
    bool breakLock = false;
    QStringList rest;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (rest.isEmpty() && a == QLatin1String("--break-lock")) {
            breakLock = true;
        } else if (rest.isEmpty() && (a == QLatin1String("--db") || a == QLatin1String("--lang"))) {
            if (i + 1 >= args.size()) {
                core::installTranslations(app, lang);
                err << QCoreApplication::translate("cli", "%1 needs a value.").arg(a) << '\n' << usage();
                return cli::Usage;
            }
            (a == QLatin1String("--db") ? dbPath : lang) = args.at(++i);
        } else {
            rest << a;
        }
    }
    core::installTranslations(app, lang);

    if (rest.isEmpty()) {
        err << usage();
        return cli::Usage;
    }
    if (rest.first() == QLatin1String("--version")) {
        out << "wijkdossier-cli " << QCoreApplication::applicationVersion() << '\n';
        return cli::Success;
    }
    if (rest.first() == QLatin1String("--help") || rest.first() == QLatin1String("help")) {
        out << usage();
        return cli::Success;
    }

    const std::map<QString, std::function<int(cli::CliContext&)>> commands = {
        {QStringLiteral("init"), cli::runInit},
        {QStringLiteral("demo"), cli::runDemo},
        {QStringLiteral("check"), cli::runCheck},
        {QStringLiteral("list"), cli::runList},
        {QStringLiteral("bench"), cli::runBench},
        {QStringLiteral("import-csv"), cli::runImportCsv},
        {QStringLiteral("report"), cli::runReport},
        {QStringLiteral("instrument"), cli::runInstrument},
        {QStringLiteral("termijnen"), cli::runTermijnen},
        {QStringLiteral("print"), cli::runPrint},
        {QStringLiteral("sociale-kaart"), cli::runSocialeKaart},
        {QStringLiteral("archief"), cli::runArchief},
        {QStringLiteral("export"), cli::runExport},
        {QStringLiteral("import"), cli::runImport},
        {QStringLiteral("conflicts"), cli::runConflicts},
    };
    const auto command = commands.find(rest.first());
    if (command == commands.end()) {
        err << QCoreApplication::translate("cli", "Unknown command: %1").arg(rest.first()) << "\n\n" << usage();
        return cli::Usage;
    }
    cli::CliContext ctx{rest, dbPath, breakLock, out, err};
    return command->second(ctx);
}
