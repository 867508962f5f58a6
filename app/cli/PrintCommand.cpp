// SPDX-License-Identifier: EUPL-1.2
// wijkdossier-cli print: documents as PDF, laid out with QTextDocument (needs the QGuiApplication of main).
#include "Commands.h"

#include "Options.h"

#include "Clock.h"
#include "Workspace.h"
#include "documents/InzageDocument.h"
#include "documents/OntvangstbevestigingDocument.h"
#include "documents/PlanDocument.h"
#include "documents/VerslagDocument.h"
#include "services/DossierService.h"
#include "services/PlanService.h"
#include "services/TrajectService.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>
#include <filesystem>
#include <optional>
#include <system_error>

namespace cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

constexpr double kMarginMm = 20.0;
constexpr double kFooterMm = 10.0;

int mmToPixels(double mm, int resolution)
{
    return static_cast<int>(std::lround(mm / 25.4 * resolution));
}

/// The Dutch words of one printed document: the PDF title and the footer text before the page count.
/// The printed letter is Dutch whatever language the app speaks, like its template.
struct Opmaak {
    QString titel; ///< "Overzicht van uw gegevens"
    QString voet;  ///< "Overzicht van de gegevens van Jan van der Berg · 10 november 2026"
    /// Moves a top-level table that would be cut by a page break, and fits on one page, to the next
    /// page whole (QTextDocument ignores page-break-inside: avoid): the verslag's signature block.
    bool tabellenHeel = false;
};

/// Gives every top-level table of `document` that a page break would cut, and that fits on one page
/// of `pageHeight`, a page break before it.
void houdTabellenHeel(QTextDocument& document, int pageHeight)
{
    for (QTextFrame* frame : document.rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        const QRectF rect = document.documentLayout()->frameBoundingRect(table);
        const auto first = static_cast<int>(rect.top() / pageHeight);
        const auto last = static_cast<int>((rect.bottom() - 1) / pageHeight);
        if (first != last && rect.height() <= pageHeight) {
            QTextTableFormat format = table->format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
        }
    }
}

/// Lays `html` out on A4 pages and paints them into `writer`, with a footer on every page: who the
/// document is about, the date and "pagina X van Y". Returns false when painting could not start.
bool paintPdf(QPdfWriter& writer, const QString& html, const QString& voet, bool tabellenHeel)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
    const QRect area = writer.pageLayout().paintRectPixels(writer.resolution());
    const int footer = mmToPixels(kFooterMm, writer.resolution());
    const int bodyHeight = area.height() - footer;

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDocumentMargin(0);
    document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    document.setPageSize(QSizeF(area.width(), bodyHeight));
    document.setHtml(html);
    if (tabellenHeel)
        houdTabellenHeel(document, bodyHeight);
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QFont footerFont(QStringLiteral("DejaVu Sans"), 8);
    const QRect footerRect(0, area.height() - footer, area.width(), footer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        const QRectF clip(0, page * bodyHeight, area.width(), bodyHeight);
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0));
        painter.drawLine(footerRect.topLeft() + QPoint(0, footer / 3), footerRect.topRight() + QPoint(0, footer / 3));
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignBottom, voet);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignBottom,
                         QStringLiteral("pagina %1 van %2").arg(page + 1).arg(pages));
        painter.restore();
    }
    return painter.end();
}

/// Writes the PDF next to `path` with mode 0600 (special-category personal data) and renames it into
/// place, so a reader never sees half a file and an old file is replaced whole.
bool writePdf(CliContext& ctx, const QString& path, const QString& html, const Opmaak& opmaak)
{
    const QString tmpPath = path + QStringLiteral(".tmp");
    QFile::remove(tmpPath);
    QFile tmp(tmpPath);
    if (!tmp.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        ctx.err << tr("Cannot write %1: %2").arg(tmpPath, tmp.errorString()) << '\n';
        return false;
    }
    bool painted = false;
    {
        QPdfWriter writer(&tmp);
        writer.setCreator(QStringLiteral("Wijkdossier"));
        writer.setTitle(opmaak.titel);
        painted = paintPdf(writer, html, opmaak.voet, opmaak.tabellenHeel);
    }
    const bool flushed = tmp.flush() && tmp.error() == QFileDevice::NoError;
    tmp.close();
    std::error_code error;
    if (painted && flushed)
        std::filesystem::rename(QFile::encodeName(tmpPath).toStdString(), QFile::encodeName(path).toStdString(), error);
    if (!painted || !flushed || error) {
        QFile::remove(tmpPath);
        ctx.err << tr("Cannot write %1.").arg(path) << '\n';
        return false;
    }
    return true;
}

