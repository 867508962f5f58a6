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

/// The inzage-overzicht (AVG art. 15): everything the file holds about one inwoner — persoonsgegevens,
/// huishouden, netwerk and mantelzorg, ZRM metingen, trajecten with their steps, voorzieningen and
/// gesprekken, ondersteuningsplannen in every version (InzagePlannen), signalen from others, and who
/// looked at or changed the dossier — as
/// HTML text from the template "inzage" (DocumentTemplates: the gemeente's inzage.mustache when it
/// has a usable one, else the built-in :/templates/inzage.mustache). The text is Dutch on purpose: it is a
/// letter to the inwoner, whatever language the app speaks. All personal data is HTML-escaped.
class InzageDocument {
public:
    /// Works on `workspace`, which must outlive this object, with the gemeente's templates in
    /// `templateFolder` (see DocumentTemplates::load).
    explicit InzageDocument(Workspace& workspace, QString templateFolder = DocumentTemplates::defaultFolder());

    /// Reads the dossier of the inwoner, records an "export" of the inwoner in the audit log and
    /// renders the overview. NotFound for an unknown or deleted inwoner; Database when reading fails;
    /// Io when the template cannot be read or parsed.
    Result<QString> render(const QString& inwonerId);

    /// The warnings of the last render (translated), e.g. that the gemeente's template was broken
    /// and the built-in one was used. Empty before the first render.
    QStringList warnings() const { return m_warnings; }
    /// Which template the last successful render used: LoadedTemplate::version.
    QString templateVersion() const { return m_templateVersion; }

private:
    Workspace& m_ws;
    QString m_templateFolder;
    QStringList m_warnings;
    QString m_templateVersion;
};

} // namespace core::documents
