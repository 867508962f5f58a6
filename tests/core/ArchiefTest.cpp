// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "db/Database.h"
#include "repo/AuditRepository.h"
#include "services/ArchiefService.h"
#include "services/DossierService.h"
#include "services/PlanService.h"
#include "services/TrajectService.h"

#include <QCryptographicHash>
#include <QSignalSpy>

using namespace core;
using documents::DocumentSoort;

namespace {

// The test clock stands at Tuesday 10 November 2026, 14:00 UTC.

QByteArray pdfBytes(const char* tekst = "verslag")
{
    return QByteArray("%PDF-1.4\n% archiefkopie ") + tekst + "\n%%EOF\n";
}

QByteArray pngBytes()
{
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(64, 'p');
}

QByteArray jpegBytes()
{
    return QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(64, 'j');
}

struct Fixture {
    test::TempWorkspace ws;
    DossierService dossiers{*ws};
    TrajectService trajecten{*ws};
    ArchiefService archief{*ws, trajecten};
    QString inwonerId;
    QString trajectId;

    Fixture()
    {
        Inwoner in;
        in.geslachtsnaam = QStringLiteral("Jansen");
        auto inwoner = dossiers.saveInwoner(in);
        REQUIRE(inwoner.ok());
        inwonerId = inwoner->meta.id;
        Traject t = trajecten.nieuw(inwonerId);
        t.meldingDatum = QDate(2026, 10, 1);
        t.kanaal = QStringLiteral("telefoon");
        t.hulpvraag = QStringLiteral("Ik kan het huishouden niet meer alleen.");
        auto traject = trajecten.saveTraject(t);
        REQUIRE(traject.ok());
        trajectId = traject->meta.id;
    }

    ArchiefDocument verslag(const QByteArray& bytes = pdfBytes())
    {
        auto a = archief.uitgeven(DocumentSoort::Verslag, trajectId, bytes, QStringLiteral("built-in:verslag"));
        REQUIRE(a.ok());
        return a.value();
    }

    qint64 count(const char* table) { return ws->db().scalar(std::string("SELECT count(*) FROM ") + table); }
};

Ondertekening getekend(QDate datum, const QString& keuze = kOndertekeningAkkoord, bool aanvraag = false)
{
    Ondertekening o;
    o.datum = datum;
    o.keuze = keuze;
    o.aanvraag = aanvraag;
    o.opmerkingen = QStringLiteral("  Ik wil liever 's ochtends hulp.  ");
    return o;
}

bool heeftActie(Workspace& ws, const QString& id, const char* actie, const char* entity)
{
    for (const auto& e : ws.audit().forEntity(id)) {
        if (e.action == QLatin1String(actie) && e.entity == QLatin1String(entity))
            return true;
    }
    return false;
}

QStringList velden(const rules::FieldErrors& errors)
{
    QStringList out;
    for (const auto& e : errors)
        out << e.field + QLatin1Char('/') + e.code;
    return out;
}

} // namespace

