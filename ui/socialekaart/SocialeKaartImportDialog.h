// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "importing/SocialeKaartCsv.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace core {
class SocialeKaartService;
}

namespace ui {

/// Import the sociale kaart from a CSV file (as the gemeente publishes it): shows what can be
/// imported, every refused row with its line number and the columns that are ignored before
/// anything is written, then stores the valid rows in one transaction.
class SocialeKaartImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit SocialeKaartImportDialog(core::SocialeKaartService& service, QWidget* parent = nullptr);

    /// Reads and checks a file; the preview shows the result.
    void load(const QString& path);
    /// The file last loaded; empty before.
    QString path() const { return m_path; }
    const core::importing::SocialeKaartCsvReport& report() const { return m_report; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* ignoredLabel() const { return m_ignored; }
    QTableWidget* rejectedTable() const { return m_rejected; }
    QPushButton* importButton() const { return m_import; }
    /// Stores the valid rows and tells the consulent how many; returns the number of entries
    /// added or changed, or -1 when nothing could be stored.
    int importValid();

private:
    void chooseFile();

    core::SocialeKaartService& m_service;
    core::importing::SocialeKaartCsvReport m_report;
    QString m_path;
    QLabel* m_file;
    QLabel* m_summary;
    QLabel* m_ignored;
    QTableWidget* m_rejected;
    QPushButton* m_import;
};

} // namespace ui
