// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "dialogs/ValidatedDialog.h"
#include "model/SocialeKaart.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace core {
class SocialeKaartService;
}

namespace ui {

/// Add or edit one entry of the sociale kaart. Validates through SocialeKaartService with the
/// messages under the fields, and saves through it when the consulent presses Save (a failed save
/// keeps the dialog open).
class SocialeKaartItemDialog : public ValidatedDialog {
    Q_OBJECT
public:
    SocialeKaartItemDialog(const core::SocialeKaartItem& item, core::SocialeKaartService& service,
                           QWidget* parent = nullptr);

    /// The entry as the form now describes it.
    core::SocialeKaartItem item() const;
    /// The id of the saved entry once Save succeeded; empty before.
    QString savedId() const { return m_savedId; }

    /// The line edit of "naam", "aanbieder", "telefoon", "email", "website" or "adres"; null otherwise.
    QLineEdit* field(const QString& key) const;
    QRadioButton* algemeenButton() const { return m_algemeen; }
    QRadioButton* maatwerkButton() const { return m_maatwerk; }
    QComboBox* wetField() const { return m_wet; }
    QComboBox* categorieField() const { return m_categorie; }
    QPlainTextEdit* notitiesField() const { return m_notities; }
    QCheckBox* actiefField() const { return m_actief; }

protected:
    core::rules::FieldErrors errors() const override;
    bool commit() override;

private:
    core::SocialeKaartItem m_original;
    core::SocialeKaartService& m_service;
    QString m_savedId;
    QLineEdit* m_naam;
    QRadioButton* m_algemeen;
    QRadioButton* m_maatwerk;
    QComboBox* m_wet;
    QComboBox* m_categorie;
    QLineEdit* m_aanbieder;
    QLineEdit* m_telefoon;
    QLineEdit* m_email;
    QLineEdit* m_website;
    QLineEdit* m_adres;
    QPlainTextEdit* m_notities;
    QCheckBox* m_actief;
};

} // namespace ui
