// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

class QImage;
class QPagedPaintDevice;
class QPainter;

namespace printing {

/// A drawing in a document that core cannot make (it renders HTML without Qt GUI): the HTML refers
/// to it as <img src="wijkdossier://NAAM" width="W" height="H">, W and H in CSS pixels (96 to the
/// inch, as for any HTML image), and the layout has it drawn at that size at print resolution.
struct Tekening {
    QString naam; ///< what follows wijkdossier:// in the HTML, e.g. "netwerkkaart"
    /// Draws into `area` (in CSS pixels, from 0,0; white already) on a painter at print resolution.
    std::function<void(QPainter& painter, const QRectF& area)> teken;
};

/// The Dutch words of one printed document: the PDF title and the footer text before the page count.
/// The printed letter is Dutch whatever language the app speaks, like its template.
struct Opmaak {
    QString titel; ///< "Overzicht van uw gegevens"
    QString voet;  ///< "Overzicht van de gegevens van Jan van der Berg · 10 november 2026"
    /// Moves a top-level table that would be cut by a page break, and fits on one page, to the next
    /// page whole (QTextDocument ignores page-break-inside: avoid): the verslag's signature block.
    bool tabellenHeel = false;
    /// Writes PDF/A-1b (fonts embedded, no encryption, colour profile): the archive copy.
    bool pdfa = false;
    /// The drawings the HTML refers to (see Tekening); an image whose drawing is not here stays empty.
    /// Part of the layout, so that every PDF of the document, the archive copy too, shows them.
    std::vector<Tekening> tekeningen = {};
};

/// The Opmaak of each document, for the inwoner called `naam`, printed on `dag`.
Opmaak inzageOpmaak(const QString& naam, const QDate& dag);
Opmaak ontvangstbevestigingOpmaak(const QString& naam, const QDate& dag);
Opmaak verslagOpmaak(const QString& naam, const QDate& dag);
Opmaak planOpmaak(const QString& naam, const QDate& dag);
Opmaak netwerkkaartOpmaak(const QString& naam, const QDate& dag);

/// Lays `html` out on A4 pages (it sets the page size and margins of `device`) and paints them, with
/// a footer on every page: who the document is about, the date and "pagina X van Y". Works for a
/// QPdfWriter and a QPrinter. Returns false when painting could not start.
bool paint(QPagedPaintDevice& device, const QString& html, const Opmaak& opmaak);

/// Writes the PDF to `path` through core::OutputFile: mode 0600 (special-category personal data),
/// whole or not at all, an old file replaced only by a complete new one. On failure returns false
/// with the (translated) reason in `error` when given: a full disk names the folder and the space
/// needed.
bool writePdf(const QString& path, const QString& html, const Opmaak& opmaak, QString* error = nullptr);

/// `image` as PNG bytes, for core::OutputFile; empty when it is null or cannot be encoded.
QByteArray png(const QImage& image);

/// The PDF of `html` in memory (PDF/A-1b when `opmaak.pdfa`): the bytes an archive copy stores.
/// Empty when painting could not start.
QByteArray pdf(const QString& html, const Opmaak& opmaak);

} // namespace printing
