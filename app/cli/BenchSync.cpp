// SPDX-License-Identifier: EUPL-1.2
// bench: sync by export at the size of the bench file, next to sqlite3's .dump and .read of it.
#include "BenchSupport.h"

#include "Workspace.h"
#include "services/SyncService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

namespace cli::bench {

namespace {

/// Runs `program` to completion; its wall time in seconds, or nullopt when it failed.
std::optional<double> runTimed(const QString& program, const QStringList& arguments, const QString& stdoutFile = {})
{
    QProcess process;
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    else
        process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(10 * 60 * 1000) ||
        process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return elapsedMs(timer) / 1000.0;
}

} // namespace

bool measureSync(core::Workspace& ws, const QString& path, std::vector<Measurement>& results, QString& why)
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        why = tr("the sqlite3 program (the baseline) is not installed");
        return false;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        why = tr("no temporary folder");
        return false;
    }
    const QString passphrase = QStringLiteral("een lange wachtzin voor de bench");
    const QString passphraseFile = dir.filePath(QStringLiteral("pw"));
    {
        QFile pw(passphraseFile);
        if (!pw.open(QIODevice::WriteOnly)) {
            why = pw.errorString();
            return false;
        }
        pw.write(passphrase.toUtf8());
    }
    const QString bundle = dir.filePath(QStringLiteral("alles.wdx"));
    const QString me = QCoreApplication::applicationFilePath();

    // Our import first: the peak memory of the child processes is the largest one so far.
    QElapsedTimer timer;
    timer.start();
    auto exported = core::SyncService(ws).exporteer(bundle, {}, passphrase);
    const double exportS = elapsedMs(timer) / 1000.0;
    if (!exported) {
        why = exported.error().message;
        return false;
    }
    const QString empty = dir.filePath(QStringLiteral("leeg.sqlite"));
    const QStringList importArgs{
        QStringLiteral("--db"), empty, QStringLiteral("import"), bundle, QStringLiteral("--passphrase-file"),
        passphraseFile};
    const auto importS = runTimed(me, importArgs);
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const double peakMb = static_cast<double>(usage.ru_maxrss) / 1024.0;
    const auto reimportS = runTimed(me, importArgs);
    if (!importS || !reimportS) {
        why = tr("the import of the bundle failed");
        return false;
    }

    const QString dump = dir.filePath(QStringLiteral("dump.sql"));
    const auto dumpS = runTimed(sqlite3, {path, QStringLiteral(".dump")}, dump);
    const auto readS =
        runTimed(sqlite3, {dir.filePath(QStringLiteral("uit-dump.sqlite")), QStringLiteral(".read ") + dump});
    if (!dumpS || !readS) {
        why = tr("sqlite3 .dump or .read failed");
        return false;
    }
    const QString rows = tr("%1 rows, bundle %2 MB")
                             .arg(exported->totaal)
                             .arg(static_cast<double>(QFile(bundle).size()) / 1e6, 0, 'f', 0);
    results.push_back({tr("full encrypted export (s)"), QStringLiteral("s"), exportS, *dumpS, 3, 3,
                       tr("%1; Argon2id key included; baseline: sqlite3 .dump").arg(rows)});
    results.push_back({tr("import into an empty database (s)"), QStringLiteral("s"), *importS, *readS, 6, 3,
                       tr("a separate wijkdossier-cli import, decrypting, checking every row and rebuilding the "
                          "search index; baseline: sqlite3 .read of the dump")});
    results.push_back({tr("re-import of the same bundle, all unchanged (s)"),
                       QStringLiteral("s"),
                       *reimportS,
                       std::nullopt,
                       3,
                       std::nullopt,
                       {}});
    results.push_back({tr("peak memory during import (MB)"), QStringLiteral("MB"), peakMb, std::nullopt, 300,
                       std::nullopt, tr("maximum resident set of the import process, Argon2id's 128 MiB included")});
    return true;
}

} // namespace cli::bench