QString vandaag(const core::Clock& clock)
{
    return QLocale(QLocale::Dutch, QLocale::Netherlands).toString(clock.today(), QStringLiteral("d MMMM yyyy"));
}

/// Says what the render warned about (a broken template of the gemeente is not fatal: the built-in
/// one was used), then writes the document as PDF; false, with the reason on stderr, when it failed.
bool writeDocument(CliContext& ctx, const core::Result<QString>& html, const QStringList& warnings, const QString& out,
                   const Opmaak& opmaak)
{
    for (const QString& warning : warnings)
        ctx.err << warning << '\n';
    if (!html) {
        ctx.err << html.error().message << '\n';
        return false;
    }
    return writePdf(ctx, out, html.value(), opmaak);
}

int printInzage(CliContext& ctx, const Options& options)
{
    if (!options.has(QStringLiteral("inwoner")) || !options.has(QStringLiteral("out")) ||
        options.has(QStringLiteral("traject")))
        return usageError(ctx, tr("print inzage needs --inwoner ID and --out FILE.pdf."));
    const QString id = options.value(QStringLiteral("inwoner"));
    const QString out = options.value(QStringLiteral("out"));

    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    core::DossierService dossiers(*ws);
    const auto inwoner = dossiers.inwoner(id);
    if (!inwoner) {
        ctx.err << tr("There is no inwoner with id %1.").arg(id) << '\n';
        return InvalidInput;
    }
    core::documents::InzageDocument document(*ws);
    const auto html = document.render(id);
    const Opmaak opmaak{
        QStringLiteral("Overzicht van uw gegevens"),
        QStringLiteral("Overzicht van de gegevens van %1 · %2").arg(inwoner->weergavenaam(), vandaag(clock))};
    if (!writeDocument(ctx, html, document.warnings(), out, opmaak))
        return InvalidInput;
    // The id, not the name: no personal data on stdout.
    ctx.out << tr("Wrote the inzage overview of inwoner %1 to %2.").arg(id, out) << '\n';
    return Success;
}

int printOntvangstbevestiging(CliContext& ctx, const Options& options)
{
    if (!options.has(QStringLiteral("traject")) || !options.has(QStringLiteral("out")) ||
        options.has(QStringLiteral("inwoner")))
        return usageError(ctx, tr("print ontvangstbevestiging needs --traject ID and --out FILE.pdf."));
    const QString id = options.value(QStringLiteral("traject"));
    const QString out = options.value(QStringLiteral("out"));

    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    const auto traject = core::TrajectService(*ws).traject(id);
    const auto inwoner =
        traject && !traject->meta.deleted ? core::DossierService(*ws).inwoner(traject->inwonerId) : std::nullopt;
    if (!inwoner) {
        ctx.err << tr("There is no traject with id %1.").arg(id) << '\n';
        return InvalidInput;
    }
    core::documents::OntvangstbevestigingDocument document(*ws);
    const auto html = document.render(id);
    const Opmaak opmaak{
        QStringLiteral("Bevestiging van uw melding"),
        QStringLiteral("Ontvangstbevestiging voor %1 · %2").arg(inwoner->weergavenaam(), vandaag(clock))};
    if (!writeDocument(ctx, html, document.warnings(), out, opmaak))
        return InvalidInput;
    if (document.telefoonOntbreekt()) {
        // The letter is still made (it names the team), but the inwoner is owed a direct number.
        ctx.err << tr("There is no phone number of the vast aanspreekpunt: fill it in under Mijn gegevens or at the "
                      "inwoner.")
                << '\n';
    }
    // The id, not the name: no personal data on stdout.
    ctx.out << tr("Wrote the ontvangstbevestiging of traject %1 to %2.").arg(id, out) << '\n';
    return Success;
}

