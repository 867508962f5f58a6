// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <optional>

namespace core {
class ZrmService;
}

namespace ui {

/// What the five levels of one leefgebied mean, for the line under the scoring table: the
/// licensed indicator texts when the gemeente imported them, else the level labels.
class ZrmNiveauUitleg {
public:
    /// Rich text, one level per line with indicators or all on one line without; `huidig` (the
    /// score now chosen) is marked.
    static QString html(const core::ZrmService& service, const QString& instrument, const QString& leefgebied,
                        std::optional<int> huidig);
};

} // namespace ui
