// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "dialogs/ValidatedDialog.h"
#include "model/NetwerkPersoon.h"

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace core {
class DossierService;
}

namespace ui {

/// Add or edit a person in the netwerk, and whether (and how much) they give mantelzorg.
class NetwerkPersoonDialog : public ValidatedDialog {
    Q_OBJECT
public:
    NetwerkPersoonDialog(const core::NetwerkPersoon& persoon, const core::DossierService& service,
                         QWidget* parent = nullptr);

    core::NetwerkPersoon persoon() const;

    QLineEdit* naamField() const { return m_naam; }
    QGroupBox* mantelzorgBox() const { return m_mantelzorg; }
    QDoubleSpinBox* urenField() const { return m_uren; }
    QSpinBox* edizField() const { return m_ediz; }
    QLabel* belastingLabel() const { return m_belasting; }

protected:
    core::rules::FieldErrors errors() const override;

private:
    void updateBelasting();

    core::NetwerkPersoon m_original;
    const core::DossierService& m_service;
    QLineEdit* m_naam;
    QComboBox* m_relatie;
    QLineEdit* m_organisatie;
    QComboBox* m_nabijheid;
    QPlainTextEdit* m_doetNu;
    QPlainTextEdit* m_kanMeer;
    QLineEdit* m_telefoon;
    QLineEdit* m_email;
    QLineEdit* m_adres;
    QComboBox* m_toestemming;
    QLineEdit* m_toestemmingDatum;
    QGroupBox* m_mantelzorg;
    QDoubleSpinBox* m_uren;
    QLineEdit* m_sinds;
    QPlainTextEdit* m_taken;
    QSpinBox* m_ediz;
    QLabel* m_belasting;
    QPlainTextEdit* m_eigenBehoefte;
    QLineEdit* m_respijtzorg;
};

} // namespace ui
