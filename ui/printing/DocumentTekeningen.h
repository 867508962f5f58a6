// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "DocumentLayout.h"

#include "documents/GerenderdDocument.h"
#include "model/NetwerkPersoon.h"
#include "model/ZrmMeting.h"

#include <vector>

namespace core {
class DossierService;
class ZrmService;
} // namespace core

namespace printing {

/// The netwerkkaart of the inwoner called `naam` as a drawing for <img src="wijkdossier://netwerkkaart">.
Tekening netwerkkaartTekening(const QString& naam, std::vector<core::NetwerkPersoon> netwerk);

/// The ZRM radar of `metingen` (oldest first, see core::documents::radarMetingen) as a drawing for
/// <img src="wijkdossier://zrm-radar">.
Tekening zrmRadarTekening(const std::vector<core::ZrmMeting>& metingen);

/// The drawings of document `soort` about the inwoner `inwonerId`, read through the services: the
/// netwerkkaart of its page, the ZRM radar of the verslag; none for the other documents. The GUI and
/// the command-line interface both print through this, so their PDFs are the same.
std::vector<Tekening> tekeningen(core::documents::DocumentSoort soort, const QString& inwonerId,
                                 const core::DossierService& dossiers, const core::ZrmService& zrm);

} // namespace printing
