// SPDX-License-Identifier: EUPL-1.2
// wijkdossier-cli export, import and conflicts: sync by encrypted bundles. Ids, table names and
// counts on stdout; never the content of a dossier.
#include "Commands.h"

#include "Options.h"

#include "Clock.h"
#include "Workspace.h"
#include "services/SyncService.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

QString rowsExported(int n)
{
    return QCoreApplication::translate("cli", "%n row(s) exported to %1.", nullptr, n);
}

/// The first line of the file: the passphrase, kept out of the command line (and so out of the
/// process list and the shell history). Null when it cannot be read (the reason on stderr).
std::optional<QString> readPassphrase(CliContext& ctx, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.err << tr("Cannot read the passphrase file %1: %2").arg(path, file.errorString()) << '\n';
        return std::nullopt;
    }
    QString line = QString::fromUtf8(file.readLine(4096));
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

/// Takes every value after --inwoner (repeated, or several after one) out of `arguments`.
QStringList takeInwoners(QStringList& arguments)
{
    QStringList ids;
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) != QLatin1String("--inwoner")) {
            rest << arguments.at(i);
            continue;
        }
        while (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QLatin1String("--")))
            ids << arguments.at(++i).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (ids.isEmpty())
            rest << QStringLiteral("--inwoner"); // let the option parser complain
    }
    arguments = rest;
    return ids;
}

QString tabelRegel(const QString& tabel, const std::vector<int>& counts)
{
    QString line = tabel.leftJustified(22);
    for (const int n : counts)
        line += QString::number(n).rightJustified(12);
    return line;
}

} // namespace

int runExport(CliContext& ctx)
{
    QStringList arguments = ctx.arguments.mid(1);
    const QStringList inwoners = takeInwoners(arguments);
    const Options options(arguments,
                          {QStringLiteral("since-peer"), QStringLiteral("passphrase-file"), QStringLiteral("peer"),
                           QStringLiteral("overdracht-aan"), QStringLiteral("overdracht-telefoon")},
                          {QStringLiteral("all"), QStringLiteral("plain")});
    if (!options.error().isEmpty())
        return usageError(ctx, options.error());
    const int scopes = int(options.has(QStringLiteral("all"))) + int(options.has(QStringLiteral("since-peer"))) +
                       int(!inwoners.isEmpty());
    if (options.positional().size() != 1 || scopes > 1)
        return usageError(ctx, tr("export needs one file and at most one of --all, --since-peer NAME and --inwoner "
                                  "ID …"));
    if (options.has(QStringLiteral("plain")) == options.has(QStringLiteral("passphrase-file")))
        return usageError(ctx, tr("An export is encrypted: give --passphrase-file FILE, or --plain to write it "
                                  "unencrypted."));
    if (options.has(QStringLiteral("overdracht-aan")) && inwoners.isEmpty())
        return usageError(ctx, tr("--overdracht-aan hands over selected dossiers: give them with --inwoner ID …"));

    core::sync::ExportKeuze keuze;
    if (options.has(QStringLiteral("since-peer"))) {
        keuze.omvang = core::sync::Omvang::SindsPeer;
        keuze.peer = options.value(QStringLiteral("since-peer"));
    } else if (!inwoners.isEmpty()) {
        keuze.omvang = core::sync::Omvang::Inwoners;
        keuze.inwoners.assign(inwoners.begin(), inwoners.end());
        keuze.peer = options.value(QStringLiteral("peer"));
    } else {
        keuze.peer = options.value(QStringLiteral("peer"));
    }
    if (options.has(QStringLiteral("overdracht-aan"))) {
        keuze.overdracht = core::sync::Overdracht{options.value(QStringLiteral("overdracht-aan")),
                                                  options.value(QStringLiteral("overdracht-telefoon"))};
    }
    std::optional<QString> passphrase;
    if (options.has(QStringLiteral("passphrase-file"))) {
        passphrase = readPassphrase(ctx, options.value(QStringLiteral("passphrase-file")));
        if (!passphrase)
            return InvalidInput;
    }

    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    const QString file = options.positional().constFirst();
    auto rapport = core::SyncService(*ws).exporteer(file, keuze, passphrase);
    if (!rapport) {
        ctx.err << rapport.error().message << '\n';
        return InvalidInput;
    }
    if (!passphrase) {
        ctx.err << tr("Warning: %1 is not encrypted. It contains special-category personal data (health, care): "
                      "keep it as safe as the dossier itself and delete it when it has been imported.")
                       .arg(file)
                << '\n';
    }
    for (const auto& [tabel, rijen] : rapport->rijen)
        ctx.out << tabel.leftJustified(22) << QString::number(rijen).rightJustified(10) << '\n';
    ctx.out << rowsExported(static_cast<int>(rapport->totaal)).arg(file) << '\n';
    return Success;
}

