// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Services.h"
#include "dialogs/ValidatedDialog.h"
#include "model/Plan.h"

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace ui {

/// Adds or edits one doel of a concept plan: the leefgebied (ZRM 2017), the wens in the inwoner's
/// own words, the desired situation, the kind of doel (improve, stay stable, limit decline), an
/// optional target score and evaluation date, and the inwoner's own proposed solution with the
/// reason when it is not followed. In a huishouden plan: which member the doel is for.
class DoelDialog : public ValidatedDialog {
    Q_OBJECT
public:
    /// Edits the doel with id `doelId` of `plan`, or adds one when it is empty.
    /// `services` must outlive the dialog.
    DoelDialog(const core::Ondersteuningsplan& plan, const QString& doelId, const Services& services,
               QWidget* parent = nullptr);

    core::PlanDoel doel() const;
    /// The plan with the doel added or changed.
    core::Ondersteuningsplan plan() const;

    QComboBox* lidField() const { return m_lid; }
    QComboBox* leefgebiedField() const { return m_leefgebied; }
    QPlainTextEdit* wensField() const { return m_wens; }
    QPlainTextEdit* gewensteSituatieField() const { return m_gewenst; }
    QRadioButton* soortButton(const QString& key) const;
    QComboBox* doelscoreField() const { return m_doelscore; }
    QLineEdit* evaluatieDatumField() const { return m_evaluatieDatum; }
    QPlainTextEdit* eigenOplossingField() const { return m_eigenOplossing; }
    QPlainTextEdit* redenField() const { return m_reden; }

protected:
    core::rules::FieldErrors errors() const override;

private:
    void updateReden();

    core::Ondersteuningsplan m_plan;
    core::PlanDoel m_doel;
    const core::PlanService& m_service;
    QComboBox* m_lid = nullptr;
    QComboBox* m_leefgebied;
    QPlainTextEdit* m_wens;
    QPlainTextEdit* m_gewenst;
    QButtonGroup* m_soort;
    QComboBox* m_doelscore;
    QLineEdit* m_evaluatieDatum;
    QPlainTextEdit* m_eigenOplossing;
    QPlainTextEdit* m_reden;
};

} // namespace ui
