// SPDX-License-Identifier: EUPL-1.2
#include "DocumentTemplates.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>

#include <kainjow/mustache.hpp>

#include <optional>

namespace core::documents {

namespace {

namespace mustache = kainjow::mustache;

/// Why `text` cannot be used as a template (already translated), or nullopt when it can.
/// `strict`: also refuse what would print data without HTML escaping.
std::optional<QString> probleem(const QString& text, bool strict)
{
    mustache::mustache tmpl(text.toStdString());
    if (!tmpl.is_valid())
        return QString::fromStdString(tmpl.error_message());
    if (!strict)
        return std::nullopt;
    if (text.trimmed().isEmpty())
        return DocumentTemplates::tr("the file is empty");
    // {{{name}}} and {{&name}} print a value unescaped, and a delimiter change ({{=<% %>=}}) hides
    // them from this check: a gemeente's template must leave all data HTML-escaped.
    static const QRegularExpression unescaped(QStringLiteral(R"(\{\{\s*[{&=])"));
    if (unescaped.match(text).hasMatch())
        return DocumentTemplates::tr("it prints data without HTML escaping ({{{…}}}, {{&…}} or a delimiter change)");
    return std::nullopt;
}

QString gebruikt(const QString& pad, const QString& reden)
{
    return DocumentTemplates::tr("The template %1 of the gemeente contains an error (%2); the built-in template was "
                                 "used.")
        .arg(QDir::toNativeSeparators(pad), reden);
}

} // namespace

QString DocumentTemplates::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("templates"));
}

Result<LoadedTemplate> DocumentTemplates::load(const QString& name, const QString& overrideFolder)
{
    const QString bestandsnaam = name + QStringLiteral(".mustache");
    QStringList warnings;

    if (!overrideFolder.isEmpty()) {
        const QString pad = QDir(overrideFolder).filePath(bestandsnaam);
        const QFileInfo info(pad);
        if (info.exists()) {
            QFile file(pad);
            if (!info.isFile()) {
                warnings << tr("The template %1 of the gemeente cannot be read (%2); the built-in template was used.")
                                .arg(QDir::toNativeSeparators(pad), tr("it is not a file"));
            } else if (!file.open(QIODevice::ReadOnly)) {
                warnings << tr("The template %1 of the gemeente cannot be read (%2); the built-in template was used.")
                                .arg(QDir::toNativeSeparators(pad), file.errorString());
            } else {
                const QByteArray bytes = file.readAll();
                QStringDecoder utf8(QStringDecoder::Utf8);
                const QString text = utf8(bytes);
                if (utf8.hasError()) {
                    warnings << tr("The template %1 of the gemeente is not UTF-8 text; the built-in template was "
                                   "used. Save it as UTF-8.")
                                    .arg(QDir::toNativeSeparators(pad));
                } else if (const auto fout = probleem(text, true)) {
                    warnings << gebruikt(pad, *fout);
                } else {
                    const QByteArray hash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
                    return LoadedTemplate{text,
                                          QDir::toNativeSeparators(pad),
                                          QStringLiteral("gemeente:") + QString::fromLatin1(hash.toHex().left(12)),
                                          {}};
                }
            }
        }
    }

    QFile file(QStringLiteral(":/templates/") + bestandsnaam);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("The built-in template %1 cannot be read.").arg(bestandsnaam)};
    const QString text = QString::fromUtf8(file.readAll());
    if (const auto fout = probleem(text, false))
        return Error{ErrorCode::Io, tr("The built-in template %1 is broken: %2").arg(bestandsnaam, *fout)};
    return LoadedTemplate{text, QStringLiteral("built-in"), QStringLiteral("built-in:") + name, warnings};
}

} // namespace core::documents
