// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "rules/TrajectStand.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace ui {

/// How a term is shown: the status in words (so that it reads without colour, on a greyscale
/// print or screen too) and a light background colour for it.
class TermijnWeergave {
    Q_DECLARE_TR_FUNCTIONS(ui::TermijnWeergave)

public:
    /// "12 days left", "due today", "3 days overdue", "met on 03-11-2026", "not met: 2 days late" …
    static QString status(const core::rules::TermijnStand& stand);
    /// "Assessment: di 14-12-2026 – 12 days left"
    static QString regel(const core::rules::TermijnStand& stand);
    /// A light background for the status.
    static QColor kleur(core::rules::TermijnStatus status);
    /// Colours for a step that is done or missing.
    static QColor gedaanKleur();
    static QColor ontbreektKleur();
};

} // namespace ui