TEST_CASE("an issued verslag is archived with its hash and template and reads back unchanged", "[archief]")
{
    Fixture f;
    QSignalSpy changed(&f.archief, &ArchiefService::changed);
    const QByteArray bytes = pdfBytes();
    const ArchiefDocument a = f.verslag(bytes);

    CHECK(changed.count() == 1);
    CHECK(changed.first().at(0).toString() == f.inwonerId);
    CHECK(changed.first().at(1).toString() == f.trajectId);
    CHECK(a.soort == QLatin1String("verslag"));
    CHECK(a.inwonerId == f.inwonerId);
    CHECK(a.trajectId == f.trajectId);
    CHECK(a.betreft == f.trajectId);
    CHECK(a.uitgegevenOp == QDateTime(QDate(2026, 11, 10), QTime(14, 0), Qt::UTC));
    CHECK(a.sha256 == QLatin1String(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    CHECK(heeftActie(*f.ws, a.meta.id, "create", "document_archief"));

    // A fresh workspace on the same file: the copy and its bytes are as they were issued.
    const QString path = f.ws.path();
    f.ws.ws.reset();
    auto reopened = Workspace::open(path, f.ws.clock);
    REQUIRE(reopened.ok());
    TrajectService trajecten(*reopened.value());
    ArchiefService archief(*reopened.value(), trajecten);
    const auto lijst = archief.lijst(f.trajectId);
    REQUIRE(lijst.size() == 1);
    CHECK(lijst.front().meta.id == a.meta.id);
    CHECK(lijst.front().sjabloon == QLatin1String("built-in:verslag"));
    CHECK(lijst.front().sha256 == a.sha256);
    CHECK_FALSE(lijst.front().isOndertekend());
    CHECK(archief.lijstVanInwoner(f.inwonerId).size() == 1);
    const auto back = archief.pdf(a.meta.id);
    REQUIRE(back.ok());
    CHECK(back.value() == bytes);
    CHECK(heeftActie(*reopened.value(), a.meta.id, "export", "document_archief"));
}

TEST_CASE("a copy whose stored bytes were changed is refused on re-open", "[archief]")
{
    Fixture f;
    const ArchiefDocument a = f.verslag();
    const ArchiefDocument ander = f.verslag(pdfBytes("ander"));
    f.ws->db().exec("UPDATE document_archief SET pdf = CAST('%PDF-1.4 vervalst' AS BLOB) WHERE id = '" +
                    a.meta.id.toStdString() + "'");

    const auto tampered = f.archief.pdf(a.meta.id);
    REQUIRE_FALSE(tampered.ok());
    CHECK(tampered.error().message.contains(QLatin1String("SHA-256")));
    CHECK(f.archief.pdf(ander.meta.id).ok()); // the other copy is untouched
    CHECK(f.archief.pdf(QStringLiteral("bestaat-niet")).error().code == ErrorCode::NotFound);
}

TEST_CASE("issuing the ontvangstbevestiging records the statutory step once", "[archief]")
{
    Fixture f;
    REQUIRE_FALSE(f.trajecten.traject(f.trajectId)->stap(StapSoort::Ontvangstbevestiging));
    auto brief = f.archief.uitgeven(DocumentSoort::Ontvangstbevestiging, f.trajectId, pdfBytes("brief"),
                                    QStringLiteral("built-in:ontvangstbevestiging"));
    REQUIRE(brief.ok());
    const auto* stap = f.trajecten.traject(f.trajectId)->stap(StapSoort::Ontvangstbevestiging);
    REQUIRE(stap);
    CHECK(stap->datum == QDate(2026, 11, 10));

    SECTION("a second letter later leaves the recorded date alone")
    {
        f.ws.clock.set(QDateTime(QDate(2026, 11, 12), QTime(9, 0), Qt::UTC));
        REQUIRE(f.archief
                    .uitgeven(DocumentSoort::Ontvangstbevestiging, f.trajectId, pdfBytes("brief 2"),
                              QStringLiteral("built-in:ontvangstbevestiging"))
                    .ok());
        CHECK(f.trajecten.traject(f.trajectId)->datum(StapSoort::Ontvangstbevestiging) == QDate(2026, 11, 10));
        CHECK(f.archief.lijst(f.trajectId).size() == 2);
    }
    SECTION("a verslag records no step")
    {
        const auto before = f.trajecten.traject(f.trajectId)->stappen.size();
        f.verslag();
        CHECK(f.trajecten.traject(f.trajectId)->stappen.size() == before);
    }
}

TEST_CASE("issuing is refused with nothing saved for bad input", "[archief]")
{
    Fixture f;
    SECTION("empty or non-PDF bytes")
    {
        CHECK(f.archief.uitgeven(DocumentSoort::Verslag, f.trajectId, {}, QStringLiteral("v")).error().code ==
              ErrorCode::Invalid);
        CHECK_FALSE(f.archief.uitgeven(DocumentSoort::Verslag, f.trajectId, "<html>", QStringLiteral("v")).ok());
    }
    SECTION("an unknown or deleted traject")
    {
        CHECK(f.archief.uitgeven(DocumentSoort::Verslag, QStringLiteral("nee"), pdfBytes(), QStringLiteral("v"))
                  .error()
                  .code == ErrorCode::NotFound);
        REQUIRE(f.trajecten.deleteTraject(f.trajectId).ok());
        CHECK(f.archief.uitgeven(DocumentSoort::Ontvangstbevestiging, f.trajectId, pdfBytes(), QStringLiteral("v"))
                  .error()
                  .code == ErrorCode::NotFound);
    }
    SECTION("an ontvangstbevestiging whose step would not validate (melding in the future)")
    {
        // A melding entered for tomorrow by mistake: today's step would lie before it.
        Traject t = *f.trajecten.traject(f.trajectId);
        t.meldingDatum = QDate(2026, 11, 10);
        REQUIRE(f.trajecten.saveTraject(t).ok());
        f.ws.clock.set(QDateTime(QDate(2026, 11, 9), QTime(14, 0), Qt::UTC));
        const auto refused =
            f.archief.uitgeven(DocumentSoort::Ontvangstbevestiging, f.trajectId, pdfBytes(), QStringLiteral("v"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Invalid);
        CHECK_FALSE(f.trajecten.traject(f.trajectId)->stap(StapSoort::Ontvangstbevestiging));
    }
    CHECK(f.count("document_archief") == 0);
}

TEST_CASE("a plan is archived for its inwoner and traject", "[archief]")
{
    Fixture f;
    PlanService plannen(*f.ws);
    auto plan = plannen.nieuw(f.inwonerId, f.trajectId);
    auto saved = plannen.savePlan(plan);
    REQUIRE(saved.ok());
    auto a = f.archief.uitgeven(DocumentSoort::Plan, saved->meta.id, pdfBytes("plan"), QStringLiteral("built-in:plan"));
    REQUIRE(a.ok());
    CHECK(a->betreft == saved->meta.id);
    CHECK(a->trajectId == f.trajectId);
    CHECK(a->inwonerId == f.inwonerId);
    CHECK(f.archief.lijst(f.trajectId).front().soort == QLatin1String("plan"));
}

TEST_CASE("a signed verslag with the aanvraag starts the beschikking term", "[archief]")
{
    Fixture f;
    f.ws.clock.set(QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC));
    const ArchiefDocument a = f.verslag();
    f.ws.clock.set(QDateTime(QDate(2026, 11, 10), QTime(14, 0), Qt::UTC));

    auto signed_ = f.archief.ondertekenen(a.meta.id, getekend(QDate(2026, 11, 3), kOndertekeningAkkoord, true));
    REQUIRE(signed_.ok());
    CHECK(signed_->ondertekendOp == QDate(2026, 11, 3));
    CHECK(signed_->ondertekening == kOndertekeningAkkoord);
    CHECK(signed_->aanvraag);
    CHECK(signed_->opmerkingen == QLatin1String("Ik wil liever 's ochtends hulp."));
    CHECK(heeftActie(*f.ws, a.meta.id, "update", "document_archief"));

    const auto traject = f.trajecten.traject(f.trajectId);
    CHECK(traject->datum(StapSoort::Aanvraag) == QDate(2026, 11, 3));
    const auto stand = f.trajecten.stand(*traject);
    const auto* beschikking = stand.termijn(QStringLiteral("beschikking"));
    REQUIRE(beschikking);
    CHECK(beschikking->termijn.wettelijk == QDate(2026, 11, 17));
    CHECK(beschikking->termijn.datum == QDate(2026, 11, 17));
    CHECK(beschikking->isOpen());

    SECTION("re-marking replaces the signature and keeps the aanvraag date")
    {
        auto again = f.archief.ondertekenen(a.meta.id, getekend(QDate(2026, 11, 3), kOndertekeningVoorGezien, true));
        REQUIRE(again.ok());
        const auto stored = f.archief.document(a.meta.id);
        CHECK(stored->ondertekening == kOndertekeningVoorGezien);
        CHECK(f.trajecten.traject(f.trajectId)->datum(StapSoort::Aanvraag) == QDate(2026, 11, 3));
    }
    SECTION("an aanvraag on another date is not moved")
    {
        const auto before = f.archief.document(a.meta.id);
        auto refused = f.archief.ondertekenen(a.meta.id, getekend(QDate(2026, 11, 5), kOndertekeningAkkoord, true));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QLatin1String("03-11-2026")));
        CHECK(f.trajecten.traject(f.trajectId)->datum(StapSoort::Aanvraag) == QDate(2026, 11, 3));
        CHECK(f.archief.document(a.meta.id)->meta.hlc == before->meta.hlc);
    }
}

