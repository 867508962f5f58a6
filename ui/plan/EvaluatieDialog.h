// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"
#include "dialogs/ValidatedDialog.h"
#include "model/Plan.h"

#include <functional>
#include <vector>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace core {
class PlanService;
}

namespace ui {

/// Evaluates a vastgesteld plan: the date, then per doel its leefgebied, wens and target score
/// next to the ZRM score when the plan was agreed and the latest one at the date (refreshed when
/// the date changes), whether it was achieved and a note; and a general note. OK stores through
/// `evalueer`; the plan is then geëvalueerd, which cannot be undone.
class EvaluatieDialog : public ValidatedDialog {
    Q_OBJECT
public:
    using Evalueer =
        std::function<core::Result<core::Ondersteuningsplan>(const core::Ondersteuningsplan&, const QDate&)>;
    enum Column {
        LeefgebiedColumn,
        WensColumn,
        DoelscoreColumn,
        StartColumn,
        GemetenColumn,
        EvaluatieColumn,
        NotitieColumn,
        ColumnCount
    };

    /// `service` (for the ZRM comparison) must outlive the dialog.
    EvaluatieDialog(const core::Ondersteuningsplan& plan, const core::PlanService& service, Evalueer evalueer,
                    QWidget* parent = nullptr);

    /// The plan with the evaluation filled in.
    core::Ondersteuningsplan evaluatie() const;

    QLineEdit* datumField() const { return m_datum; }
    QTableWidget* doelen() const { return m_doelen; }
    QComboBox* evaluatieField(int doel) const;
    QLineEdit* notitieField(int doel) const;
    QPlainTextEdit* notitieField() const { return m_notitie; }

protected:
    core::rules::FieldErrors errors() const override;
    bool commit() override;

private:
    void refreshVergelijking();

    core::Ondersteuningsplan m_plan;
    const core::PlanService& m_service;
    Evalueer m_evalueer;
    QLineEdit* m_datum;
    QTableWidget* m_doelen;
    QPlainTextEdit* m_notitie;
    QString m_refused;
};

} // namespace ui
