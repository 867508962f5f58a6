// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "dialogs/ValidatedDialog.h"
#include "model/Gesprek.h"
#include "model/NetwerkPersoon.h"

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace core {
class GesprekService;
}

namespace ui {

class AanwezigenEditor;
class LeefgebiedenEditor;

/// Records a gesprek or contact in a traject after the fact, or edits one: date, form, who was
/// present in what role, the leefgebieden of the gespreksleidraad (discussed or not), the summary
/// and what was agreed. A mantelzorger's own view and the ZRM link made in huisbezoek mode are
/// kept as they are.
class GesprekDialog : public ValidatedDialog {
    Q_OBJECT
public:
    /// `netwerk`: the inwoner's living netwerk, to pick who was present. `service` must outlive
    /// the dialog.
    GesprekDialog(const core::Gesprek& gesprek, std::vector<core::NetwerkPersoon> netwerk, const QString& inwonerNaam,
                  const core::GesprekService& service, QWidget* parent = nullptr);

    core::Gesprek gesprek() const;

    QLineEdit* datumField() const { return m_datum; }
    QComboBox* vormField() const { return m_vorm; }
    QCheckBox* afgerondField() const { return m_afgerond; }
    AanwezigenEditor* aanwezigen() const { return m_aanwezigen; }
    LeefgebiedenEditor* leefgebieden() const { return m_leefgebieden; }
    QPlainTextEdit* samenvattingField() const { return m_samenvatting; }
    QPlainTextEdit* afsprakenField() const { return m_afspraken; }

protected:
    core::rules::FieldErrors errors() const override;

private:
    core::Gesprek m_original;
    const core::GesprekService& m_service;
    QLineEdit* m_datum;
    QComboBox* m_vorm;
    QCheckBox* m_afgerond;
    AanwezigenEditor* m_aanwezigen;
    LeefgebiedenEditor* m_leefgebieden;
    QPlainTextEdit* m_samenvatting;
    QPlainTextEdit* m_afspraken;
    QLabel* m_algemeen;
};

} // namespace ui
