// SPDX-License-Identifier: EUPL-1.2
// wijkdossier-bench-print: how long opening the print preview of a verslag takes, for `bench`.
// Opens a database, then per run renders the verslag of the traject it is given (with its ZRM radar),
// builds a QPrintPreviewDialog for it as the app does (ui::preview) and shows it until the preview
// has painted its pages (offscreen). Prints `key=value` lines; exits non-zero with the reason on
// stderr when it cannot measure.
#include "Clock.h"
#include "Workspace.h"
#include "documents/GerenderdDocument.h"
#include "services/DossierService.h"
#include "services/TrajectService.h"
#include "services/ZrmService.h"

#include "printing/DocumentLayout.h"
#include "printing/DocumentTekeningen.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGraphicsView>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int kRuns = 20;

int fail(const QString& reason)
{
    std::fprintf(stderr, "%s\n", qPrintable(reason));
    return 1;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

/// Quits `loop` at the first paint of the preview's pages.
class FirstPaint : public QObject {
public:
    FirstPaint(QPrintPreviewWidget* preview, QEventLoop& loop)
        : m_preview(preview)
        , m_loop(loop)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_preview->pageCount() > 0)
            QTimer::singleShot(0, &m_loop, &QEventLoop::quit); // after this paint is done
        return QObject::eventFilter(watched, event);
    }

private:
    QPrintPreviewWidget* m_preview;
    QEventLoop& m_loop;
};

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 3)
        return fail(QStringLiteral("usage: wijkdossier-bench-print DATABASE TRAJECT-ID"));
    core::SystemClock clock;
    auto opened = core::Workspace::open(args[1], clock);
    if (!opened)
        return fail(opened.error().message);
    core::Workspace& ws = *opened.value();
    core::DossierService dossiers(ws);
    const core::TrajectService trajecten(ws);
    const core::ZrmService zrm(ws);
    const auto traject = trajecten.traject(args[2]);
    const auto inwoner = traject ? dossiers.inwoner(traject->inwonerId) : std::nullopt;
    if (!inwoner)
        return fail(QStringLiteral("no such traject"));

    std::vector<double> times;
    int pages = 0;
    for (int run = 0; run <= kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        // As ui::printDocument and ui::preview do it.
        const auto document = dossiers.renderDocument(core::documents::DocumentSoort::Verslag, args[2]);
        if (!document.html)
            return fail(document.html.error().message);
        printing::Opmaak opmaak = printing::verslagOpmaak(inwoner->weergavenaam(), trajecten.today());
        opmaak.tekeningen =
            printing::tekeningen(core::documents::DocumentSoort::Verslag, inwoner->meta.id, dossiers, zrm);
        const QString html = document.html.value();
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setDocName(opmaak.titel);
        QPrintPreviewDialog dialog(&printer);
        QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                         [&html, &opmaak](QPrinter* target) { printing::paint(*target, html, opmaak); });
        auto* preview = dialog.findChild<QPrintPreviewWidget*>();
        auto* view = preview ? preview->findChild<QGraphicsView*>() : nullptr;
        if (!view)
            return fail(QStringLiteral("the print preview has no page view"));
        QEventLoop loop;
        FirstPaint firstPaint(preview, loop);
        view->viewport()->installEventFilter(&firstPaint);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        dialog.show();
        loop.exec();
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        view->viewport()->removeEventFilter(&firstPaint);
        pages = preview->pageCount();
        if (pages == 0)
            return fail(QStringLiteral("the print preview did not paint"));
        if (run > 0) // the first run is a warm-up: fonts, the template, the print support plugin
            times.push_back(ms);
        dialog.hide();
    }
    std::printf("preview_ms_p50=%.3f\npreview_ms_p95=%.3f\nruns=%d\npages=%d\n", percentile(times, 0.5),
                percentile(times, 0.95), kRuns, pages);
    return 0;
}
