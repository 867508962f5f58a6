// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace core::documents {

/// The printed documents of the app, each rendered from its template to HTML.
enum class DocumentSoort {
    Inzage,               ///< by inwoner id
    Ontvangstbevestiging, ///< by traject id
    Verslag,              ///< by traject id
    Plan,                 ///< by plan id
    Netwerkkaart,         ///< by inwoner id
};

/// A rendered document: the HTML (or why it could not be made) and the render's warnings.
struct GerenderdDocument {
    Result<QString> html;
    QStringList warnings;
    /// Which template it was made with ("built-in:verslag" …, see LoadedTemplate::version), for the
    /// archive copy.
    QString templateVersion;
};

} // namespace core::documents
