// SPDX-License-Identifier: EUPL-1.2
#include "ConflictenWindow.h"

#include "SyncNamen.h"

#include "Workspace.h"
#include "services/DossierService.h"

#include <QColor>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kKolomRole = Qt::UserRole;

// A warm yellow that stays readable with dark text; bold and the sign carry the difference
// for those who do not see the colour (or print in greyscale).
const QColor kVerschilKleur(255, 228, 148);

} // namespace

ConflictenWindow::ConflictenWindow(core::SyncService& sync, core::DossierService& dossiers, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_sync(sync)
    , m_dossiers(dossiers)
    , m_kop(new QLabel)
    , m_lijst(new QTableWidget(0, 3))
    , m_uitleg(new QLabel)
    , m_velden(new QTableWidget(0, 4))
    , m_houden(new QPushButton(tr("&Keep this version")))
    , m_terug(new QPushButton(tr("&Restore the other version")))
    , m_combineren(new QPushButton(tr("&Combine the ticked fields")))
{
    setWindowTitle(tr("Conflicts"));
    setObjectName(QStringLiteral("conflictenWindow"));
    resize(980, 640);

    m_kop->setWordWrap(true);
    m_lijst->setObjectName(QStringLiteral("conflictList"));
    m_lijst->setHorizontalHeaderLabels({tr("Record"), tr("Other version written"), tr("On")});
    m_lijst->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lijst->verticalHeader()->hide();
    m_lijst->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lijst->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lijst->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_uitleg->setObjectName(QStringLiteral("conflictExplanation"));
    m_uitleg->setWordWrap(true);
    m_velden->setObjectName(QStringLiteral("conflictFields"));
    m_velden->setHorizontalHeaderLabels({tr("Field"), tr("This version"), tr("Other version"), tr("Take the other")});
    m_velden->horizontalHeader()->setSectionResizeMode(Huidig, QHeaderView::Stretch);
    m_velden->horizontalHeader()->setSectionResizeMode(Verliezer, QHeaderView::Stretch);
    m_velden->verticalHeader()->hide();
    m_velden->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_velden->setWordWrap(true);

    m_houden->setToolTip(tr("Keep the record as it is now; the other version is set aside."));
    m_terug->setToolTip(tr("Put the other version back as a new change."));
    m_combineren->setToolTip(tr("Keep this version, with the ticked fields taken from the other version."));

    auto* detail = new QWidget;
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_houden);
    buttons->addWidget(m_terug);
    buttons->addWidget(m_combineren);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_uitleg);
    detailLayout->addWidget(m_velden, 1);
    detailLayout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_lijst);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({160, 480});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_kop);
    layout->addWidget(splitter, 1);

    connect(m_lijst, &QTableWidget::itemSelectionChanged, this, &ConflictenWindow::showSelected);
    connect(m_velden, &QTableWidget::itemChanged, this, [this] {
        if (!m_vullen)
            updateButtons();
    });
    connect(m_houden, &QPushButton::clicked, this, [this] { resolve(core::SyncService::Keuze::Huidig); });
    connect(m_terug, &QPushButton::clicked, this, [this] { resolve(core::SyncService::Keuze::Verliezer); });
    connect(m_combineren, &QPushButton::clicked, this, [this] { resolve(core::SyncService::Keuze::Samengevoegd); });
    connect(&m_sync, &core::SyncService::gegevensGewijzigd, this, &ConflictenWindow::reload);
    reload();
}

QString ConflictenWindow::beschrijving(const core::SyncConflict& conflict) const
{
    if (conflict.tabel == QLatin1String("inwoner")) {
        if (const auto in = m_dossiers.inwoner(conflict.rijId))
            return tr("Inwoner: %1").arg(in->weergavenaam());
    } else if (conflict.tabel == QLatin1String("netwerkpersoon")) {
        if (const auto persoon = m_dossiers.netwerkPersoon(conflict.rijId)) {
            const auto in = m_dossiers.inwoner(persoon->inwonerId);
            return in ? tr("Netwerk of %1: %2").arg(in->weergavenaam(), persoon->naam)
                      : tr("Netwerk: %1").arg(persoon->naam);
        }
    }
    return syncTabelNaam(conflict.tabel);
}

void ConflictenWindow::reload()
{
    const QString selected = currentId();
    auto open = m_sync.conflicten();
    m_open = open ? std::move(open.value()) : std::vector<core::SyncConflict>{};
    const QString eigen = m_sync.workspace().deviceId();
    {
        const QSignalBlocker blocker(m_lijst);
        m_lijst->setRowCount(0);
        for (const auto& conflict : m_open) {
            const int row = m_lijst->rowCount();
            m_lijst->insertRow(row);
            auto* wat = new QTableWidgetItem(beschrijving(conflict));
            wat->setData(kIdRole, conflict.id);
            m_lijst->setItem(row, 0, wat);
            m_lijst->setItem(
                row, 1,
                new QTableWidgetItem(QLocale().toString(conflict.verliezerTijd.toLocalTime(), QLocale::ShortFormat)));
            m_lijst->setItem(
                row, 2,
                new QTableWidgetItem(conflict.verliezerDevice == eigen
                                         ? tr("this computer")
                                         : tr("another computer (%1)").arg(conflict.verliezerDevice.left(8))));
        }
    }
    m_lijst->resizeColumnToContents(1);
    m_lijst->resizeColumnToContents(2);
    m_lijst->resizeRowsToContents();
    m_kop->setText(m_open.empty() ? tr("There are no conflicts to look at.")
                                  : tr("%n record(s) were changed here and on another computer at the same time. The "
                                       "latest change was kept; choose what is right for each.",
                                       nullptr, static_cast<int>(m_open.size())));
    if (!selected.isEmpty() &&
        std::any_of(m_open.begin(), m_open.end(), [&](const auto& c) { return c.id == selected; }))
        selectConflict(selected);
    else if (!m_open.empty())
        selectConflict(m_open.front().id);
    else
        showSelected();
}

