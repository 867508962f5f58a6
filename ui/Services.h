// SPDX-License-Identifier: EUPL-1.2
#pragma once

namespace core {
class ArchiefService;
class DossierService;
class GesprekService;
class InstellingenService;
class PlanService;
class SocialeKaartService;
class SyncService;
class TrajectService;
class ZrmService;
} // namespace core

namespace ui {

/// The core services the screens work through. They belong to main() (or a test) and outlive
/// every window.
struct Services {
    core::DossierService& dossiers;
    core::InstellingenService& instellingen;
    core::ZrmService& zrm;
    core::TrajectService& trajecten;
    core::GesprekService& gesprekken;
    core::PlanService& plannen;
    core::SocialeKaartService& socialeKaart;
    core::ArchiefService* archief; ///< archive copies of issued documents; may be null (nothing is archived)
    core::SyncService* sync;       ///< export, import and conflicts; may be null (no sync menu entries)
};

} // namespace ui
