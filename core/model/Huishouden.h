// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "SyncMeta.h"

#include <QDate>
#include <QString>

#include <vector>

namespace core {

/// A member of a huishouden: an inwoner in the file, or just a name.
struct Huishoudlid {
    SyncMeta meta;
    QString huishoudenId;
    QString inwonerId; ///< empty when the member is not an inwoner in the file
    QString naam;      ///< for members who are not an inwoner; for inwoners filled in on read
    QString rol;       ///< e.g. "partner", "kind", "ouder", "huisgenoot"
    QDate geboortedatum;
};

/// The household of an inwoner: "1 gezin, 1 plan, 1 regisseur".
struct Huishouden {
    SyncMeta meta;
    QString naam;
    std::vector<Huishoudlid> leden; ///< living members only, in the order they were added
};

} // namespace core
