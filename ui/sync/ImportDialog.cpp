// SPDX-License-Identifier: EUPL-1.2
#include "ImportDialog.h"

#include "SyncNamen.h"
#include "SyncTaak.h"

#include "Workspace.h"
#include "services/SyncService.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

ImportDialog::ImportDialog(core::SyncService& sync, QWidget* parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_file(new QLabel(tr("No file chosen yet.")))
    , m_passphraseLabel(new QLabel(tr("&Passphrase:")))
    , m_passphrase(new QLineEdit)
    , m_samenvatting(new QLabel)
    , m_tabel(new QTableWidget(0, 6))
    , m_problemen(new QListWidget)
    , m_import(new QPushButton(tr("&Import")))
    , m_conflicten(new QPushButton(tr("Show the &conflicts…")))
    , m_sluiten(new QPushButton(tr("Close")))
{
    setWindowTitle(tr("Import"));
    resize(720, 520);
    auto* intro = new QLabel(tr("Choose a bundle exported from Wijkdossier on another computer (.wdx, or .json when "
                                "it was saved without encryption). Everything in it is checked first: a bundle "
                                "with any problem changes nothing."));
    intro->setWordWrap(true);
    auto* choose = new QPushButton(tr("&Choose file…"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(QStringLiteral("importPassphrase"));
    m_passphraseLabel->setBuddy(m_passphrase);
    m_passphraseLabel->hide();
    m_passphrase->hide();
    m_samenvatting->setObjectName(QStringLiteral("importSummary"));
    m_samenvatting->setWordWrap(true);
    m_tabel->setHorizontalHeaderLabels(
        {tr("Table"), tr("Inserted"), tr("Updated"), tr("Unchanged"), tr("Conflicts"), tr("Rejected")});
    m_tabel->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tabel->verticalHeader()->hide();
    m_tabel->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabel->hide();
    m_problemen->setObjectName(QStringLiteral("importProblems"));
    m_problemen->hide();
    m_import->setEnabled(false);
    m_import->setDefault(true);
    m_conflicten->hide();

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(choose);
    fileRow->addWidget(m_file, 1);
    auto* passRow = new QHBoxLayout;
    passRow->addWidget(m_passphraseLabel);
    passRow->addWidget(m_passphrase, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_conflicten);
    buttons->addStretch();
    buttons->addWidget(m_import);
    buttons->addWidget(m_sluiten);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addLayout(passRow);
    layout->addWidget(m_samenvatting);
    layout->addWidget(m_tabel, 1);
    layout->addWidget(m_problemen, 1);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_passphrase, &QLineEdit::textChanged, this,
            [this] { m_import->setEnabled(!m_path.isEmpty() && !m_busy && !m_passphrase->text().isEmpty()); });
    connect(m_import, &QPushButton::clicked, this, [this] { importLoaded(); });
    connect(m_conflicten, &QPushButton::clicked, this, [this] {
        emit conflictenGevraagd();
        accept();
    });
    connect(m_sluiten, &QPushButton::clicked, this, [this] {
        if (!m_busy)
            done(m_rapport && m_rapport->toegepast ? QDialog::Accepted : QDialog::Rejected);
    });
}

void ImportDialog::chooseFile()
{
    QFileDialog dialog(this, tr("Choose a bundle to import"), QDir::homePath(),
                       tr("Wijkdossier bundles (*.wdx *.json);;All files (*)"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        load(dialog.selectedFiles().constFirst());
}

void ImportDialog::load(const QString& path)
{
    m_path = path;
    m_rapport.reset();
    m_file->setText(QDir::toNativeSeparators(path));
    const bool versleuteld = core::SyncService::isVersleuteld(path);
    m_passphraseLabel->setVisible(versleuteld);
    m_passphrase->setVisible(versleuteld);
    m_passphrase->clear();
    m_tabel->hide();
    m_problemen->hide();
    m_conflicten->hide();
    m_samenvatting->setText(versleuteld ? tr("This file is encrypted: type the passphrase you were given with it.")
                                        : tr("This file is not encrypted."));
    m_import->setEnabled(!versleuteld);
    if (versleuteld)
        m_passphrase->setFocus();
}

std::optional<core::sync::ImportRapport> ImportDialog::importLoaded()
{
    if (m_path.isEmpty() || m_busy)
        return std::nullopt;
    const QString path = m_path;
    const QString passphrase = m_passphrase->isHidden() ? QString() : m_passphrase->text();
    core::sync::ImportRapport rapport;
    m_busy = true;
    m_import->setEnabled(false);
    SyncTaak taak(m_sync, this);
    const auto gestart = taak.run(tr("Importing…"), [&](core::SyncService& worker, const core::sync::Voortgang& v) {
        rapport = worker.importeer(path, passphrase, v);
    });
    m_busy = false;
    m_import->setEnabled(true);
    if (!gestart.ok()) {
        rapport = {};
        rapport.problemen << gestart.error().message;
        rapport.aantalProblemen = 1;
    } else if (taak.cancelled() && !rapport.toegepast && rapport.problemen.isEmpty()) {
        rapport.problemen.prepend(tr("The import was cancelled."));
    }
    if (rapport.toegepast) {
        m_sync.workspace().observeHlc(rapport.maxHlc);
        const auto totaal = rapport.totaal();
        // The worker's service announced nothing to this window: the main one does it.
        if (totaal.ingevoegd + totaal.bijgewerkt + totaal.conflicten + rapport.overgedragen > 0)
            emit m_sync.gegevensGewijzigd();
        m_import->setEnabled(false);
    }
    showReport(rapport);
    m_rapport = rapport;
    return rapport;
}

void ImportDialog::showReport(const core::sync::ImportRapport& rapport)
{
    QStringList regels;
    if (!rapport.toegepast) {
        regels << tr("Nothing was changed.");
        if (rapport.aantalProblemen > rapport.problemen.size())
            regels << tr("%n problem(s) found; the first ones are listed below.", nullptr, rapport.aantalProblemen);
    } else {
        const auto totaal = rapport.totaal();
        if (rapport.gemaakt.isValid())
            regels << tr("Bundle made on %1.")
                          .arg(QLocale().toString(rapport.gemaakt.toLocalTime(), QLocale::ShortFormat));
        regels << tr("Imported: %1 new, %2 updated, %3 unchanged.")
                      .arg(totaal.ingevoegd)
                      .arg(totaal.bijgewerkt)
                      .arg(totaal.ongewijzigd);
        if (rapport.overgedragen > 0)
            regels << tr("%n dossier(s) handed over to you: the vast aanspreekpunt was changed.", nullptr,
                         rapport.overgedragen);
        if (totaal.conflicten > 0)
            regels << tr("%n record(s) were changed both here and on the other computer. The latest change was "
                         "kept; look at the other version in the conflicts screen.",
                         nullptr, totaal.conflicten);
        if (totaal.afgewezen > 0)
            regels << tr("%n row(s) were rejected.", nullptr, totaal.afgewezen);
    }
    m_samenvatting->setText(regels.join(QLatin1Char('\n')));

    m_tabel->setRowCount(0);
    for (const auto& telling : rapport.tabellen) {
        const int row = m_tabel->rowCount();
        m_tabel->insertRow(row);
        auto* naam = new QTableWidgetItem(syncTabelNaam(telling.tabel));
        naam->setData(Qt::UserRole, telling.tabel);
        m_tabel->setItem(row, 0, naam);
        const int counts[] = {telling.ingevoegd, telling.bijgewerkt, telling.ongewijzigd, telling.conflicten,
                              telling.afgewezen};
        for (int c = 0; c < 5; ++c) {
            auto* item = new QTableWidgetItem(QString::number(counts[c]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_tabel->setItem(row, c + 1, item);
        }
    }
    m_tabel->setVisible(m_tabel->rowCount() > 0);
    m_problemen->clear();
    m_problemen->addItems(rapport.problemen);
    m_problemen->setVisible(!rapport.problemen.isEmpty());
    m_conflicten->setVisible(rapport.toegepast && rapport.totaal().conflicten > 0);
}

} // namespace ui
