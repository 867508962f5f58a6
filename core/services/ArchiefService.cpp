// SPDX-License-Identifier: EUPL-1.2
#include "ArchiefService.h"

#include "Clock.h"
#include "TrajectService.h"
#include "Workspace.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "model/Inwoner.h"
#include "repo/ArchiefRepository.h"
#include "repo/InstellingRepository.h"
#include "repo/InwonerRepository.h"
#include "repo/PlanRepository.h"
#include "repo/TrajectRepository.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace core {

namespace {

using documents::DocumentSoort;
using rules::FieldErrors;

QString datumTekst(const QDate& datum)
{
    return datum.toString(QStringLiteral("dd-MM-yyyy"));
}

/// A traject step recorded by the archive on behalf of the consulent of Mijn gegevens.
TrajectStap stap(StapSoort soort, const QDate& datum, const QString& door)
{
    TrajectStap s;
    s.soort = soort;
    s.datum = datum;
    s.door = door;
    return s;
}

} // namespace

ArchiefService::ArchiefService(Workspace& workspace, TrajectService& trajecten, QObject* parent)
    : QObject(parent)
    , m_ws(workspace)
    , m_trajecten(trajecten)
{
}

QString ArchiefService::soortSleutel(DocumentSoort soort)
{
    if (soort == DocumentSoort::Verslag)
        return QStringLiteral("verslag");
    if (soort == DocumentSoort::Ontvangstbevestiging)
        return QStringLiteral("ontvangstbevestiging");
    if (soort == DocumentSoort::Plan)
        return QStringLiteral("plan");
    if (soort == DocumentSoort::Inzage)
        return QStringLiteral("inzage");
    return {};
}

