// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "dialogs/FieldMessages.h"
#include "model/NetwerkPersoon.h"

#include <QDialog>

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
class NetwerkPersoonDialog : public QDialog {
    Q_OBJECT
public:
    NetwerkPersoonDialog(const core::NetwerkPersoon& persoon, const core::DossierService& service,
                         QWidget* parent = nullptr);

    core::NetwerkPersoon persoon() const;
    QString message(const QString& field) const { return m_messages.message(field); }

    QLineEdit* naamField() const { return m_naam; }
    QGroupBox* mantelzorgBox() const { return m_mantelzorg; }
    QDoubleSpinBox* urenField() const { return m_uren; }
    QSpinBox* edizField() const { return m_ediz; }
    QLabel* belastingLabel() const { return m_belasting; }

    void accept() override;

private:
    core::rules::FieldErrors errors() const;
    void revalidate();
    void updateBelasting();

    core::NetwerkPersoon m_original;
    const core::DossierService& m_service;
    FieldMessages m_messages;
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
