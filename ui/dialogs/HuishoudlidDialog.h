// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Huishouden.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace core {
class DossierService;
}

namespace ui {

/// Add a member to a huishouden: someone who is an inwoner in this file, or a person by name.
class HuishoudlidDialog : public QDialog {
    Q_OBJECT
public:
    /// `excludeId` is the inwoner whose huishouden this is (not offered as a member).
    HuishoudlidDialog(core::DossierService& service, const QString& excludeId, QWidget* parent = nullptr);

    core::Huishoudlid lid() const;
    void accept() override;

    QRadioButton* asPersonButton() const { return m_asPerson; }
    QLineEdit* naamField() const { return m_naam; }
    QComboBox* rolField() const { return m_rol; }

private:
    void search(const QString& text);
    void updateMode();

    core::DossierService& m_service;
    QString m_excludeId;
    QRadioButton* m_asPerson;
    QRadioButton* m_asInwoner;
    QLineEdit* m_naam;
    QLineEdit* m_geboortedatum;
    QLineEdit* m_zoek;
    QListWidget* m_results;
    QComboBox* m_rol;
    QLabel* m_message;
};

} // namespace ui
