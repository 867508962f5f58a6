// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace core::documents {

/// A document template ready to parse, and where it came from.
struct LoadedTemplate {
    /// The Mustache text.
    QString text;
    /// "built-in", or the native path of the gemeente's override that is used.
    QString source;
    /// "built-in:<name>", or "gemeente:<first 12 hex digits of the SHA-256 of the UTF-8 text>":
    /// which template an archive copy was made with.
    QString version;
    /// Translated messages for the user, e.g. that a broken override was ignored.
    QStringList warnings;
};

/// Finds the Mustache template of a document (verslag, ontvangstbevestiging, plan, inzage). The
/// built-in templates are the resources `:/templates/<name>.mustache`; a gemeente overrides one by
/// putting a file with the same name in `defaultFolder()`. An override that cannot be used is never
/// fatal: the built-in template is used instead and a warning says why.
class DocumentTemplates {
    Q_DECLARE_TR_FUNCTIONS(core::documents::DocumentTemplates)

public:
    /// The template `name` ("inzage"): `<overrideFolder>/<name>.mustache` when that file exists and
    /// is readable, valid UTF-8, not empty, a valid Mustache template and prints all data
    /// HTML-escaped (no `{{{…}}}`, `{{&…}}` or delimiter changes); otherwise the built-in template,
    /// with a warning when an override was there but broken. Io when the built-in template is missing
    /// or broken.
    static Result<LoadedTemplate> load(const QString& name, const QString& overrideFolder = defaultFolder());

    /// Where a gemeente puts its templates: `templates` in the AppConfigLocation folder (on Linux
    /// ~/.config/Wijkdossier/wijkdossier/templates), next to the other configuration files.
    static QString defaultFolder();
};

} // namespace core::documents
