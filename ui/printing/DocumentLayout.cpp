// SPDX-License-Identifier: EUPL-1.2
// Qt GUI only (no Widgets): the command-line interface links this library too.
#include "DocumentLayout.h"

#include "OutputFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace printing {

namespace {

constexpr double kMarginMm = 20.0;
constexpr double kFooterMm = 10.0;
constexpr int kTekeningDpi = 300;
const QString kSchema = QStringLiteral("wijkdossier://");

int mmToPixels(double mm, int resolution)
{
    return static_cast<int>(std::lround(mm / 25.4 * resolution));
}

QString datum(const QDate& dag)
{
    return QLocale(QLocale::Dutch, QLocale::Netherlands).toString(dag, QStringLiteral("d MMMM yyyy"));
}

/// Gives every top-level table of `document` that a page break would cut, and that fits on one page
/// Moves a heading that would end up at the foot of a page, without room for a line of what it
/// heads, to the next page: a reader must not find "Wat u zelf doet" alone at the bottom of page 1.
void houdKoppenBijTekst(QTextDocument& document, int pageHeight)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() == 0 || !block.next().isValid())
            continue;
        const QRectF rect = document.documentLayout()->blockBoundingRect(block);
        const double pageEnd = (std::floor(rect.top() / pageHeight) + 1) * pageHeight;
        const bool atPageTop = std::fmod(rect.top(), pageHeight) < 1;
        if (!atPageTop && rect.bottom() + 1.5 * rect.height() > pageEnd) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
        }
    }
}

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

/// Draws the images <img src="wijkdossier://…"> of `document` from `tekeningen` at `resolution`
/// (dots per inch, at most 300: sharp on paper, a modest PDF) and adds them as resources. `breedte` is
/// the width of the page in CSS pixels.
void tekenAfbeeldingen(QTextDocument& document, const std::vector<Tekening>& tekeningen, int resolution, double breedte)
{
    const double schaal = std::min(resolution, kTekeningDpi) / 96.0;
    bool toegevoegd = false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QTextImageFormat image = format.toImageFormat();
            const QString naam = image.name();
            if (!naam.startsWith(kSchema) || document.resource(QTextDocument::ImageResource, QUrl(naam)).isValid())
                continue;
            const auto tekening = std::find_if(tekeningen.begin(), tekeningen.end(),
                                               [&](const Tekening& t) { return kSchema + t.naam == naam; });
            if (tekening == tekeningen.end() || !tekening->teken) {
                // Left empty: without a resource QTextDocument would stretch its "missing image" icon.
                QImage wit(1, 1, QImage::Format_RGB32);
                wit.fill(Qt::white);
                document.addResource(QTextDocument::ImageResource, QUrl(naam), wit);
                toegevoegd = true;
                continue;
            }
            // Without a size in the HTML: the width of the page, in the proportions of a sheet.
            const double w = image.width() > 0 ? image.width() : breedte;
            const double h = image.height() > 0 ? image.height() : w * 3 / 4;
            QImage pixels(QSize(qRound(w * schaal), qRound(h * schaal)), QImage::Format_RGB32);
            pixels.setDevicePixelRatio(schaal);
            pixels.fill(Qt::white);
            {
                QPainter painter(&pixels);
                painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
                painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
                tekening->teken(painter, QRectF(0, 0, w, h));
            }
            document.addResource(QTextDocument::ImageResource, QUrl(naam), pixels);
            toegevoegd = true;
        }
    }
    if (toegevoegd)
        document.markContentsDirty(0, document.characterCount());
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

Opmaak netwerkkaartOpmaak(const QString& naam, const QDate& dag)
{
    return {QStringLiteral("De mensen om u heen"), QStringLiteral("Netwerkkaart van %1 · %2").arg(naam, datum(dag)),
            true};
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
    tekenAfbeeldingen(document, opmaak.tekeningen, resolution, area.width() * 96.0 / resolution);
    houdKoppenBijTekst(document, bodyHeight);
    if (opmaak.tabellenHeel)
        houdTabellenHeel(document, bodyHeight);
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return false;
    // The drawings are line art: stored losslessly (no JPEG fringes around the lines and letters).
    painter.setRenderHint(QPainter::LosslessImageRendering);
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
    const QByteArray bytes = pdf(html, opmaak);
    const core::Status written =
        bytes.isEmpty()
            ? core::Status(core::Error{
                  core::ErrorCode::Io,
                  QCoreApplication::translate("cli", "Cannot write %1.").arg(QDir::toNativeSeparators(path))})
            : core::OutputFile::write(path, bytes);
    if (!written && error)
        *error = written.error().message;
    return written.ok();
}

QByteArray png(const QImage& image)
{
    QByteArray bytes;
    if (image.isNull())
        return bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    return image.save(&buffer, "PNG") ? bytes : QByteArray();
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
