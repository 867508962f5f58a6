// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace core {

/// The consulent using this database; the default vast aanspreekpunt for new inwoners.
struct MijnGegevens {
    QString naam;
    QString functie;
    QString telefoon; ///< direct number
    QString email;
    QString team;
    QString gemeente;

    bool operator==(const MijnGegevens&) const = default;
};

} // namespace core
