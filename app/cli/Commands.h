// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "CliContext.h"

#include <memory>
#include <optional>
#include <vector>

namespace core {
class Clock;
class Workspace;
} // namespace core

namespace core::importing {
struct CsvRejection;
}

namespace cli {

class Options;

/// Opens the database of the command line, or prints why not and returns nullptr. Only `create`
/// (init) makes a missing file; what opening noted (a lock taken over …) goes to stderr.
std::unique_ptr<core::Workspace> openWorkspace(CliContext& ctx, const core::Clock& clock, bool create = false);
/// Prints the message and a pointer to --help on stderr; returns the usage exit code.
int usageError(CliContext& ctx, const QString& message);
/// The outcome of a CSV import: with `json` its JSON report (core::importing::csvReportJson) on
/// stdout; otherwise the file error and every rejection on stderr, then `summary` on stdout.
/// Returns InvalidInput when the file or any row was refused, Success otherwise.
int printCsvImportReport(CliContext& ctx, bool json, int imported,
                         const std::vector<core::importing::CsvRejection>& rejected,
                         const std::optional<core::importing::CsvRejection>& fileError, const QString& summary);

int runInit(CliContext& ctx);
int runDemo(CliContext& ctx);
int runCheck(CliContext& ctx);
int runList(CliContext& ctx);
int runImportCsv(CliContext& ctx);
int runBench(CliContext& ctx);
/// report zrm-voortgang | termijnen | voorzieningen [--format …] [--aanspreekpunt NAME].
int runReport(CliContext& ctx);
/// report termijnen: one row per open traject on the dashboard today, with its nearest term and
/// the steps missing; ids and keys only, no names. `options` as parsed by runReport.
int runReportTermijnen(CliContext& ctx, const Options& options);
/// report voorzieningen [--format text|csv|json]: per entry of the sociale kaart, how many inwoners use
/// it via plan and via beschikking; counts only, no inwoners. `options` as parsed by runReport.
int runReportVoorzieningen(CliContext& ctx, const Options& options);
int runInstrument(CliContext& ctx);
/// termijnen --melding DATE [--aanvraag DATE] [--format json]: the Wmo deadlines; needs no database.
int runTermijnen(CliContext& ctx);
/// print inzage --inwoner ID --out FILE.pdf: the inzage-overzicht as PDF (mode 0600); needs a QGuiApplication.
int runPrint(CliContext& ctx);
/// sociale-kaart import FILE.csv [--report json] | export FILE.csv | voorbeelden: the catalogue of
/// voorzieningen and aanbieders. The export is written atomically with mode 0600.
int runSocialeKaart(CliContext& ctx);
/// archief list | export | onderteken | bijlage: the archive copies of issued documents, their signing
/// and scans; ids and keys only on stdout. Exports are written atomically with mode 0600.
int runArchief(CliContext& ctx);
/// export FILE [--all | --since-peer NAME | --inwoner ID …] [--passphrase-file F | --plain]: a bundle for
/// another device or a colleague (mode 0600).
int runExport(CliContext& ctx);
/// import FILE [--passphrase-file F] [--report json]: merges a bundle; exit 1 and nothing changed when refused.
int runImport(CliContext& ctx);
/// conflicts list [--all] [--format json] | resolve ID --keep current|other | --combine FIELD,…
int runConflicts(CliContext& ctx);

} // namespace cli
