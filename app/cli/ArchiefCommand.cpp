// SPDX-License-Identifier: EUPL-1.2
// wijkdossier-cli archief: the archive copies of issued documents — list them, export one (checked
// against its stored hash), mark a verslag signed and attach a scan of the signed paper.
#include "Commands.h"
#include "OutputFile.h"

#include "Options.h"

#include "Clock.h"
#include "Workspace.h"
#include "services/ArchiefService.h"
#include "services/TrajectService.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

int usage(CliContext& ctx)
{
    return usageError(ctx, tr("Usage: wijkdossier-cli archief list --traject ID|--inwoner ID [--format json] | "
                              "export ID --out FILE.pdf | onderteken ID --datum YYYY-MM-DD --akkoord|--voor-gezien "
                              "[--aanvraag] [--opmerkingen TEXT] | bijlage ID FILE"));
}

/// The archive's services on an open workspace.
struct Archief {
    core::TrajectService trajecten;
    core::ArchiefService archief;
    explicit Archief(core::Workspace& ws)
        : trajecten(ws)
        , archief(ws, trajecten)
    {
    }
};

/// One copy for a list: ids, keys and dates only (the inwoner's remarks are personal data).
QJsonObject json(const core::ArchiefDocument& a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.meta.id},
        {QStringLiteral("soort"), a.soort},
        {QStringLiteral("inwoner"), a.inwonerId},
        {QStringLiteral("traject"), a.trajectId},
        {QStringLiteral("betreft"), a.betreft},
        {QStringLiteral("uitgegeven_op"), a.uitgegevenOp.toString(Qt::ISODateWithMs)},
        {QStringLiteral("sjabloon"), a.sjabloon},
        {QStringLiteral("sha256"), a.sha256},
        {QStringLiteral("ondertekend_op"),
         a.ondertekendOp ? QJsonValue(a.ondertekendOp->toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("ondertekening"), a.ondertekening},
        {QStringLiteral("aanvraag"), a.aanvraag},
        {QStringLiteral("bijlagen"), static_cast<int>(a.bijlagen.size())},
    };
}

int runList(CliContext& ctx, const Options& options)
{
    const bool traject = options.has(QStringLiteral("traject"));
    if (traject == options.has(QStringLiteral("inwoner")) || options.positional().size() != 1)
        return usage(ctx);
    const QString format = options.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(ctx, tr("--format must be table or json."));
    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    Archief a(*ws);
    const auto lijst = traject ? a.archief.lijst(options.value(QStringLiteral("traject")))
                               : a.archief.lijstVanInwoner(options.value(QStringLiteral("inwoner")));
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const auto& d : lijst)
            array.append(json(d));
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const auto& d : lijst) {
        const QString getekend =
            d.ondertekendOp ? QStringLiteral("%1 %2").arg(d.ondertekendOp->toString(Qt::ISODate), d.ondertekening)
                            : QStringLiteral("-");
        ctx.out << QStringList{d.meta.id,  d.soort,  d.uitgegevenOp.toString(Qt::ISODate),
                               d.sjabloon, getekend, QString::number(d.bijlagen.size())}
                       .join(QLatin1Char('\t'))
                << '\n';
    }
    return Success;
}

int runExport(CliContext& ctx, const Options& options)
{
    if (options.positional().size() != 2 || !options.has(QStringLiteral("out")))
        return usage(ctx);
    const QString id = options.positional().at(1);
    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    Archief a(*ws);
    const auto bytes = a.archief.pdf(id);
    if (!bytes) {
        ctx.err << bytes.error().message << '\n';
        return InvalidInput;
    }
    // Written whole or not at all, readable by the consulent only.
    const QString out = options.value(QStringLiteral("out"));
    if (const core::Status written = core::OutputFile::write(out, bytes.value()); !written) {
        ctx.err << written.error().message << '\n';
        return InvalidInput;
    }
    ctx.out << tr("Wrote archive copy %1 to %2; it matches its stored SHA-256 %3.")
                   .arg(id, out, core::ArchiefService::sha256(bytes.value()))
            << '\n';
    return Success;
}

int runOnderteken(CliContext& ctx, const Options& options)
{
    const bool akkoord = options.has(QStringLiteral("akkoord"));
    if (options.positional().size() != 2 || !options.has(QStringLiteral("datum")) ||
        akkoord == options.has(QStringLiteral("voor-gezien")))
        return usage(ctx);
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString datumTekst = options.value(QStringLiteral("datum"));
    const QDate datum = QDate::fromString(datumTekst, Qt::ISODate);
    if (!iso.match(datumTekst).hasMatch() || !datum.isValid())
        return usageError(ctx, tr("--datum must be a date as YYYY-MM-DD."));
    const QString id = options.positional().at(1);
    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    Archief a(*ws);
    core::Ondertekening o;
    o.datum = datum;
    o.keuze = akkoord ? core::kOndertekeningAkkoord : core::kOndertekeningVoorGezien;
    o.aanvraag = options.has(QStringLiteral("aanvraag"));
    o.opmerkingen = options.value(QStringLiteral("opmerkingen"));
    const auto signed_ = a.archief.ondertekenen(id, o);
    if (!signed_) {
        ctx.err << signed_.error().message << '\n';
        return InvalidInput;
    }
    ctx.out << tr("Marked archive copy %1 as signed on %2.").arg(id, datum.toString(Qt::ISODate)) << '\n';
    if (o.aanvraag) {
        const auto traject = a.trajecten.traject(signed_->trajectId);
        const auto stand = traject ? a.trajecten.stand(*traject) : core::rules::TrajectStand{};
        if (const auto* beschikking = stand.termijn(QStringLiteral("beschikking"))) {
            ctx.out << tr("Traject %1: aanvraag on %2, beschikking due by %3.")
                           .arg(signed_->trajectId, traject->datum(core::StapSoort::Aanvraag).toString(Qt::ISODate),
                                beschikking->termijn.datum.toString(Qt::ISODate))
                    << '\n';
        }
    }
    return Success;
}

int runBijlage(CliContext& ctx, const Options& options)
{
    if (options.positional().size() != 3)
        return usage(ctx);
    const QString id = options.positional().at(1);
    QFile file(options.positional().at(2));
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.err << tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()) << '\n';
        return InvalidInput;
    }
    const QByteArray inhoud = file.readAll();
    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    Archief a(*ws);
    const auto bijlage = a.archief.bijlageToevoegen(id, file.fileName(), inhoud);
    if (!bijlage) {
        ctx.err << bijlage.error().message << '\n';
        return InvalidInput;
    }
    ctx.out << tr("Attached scan %1 (%2) to archive copy %3.").arg(bijlage->meta.id, bijlage->mime, id) << '\n';
    return Success;
}

} // namespace

int runArchief(CliContext& ctx)
{
    const Options options(ctx.arguments.mid(1),
                          {QStringLiteral("traject"), QStringLiteral("inwoner"), QStringLiteral("format"),
                           QStringLiteral("out"), QStringLiteral("datum"), QStringLiteral("opmerkingen")},
                          {QStringLiteral("akkoord"), QStringLiteral("voor-gezien"), QStringLiteral("aanvraag")});
    if (!options.error().isEmpty())
        return usageError(ctx, options.error());
    const QString sub = options.positional().value(0);
    if (sub == QLatin1String("list"))
        return runList(ctx, options);
    if (sub == QLatin1String("export"))
        return runExport(ctx, options);
    if (sub == QLatin1String("onderteken"))
        return runOnderteken(ctx, options);
    if (sub == QLatin1String("bijlage"))
        return runBijlage(ctx, options);
    return usage(ctx);
}

} // namespace cli
