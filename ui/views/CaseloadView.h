// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace core {
class DossierService;
}

namespace ui {

class CaseloadModel;

/// "Mijn caseload": a search box that narrows the list on every keystroke, a choice between my
/// caseload and all inwoners, and the list itself.
class CaseloadView : public QWidget {
    Q_OBJECT
public:
    CaseloadView(core::DossierService& service, QWidget* parent = nullptr);

    /// The consulent whose caseload "Mijn caseload" shows.
    void setConsulent(const QString& naam);
    /// Shows everyone instead of my caseload (or back).
    void setShowAll(bool all);
    void setSearchText(const QString& text);
    QString currentId() const;
    void selectId(const QString& id);
    void focusSearch();

    CaseloadModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }

signals:
    void currentInwonerChanged(const QString& id);
    /// Enter or double-click on an inwoner.
    void inwonerActivated(const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyQuery();
    void updateCount();

    CaseloadModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_scope;
    QTableView* m_table;
    QLabel* m_count;
    QString m_consulent;
    QString m_selectedId;
};

} // namespace ui
