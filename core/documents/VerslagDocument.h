// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "DocumentTemplates.h"

#include "Result.h"
#include "model/ZrmMeting.h"

#include <QString>

#include <vector>

namespace core {
class Workspace;
}

namespace core::documents {

/// The metingen the radar of the verslag shows, oldest first: the inwoner's latest meting that scored
/// a leefgebied and, when there is one, the meting before it that did. `metingen` are the living
/// metingen of the inwoner, oldest first (ZrmService::metingen). Empty when none scored anything:
/// then the verslag has no radar.
std::vector<ZrmMeting> radarMetingen(const std::vector<ZrmMeting>& metingen);

/// The verslag van het onderzoek (Wmo 2.3.2 lid 8), printed for the inwoner to sign: the gesprek(ken)
/// and who was there, the hulpvraag in the inwoner's own words, the leefgebieden discussed (with the
/// ZRM level in words where the gesprek scored one), what the netwerk and the mantelzorgers do and
/// need, the conclusie and afspraken, the deadlines ahead, the vast aanspreekpunt, free
/// cliëntondersteuning, persoonlijk plan, bezwaar and klacht, and a signature block (akkoord / voor
/// gezien, the aanvraag of the maatwerkvoorziening, remarks, signatures). Sections without data are
/// left out. HTML text from the template "verslag" (DocumentTemplates); Dutch (B1) on purpose,
/// whatever language the app speaks. All personal data is HTML-escaped.
class VerslagDocument {
public:
    /// The name of the ZRM radar in the HTML: <img src="wijkdossier://zrm-radar">.
    static inline const QString kZrmRadar = QStringLiteral("zrm-radar");

    /// Works on `workspace`, which must outlive this object; a gemeente's templates come from
    /// `templateFolder` (see DocumentTemplates::load).
    explicit VerslagDocument(Workspace& workspace, QString templateFolder = DocumentTemplates::defaultFolder());

    /// Reads the traject, its gesprekken, ZRM metingen, inwoner, netwerk and Mijn gegevens, records an
    /// "export" of the inwoner in the audit log and renders the verslag. NotFound for an unknown or
    /// deleted traject or inwoner; Database when reading fails; Io when the template is broken.
    Result<QString> render(const QString& trajectId);

    /// The warnings of the last render (translated), e.g. that the gemeente's template was broken.
    QStringList warnings() const { return m_warnings; }
    /// The version of the template the last render used ("built-in:verslag" …).
    QString templateVersion() const { return m_templateVersion; }

private:
    Workspace& m_ws;
    QString m_templateFolder;
    QStringList m_warnings;
    QString m_templateVersion;
};

} // namespace core::documents
