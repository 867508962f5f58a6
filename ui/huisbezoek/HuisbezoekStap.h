// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

namespace ui {

/// One step of huisbezoek mode (aanwezigen, what to tell, leefgebieden …). A step saves its own
/// edits through the HuisbezoekSessie as they happen; the window only moves between steps.
class HuisbezoekStap : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// The short name in the step bar, e.g. "Present".
    virtual QString titel() const = 0;
    /// Where in this step the consulent is, as stored in Gesprek::positie.
    virtual QString positie() const = 0;
    /// Whether `positie` (from an earlier session) belongs to this step; if so, goes there.
    virtual bool herstel(const QString& positie) = 0;
    /// How the consulent arrived at a step.
    enum class Aankomst {
        Vooruit, ///< with "Next": a step with parts starts at its first part
        Terug,   ///< with "Previous": a step with parts starts at its last part
        Sprong,  ///< from the step bar or on resuming: stays at the part it was at
    };

    /// Called when the step is shown: refresh what other steps may have changed, then focus.
    virtual void toon(Aankomst aankomst) { Q_UNUSED(aankomst); }
    /// Moves within the step; false when already at its last (first) part.
    virtual bool volgende() { return false; }
    virtual bool vorige() { return false; }

signals:
    /// The position within the step changed (a step with parts).
    void positieChanged();
};

} // namespace ui
