// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Huishouden.h"
#include "model/Plan.h"
#include "model/Traject.h"

#include <QDialog>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace ui {

/// A new plan, or the plan-wide fields of a concept: the traject it belongs to (optional),
/// whether it is for the whole huishouden ("1 gezin, 1 plan, 1 regisseur"), the regisseur with
/// their role, and the wederkerigheid (what the inwoner contributes in return).
class PlanDialog : public QDialog {
    Q_OBJECT
public:
    /// `trajecten`: the inwoner's living trajecten; `huishouden`: theirs, when they have one.
    PlanDialog(const core::Ondersteuningsplan& plan, const std::vector<core::Traject>& trajecten,
               const std::optional<core::Huishouden>& huishouden, QWidget* parent = nullptr);

    core::Ondersteuningsplan plan() const;

    QComboBox* trajectField() const { return m_traject; }
    QCheckBox* huishoudenField() const { return m_huishouden; }
    QLineEdit* regisseurField() const { return m_regisseur; }
    QLineEdit* rolField() const { return m_rol; }
    QPlainTextEdit* wederkerigheidField() const { return m_wederkerigheid; }

private:
    core::Ondersteuningsplan m_original;
    QString m_huishoudenId;
    QComboBox* m_traject;
    QCheckBox* m_huishouden = nullptr;
    QLineEdit* m_regisseur;
    QLineEdit* m_rol;
    QPlainTextEdit* m_wederkerigheid;
};

} // namespace ui
