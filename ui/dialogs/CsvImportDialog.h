// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "importing/CsvImportReport.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace core {
class DossierService;
}

namespace ui {

/// Import inwoners from a spreadsheet export: shows what can be imported and every rejected row
/// before anything is written, then imports the valid rows in one transaction with a progress bar
/// and a cancel button (cancelling imports nothing).
class CsvImportDialog : public QDialog {
    Q_OBJECT
public:
    CsvImportDialog(core::DossierService& service, QWidget* parent = nullptr);

    /// Reads and checks a file; the preview shows the result.
    void load(const QString& path);
    const core::importing::CsvImportReport& report() const { return m_report; }
    QTableWidget* rejectedTable() const { return m_rejected; }
    QPushButton* importButton() const { return m_import; }
    /// Imports the valid rows; returns how many were imported (0 on error or cancel).
    int importValid();

private:
    void chooseFile();

    core::DossierService& m_service;
    core::importing::CsvImportReport m_report;
    QLabel* m_file;
    QLabel* m_summary;
    QTableWidget* m_rejected;
    QProgressBar* m_progress;
    QPushButton* m_import;
    QPushButton* m_cancel;
    bool m_cancelled = false;
    bool m_importing = false;
};

} // namespace ui
