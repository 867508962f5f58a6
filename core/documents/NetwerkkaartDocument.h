// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "DocumentTemplates.h"

#include "Result.h"

#include <QString>
#include <QStringList>

namespace core {
class Workspace;
}

namespace core::documents {

/// The netwerkkaart as a printable page for the inwoner: the drawing of the people around them
/// (the HTML refers to it as <img src="wijkdossier://netwerkkaart">; the layout in
/// wijkdossier_printing draws it) and below it a readable list with, per person, the relation, what
/// they do now and could do more, a mantelzorger's hours and belasting, and the phone number.
/// Sections without data are left out. HTML text from the template "netwerkkaart"
/// (DocumentTemplates); Dutch (B1) on purpose, whatever language the app speaks. All personal data is
/// HTML-escaped.
class NetwerkkaartDocument {
public:
    /// The name of the drawing in the HTML: <img src="wijkdossier://netwerkkaart">.
    static inline const QString kTekening = QStringLiteral("netwerkkaart");

    /// Works on `workspace`, which must outlive this object; a gemeente's templates come from
    /// `templateFolder` (see DocumentTemplates::load).
    explicit NetwerkkaartDocument(Workspace& workspace, QString templateFolder = DocumentTemplates::defaultFolder());

    /// Reads the inwoner and their netwerk, records an "export" of the inwoner in the audit log and
    /// renders the page. NotFound for an unknown or deleted inwoner; Database when reading fails; Io
    /// when the template is broken.
    Result<QString> render(const QString& inwonerId);

    /// The warnings of the last render (translated), e.g. that the gemeente's template was broken.
    QStringList warnings() const { return m_warnings; }
    /// The version of the template the last render used ("built-in:netwerkkaart" …).
    QString templateVersion() const { return m_templateVersion; }

private:
    Workspace& m_ws;
    QString m_templateFolder;
    QStringList m_warnings;
    QString m_templateVersion;
};

} // namespace core::documents
