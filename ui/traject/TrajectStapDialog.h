// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "dialogs/ValidatedDialog.h"
#include "model/Keuzelijst.h"
#include "model/Traject.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace core {
class TrajectService;
}

namespace ui {

/// Records one statutory step of a traject (or changes or clears it): the date, who did it, the
/// outcome from the step's Keuzelijst where it has one, and a remark or reason labelled for the
/// step. The identity step records the kind of document only, never its number. Saving is
/// refused, with the reason under the field, while the traject would break core's rules (for
/// example a beschikking dated before the aanvraag).
class TrajectStapDialog : public ValidatedDialog {
    Q_OBJECT
public:
    /// `betreft`: for cliëntondersteuning kBetreftInwoner or a netwerk person's id; `wie` names
    /// that person. `door` is the default for who did a step that is not recorded yet.
    /// `service` must outlive the dialog.
    TrajectStapDialog(const core::Traject& traject, core::StapSoort soort, const QString& betreft, const QString& wie,
                      const QString& door, const core::TrajectService& service, QWidget* parent = nullptr);

    /// The traject with the step recorded, or without it after "Clear step".
    core::Traject traject() const;
    /// The step as entered.
    core::TrajectStap stap() const;
    /// Whether the consulent cleared the step.
    bool gewist() const { return m_gewist; }

    QLineEdit* datumField() const { return m_datum; }
    QLineEdit* doorField() const { return m_door; }
    /// Null for steps without a list of outcomes.
    QComboBox* uitkomstField() const { return m_uitkomst; }
    /// Null for the identity step.
    QPlainTextEdit* toelichtingField() const { return m_toelichting; }
    /// The label of the remark field (it names what the remark is for this step).
    QString toelichtingLabel() const;
    /// Null when the step is not recorded yet.
    QPushButton* wisButton() const { return m_wis; }

protected:
    core::rules::FieldErrors errors() const override;

private:
    void wis();
    void updateToelichtingLabel();

    core::Traject m_original;
    core::StapSoort m_soort;
    QString m_betreft;
    const core::TrajectService& m_service;
    QLineEdit* m_datum;
    QLineEdit* m_door;
    QComboBox* m_uitkomst = nullptr;
    QPlainTextEdit* m_toelichting = nullptr;
    QLabel* m_toelichtingLabel = nullptr;
    QLabel* m_algemeen;
    QPushButton* m_wis = nullptr;
    bool m_gewist = false;
};

} // namespace ui
