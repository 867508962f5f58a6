// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Huishouden.h"
#include "Inwoner.h"
#include "NetwerkPersoon.h"

#include <optional>
#include <vector>

namespace core {

/// Everything shown when a consulent opens an inwoner.
struct Dossier {
    Inwoner inwoner;
    std::optional<Huishouden> huishouden;
    std::vector<NetwerkPersoon> netwerk; ///< living persons, closest first
};

} // namespace core