TEST_CASE("signing without the aanvraag records no aanvraag", "[archief]")
{
    Fixture f;
    const ArchiefDocument a = f.verslag();
    REQUIRE(f.archief.ondertekenen(a.meta.id, getekend(QDate(2026, 11, 10), kOndertekeningVoorGezien)).ok());
    CHECK_FALSE(f.trajecten.traject(f.trajectId)->stap(StapSoort::Aanvraag));
    CHECK(f.archief.lijst(f.trajectId).front().isOndertekend());
    CHECK_FALSE(f.trajecten.stand(*f.trajecten.traject(f.trajectId)).termijn(QStringLiteral("beschikking")));
}

TEST_CASE("signing is refused with field errors and nothing saved", "[archief]")
{
    Fixture f;
    const ArchiefDocument a = f.verslag();
    const auto geweigerd = [&](const Ondertekening& o, const char* veld) {
        CHECK(velden(f.archief.validate(a, o)).contains(QLatin1String(veld)));
        const auto result = f.archief.ondertekenen(a.meta.id, o);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::Invalid);
        const auto stored = f.archief.document(a.meta.id);
        CHECK_FALSE(stored->isOndertekend());
        CHECK(stored->meta.hlc == a.meta.hlc);
        CHECK_FALSE(f.trajecten.traject(f.trajectId)->stap(StapSoort::Aanvraag));
    };
    geweigerd(getekend(QDate(), kOndertekeningAkkoord, true), "datum/required");
    geweigerd(getekend(QDate(2026, 11, 11), kOndertekeningAkkoord, true), "datum/date");
    geweigerd(getekend(QDate(2026, 11, 9), kOndertekeningAkkoord, true), "datum/order");
    geweigerd(getekend(QDate(2026, 11, 10), QString(), true), "ondertekening/required");
    geweigerd(getekend(QDate(2026, 11, 10), QStringLiteral("misschien")), "ondertekening/required");

    SECTION("only a verslag is signed")
    {
        auto brief = f.archief.uitgeven(DocumentSoort::Ontvangstbevestiging, f.trajectId, pdfBytes("brief"),
                                        QStringLiteral("v"));
        REQUIRE(brief.ok());
        CHECK(velden(f.archief.validate(brief.value(), getekend(QDate(2026, 11, 10)))) ==
              QStringList{QStringLiteral("document/soort")});
        CHECK_FALSE(f.archief.ondertekenen(brief->meta.id, getekend(QDate(2026, 11, 10))).ok());
    }
    SECTION("an unknown copy")
    {
        CHECK(f.archief.ondertekenen(QStringLiteral("nee"), getekend(QDate(2026, 11, 10))).error().code ==
              ErrorCode::NotFound);
    }
}

