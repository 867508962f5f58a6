// SPDX-License-Identifier: EUPL-1.2
#include "ImageChecks.h"
#include "TrajectUiSupport.h"

#include "printing/DocumentLayout.h"
#include "printing/DocumentTekeningen.h"
#include "printing/ZrmRadar.h"
#include "views/NetwerkPanel.h"

#include <QAction>
#include <QFile>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace core;
using namespace test::traject;

namespace {

/// Runs a poppler tool (pdftotext, pdftoppm, pdfinfo) and returns its stdout; nullopt when it is not
/// installed (the test then says so and checks less).
std::optional<QByteArray> poppler(const QString& tool, const QStringList& arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        WARN(tool.toStdString() << " is not installed: the PDF is not read back");
        return std::nullopt;
    }
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

/// The text of page `page` (from 1) of the PDF at `path`, as pdftotext reads it.
std::optional<QString> paginaTekst(const QString& path, int page)
{
    const auto out =
        poppler(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                              QString::number(page), path, QStringLiteral("-")});
    return out ? std::optional<QString>(QString::fromUtf8(*out).simplified()) : std::nullopt;
}

/// The number of pages of the PDF at `path`.
std::optional<int> paginas(const QString& path)
{
    const auto out = poppler(QStringLiteral("pdfinfo"), {path});
    if (!out)
        return std::nullopt;
    for (const QByteArray& line : out->split('\n')) {
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    }
    return 0;
}

/// Page `page` of the PDF at `path` as an image at 65 dots per inch (about 537 by 760 pixels).
std::optional<QImage> paginaBeeld(const QString& path, int page, const QTemporaryDir& dir)
{
    const QString prefix = dir.filePath(QStringLiteral("pagina"));
    if (!poppler(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("65"),
                                              QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                              QString::number(page), QStringLiteral("-singlefile"), path, prefix}))
        return std::nullopt;
    QImage image(prefix + QStringLiteral(".png"));
    REQUIRE_FALSE(image.isNull());
    return image;
}

QString newPersoon(test::TempApp& app, const QString& inwonerId, const char* naam, Relatie relatie, int nabijheid)
{
    NetwerkPersoon p;
    p.inwonerId = inwonerId;
    p.naam = QString::fromUtf8(naam);
    p.relatie = relatie;
    p.nabijheid = nabijheid;
    p.doetNu = QStringLiteral("Komt elke week langs.");
    p.telefoon = QStringLiteral("06-11122233");
    auto saved = app.dossiers.saveNetwerkPersoon(p);
    REQUIRE(saved.ok());
    return saved->meta.id;
}

void newMeting(test::TempApp& app, const QString& inwonerId, const QDate& datum, int score)
{
    ZrmMeting meting;
    meting.inwonerId = inwonerId;
    meting.datum = datum;
    for (const char* key : {"financien", "huisvesting", "huiselijke_relaties", "lichamelijke_gezondheid", "basale_adl",
                            "instrumentele_adl", "sociaal_netwerk"}) {
        ZrmScore s;
        s.leefgebied = QLatin1String(key);
        s.score = score;
        meting.scores.push_back(s);
    }
    REQUIRE(app.zrm.saveMeting(meting).ok());
}

/// Writes the document `soort` of `id` as it is printed (with its drawings) to `path`.
void schrijf(test::TempApp& app, documents::DocumentSoort soort, const QString& id, const QString& inwonerId,
             printing::Opmaak opmaak, const QString& path, bool metTekeningen = true)
{
    const auto document = app.dossiers.renderDocument(soort, id);
    REQUIRE(document.html.ok());
    if (metTekeningen)
        opmaak.tekeningen = printing::tekeningen(soort, inwonerId, app.dossiers, app.zrm);
    QString error;
    REQUIRE(printing::writePdf(path, document.html.value(), opmaak, &error));
}

} // namespace