int runImport(CliContext& ctx)
{
    const Options options(ctx.arguments.mid(1), {QStringLiteral("passphrase-file"), QStringLiteral("report")}, {});
    if (!options.error().isEmpty())
        return usageError(ctx, options.error());
    if (options.positional().size() != 1)
        return usageError(ctx, tr("import needs exactly one file."));
    const QString report = options.value(QStringLiteral("report"), QStringLiteral("text"));
    if (report != QLatin1String("text") && report != QLatin1String("json"))
        return usageError(ctx, tr("--report must be json."));
    QString passphrase;
    if (options.has(QStringLiteral("passphrase-file"))) {
        const auto read = readPassphrase(ctx, options.value(QStringLiteral("passphrase-file")));
        if (!read)
            return InvalidInput;
        passphrase = *read;
    }
    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    const auto rapport = core::SyncService(*ws).importeer(options.positional().constFirst(), passphrase);

    if (report == QLatin1String("json")) {
        QJsonArray tabellen;
        for (const auto& t : rapport.tabellen) {
            tabellen.append(QJsonObject{{QStringLiteral("table"), t.tabel},
                                        {QStringLiteral("inserted"), t.ingevoegd},
                                        {QStringLiteral("updated"), t.bijgewerkt},
                                        {QStringLiteral("unchanged"), t.ongewijzigd},
                                        {QStringLiteral("conflicts"), t.conflicten},
                                        {QStringLiteral("rejected"), t.afgewezen}});
        }
        ctx.out << QJsonDocument(
                       QJsonObject{{QStringLiteral("applied"), rapport.toegepast},
                                   {QStringLiteral("encrypted"), rapport.versleuteld},
                                   {QStringLiteral("device"), rapport.device},
                                   {QStringLiteral("tables"), tabellen},
                                   {QStringLiteral("handed_over"), rapport.overgedragen},
                                   {QStringLiteral("problems"), QJsonArray::fromStringList(rapport.problemen)},
                                   {QStringLiteral("problem_count"), rapport.aantalProblemen}})
                       .toJson(QJsonDocument::Indented);
    } else {
        for (const QString& problem : rapport.problemen)
            ctx.err << problem << '\n';
        if (rapport.aantalProblemen > rapport.problemen.size())
            ctx.err << tr("… and %1 more problems.").arg(rapport.aantalProblemen - rapport.problemen.size()) << '\n';
        if (!rapport.tabellen.empty()) {
            ctx.out << tabelRegel(tr("table"), {}) << tr("inserted").rightJustified(12)
                    << tr("updated").rightJustified(12) << tr("unchanged").rightJustified(12)
                    << tr("conflicts").rightJustified(12) << tr("rejected").rightJustified(12) << '\n';
            for (const auto& t : rapport.tabellen)
                ctx.out << tabelRegel(t.tabel, {t.ingevoegd, t.bijgewerkt, t.ongewijzigd, t.conflicten, t.afgewezen})
                        << '\n';
        }
        if (rapport.toegepast) {
            const auto totaal = rapport.totaal();
            ctx.out << tr("Imported: %1 inserted, %2 updated, %3 unchanged, %4 conflicts.")
                           .arg(totaal.ingevoegd)
                           .arg(totaal.bijgewerkt)
                           .arg(totaal.ongewijzigd)
                           .arg(totaal.conflicten)
                    << '\n';
            if (rapport.overgedragen > 0)
                ctx.out << tr("Vast aanspreekpunt set for %1 handed-over dossiers.").arg(rapport.overgedragen) << '\n';
            if (totaal.conflicten > 0)
                ctx.out << tr("Look at the conflicts with: wijkdossier-cli conflicts list") << '\n';
        } else {
            ctx.err << tr("Nothing was imported; the database was not changed.") << '\n';
        }
    }
    return rapport.toegepast ? Success : InvalidInput;
}

