// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "dialogs/ValidatedDialog.h"
#include "model/ZrmMeting.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace core {
class ZrmService;
}

namespace ui {

class ZrmScoringWidget;

/// Scores or edits one meting of the Zelfredzaamheid-Matrix: date, moment, who scored, the
/// instrument and the scoring table. The focus starts on the first leefgebied; after the last one
/// it moves to Save. Saving is refused, with the reasons shown, until ZrmService::validate passes.
class ZrmMetingDialog : public ValidatedDialog {
    Q_OBJECT
public:
    /// `meting` is the starting point: for a new meting a blank one with inwonerId, datum, moment
    /// and door filled in. `vorige` is the meting before it (fills the "previous" column).
    /// `service` must outlive the dialog.
    ZrmMetingDialog(const core::ZrmMeting& meting, const std::optional<core::ZrmMeting>& vorige,
                    const core::ZrmService& service, QWidget* parent = nullptr);

    /// The meting as entered, with the id and metadata of the one passed in.
    core::ZrmMeting meting() const;

    ZrmScoringWidget* scoring() const { return m_scoring; }
    QLineEdit* datumField() const { return m_datum; }
    QComboBox* momentField() const { return m_moment; }
    QLineEdit* doorField() const { return m_door; }
    QComboBox* instrumentField() const { return m_instrument; }
    QPushButton* saveButton() const { return m_save; }

    void accept() override;
    /// Asks before throwing away scores that were entered.
    void reject() override;

protected:
    core::rules::FieldErrors errors() const override;

private:
    core::ZrmMeting m_original;
    const core::ZrmService& m_service;
    QLineEdit* m_datum;
    QComboBox* m_moment;
    QLineEdit* m_door;
    QComboBox* m_instrument;
    ZrmScoringWidget* m_scoring;
    QLabel* m_scoresMessage;
    QPushButton* m_save;
};

} // namespace ui