QString ArchiefService::sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString ArchiefService::mimeVan(const QByteArray& bytes)
{
    if (bytes.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    return {};
}

Result<ArchiefDocument> ArchiefService::uitgeven(DocumentSoort soort, const QString& id, const QByteArray& pdf,
                                                 const QString& sjabloon)
{
    ArchiefDocument a;
    a.soort = soortSleutel(soort);
    a.betreft = id;
    a.sjabloon = sjabloon;
    if (a.soort.isEmpty())
        return Error{ErrorCode::Invalid, tr("This kind of document is not kept as an archive copy.")};
    if (!pdf.startsWith("%PDF-"))
        return Error{ErrorCode::Invalid, tr("The archive copy is not a PDF: nothing was stored.")};
    try {
        // Whoever the document is about, and the traject it belongs to.
        std::optional<Traject> traject;
        if (soort == DocumentSoort::Verslag || soort == DocumentSoort::Ontvangstbevestiging) {
            traject = m_ws.trajecten().get(id);
            if (!traject || traject->meta.deleted)
                return Error{ErrorCode::NotFound, tr("This traject no longer exists.")};
            a.inwonerId = traject->inwonerId;
            a.trajectId = id;
        } else if (soort == DocumentSoort::Plan) {
            const auto plan = m_ws.plannen().get(id);
            if (!plan || plan->meta.deleted)
                return Error{ErrorCode::NotFound, tr("This ondersteuningsplan no longer exists.")};
            a.inwonerId = plan->inwonerId;
            a.trajectId = plan->trajectId;
        } else {
            a.inwonerId = id;
        }
        const auto inwoner = m_ws.inwoners().get(a.inwonerId);
        if (!inwoner || inwoner->meta.deleted)
            return Error{ErrorCode::NotFound, tr("This inwoner no longer exists.")};

        // Issuing the ontvangstbevestiging is the statutory step itself: record it when missing,
        // checked before anything is stored so that a refusal leaves nothing behind.
        std::optional<Traject> metStap;
        if (soort == DocumentSoort::Ontvangstbevestiging && !traject->stap(StapSoort::Ontvangstbevestiging)) {
            metStap = traject;
            metStap->zet(
                stap(StapSoort::Ontvangstbevestiging, m_ws.clock().today(), m_ws.instellingen().mijnGegevens().naam));
            if (const auto errors = m_trajecten.validate(*metStap); !errors.empty())
                return rules::invalid(errors);
        }

        a.uitgegevenOp = m_ws.clock().now().toUTC();
        a.sha256 = sha256(pdf);
        {
            db::Transaction tx(m_ws.db());
            m_ws.stamp(a.meta);
            m_ws.archief().insert(a, pdf);
            m_ws.logAudit(QStringLiteral("create"), QStringLiteral("document_archief"), a.meta.id);
            tx.commit();
        }
        emit changed(a.inwonerId, a.trajectId);
        // The copy is stored whatever happens next: it is what the inwoner got.
        if (metStap) {
            if (auto saved = m_trajecten.saveTraject(*metStap); !saved)
                return saved.error();
        }
        return a;
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

std::vector<ArchiefDocument> ArchiefService::lijst(const QString& trajectId) const
{
    try {
        return m_ws.archief().forTraject(trajectId);
    } catch (const db::DatabaseError&) {
        return {};
    }
}

std::vector<ArchiefDocument> ArchiefService::lijstVanInwoner(const QString& inwonerId) const
{
    try {
        return m_ws.archief().forInwoner(inwonerId);
    } catch (const db::DatabaseError&) {
        return {};
    }
}

std::optional<ArchiefDocument> ArchiefService::document(const QString& archiefId) const
{
    try {
        return m_ws.archief().get(archiefId);
    } catch (const db::DatabaseError&) {
        return std::nullopt;
    }
}

Result<QByteArray> ArchiefService::pdf(const QString& archiefId)
{
    try {
        const auto a = m_ws.archief().get(archiefId);
        const auto bytes = a && !a->meta.deleted ? m_ws.archief().pdf(archiefId) : std::nullopt;
        if (!bytes)
            return Error{ErrorCode::NotFound, tr("This archive copy no longer exists.")};
        if (sha256(*bytes) != a->sha256)
            return Error{ErrorCode::Io, tr("The archive copy was changed after it was issued: its contents no longer "
                                           "match the fingerprint (SHA-256) stored with it. It is not shown.")};
        m_ws.logAudit(QStringLiteral("export"), QStringLiteral("document_archief"), archiefId);
        return *bytes;
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

FieldErrors ArchiefService::validate(const ArchiefDocument& a, const Ondertekening& o) const
{
    FieldErrors errors;
    if (a.soort != QLatin1String("verslag")) {
        errors.push_back({QStringLiteral("document"), QStringLiteral("soort"),
                          tr("Only a verslag is signed by the inwoner; this copy is not one.")});
        return errors;
    }
    const QDate uitgegeven = a.uitgegevenOp.toLocalTime().date();
    if (!o.datum.isValid())
        errors.push_back({QStringLiteral("datum"), QStringLiteral("required"), tr("Enter the date of signing.")});
    else if (o.datum > m_ws.clock().today())
        errors.push_back(
            {QStringLiteral("datum"), QStringLiteral("date"), tr("The date of signing lies in the future.")});
    else if (o.datum < uitgegeven)
        errors.push_back(
            {QStringLiteral("datum"), QStringLiteral("order"),
             tr("The date of signing lies before the verslag was issued (%1).").arg(datumTekst(uitgegeven))});
    if (o.keuze != kOndertekeningAkkoord && o.keuze != kOndertekeningVoorGezien)
        errors.push_back({QStringLiteral("ondertekening"), QStringLiteral("required"),
                          tr("Choose how the inwoner signed: akkoord or voor gezien.")});
    if (o.aanvraag && o.datum.isValid()) {
        try {
            const auto traject = m_ws.trajecten().get(a.trajectId);
            const TrajectStap* aanvraag = traject ? traject->stap(StapSoort::Aanvraag) : nullptr;
            if (aanvraag && aanvraag->datum != o.datum)
                errors.push_back(
                    {QStringLiteral("aanvraag"), QStringLiteral("conflict"),
                     tr("The traject already has an aanvraag dated %1. That legal date is not moved: correct it in "
                        "the traject first if the date of signing is the right one.")
                         .arg(datumTekst(aanvraag->datum))});
        } catch (const db::DatabaseError&) {
            // The save reads the traject again and reports the failure.
        }
    }
    return errors;
}

Result<ArchiefDocument> ArchiefService::ondertekenen(const QString& archiefId, const Ondertekening& input)
{
    Ondertekening o = input;
    o.opmerkingen = o.opmerkingen.trimmed();
    try {
        auto a = m_ws.archief().get(archiefId);
        if (!a || a->meta.deleted)
            return Error{ErrorCode::NotFound, tr("This archive copy no longer exists.")};
        if (const auto errors = validate(*a, o); !errors.empty())
            return rules::invalid(errors);

        // The ticked aanvraag is the Aanvraag step of the traject: it starts the beschikking term.
        std::optional<Traject> metAanvraag;
        if (o.aanvraag) {
            const auto traject = m_ws.trajecten().get(a->trajectId);
            if (!traject || traject->meta.deleted)
                return Error{ErrorCode::NotFound, tr("This traject no longer exists.")};
            if (!traject->stap(StapSoort::Aanvraag)) {
                metAanvraag = traject;
                metAanvraag->zet(stap(StapSoort::Aanvraag, o.datum, m_ws.instellingen().mijnGegevens().naam));
                if (const auto errors = m_trajecten.validate(*metAanvraag); !errors.empty())
                    return rules::invalid(errors);
            }
        }

        a->ondertekendOp = o.datum;
        a->ondertekening = o.keuze;
        a->aanvraag = o.aanvraag;
        a->opmerkingen = o.opmerkingen;
        {
            db::Transaction tx(m_ws.db());
            m_ws.stamp(a->meta);
            m_ws.archief().save(*a);
            m_ws.logAudit(QStringLiteral("update"), QStringLiteral("document_archief"), a->meta.id);
            tx.commit();
        }
        emit changed(a->inwonerId, a->trajectId);
        if (metAanvraag) {
            if (auto saved = m_trajecten.saveTraject(*metAanvraag); !saved)
                return saved.error();
        }
        return *a;
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

Result<DocumentBijlage> ArchiefService::bijlageToevoegen(const QString& archiefId, const QString& bestandsnaam,
                                                         const QByteArray& inhoud)
{
    DocumentBijlage b;
    b.archiefId = archiefId;
    b.bestandsnaam = QFileInfo(bestandsnaam).fileName();
    b.grootte = inhoud.size();
    if (inhoud.isEmpty())
        return Error{ErrorCode::Invalid, tr("The file %1 is empty. Attach a scan or photo of the signed paper: a PDF, "
                                            "JPEG or PNG of at most 20 MB.")
                                             .arg(b.bestandsnaam)};
    if (b.grootte > kMaxBijlage)
        return Error{ErrorCode::Invalid,
                     tr("The file %1 is %2 MB, larger than the 20 MB a scan may be. Scan at a lower resolution or "
                        "save it as JPEG.")
                         .arg(b.bestandsnaam)
                         .arg(static_cast<double>(b.grootte) / (1024.0 * 1024.0), 0, 'f', 1)};
    b.mime = mimeVan(inhoud);
    if (b.mime.isEmpty())
        return Error{ErrorCode::Invalid,
                     tr("The file %1 is not a PDF, JPEG or PNG (judged by its contents, not its name). Attach a scan "
                        "or photo of the signed paper as PDF, JPEG or PNG of at most 20 MB.")
                         .arg(b.bestandsnaam)};
    b.sha256 = sha256(inhoud);
    try {
        const auto a = m_ws.archief().get(archiefId);
        if (!a || a->meta.deleted)
            return Error{ErrorCode::NotFound, tr("This archive copy no longer exists.")};
        db::Transaction tx(m_ws.db());
        m_ws.stamp(b.meta);
        m_ws.archief().insert(b, inhoud);
        m_ws.logAudit(QStringLiteral("create"), QStringLiteral("document_bijlage"), b.meta.id);
        tx.commit();
        emit changed(a->inwonerId, a->trajectId);
        return b;
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

Result<QByteArray> ArchiefService::bijlage(const QString& bijlageId)
{
    try {
        const auto b = m_ws.archief().bijlage(bijlageId);
        const auto bytes = b && !b->meta.deleted ? m_ws.archief().inhoud(bijlageId) : std::nullopt;
        if (!bytes)
            return Error{ErrorCode::NotFound, tr("This scan no longer exists.")};
        if (sha256(*bytes) != b->sha256)
            return Error{ErrorCode::Io, tr("The scan was changed after it was attached: its contents no longer match "
                                           "the fingerprint (SHA-256) stored with it. It is not shown.")};
        m_ws.logAudit(QStringLiteral("export"), QStringLiteral("document_bijlage"), bijlageId);
        return *bytes;
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

Status ArchiefService::bijlageVerwijderen(const QString& bijlageId)
{
    try {
        auto b = m_ws.archief().bijlage(bijlageId);
        const auto a = b ? m_ws.archief().get(b->archiefId) : std::nullopt;
        if (!b || b->meta.deleted || !a)
            return Error{ErrorCode::NotFound, tr("This scan no longer exists.")};
        b->meta.deleted = true;
        db::Transaction tx(m_ws.db());
        m_ws.stamp(b->meta);
        m_ws.archief().save(*b);
        m_ws.logAudit(QStringLiteral("delete"), QStringLiteral("document_bijlage"), bijlageId);
        tx.commit();
        emit changed(a->inwonerId, a->trajectId);
        return {};
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

} // namespace core
