// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "SyncMeta.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace core {

/// How the inwoner signed a verslag (document_archief.ondertekening).
inline const QString kOndertekeningAkkoord = QStringLiteral("akkoord");
inline const QString kOndertekeningVoorGezien = QStringLiteral("voor_gezien");

/// A scan or photo of the signed paper, kept with an archive copy. The bytes are not in this
/// struct: lists never load them (ArchiefService::bijlage reads them).
struct DocumentBijlage {
    SyncMeta meta;
    QString archiefId;
    QString bestandsnaam; ///< the file name it was attached from
    QString mime;         ///< application/pdf, image/jpeg or image/png, sniffed from the bytes
    qint64 grootte = 0;   ///< bytes
    QString sha256;       ///< hex of the bytes
};

/// The PDF/A copy of a document as it was issued, so that what was signed can be shown again
/// unchanged; for a verslag also how it was signed. The PDF bytes are not in this struct (see
/// ArchiefService::pdf).
struct ArchiefDocument {
    SyncMeta meta;
    QString inwonerId;
    QString trajectId;      ///< empty for a document outside a traject (inzage, a plan without one)
    QString soort;          ///< the document: "verslag", "ontvangstbevestiging", "plan", "inzage" …
    QString betreft;        ///< the id it was printed for: traject (verslag, letter), plan, inwoner
    QDateTime uitgegevenOp; ///< UTC
    QString sjabloon;       ///< the template version (LoadedTemplate::version)
    QString sha256;         ///< hex of the PDF bytes
    std::optional<QDate> ondertekendOp;
    QString ondertekening;                 ///< "", kOndertekeningAkkoord or kOndertekeningVoorGezien
    bool aanvraag = false;                 ///< the inwoner ticked the aanvraag of the maatwerkvoorziening
    QString opmerkingen;                   ///< the inwoner's remarks, typed in from the paper
    std::vector<DocumentBijlage> bijlagen; ///< living scans, oldest first

    bool isOndertekend() const { return ondertekendOp.has_value(); }
};

} // namespace core