TEST_CASE("a consulent previews the verslag of a traject before printing it", "[ui][printing]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app);
    const QString trajectId = newTraject(app, inwonerId);
    ui::TrajectPanel* panel = openTrajecten(app, inwonerId);
    REQUIRE(panel->select(trajectId));
    CHECK(panel->printVerslagButton()->isEnabled());
    CHECK(panel->printOntvangstbevestigingButton()->isEnabled());

    bool opened = false;
    test::whenDialogOpens<QPrintPreviewDialog>([&opened](QPrintPreviewDialog* dialog) {
        opened = true;
        CHECK(dialog->printer()->pageLayout().pageSize().id() == QPageSize::A4);
        CHECK(dialog->findChild<QAction*>(QStringLiteral("saveAsPdf")));
        dialog->reject();
    });
    QTest::mouseClick(panel->printVerslagButton(), Qt::LeftButton);
    CHECK(opened);
}

TEST_CASE("the verslag is laid out as a PDF, on a printer too", "[ui][printing]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app);
    const QString trajectId = newTraject(app, inwonerId);
    const auto document = app.dossiers.renderDocument(documents::DocumentSoort::Verslag, trajectId);
    REQUIRE(document.html.ok());
    const auto opmaak = printing::verslagOpmaak(QStringLiteral("Fatima Jansen"), QDate(2026, 11, 10));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("verslag.pdf"));
    QString error;
    REQUIRE(printing::writePdf(path, document.html.value(), opmaak, &error));
    CHECK(error.isEmpty());
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(4) == QByteArrayLiteral("%PDF"));
    CHECK(pdf.size() > 5 * 1024);
    CHECK(pdf.permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".tmp")));

    // A QPrinter is a paged paint device as well: what the preview and the print dialog paint on.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = dir.filePath(QStringLiteral("printer.pdf"));
    printer.setOutputFileName(printed);
    REQUIRE(printing::paint(printer, document.html.value(), opmaak));
    CHECK(printer.pageLayout().pageSize().id() == QPageSize::A4);
    CHECK(QFileInfo(printed).size() > 5 * 1024);

    // A file that cannot be written is said so.
    CHECK_FALSE(printing::writePdf(dir.filePath(QStringLiteral("geen/map/verslag.pdf")), document.html.value(), opmaak,
                                   &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("the netwerkkaart is printed as a page with its drawing and a readable list", "[ui][printing][netwerkkaart]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app);
    newMantelzorger(app, inwonerId, "Els de Boer");
    newPersoon(app, inwonerId, "Piet Bakker", Relatie::Buur, 2);
    newPersoon(app, inwonerId, "Dokter Smit", Relatie::Huisarts, 3);

    const auto tekeningen =
        printing::tekeningen(documents::DocumentSoort::Netwerkkaart, inwonerId, app.dossiers, app.zrm);
    REQUIRE(tekeningen.size() == 1);
    CHECK(tekeningen[0].naam == QStringLiteral("netwerkkaart"));
    CHECK(printing::tekeningen(documents::DocumentSoort::Inzage, inwonerId, app.dossiers, app.zrm).empty());

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("netwerkkaart.pdf"));
    schrijf(app, documents::DocumentSoort::Netwerkkaart, inwonerId, inwonerId,
            printing::netwerkkaartOpmaak(QStringLiteral("Fatima Jansen"), QDate(2026, 11, 10)), path);
    const QString kaal = dir.filePath(QStringLiteral("zonder-tekening.pdf"));
    schrijf(app, documents::DocumentSoort::Netwerkkaart, inwonerId, inwonerId,
            printing::netwerkkaartOpmaak(QStringLiteral("Fatima Jansen"), QDate(2026, 11, 10)), kaal, false);
    // The drawing is in the file, sharp (about 300 dots per inch): far more than the text alone.
    CHECK(QFileInfo(path).size() > QFileInfo(kaal).size() + 20 * 1024);

    const auto tekst = paginaTekst(path, 1);
    if (tekst) {
        for (const char* verwacht :
             {"De mensen om u heen", "Netwerkkaart van Fatima Jansen", "Els de Boer – Kind",
              "Mantelzorger, ongeveer 12 uur per week", "Piet Bakker – Buurman of buurvrouw", "Dokter Smit – Huisarts",
              "Telefoon: 06-11122233", "Netwerkkaart van Fatima Jansen · 10 november 2026"}) {
            INFO(verwacht);
            CHECK(tekst->contains(QString::fromUtf8(verwacht)));
        }
        CHECK(tekst->contains(QStringLiteral("pagina 1 van")));
    }
    // The drawing is there: the inwoner's disc in the middle of the map, in its own blue, and the
    // map below the heading is far from blank; the page without the drawing has neither.
    const auto beeld = paginaBeeld(path, 1, dir);
    const auto leeg = paginaBeeld(kaal, 1, dir);
    if (beeld && leeg) {
        CHECK(test::pixelsNear(*beeld, qRgb(0x1f, 0x4e, 0x79)) > 200);
        CHECK(test::pixelsNear(*leeg, qRgb(0x1f, 0x4e, 0x79)) < 20);
        const QRect kaart(0, beeld->height() / 5, beeld->width(), beeld->height() * 2 / 5);
        CHECK(test::nonWhitePixels(beeld->copy(kaart)) > 20000);
    }
}

TEST_CASE("the verslag of an inwoner with ZRM metingen shows the radar", "[ui][printing][zrm]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app);
    const QString trajectId = newTraject(app, inwonerId);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto opmaak = printing::verslagOpmaak(QStringLiteral("Fatima Jansen"), QDate(2026, 11, 10));

    // Without a meting there is no radar, and nothing to draw.
    CHECK(printing::tekeningen(documents::DocumentSoort::Verslag, inwonerId, app.dossiers, app.zrm).empty());
    const QString zonder = dir.filePath(QStringLiteral("zonder.pdf"));
    schrijf(app, documents::DocumentSoort::Verslag, trajectId, inwonerId, opmaak, zonder);

    newMeting(app, inwonerId, QDate(2026, 6, 1), 2);
    newMeting(app, inwonerId, QDate(2026, 11, 5), 4);
    REQUIRE(printing::tekeningen(documents::DocumentSoort::Verslag, inwonerId, app.dossiers, app.zrm).size() == 1);
    const QString met = dir.filePath(QStringLiteral("met.pdf"));
    schrijf(app, documents::DocumentSoort::Verslag, trajectId, inwonerId, opmaak, met);
    CHECK(QFileInfo(met).size() > QFileInfo(zonder).size() + 20 * 1024);

    const auto tekst = paginaTekst(met, 1);
    if (tekst) {
        CHECK(tekst->contains(QStringLiteral("Hoe zelfredzaam bent u?")));
        CHECK(tekst->contains(QStringLiteral("De stippellijn is de meting van 1 juni 2026.")));
        CHECK_FALSE(paginaTekst(zonder, 1)->contains(QStringLiteral("Hoe zelfredzaam")));
    }
    // The radar is drawn: the same verslag laid out without its drawing has far less ink.
    const QString kaal = dir.filePath(QStringLiteral("kaal.pdf"));
    schrijf(app, documents::DocumentSoort::Verslag, trajectId, inwonerId, opmaak, kaal, false);
    const auto aantal = paginas(met);
    if (aantal && paginas(kaal) == aantal) {
        int verschil = 0;
        for (int page = 1; page <= *aantal; ++page)
            verschil += test::nonWhitePixels(*paginaBeeld(met, page, dir)) -
                        test::nonWhitePixels(*paginaBeeld(kaal, page, dir));
        CHECK(verschil > 3000);
    }
}

TEST_CASE("the ZRM radar draws both metingen, solid and dashed, with every leefgebied named", "[ui][printing][zrm]")
{
    ZrmMeting eerder;
    eerder.datum = QDate(2026, 6, 1);
    ZrmMeting later;
    later.datum = QDate(2026, 11, 5);
    for (const char* key : {"financien", "huisvesting", "basale_adl"}) {
        ZrmScore s;
        s.leefgebied = QLatin1String(key);
        s.score = 2;
        eerder.scores.push_back(s);
        s.score = 5;
        later.scores.push_back(s);
    }
    const printing::ZrmRadar radar({eerder, later});
    // The twelve leefgebieden of ZRM 2017; Justitie only when it was scored.
    CHECK(radar.assen().size() == 12);
    CHECK(std::none_of(radar.assen().begin(), radar.assen().end(),
                       [](const auto& as) { return as.first == QStringLiteral("justitie"); }));

    QImage image(QSize(908, 880), QImage::Format_RGB32);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        radar.draw(painter, QRectF(0, 0, 454, 440));
    }
    // The latest in the headings' dark blue, the one before in grey; both clearly there.
    CHECK(test::pixelsNear(image, qRgb(0x1f, 0x3a, 0x5f)) > 500);
    CHECK(test::pixelsNear(image, qRgb(0x6b, 0x6b, 0x6b)) > 200);
    CHECK(test::nonWhitePixels(image) > 20000);

    ZrmMeting justitie = later;
    ZrmScore s;
    s.leefgebied = QStringLiteral("justitie");
    s.score = 3;
    justitie.scores.push_back(s);
    CHECK(printing::ZrmRadar({justitie}).assen().size() == 13);
}