int runConflicts(CliContext& ctx)
{
    const QString sub = ctx.arguments.value(1);
    const Options options(ctx.arguments.mid(2),
                          {QStringLiteral("format"), QStringLiteral("keep"), QStringLiteral("combine")},
                          {QStringLiteral("all")});
    if (!options.error().isEmpty())
        return usageError(ctx, options.error());
    core::SystemClock clock;
    if (sub == QLatin1String("list")) {
        if (!options.positional().isEmpty())
            return usageError(ctx, tr("conflicts list takes no arguments."));
        auto ws = openWorkspace(ctx, clock);
        if (!ws)
            return InvalidInput;
        const auto list = core::SyncService(*ws).conflicten(options.has(QStringLiteral("all")));
        if (!list) {
            ctx.err << list.error().message << '\n';
            return InvalidInput;
        }
        if (options.value(QStringLiteral("format")) == QLatin1String("json")) {
            QJsonArray array;
            for (const auto& c : list.value()) {
                array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                         {QStringLiteral("table"), c.tabel},
                                         {QStringLiteral("row"), c.rijId},
                                         {QStringLiteral("kind"), c.soort},
                                         {QStringLiteral("other_written"), c.verliezerTijd.toString(Qt::ISODate)},
                                         {QStringLiteral("other_device"), c.verliezerDevice},
                                         {QStringLiteral("resolved"), c.opgelostOp.isValid()},
                                         {QStringLiteral("choice"), c.keuze}});
            }
            ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Success;
        }
        if (list->empty())
            ctx.out << tr("No open conflicts.") << '\n';
        for (const auto& c : list.value()) {
            const auto detail = core::SyncService(*ws).conflict(c.id);
            QStringList fields;
            if (detail) {
                for (const auto& veld : detail->velden) {
                    if (veld.verschilt)
                        fields << veld.kolom;
                }
            }
            ctx.out << c.id << "  " << c.tabel << ' ' << c.rijId << "  " << c.soort << "  "
                    << c.verliezerTijd.toString(Qt::ISODate) << "  " << fields.join(QLatin1Char(',')) << '\n';
        }
        return Success;
    }
    if (sub == QLatin1String("resolve")) {
        const QString keep = options.value(QStringLiteral("keep"));
        const bool combine = options.has(QStringLiteral("combine"));
        if (options.positional().size() != 1 || combine == options.has(QStringLiteral("keep")) ||
            (!combine && keep != QLatin1String("current") && keep != QLatin1String("other")))
            return usageError(ctx, tr("conflicts resolve needs an id and --keep current|other or --combine "
                                      "FIELD[,FIELD…] (the fields to take from the other version)."));
        auto ws = openWorkspace(ctx, clock);
        if (!ws)
            return InvalidInput;
        const auto keuze = combine                            ? core::SyncService::Keuze::Samengevoegd
                           : keep == QLatin1String("current") ? core::SyncService::Keuze::Huidig
                                                              : core::SyncService::Keuze::Verliezer;
        const QStringList fields = options.value(QStringLiteral("combine")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        const auto status = core::SyncService(*ws).losOp(options.positional().constFirst(), keuze, fields);
        if (!status) {
            ctx.err << status.error().message << '\n';
            return InvalidInput;
        }
        ctx.out << tr("Conflict %1 resolved.").arg(options.positional().constFirst()) << '\n';
        return Success;
    }
    return usageError(ctx, tr("conflicts needs list or resolve."));
}

} // namespace cli
