// SPDX-License-Identifier: EUPL-1.2
#include "SocialeKaartImportDialog.h"

#include "dialogs/CsvRejectionTable.h"
#include "services/SocialeKaartService.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

SocialeKaartImportDialog::SocialeKaartImportDialog(core::SocialeKaartService& service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_file(new QLabel(tr("No file chosen yet.")))
    , m_summary(new QLabel)
    , m_ignored(new QLabel)
    , m_rejected(new QTableWidget(0, 3))
    , m_import(new QPushButton(tr("&Import")))
{
    setWindowTitle(tr("Import the sociale kaart"));
    resize(760, 480);
    auto* intro = new QLabel(
        tr("Choose a CSV file with the sociale kaart, for instance the one the gemeente publishes (UTF-8 or "
           "Windows-1252, separated by ; or ,). The first line must name the columns; every row needs at least a "
           "naam and a vorm (algemeen or maatwerk). An entry that is already on the sociale kaart (same id, or same "
           "naam and aanbieder) is updated. Nothing is written until you press Import."));
    intro->setWordWrap(true);
    auto* choose = new QPushButton(tr("&Choose file…"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_ignored->setObjectName(QStringLiteral("importIgnored"));
    m_ignored->setWordWrap(true);
    m_ignored->hide();
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Field"), tr("Problem")});
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->verticalHeader()->hide();
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejected->setWordWrap(true);
    m_import->setEnabled(false);
    m_import->setDefault(true);
    auto* close = new QPushButton(tr("Close"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(choose);
    fileRow->addWidget(m_file, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_import);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_ignored);
    layout->addWidget(m_rejected, 1);
    layout->addLayout(buttons);

    connect(choose, &QPushButton::clicked, this, &SocialeKaartImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importValid() >= 0)
            accept();
    });
    connect(close, &QPushButton::clicked, this, &SocialeKaartImportDialog::reject);
}

void SocialeKaartImportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), {}, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        load(path);
}

void SocialeKaartImportDialog::load(const QString& path)
{
    m_path = path;
    m_report = core::importing::SocialeKaartCsv::readFile(path);
    m_file->setText(QFileInfo(path).fileName());
    showCsvRejections(*m_rejected, m_report.rejected, m_report.fileError);
    if (m_report.fileError) {
        m_summary->setText(tr("This file cannot be imported: %1").arg(m_report.fileError->message));
        m_ignored->hide();
    } else {
        const QString rows = tr("%n row(s) read", nullptr, m_report.rowsRead);
        const QString refused = m_report.rejectedRows() == 0
                                    ? tr("none refused.")
                                    : tr("%n row(s) refused, listed below.", nullptr, m_report.rejectedRows());
        m_summary->setText(tr("%1 (%2, separated by '%3'): %4 can be imported, %5")
                               .arg(rows, m_report.encoding, QString(m_report.separator))
                               .arg(static_cast<int>(m_report.valid.size()))
                               .arg(refused));
        m_ignored->setText(tr("These columns are not part of the sociale kaart and are ignored: %1")
                               .arg(m_report.ignoredColumns.join(QStringLiteral(", "))));
        m_ignored->setVisible(!m_report.ignoredColumns.isEmpty());
    }
    m_rejected->resizeRowsToContents();
    const int valid = static_cast<int>(m_report.valid.size());
    m_import->setEnabled(valid > 0);
    m_import->setText(tr("&Import %n voorziening(s)", nullptr, valid));
}

int SocialeKaartImportDialog::importValid()
{
    if (m_report.valid.empty())
        return -1;
    m_import->setEnabled(false);
    auto result = m_service.importeer(m_report.valid);
    if (!result) {
        m_import->setEnabled(true);
        QMessageBox::warning(this, windowTitle(), tr("Nothing was imported: %1").arg(result.error().message));
        return -1;
    }
    const int stored = result.value();
    const int unchanged = static_cast<int>(m_report.valid.size()) - stored;
    const QString added = tr("%n voorziening(s) added or updated", nullptr, stored);
    const QString message =
        unchanged > 0
            ? tr("%1; %2.").arg(added, tr("%n already on the sociale kaart without changes", nullptr, unchanged))
            : tr("%1.").arg(added);
    QMessageBox::information(this, windowTitle(), message);
    return stored;
}

} // namespace ui
