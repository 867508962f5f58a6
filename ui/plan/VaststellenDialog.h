// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"
#include "dialogs/ValidatedDialog.h"
#include "model/Plan.h"

#include <functional>

class QLineEdit;

namespace ui {

/// Agrees a concept plan: asks the date it was agreed and signed (today unless changed) and
/// explains that the plan then becomes read-only. OK stores through `stelVast`; when that is
/// refused (no doelen, no regisseur …) the reasons stay in the dialog.
class VaststellenDialog : public ValidatedDialog {
    Q_OBJECT
public:
    using StelVast = std::function<core::Result<core::Ondersteuningsplan>(const QDate&)>;

    VaststellenDialog(const core::Ondersteuningsplan& plan, const QDate& vandaag, StelVast stelVast,
                      QWidget* parent = nullptr);

    QLineEdit* datumField() const { return m_datum; }

protected:
    core::rules::FieldErrors errors() const override;
    bool commit() override;

private:
    StelVast m_stelVast;
    QLineEdit* m_datum;
    QString m_refused; ///< why the service refused, until the input changes
};

} // namespace ui