void ConflictenWindow::selectConflict(const QString& id)
{
    for (int row = 0; row < m_lijst->rowCount(); ++row) {
        if (m_lijst->item(row, 0)->data(kIdRole).toString() == id) {
            m_lijst->selectRow(row);
            showSelected();
            return;
        }
    }
}

QString ConflictenWindow::currentId() const
{
    const auto rows = m_lijst->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_lijst->item(rows.front().row(), 0)->data(kIdRole).toString();
}

int ConflictenWindow::fieldRow(const QString& kolom) const
{
    for (int row = 0; row < m_velden->rowCount(); ++row) {
        if (m_velden->item(row, Veld)->data(kKolomRole).toString() == kolom)
            return row;
    }
    return -1;
}

void ConflictenWindow::showSelected()
{
    m_vullen = true;
    m_velden->setRowCount(0);
    m_huidig.reset();
    const QString id = currentId();
    if (!id.isEmpty()) {
        auto conflict = m_sync.conflict(id);
        if (conflict)
            m_huidig = std::move(conflict.value());
        else
            m_uitleg->setText(conflict.error().message);
    }
    if (m_huidig) {
        const auto& c = *m_huidig;
        QString uitleg;
        if (c.soort == QLatin1String("verwijderd") && c.huidigVerwijderd)
            uitleg = tr("%1 was deleted, and the other version changed it at the same time. The deletion was "
                        "later and was kept. Keep this version to leave it deleted, or restore the other version "
                        "to bring the record back with its changes.")
                         .arg(beschrijving(c));
        else if (c.soort == QLatin1String("verwijderd"))
            uitleg = tr("The other version deleted %1, while it was changed here later. The change was kept. Keep "
                        "this version, or restore the other version to delete the record after all.")
                         .arg(beschrijving(c));
        else
            uitleg = tr("%1 was changed here and on another computer. The fields that differ are marked with ≠ and "
                        "in bold. Tick the fields to take from the other version and combine, or keep one version "
                        "whole.")
                         .arg(beschrijving(c));
        m_uitleg->setText(uitleg);
        const bool kanCombineren = c.soort != QLatin1String("verwijderd");
        // The differing fields first: they are what the consulent has to decide on.
        std::vector<core::SyncConflict::Veld> velden = c.velden;
        std::stable_partition(velden.begin(), velden.end(), [](const auto& v) { return v.verschilt; });
        for (const auto& veld : velden) {
            const int row = m_velden->rowCount();
            m_velden->insertRow(row);
            const QString naam = syncVeldNaam(c.tabel, veld.kolom);
            auto* naamItem = new QTableWidgetItem(veld.verschilt ? tr("≠ %1").arg(naam) : naam);
            naamItem->setData(kKolomRole, veld.kolom);
            auto* huidig = new QTableWidgetItem(veld.huidig);
            auto* verliezer = new QTableWidgetItem(veld.verliezer);
            auto* overnemen = new QTableWidgetItem;
            overnemen->setFlags(Qt::ItemIsEnabled);
            if (veld.verschilt) {
                for (QTableWidgetItem* item : {naamItem, huidig, verliezer, overnemen}) {
                    item->setBackground(kVerschilKleur);
                    item->setForeground(QColor(Qt::black));
                    QFont font = item->font();
                    font.setBold(true);
                    item->setFont(font);
                }
                if (kanCombineren) {
                    overnemen->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                    overnemen->setCheckState(Qt::Unchecked);
                    overnemen->setText(tr("take"));
                }
                naamItem->setToolTip(tr("The two versions differ in this field."));
            }
            m_velden->setItem(row, Veld, naamItem);
            m_velden->setItem(row, Huidig, huidig);
            m_velden->setItem(row, Verliezer, verliezer);
            m_velden->setItem(row, Overnemen, overnemen);
        }
        m_velden->resizeColumnToContents(Veld);
        m_velden->resizeColumnToContents(Overnemen);
    } else if (id.isEmpty()) {
        m_uitleg->setText(m_open.empty() ? QString() : tr("Choose a conflict above."));
    }
    m_vullen = false;
    updateButtons();
}

void ConflictenWindow::updateButtons()
{
    const bool open = m_huidig && !m_huidig->opgelostOp.isValid();
    m_houden->setEnabled(open);
    m_terug->setEnabled(open);
    bool aangevinkt = false;
    for (int row = 0; row < m_velden->rowCount(); ++row)
        aangevinkt = aangevinkt || m_velden->item(row, Overnemen)->checkState() == Qt::Checked;
    m_combineren->setEnabled(open && aangevinkt);
}

void ConflictenWindow::resolve(core::SyncService::Keuze keuze)
{
    if (!m_huidig)
        return;
    QStringList vanVerliezer;
    if (keuze == core::SyncService::Keuze::Samengevoegd) {
        for (int row = 0; row < m_velden->rowCount(); ++row) {
            if (m_velden->item(row, Overnemen)->checkState() == Qt::Checked)
                vanVerliezer << m_velden->item(row, Veld)->data(kKolomRole).toString();
        }
        if (vanVerliezer.isEmpty())
            return;
    }
    // The service announces the change; reload() (connected) then shows the next conflict.
    const auto status = m_sync.losOp(m_huidig->id, keuze, vanVerliezer);
    if (!status.ok())
        QMessageBox::warning(this, windowTitle(), status.error().message);
}

} // namespace ui
