// SPDX-License-Identifier: EUPL-1.2
#include "documents/DocumentTemplates.h"
#include "documents/InzageDocument.h"

#include "TestSupport.h"
#include "services/DossierService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace core;
using documents::DocumentTemplates;

namespace {

const QString kMarker = QStringLiteral("SJABLOON-VAN-DE-GEMEENTE");

QString builtIn()
{
    QFile file(QStringLiteral(":/templates/inzage.mustache"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QString write(const QTemporaryDir& dir, const QByteArray& bytes, const QString& name = QStringLiteral("inzage"))
{
    const QString path = dir.filePath(name + QStringLiteral(".mustache"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QString inwoner(test::TempWorkspace& ws, const QString& achternaam = QStringLiteral("Berg"))
{
    Inwoner in;
    in.voornamen = QStringLiteral("Johannes");
    in.roepnaam = QStringLiteral("Jan");
    in.geslachtsnaam = achternaam;
    DossierService dossiers(*ws);
    auto saved = dossiers.saveInwoner(in);
    REQUIRE(saved.ok());
    return saved->meta.id;
}

/// The one warning says the gemeente's file was not used and names it.
void checkFallback(const Result<documents::LoadedTemplate>& loaded, const QString& path)
{
    REQUIRE(loaded.ok());
    CHECK(loaded->source == QStringLiteral("built-in"));
    CHECK(loaded->version == QStringLiteral("built-in:inzage"));
    CHECK(loaded->text == builtIn());
    REQUIRE(loaded->warnings.size() == 1);
    CHECK(loaded->warnings.first().contains(QDir::toNativeSeparators(path)));
}

} // namespace

TEST_CASE("without an override the built-in template is used without a warning", "[templates][documents]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto loaded = DocumentTemplates::load(QStringLiteral("inzage"), dir.path());
    REQUIRE(loaded.ok());
    CHECK(loaded->text == builtIn());
    CHECK(loaded->source == QStringLiteral("built-in"));
    CHECK(loaded->version == QStringLiteral("built-in:inzage"));
    CHECK(loaded->warnings.isEmpty());

    // A folder that does not exist (the usual case) and no folder at all are the same.
    const auto missing = DocumentTemplates::load(QStringLiteral("inzage"), dir.filePath(QStringLiteral("nergens")));
    REQUIRE(missing.ok());
    CHECK(missing->version == QStringLiteral("built-in:inzage"));
    CHECK(missing->warnings.isEmpty());
    const auto none = DocumentTemplates::load(QStringLiteral("inzage"), QString());
    REQUIRE(none.ok());
    CHECK(none->warnings.isEmpty());
}

TEST_CASE("an unknown template without override is an Io error", "[templates][documents]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto loaded = DocumentTemplates::load(QStringLiteral("bestaat-niet"), dir.path());
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().code == ErrorCode::Io);
}

TEST_CASE("the gemeente's templates are in the templates folder of the configuration location",
          "[templates][documents]")
{
    CHECK(DocumentTemplates::defaultFolder() ==
          QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/templates"));
}

TEST_CASE("a valid override of the gemeente is used, with a version from its hash", "[templates][documents]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray text = "<h1>" + kMarker.toUtf8() + "</h1>\n<p>Beste {{aanhef}}, één overzicht.</p>\n";
    const QString path = write(dir, text);

    const auto loaded = DocumentTemplates::load(QStringLiteral("inzage"), dir.path());
    REQUIRE(loaded.ok());
    CHECK(loaded->text == QString::fromUtf8(text));
    CHECK(loaded->source == QDir::toNativeSeparators(path));
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
    CHECK(loaded->version == QStringLiteral("gemeente:") + hash.left(12));
    CHECK(loaded->version.size() == QStringLiteral("gemeente:").size() + 12);
    CHECK(loaded->warnings.isEmpty());

    test::TempWorkspace ws;
    const QString id = inwoner(ws, QStringLiteral("<b>Berg</b>"));
    documents::InzageDocument document(*ws, dir.path());
    const auto html = document.render(id);
    REQUIRE(html.ok());
    CHECK(html->contains(kMarker));
    CHECK(html->contains(QStringLiteral("één overzicht")));
    CHECK_FALSE(html->contains(QStringLiteral("Gemaakt op")));
    // User data stays escaped in the gemeente's template too.
    CHECK(html->contains(QStringLiteral("&lt;b&gt;Berg&lt;/b&gt;")));
    CHECK_FALSE(html->contains(QStringLiteral("<b>Berg")));
    CHECK(document.warnings().isEmpty());
    CHECK(document.templateVersion() == loaded->version);
}

TEST_CASE("an override with a Mustache syntax error falls back to the built-in template with a warning",
          "[templates][documents]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = write(dir, "<p>" + kMarker.toUtf8() + "</p>{{#open}}<p>nooit gesloten</p>\n");

    const auto loaded = DocumentTemplates::load(QStringLiteral("inzage"), dir.path());
    checkFallback(loaded, path);
    CHECK(loaded->warnings.first().contains(QStringLiteral("open"))); // the parser's message names the section

    test::TempWorkspace ws;
    const QString id = inwoner(ws);
    documents::InzageDocument document(*ws, dir.path());
    const auto html = document.render(id);
    REQUIRE(html.ok());
    CHECK_FALSE(html->contains(kMarker));
    CHECK(html->contains(QStringLiteral("Gemaakt op")));
    REQUIRE(document.warnings().size() == 1);
    CHECK(document.warnings().first().contains(QDir::toNativeSeparators(path)));
    CHECK(document.templateVersion() == QStringLiteral("built-in:inzage"));

    // The warnings belong to the last render only.
    QFile::remove(path);
    REQUIRE(document.render(id).ok());
    CHECK(document.warnings().isEmpty());
}

TEST_CASE("an override that is not UTF-8 falls back to the built-in template with a warning", "[templates][documents]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // "één" in Latin-1: not valid UTF-8.
    const QString path = write(dir, "<p>" + kMarker.toUtf8() + " \xe9\xe9n {{aanhef}}</p>\n");
    const auto loaded = DocumentTemplates::load(QStringLiteral("inzage"), dir.path());
    checkFallback(loaded, path);
    CHECK(loaded->warnings.first().contains(QStringLiteral("UTF-8")));
}

TEST_CASE("an override that would print data unescaped, or is empty, falls back with a warning",
          "[templates][documents]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const QByteArray& text : {QByteArray("<p>{{{aanhef}}}</p>"), QByteArray("<p>{{& aanhef}}</p>"),
                                   QByteArray("{{=<% %>=}}<p><%& aanhef%></p>"), QByteArray(" \n")}) {
        INFO(text.toStdString());
        const QString path = write(dir, text);
        checkFallback(DocumentTemplates::load(QStringLiteral("inzage"), dir.path()), path);
    }
}

TEST_CASE("an override that cannot be read falls back with a warning", "[templates][documents]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // A folder with the template's name: it exists but cannot be read as a file.
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("inzage.mustache")));
    checkFallback(DocumentTemplates::load(QStringLiteral("inzage"), dir.path()),
                  dir.filePath(QStringLiteral("inzage.mustache")));
}

TEST_CASE("an override of another template does not change the inzage", "[templates][documents]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    write(dir, kMarker.toUtf8(), QStringLiteral("ontvangstbevestiging"));
    const auto loaded = DocumentTemplates::load(QStringLiteral("inzage"), dir.path());
    REQUIRE(loaded.ok());
    CHECK(loaded->version == QStringLiteral("built-in:inzage"));
    CHECK(loaded->warnings.isEmpty());
}