int printVerslag(CliContext& ctx, const Options& options)
{
    if (!options.has(QStringLiteral("traject")) || !options.has(QStringLiteral("out")) ||
        options.has(QStringLiteral("inwoner")))
        return usageError(ctx, tr("print verslag needs --traject ID and --out FILE.pdf."));
    const QString id = options.value(QStringLiteral("traject"));
    const QString out = options.value(QStringLiteral("out"));

    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    const auto traject = core::TrajectService(*ws).traject(id);
    const auto inwoner =
        traject && !traject->meta.deleted ? core::DossierService(*ws).inwoner(traject->inwonerId) : std::nullopt;
    if (!inwoner) {
        ctx.err << tr("There is no traject with id %1.").arg(id) << '\n';
        return InvalidInput;
    }
    core::documents::VerslagDocument document(*ws);
    const auto html = document.render(id);
    const Opmaak opmaak{QStringLiteral("Verslag van ons gesprek"),
                        QStringLiteral("Verslag voor %1 · %2").arg(inwoner->weergavenaam(), vandaag(clock)), true};
    if (!writeDocument(ctx, html, document.warnings(), out, opmaak))
        return InvalidInput;
    // The id, not the name: no personal data on stdout.
    ctx.out << tr("Wrote the verslag of traject %1 to %2.").arg(id, out) << '\n';
    return Success;
}

int printPlan(CliContext& ctx, const Options& options)
{
    if (!options.has(QStringLiteral("plan")) || !options.has(QStringLiteral("out")) ||
        options.has(QStringLiteral("inwoner")) || options.has(QStringLiteral("traject")))
        return usageError(ctx, tr("print plan needs --plan ID and --out FILE.pdf."));
    const QString id = options.value(QStringLiteral("plan"));
    const QString out = options.value(QStringLiteral("out"));

    core::SystemClock clock;
    auto ws = openWorkspace(ctx, clock);
    if (!ws)
        return InvalidInput;
    const auto plan = core::PlanService(*ws).plan(id);
    const auto inwoner =
        plan && !plan->meta.deleted ? core::DossierService(*ws).inwoner(plan->inwonerId) : std::nullopt;
    if (!inwoner) {
        ctx.err << tr("There is no ondersteuningsplan with id %1.").arg(id) << '\n';
        return InvalidInput;
    }
    core::documents::PlanDocument document(*ws);
    const auto html = document.render(id);
    const Opmaak opmaak{QStringLiteral("Uw ondersteuningsplan"),
                        QStringLiteral("Ondersteuningsplan van %1 · %2").arg(inwoner->weergavenaam(), vandaag(clock)),
                        true};
    if (!writeDocument(ctx, html, document.warnings(), out, opmaak))
        return InvalidInput;
    // The id, not the name: no personal data on stdout.
    ctx.out << tr("Wrote the ondersteuningsplan %1 to %2.").arg(id, out) << '\n';
    return Success;
}

} // namespace

int runPrint(CliContext& ctx)
{
    const Options options(
        ctx.arguments.mid(1),
        {QStringLiteral("inwoner"), QStringLiteral("traject"), QStringLiteral("plan"), QStringLiteral("out")}, {});
    if (!options.error().isEmpty())
        return usageError(ctx, options.error());
    const QString soort = options.positional().size() == 1 ? options.positional().first() : QString();
    if (soort == QLatin1String("inzage"))
        return printInzage(ctx, options);
    if (soort == QLatin1String("ontvangstbevestiging"))
        return printOntvangstbevestiging(ctx, options);
    if (soort == QLatin1String("verslag"))
        return printVerslag(ctx, options);
    if (soort == QLatin1String("plan"))
        return printPlan(ctx, options);
    return usageError(ctx, tr("print needs a document: inzage, ontvangstbevestiging, verslag or plan."));
}

} // namespace cli
