// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace core {
class SocialeKaartService;
}

namespace ui {

class SocialeKaartModel;

/// The sociale kaart window: find a voorziening as you type, see how to reach its aanbieder, and
/// keep the catalogue up to date (add, edit, deactivate, remove, import and export as CSV, or
/// start with fictitious examples). A window of its own, so that it can stay open next to a
/// dossier.
class SocialeKaartWindow : public QWidget {
    Q_OBJECT
public:
    explicit SocialeKaartWindow(core::SocialeKaartService& service, QWidget* parent = nullptr);

    SocialeKaartModel* model() const { return m_model; }
    QLineEdit* searchField() const { return m_search; }
    /// All, algemene voorzieningen or maatwerkvoorzieningen.
    QComboBox* vormFilter() const { return m_vorm; }
    QCheckBox* showInactiveBox() const { return m_showInactive; }
    QTableView* table() const { return m_table; }
    /// Whether the explanation for an empty sociale kaart is shown instead of the list.
    bool showsEmptyState() const;
    /// The detail pane as plain text (contact, address, notes of the selected entry).
    QString detailsText() const;
    /// The last thing the window reported (an import, an export, a deactivation …).
    QString statusText() const;
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* activeButton() const { return m_active; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* examplesButton() const { return m_examples; }

    QString currentId() const { return m_selectedId; }
    void selectId(const QString& id);
    /// Puts the cursor in the search field.
    void focusSearch();
    /// Writes the sociale kaart as CSV to `path`, atomically and readable by the user only (0600);
    /// shows a message and returns false when that fails.
    bool exportTo(const QString& path);

private:
    void applyQuery();
    void updateState();
    void showDetails();
    void newItem();
    void editCurrent();
    void toggleActief();
    void removeCurrent();
    void importCsv();
    void exportCsv();
    void addExamples();
    void setStatus(const QString& text);

    core::SocialeKaartService& m_service;
    SocialeKaartModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_vorm;
    QCheckBox* m_showInactive;
    QStackedWidget* m_pages;
    QWidget* m_emptyPage;
    QTableView* m_table;
    QTextBrowser* m_details;
    QLabel* m_count;
    QLabel* m_status;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_active;
    QPushButton* m_remove;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_examples;
    QString m_selectedId;
};

} // namespace ui