TEST_CASE("scans of the signed paper are sniffed, limited and kept unchanged", "[archief]")
{
    Fixture f;
    const ArchiefDocument a = f.verslag();

    SECTION("PDF, JPEG and PNG are attached, whatever their name")
    {
        auto png = f.archief.bijlageToevoegen(a.meta.id, QStringLiteral("/home/x/scan.pdf"), pngBytes());
        REQUIRE(png.ok());
        CHECK(png->mime == QLatin1String("image/png"));
        CHECK(png->bestandsnaam == QLatin1String("scan.pdf"));
        CHECK(png->grootte == pngBytes().size());
        auto jpeg = f.archief.bijlageToevoegen(a.meta.id, QStringLiteral("foto.jpg"), jpegBytes());
        REQUIRE(jpeg.ok());
        CHECK(jpeg->mime == QLatin1String("image/jpeg"));
        auto pdf = f.archief.bijlageToevoegen(a.meta.id, QStringLiteral("scan"), pdfBytes("scan"));
        REQUIRE(pdf.ok());
        CHECK(pdf->mime == QLatin1String("application/pdf"));
        CHECK(heeftActie(*f.ws, png->meta.id, "create", "document_bijlage"));

        const auto lijst = f.archief.lijst(f.trajectId);
        REQUIRE(lijst.front().bijlagen.size() == 3);
        CHECK(f.archief.bijlage(png->meta.id).value() == pngBytes());

        REQUIRE(f.archief.bijlageVerwijderen(jpeg->meta.id).ok());
        CHECK(f.archief.document(a.meta.id)->bijlagen.size() == 2);
        CHECK(f.count("document_bijlage") == 3); // a tombstone, not gone
        CHECK(f.archief.bijlage(jpeg->meta.id).error().code == ErrorCode::NotFound);
        CHECK(heeftActie(*f.ws, jpeg->meta.id, "delete", "document_bijlage"));
        CHECK(f.archief.bijlageVerwijderen(jpeg->meta.id).error().code == ErrorCode::NotFound);

        f.ws->db().exec("UPDATE document_bijlage SET inhoud = zeroblob(70) WHERE id = '" + png->meta.id.toStdString() +
                        "'");
        CHECK(f.archief.bijlage(png->meta.id).error().message.contains(QLatin1String("SHA-256")));
    }
    SECTION("refusals name the problem and the limit, and store nothing")
    {
        const auto refused = [&](const QByteArray& bytes, const char* expected) {
            const auto result = f.archief.bijlageToevoegen(a.meta.id, QStringLiteral("scan.pdf"), bytes);
            REQUIRE_FALSE(result.ok());
            CHECK(result.error().code == ErrorCode::Invalid);
            CHECK(result.error().message.contains(QLatin1String(expected)));
            CHECK(result.error().message.contains(QLatin1String("20 MB")));
        };
        refused({}, "empty");
        refused("Dit is gewoon tekst, geen scan.", "not a PDF, JPEG or PNG");
        refused(pdfBytes() + QByteArray(ArchiefService::kMaxBijlage, 'x'), "larger than");
        CHECK(f.count("document_bijlage") == 0);
        CHECK(f.archief.bijlageToevoegen(QStringLiteral("nee"), QStringLiteral("s.png"), pngBytes()).error().code ==
              ErrorCode::NotFound);
        CHECK(f.count("document_bijlage") == 0);
    }
    SECTION("exactly 20 MB is allowed")
    {
        QByteArray grens = pngBytes();
        grens.resize(ArchiefService::kMaxBijlage, 'x');
        auto result = f.archief.bijlageToevoegen(a.meta.id, QStringLiteral("groot.png"), grens);
        REQUIRE(result.ok());
        CHECK(f.archief.bijlage(result->meta.id).value().size() == ArchiefService::kMaxBijlage);
    }
}
