// SPDX-License-Identifier: EUPL-1.2
#include "DocumentTekeningen.h"

#include "NetwerkkaartRenderer.h"
#include "ZrmRadar.h"

#include "documents/NetwerkkaartDocument.h"
#include "documents/VerslagDocument.h"
#include "services/DossierService.h"
#include "services/ZrmService.h"

#include <QPainter>

#include <memory>

namespace printing {

Tekening netwerkkaartTekening(const QString& naam, std::vector<core::NetwerkPersoon> netwerk)
{
    // Shared: a Tekening is copied with its Opmaak, the netwerk need not be.
    auto personen = std::make_shared<const std::vector<core::NetwerkPersoon>>(std::move(netwerk));
    return {core::documents::NetwerkkaartDocument::kTekening, [naam, personen](QPainter& painter, const QRectF& area) {
                ui::NetwerkkaartRenderer(painter, area, naam, *personen).draw();
            }};
}

Tekening zrmRadarTekening(const std::vector<core::ZrmMeting>& metingen)
{
    auto radar = std::make_shared<const ZrmRadar>(metingen);
    return {core::documents::VerslagDocument::kZrmRadar,
            [radar](QPainter& painter, const QRectF& area) { radar->draw(painter, area); }};
}

std::vector<Tekening> tekeningen(core::documents::DocumentSoort soort, const QString& inwonerId,
                                 const core::DossierService& dossiers, const core::ZrmService& zrm)
{
    using core::documents::DocumentSoort;
    if (soort == DocumentSoort::Netwerkkaart) {
        const auto inwoner = dossiers.inwoner(inwonerId);
        return {netwerkkaartTekening(inwoner ? inwoner->weergavenaam() : QString(), dossiers.netwerk(inwonerId))};
    }
    if (soort == DocumentSoort::Verslag) {
        const auto metingen = core::documents::radarMetingen(zrm.metingen(inwonerId));
        if (!metingen.empty())
            return {zrmRadarTekening(metingen)};
    }
    return {};
}

} // namespace printing
