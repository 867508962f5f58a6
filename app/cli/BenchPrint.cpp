// SPDX-License-Identifier: EUPL-1.2
// `wijkdossier-cli bench`: the verslag of a typical traject laid out as PDF, next to QTextDocument
// printing a plain text of the same length. Needs the QGuiApplication that main makes for bench.
#include "BenchSupport.h"

#include "Workspace.h"
#include "documents/GerenderdDocument.h"
#include "documents/VerslagDocument.h"
#include "services/DossierService.h"
#include "services/TrajectService.h"
#include "services/ZrmService.h"

#include "printing/DocumentLayout.h"
#include "printing/DocumentTekeningen.h"

#include <QBuffer>
#include <QDate>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include <sqlite3.h>

namespace cli::bench {

namespace {

constexpr int kRuns = 20;

/// A typical traject for the verslag: of those with gesprekken whose inwoner has a ZRM meting, the
/// one with the median number of gesprekken. Its id and that number; nullopt when there is none.
std::optional<std::pair<QString, int>> typischTraject(const QString& path)
{
    RawConnection db(path, false);
    sqlite3_stmt* st = db.prepare(
        "SELECT t.id, COUNT(g.id) AS n FROM traject t JOIN gesprek g ON g.traject_id = t.id AND g.deleted = 0 "
        "WHERE t.deleted = 0 AND EXISTS (SELECT 1 FROM zrm_meting m WHERE m.inwoner_id = t.inwoner_id AND "
        "m.deleted = 0) GROUP BY t.id ORDER BY n, t.id");
    if (!st)
        return std::nullopt;
    std::vector<std::pair<QString, int>> rows;
    while (sqlite3_step(st) == SQLITE_ROW)
        rows.emplace_back(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))),
                          sqlite3_column_int(st, 1));
    sqlite3_reset(st);
    if (rows.empty())
        return std::nullopt;
    return rows[rows.size() / 2];
}

/// The baseline: `text` as plain text in a QTextDocument, printed to a PDF in memory on A4.
QByteArray plainPdf(const QString& text)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    QTextDocument document;
    document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    document.setPlainText(text);
    document.print(&writer);
    return bytes;
}

} // namespace

bool measureVerslagPdf(core::Workspace& ws, const QString& path, std::vector<Measurement>& results, QString& trajectId,
                       QString& why)
{
    const auto traject = typischTraject(path);
    if (!traject) {
        why = tr("the demo data has no traject with gesprekken and a ZRM meting.");
        return false;
    }
    trajectId = traject->first;
    core::DossierService dossiers(ws);
    const core::TrajectService trajecten(ws);
    const core::ZrmService zrm(ws);
    const auto t = trajecten.traject(trajectId);
    const auto inwoner = t ? dossiers.inwoner(t->inwonerId) : std::nullopt;
    if (!inwoner) {
        why = tr("the traject of the verslag cannot be read.");
        return false;
    }

    // All that printing a verslag takes: reading and rendering (with its audit entry), the radar
    // and the layout into a PDF.
    const auto verslag = [&]() -> std::pair<QString, QByteArray> {
        const auto document = dossiers.renderDocument(core::documents::DocumentSoort::Verslag, trajectId);
        if (!document.html)
            return {};
        printing::Opmaak opmaak = printing::verslagOpmaak(inwoner->weergavenaam(), trajecten.today());
        opmaak.tekeningen =
            printing::tekeningen(core::documents::DocumentSoort::Verslag, inwoner->meta.id, dossiers, zrm);
        return {document.html.value(), printing::pdf(document.html.value(), opmaak)};
    };
    const auto eerste = verslag(); // warm-up: fonts and the template are loaded once
    if (eerste.second.isEmpty()) {
        why = tr("the verslag could not be laid out.");
        return false;
    }
    const bool radar = eerste.first.contains(QStringLiteral("wijkdossier://zrm-radar"));
    QTextDocument tekst;
    tekst.setHtml(eerste.first);
    const QString platteTekst = tekst.toPlainText();
    plainPdf(platteTekst);

    std::vector<double> ours;
    std::vector<double> base;
    for (int run = 0; run < kRuns; ++run) {
        const auto pdf = timed(ours, verslag);
        const QByteArray plain = timed(base, [&] { return plainPdf(platteTekst); });
        if (pdf.second.isEmpty() || plain.isEmpty()) {
            why = tr("the verslag could not be laid out.");
            return false;
        }
    }
    const QString note = tr("%1 runs; a traject with %2 gesprekken, %3 characters of text%4; baseline: QTextDocument "
                            "printing the same text as plain text to QPdfWriter")
                             .arg(kRuns)
                             .arg(traject->second)
                             .arg(platteTekst.size())
                             .arg(radar ? tr(" and the ZRM radar") : QString());
    results.push_back({tr("verslag to PDF, p50 (ms)"),
                       QStringLiteral("ms"),
                       percentile(ours, 0.5),
                       percentile(base, 0.5),
                       300,
                       std::nullopt,
                       {}});
    results.push_back({tr("verslag to PDF, p95 (ms)"), QStringLiteral("ms"), percentile(ours, 0.95),
                       percentile(base, 0.95), 300, std::nullopt, note});
    return true;
}

} // namespace cli::bench
