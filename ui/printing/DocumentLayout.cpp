// SPDX-License-Identifier: EUPL-1.2
// Qt GUI only (no Widgets): the command-line interface links this library too.
#include "DocumentLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>
#include <filesystem>
#include <system_error>

namespace printing {

namespace {

constexpr double kMarginMm = 20.0;
constexpr double kFooterMm = 10.0;
// The messages of writePdf were the command-line interface's first and keep its context and translations.

int mmToPixels(double mm, int resolution)
{
    return static_cast<int>(std::lround(mm / 25.4 * resolution));
}

QString datum(const QDate& dag)
{
    return QLocale(QLocale::Dutch, QLocale::Netherlands).toString(dag, QStringLiteral("d MMMM yyyy"));
}

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

bool paintPdf(QPdfWriter& writer, const QString& html, const Opmaak& opmaak)
{
    writer.setCreator(QStringLiteral("Wijkdossier"));
    writer.setTitle(opmaak.titel);
    writer.setPdfVersion(opmaak.pdfa ? QPagedPaintDevice::PdfVersion_A1b : QPagedPaintDevice::PdfVersion_1_4);
    return paint(writer, html, opmaak);
}

} // namespace

Opmaak inzageOpmaak(const QString& naam, const QDate& dag)
{
    return {QStringLiteral("Overzicht van uw gegevens"),
            QStringLiteral("Overzicht van de gegevens van %1 · %2").arg(naam, datum(dag))};
}

Opmaak ontvangstbevestigingOpmaak(const QString& naam, const QDate& dag)
{
    return {QStringLiteral("Bevestiging van uw melding"),
            QStringLiteral("Ontvangstbevestiging voor %1 · %2").arg(naam, datum(dag))};
}

Opmaak verslagOpmaak(const QString& naam, const QDate& dag)
{
    return {QStringLiteral("Verslag van ons gesprek"), QStringLiteral("Verslag voor %1 · %2").arg(naam, datum(dag)),
            true};
}

Opmaak planOpmaak(const QString& naam, const QDate& dag)
{
    return {QStringLiteral("Uw ondersteuningsplan"),
            QStringLiteral("Ondersteuningsplan van %1 · %2").arg(naam, datum(dag)), true};
}

bool paint(QPagedPaintDevice& device, const QString& html, const Opmaak& opmaak)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
    const int resolution = device.logicalDpiY();
    const QRect area = device.pageLayout().paintRectPixels(resolution);
    const int footer = mmToPixels(kFooterMm, resolution);
    const int bodyHeight = area.height() - footer;

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    document.setPageSize(QSizeF(area.width(), bodyHeight));
    document.setHtml(html);
    if (opmaak.tabellenHeel)
        houdTabellenHeel(document, bodyHeight);
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return false;
    QFont footerFont(QStringLiteral("DejaVu Sans"), 8);
    const QRect footerRect(0, area.height() - footer, area.width(), footer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
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
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignBottom, opmaak.voet);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignBottom,
                         QStringLiteral("pagina %1 van %2").arg(page + 1).arg(pages));
        painter.restore();
    }
    return painter.end();
}

bool writePdf(const QString& path, const QString& html, const Opmaak& opmaak, QString* error)
{
    const QString tmpPath = path + QStringLiteral(".tmp");
    QFile::remove(tmpPath);
    QFile tmp(tmpPath);
    if (!tmp.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = QCoreApplication::translate("cli", "Cannot write %1: %2").arg(tmpPath, tmp.errorString());
        return false;
    }
    bool painted = false;
    {
        QPdfWriter writer(&tmp);
        painted = paintPdf(writer, html, opmaak);
    }
    const bool flushed = tmp.flush() && tmp.error() == QFileDevice::NoError;
    tmp.close();
    std::error_code renameError;
    if (painted && flushed)
        std::filesystem::rename(QFile::encodeName(tmpPath).toStdString(), QFile::encodeName(path).toStdString(),
                                renameError);
    if (!painted || !flushed || renameError) {
        QFile::remove(tmpPath);
        if (error)
            *error = QCoreApplication::translate("cli", "Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

QByteArray pdf(const QString& html, const Opmaak& opmaak)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    bool painted = false;
    {
        QPdfWriter writer(&buffer);
        painted = paintPdf(writer, html, opmaak);
    }
    return painted ? bytes : QByteArray();
}

} // namespace printing
