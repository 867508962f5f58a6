// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace core {
struct Inwoner;
}

namespace core::rules {

/// Dutch name order and search folding.
///
/// Names sort by geslachtsnaam without the tussenvoegsel ("Berg, Jan van der" under B), ignoring
/// case, accents and leading apostrophes ("'t Hart" under H), then by first name, then by
/// tussenvoegsel.
class NameOrder {
public:
    /// A key whose byte order is the Dutch name order.
    static QString sortKey(const Inwoner& inwoner);
    /// Lower case without diacritics: "Ëlla Çelik" → "ella celik". Used for keys and search text.
    static QString fold(const QString& text);
};

} // namespace core::rules
