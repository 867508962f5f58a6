// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "DocumentTemplates.h"

#include "Result.h"

#include <QString>

namespace core {
class Workspace;
}

namespace core::documents {

/// The ondersteuningsplan in one version, printed for the inwoner to sign: version and status (a
/// concept is marked CONCEPT), the inwoner (and the members of a huishouden plan), the regisseur and
/// the traject; per doel the leefgebied, the wens, the gewenste situatie, the soort in plain words,
/// doelscore, evaluatiedatum and the inwoner's own solution, with its acties grouped in the order of
/// consideration (eigen kracht → netwerk → algemeen → maatwerk with its onderbouwing →
/// professional); "wie doet wat", wederkerigheid, the evaluation of a geëvalueerd plan and a
/// signature block. Sections without data are left out. HTML text from the template "plan"
/// (DocumentTemplates); Dutch (B1) on purpose, whatever language the app speaks. All personal data
/// is HTML-escaped.
class PlanDocument {
public:
    /// Works on `workspace`, which must outlive this object; a gemeente's templates come from
    /// `templateFolder` (see DocumentTemplates::load).
    explicit PlanDocument(Workspace& workspace, QString templateFolder = DocumentTemplates::defaultFolder());

    /// Reads the plan, its inwoner(s), traject, netwerk and Mijn gegevens, records an "export" of the
    /// inwoner in the audit log and renders the plan. NotFound for an unknown or deleted plan or
    /// inwoner; Database when reading fails; Io when the template is broken.
    Result<QString> render(const QString& planId);

    /// The warnings of the last render (translated), e.g. that the gemeente's template was broken.
    QStringList warnings() const { return m_warnings; }
    /// The version of the template the last render used ("built-in:plan" …).
    QString templateVersion() const { return m_templateVersion; }

private:
    Workspace& m_ws;
    QString m_templateFolder;
    QStringList m_warnings;
    QString m_templateVersion;
};

} // namespace core::documents
