// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace core {
class ZrmService;
}

namespace ui {

/// The caseload's progress on the Zelfredzaamheid-Matrix, per ZRM 2017 leefgebied: how each
/// inwoner's latest score is distributed over the five levels, how many were niet beoordeeld, and
/// how many improved, stayed stable or declined from their first to their latest scoring. Counts
/// only: ordinal scores are never averaged.
class ZrmVoortgangDialog : public QDialog {
    Q_OBJECT
public:
    enum Column {
        LeefgebiedColumn,
        NColumn,
        Niveau1Column,
        Niveau5Column = Niveau1Column + 4,
        NietBeoordeeldColumn,
        VerbeterdColumn,
        GelijkColumn,
        VerslechterdColumn,
        VerdelingColumn,
        ColumnCount
    };

    /// `consulent` is the name in Mijn gegevens (empty: only "all inwoners" can be chosen).
    ZrmVoortgangDialog(const core::ZrmService& service, const QString& consulent, QWidget* parent = nullptr);

    /// My caseload (index 0) or all inwoners (index 1).
    QComboBox* scopeField() const { return m_scope; }
    QTableWidget* table() const { return m_table; }

private:
    void refresh();

    const core::ZrmService& m_service;
    QString m_consulent;
    QComboBox* m_scope;
    QLabel* m_message;
    QTableWidget* m_table;
};

} // namespace ui
