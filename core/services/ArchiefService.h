// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"
#include "documents/GerenderdDocument.h"
#include "model/DocumentArchief.h"
#include "rules/FieldError.h"

#include <QByteArray>
#include <QObject>

#include <optional>
#include <vector>

namespace core {

class TrajectService;
class Workspace;

/// What the inwoner did with a printed verslag, as typed in from the signed paper.
struct Ondertekening {
    QDate datum;
    QString keuze;         ///< kOndertekeningAkkoord or kOndertekeningVoorGezien
    bool aanvraag = false; ///< "Ik vraag hierbij de maatwerkvoorziening aan die in dit verslag staat" ticked
    QString opmerkingen;
};

/// Archive copies of issued documents: whenever a verslag, letter or plan is issued, its PDF/A is
/// stored with the hash of its bytes and the template version, so what the inwoner got (and signed)
/// can always be shown again unchanged. A verslag is then marked signed, with scans of the signed
/// paper. Writes are validated, run in one transaction, are audited and announced with changed().
class ArchiefService : public QObject {
    Q_OBJECT
public:
    /// The most a scan may be: 20 MB (the database refuses more, too).
    static constexpr qint64 kMaxBijlage = 20 * 1024 * 1024;

    /// Steps of the traject (ontvangstbevestiging, aanvraag) are recorded through `trajecten`, so its
    /// validation applies; both must outlive this object.
    ArchiefService(Workspace& workspace, TrajectService& trajecten, QObject* parent = nullptr);

    /// Stores the PDF `pdf` (the PDF/A bytes) as issued now for the traject, plan or inwoner `id`
    /// (as DossierService::renderDocument takes it), made with template version `sjabloon`. For an
    /// ontvangstbevestiging the traject's Ontvangstbevestiging step is recorded with today's date when
    /// it has none. NotFound for an unknown or deleted record; Invalid for empty bytes or when the
    /// traject would not validate with the step (then nothing is stored).
    Result<ArchiefDocument> uitgeven(documents::DocumentSoort soort, const QString& id, const QByteArray& pdf,
                                     const QString& sjabloon);

    /// Living copies of a traject / of an inwoner (all trajecten and outside them), newest first.
    std::vector<ArchiefDocument> lijst(const QString& trajectId) const;
    std::vector<ArchiefDocument> lijstVanInwoner(const QString& inwonerId) const;
    std::optional<ArchiefDocument> document(const QString& archiefId) const;
    /// The stored PDF bytes, checked against the hash stored when it was issued: Invalid, and no
    /// bytes, when they no longer match (the copy was changed outside the app).
    /// Recorded in the audit log as an export.
    Result<QByteArray> pdf(const QString& archiefId);

    /// The problems with marking `document` signed as `ondertekening` (fields "datum",
    /// "ondertekening", "aanvraag", "document"); empty when it can be saved.
    rules::FieldErrors validate(const ArchiefDocument& document, const Ondertekening& ondertekening) const;
    /// Marks a verslag signed (replacing an earlier marking). With the aanvraag ticked it records the
    /// traject's Aanvraag step on that date, which starts the beschikking term; an aanvraag recorded
    /// on another date is never moved (Invalid). Returns the copy as stored.
    Result<ArchiefDocument> ondertekenen(const QString& archiefId, const Ondertekening& ondertekening);

    /// The type of a scan from its first bytes ("application/pdf", "image/jpeg", "image/png"), or an
    /// empty string; the file name is not trusted.
    static QString mimeVan(const QByteArray& bytes);
    /// Attaches a scan or photo of the signed paper: a PDF, JPEG or PNG of at most 20 MB; Invalid,
    /// with a message naming the problem, for anything else.
    Result<DocumentBijlage> bijlageToevoegen(const QString& archiefId, const QString& bestandsnaam,
                                             const QByteArray& inhoud);
    /// The bytes of a bijlage, checked against their hash like pdf().
    Result<QByteArray> bijlage(const QString& bijlageId);
    /// Removes a bijlage (tombstone).
    Status bijlageVerwijderen(const QString& bijlageId);

    /// The documents soort as stored ("verslag" …); empty for one that is not archived.
    static QString soortSleutel(documents::DocumentSoort soort);
    /// Hex SHA-256 of the bytes.
    static QString sha256(const QByteArray& bytes);

signals:
    /// An archive copy of the inwoner (in the traject, when it has one) was stored or changed.
    void changed(const QString& inwonerId, const QString& trajectId);

private:
    Workspace& m_ws;
    TrajectService& m_trajecten;
};

} // namespace core
