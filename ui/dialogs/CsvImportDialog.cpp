// SPDX-License-Identifier: EUPL-1.2
#include "CsvImportDialog.h"

#include "CsvRejectionTable.h"

#include "importing/InwonerCsvImport.h"
#include "services/DossierService.h"

#include <QApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

CsvImportDialog::CsvImportDialog(core::DossierService& service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_file(new QLabel(tr("No file chosen yet.")))
    , m_summary(new QLabel)
    , m_rejected(new QTableWidget(0, 3))
    , m_progress(new QProgressBar)
    , m_import(new QPushButton(tr("&Import")))
    , m_cancel(new QPushButton(tr("Close")))
{
    setWindowTitle(tr("Import inwoners from a spreadsheet"));
    resize(760, 480);
    auto* intro = new QLabel(tr("Choose a CSV file saved from a spreadsheet (UTF-8 or Windows-1252, separated by ; "
                                "or ,). The first line must name the columns; at least Geslachtsnaam or Achternaam "
                                "is required. Nothing is written until you press Import."));
    intro->setWordWrap(true);
    auto* choose = new QPushButton(tr("&Choose file…"));
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Field"), tr("Problem")});
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->verticalHeader()->hide();
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setWordWrap(true);
    m_progress->hide();
    m_import->setEnabled(false);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(choose);
    fileRow->addWidget(m_file, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_rejected, 1);
    layout->addLayout(buttons);

    connect(choose, &QPushButton::clicked, this, &CsvImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importValid() > 0)
            accept();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_importing)
            m_cancelled = true;
        else
            reject();
    });
}

void CsvImportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), {}, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        load(path);
}

void CsvImportDialog::load(const QString& path)
{
    m_report = core::importing::InwonerCsvImport::readFile(path, QDate::currentDate());
    m_file->setText(QFileInfo(path).fileName());
    // Rows whose BSN an inwoner here already has are listed now, not refused by the import later.
    if (const core::Status screened = m_service.screenImport(m_report); !screened) {
        m_report.valid.clear();
        m_report.validLines.clear();
        m_rejected->setRowCount(0);
        m_summary->setText(tr("This file cannot be checked against the dossier: %1").arg(screened.error().message));
        m_import->setEnabled(false);
        return;
    }
    showCsvRejections(*m_rejected, m_report.rejected, m_report.fileError);
    if (m_report.fileError) {
        m_summary->setText(tr("This file cannot be imported: %1").arg(m_report.fileError->message));
    } else {
        m_summary->setText(
            tr("%1 rows read (%2, separated by '%3'): %4 can be imported, %5 are rejected and listed below.")
                .arg(m_report.rowsRead)
                .arg(m_report.encoding, QString(m_report.separator))
                .arg(m_report.valid.size())
                .arg(m_report.rejectedRows()));
    }
    m_import->setEnabled(!m_report.valid.empty());
    m_import->setText(tr("&Import %n inwoner(s)", nullptr, static_cast<int>(m_report.valid.size())));
}

int CsvImportDialog::importValid()
{
    if (m_report.valid.empty())
        return 0;
    m_importing = true;
    m_cancelled = false;
    m_import->setEnabled(false);
    m_cancel->setText(tr("Cancel"));
    m_progress->setRange(0, static_cast<int>(m_report.valid.size()));
    m_progress->setValue(0);
    m_progress->show();
    auto result = m_service.importInwoners(m_report.valid, [this](int done, int) {
        m_progress->setValue(done);
        QApplication::processEvents();
        return !m_cancelled;
    });
    m_importing = false;
    m_cancel->setText(tr("Close"));
    m_progress->hide();
    if (!result) {
        m_import->setEnabled(true);
        QMessageBox::warning(this, windowTitle(), result.error().message);
        return 0;
    }
    QMessageBox::information(this, windowTitle(), tr("%n inwoner(s) imported.", nullptr, result.value()));
    return result.value();
}

} // namespace ui
