// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "DocumentTemplates.h"

#include "Result.h"

#include <QString>

namespace core {
class Workspace;
}

namespace core::documents {

/// The ontvangstbevestiging (Wmo 2.3.2 lid 1): the written proof that a melding came in, as a letter
/// to the inwoner — when and how the melding came in, the hulpvraag in the inwoner's own words, what
/// happens next and by when (persoonlijk plan within 7 days, onderzoek within 6 weeks, both as moved
/// by the Algemene termijnenwet, with the reason in plain words), free independent cliëntondersteuning
/// for the inwoner and the mantelzorger, and the vast aanspreekpunt with a direct phone number. HTML
/// text from the template "ontvangstbevestiging" (DocumentTemplates: the gemeente's own when it has a
/// sound one, else the built-in one); Dutch (B1) on purpose, whatever
/// language the app speaks. All personal data is HTML-escaped.
class OntvangstbevestigingDocument {
public:
    /// Works on `workspace`, which must outlive this object; a gemeente's templates come from
    /// `templateFolder` (see DocumentTemplates::load).
    explicit OntvangstbevestigingDocument(Workspace& workspace,
                                          QString templateFolder = DocumentTemplates::defaultFolder());

    /// Reads the traject, its inwoner and Mijn gegevens, records an "export" of the inwoner in the
    /// audit log and renders the letter. NotFound for an unknown or deleted traject or inwoner;
    /// Database when reading fails; Io when the template cannot be read or parsed.
    Result<QString> render(const QString& trajectId);

    /// True when the last render() found no direct phone number of the vast aanspreekpunt, neither at
    /// the inwoner nor in Mijn gegevens: the letter then names only the team and the gemeente.
    bool telefoonOntbreekt() const { return m_telefoonOntbreekt; }
    /// The warnings of the last render (translated), e.g. that the gemeente's template was broken.
    QStringList warnings() const { return m_warnings; }
    /// The version of the template the last render used ("built-in:ontvangstbevestiging" …).
    QString templateVersion() const { return m_templateVersion; }

private:
    Workspace& m_ws;
    QString m_templateFolder;
    QStringList m_warnings;
    QString m_templateVersion;
    bool m_telefoonOntbreekt = false;
};

} // namespace core::documents