TEST_CASE("a long verslag flows over pages with the footer on every page", "[ui][printing]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app);
    Traject t = app.trajecten.nieuw(inwonerId);
    t.meldingDatum = kMelding;
    QStringList alineas;
    for (int i = 0; i < 60; ++i)
        alineas << QStringLiteral("Alinea %1: het huishouden lukt niet meer, de trap is te steil en de "
                                  "boodschappen zijn te zwaar om alleen te dragen.")
                       .arg(i + 1);
    t.hulpvraag = alineas.join(QLatin1Char('\n'));
    auto traject = app.trajecten.saveTraject(t);
    REQUIRE(traject.ok());
    for (int i = 0; i < 12; ++i) {
        Gesprek g;
        g.trajectId = traject->meta.id;
        g.datum = QDate(2026, 10, 1).addDays(i);
        g.vorm = QStringLiteral("huisbezoek");
        g.samenvatting = QStringLiteral("Gesprek %1: we hebben de situatie thuis uitgebreid doorgenomen.").arg(i + 1);
        g.afspraken = QStringLiteral("Afspraak %1: de consulent belt volgende week terug.").arg(i + 1);
        REQUIRE(app.gesprekken.saveGesprek(g).ok());
    }
    newMeting(app, inwonerId, QDate(2026, 10, 1), 3);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lang.pdf"));
    schrijf(app, documents::DocumentSoort::Verslag, traject->meta.id, inwonerId,
            printing::verslagOpmaak(QStringLiteral("Fatima Jansen"), QDate(2026, 11, 10)), path);
    const auto aantal = paginas(path);
    if (!aantal)
        return;
    REQUIRE(*aantal >= 3);
    for (int page = 1; page <= *aantal; ++page) {
        const auto tekst = paginaTekst(path, page);
        REQUIRE(tekst);
        INFO("page " << page);
        CHECK(tekst->contains(QStringLiteral("pagina %1 van %2").arg(page).arg(*aantal)));
        CHECK(tekst->contains(QStringLiteral("Verslag voor Fatima Jansen · 10 november 2026")));
    }
    // The signature block stays whole on the last page.
    const auto laatste = paginaTekst(path, *aantal);
    CHECK(laatste->contains(QStringLiteral("Wat vindt u van dit verslag?")));
    CHECK(laatste->contains(QStringLiteral("Handtekening consulent")));
}

TEST_CASE("a consulent prints the netwerkkaart from the netwerk tab", "[ui][printing][netwerkkaart]")
{
    test::TempApp app;
    const QString inwonerId = newInwoner(app);
    newMantelzorger(app, inwonerId, "Els de Boer");
    app.window->openInwoner(inwonerId);
    ui::DossierView* dossier = app.window->dossier();
    dossier->tabs()->setCurrentWidget(dossier->netwerk());
    QPushButton* print = dossier->netwerk()->printButton();
    REQUIRE(print->isVisible());
    CHECK(print->isEnabled());

    bool opened = false;
    int pages = 0;
    test::whenDialogOpens<QPrintPreviewDialog>([&](QPrintPreviewDialog* dialog) {
        opened = true;
        CHECK(dialog->printer()->docName() == QStringLiteral("De mensen om u heen"));
        if (auto* preview = dialog->findChild<QPrintPreviewWidget*>())
            pages = preview->pageCount();
        dialog->reject();
    });
    QTest::mouseClick(print, Qt::LeftButton);
    CHECK(opened);
    CHECK(pages == 1);
}
