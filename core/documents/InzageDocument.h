// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"

#include <QString>

namespace core {
class Workspace;
}

namespace core::documents {

/// The inzage-overzicht (AVG art. 15): everything the file holds about one inwoner — persoonsgegevens,
/// huishouden, netwerk and mantelzorg, ZRM metingen, trajecten with their steps, voorzieningen and
/// gesprekken, ondersteuningsplannen in every version (InzagePlannen), signalen from others, and who
/// looked at or changed the dossier — as
/// HTML text from the template :/templates/inzage.mustache. The text is Dutch on purpose: it is a
/// letter to the inwoner, whatever language the app speaks. All personal data is HTML-escaped.
class InzageDocument {
public:
    /// Works on `workspace`, which must outlive this object.
    explicit InzageDocument(Workspace& workspace);

    /// Reads the dossier of the inwoner, records an "export" of the inwoner in the audit log and
    /// renders the overview. NotFound for an unknown or deleted inwoner; Database when reading fails;
    /// Io when the template cannot be read or parsed.
    Result<QString> render(const QString& inwonerId);

private:
    Workspace& m_ws;
};

} // namespace core::documents
