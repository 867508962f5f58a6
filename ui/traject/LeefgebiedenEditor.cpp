// SPDX-License-Identifier: EUPL-1.2
#include "LeefgebiedenEditor.h"

#include "model/Keuzelijst.h"
#include "traject/DialogFields.h"
#include "traject/TermijnWeergave.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

const QString kNietBesproken = QStringLiteral("niet_besproken");

} // namespace

LeefgebiedenEditor::LeefgebiedenEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3))
    , m_summary(new QLabel)
{
    m_table->setObjectName(QStringLiteral("leefgebieden"));
    m_table->setHorizontalHeaderLabels({tr("Leefgebied"), tr("Discussed?"), tr("Note")});
    m_table->horizontalHeaderItem(NotitieColumn)->setToolTip(tr("Type or double-click in a row to write a note"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(LeefgebiedColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NotitieColumn, QHeaderView::Stretch);
    m_summary->setObjectName(QStringLiteral("leefgebiedenSummary"));

    // "Not discussed" first: it is where every leefgebied starts.
    std::vector<core::Keuze> statussen = core::keuzes(core::Keuzelijst::LeefgebiedStatus);
    std::stable_partition(statussen.begin(), statussen.end(),
                          [](const core::Keuze& k) { return k.key == kNietBesproken; });
    for (const core::Keuze& lg : core::keuzes(core::Keuzelijst::Leefgebied)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* naam = new QTableWidgetItem(lg.label);
        naam->setData(Qt::UserRole, lg.key);
        naam->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, LeefgebiedColumn, naam);
        auto* status = new QComboBox;
        for (const core::Keuze& k : statussen)
            status->addItem(k.label, k.key);
        m_table->setCellWidget(row, StatusColumn, status);
        m_table->setItem(row, NotitieColumn, new QTableWidgetItem);
        connect(status, &QComboBox::currentIndexChanged, this, [this] {
            updateSummary();
            emit changed();
        });
    }
    connect(m_table, &QTableWidget::itemChanged, this, &LeefgebiedenEditor::changed);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    updateSummary();
}

int LeefgebiedenEditor::rowOf(const QString& leefgebied) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, LeefgebiedColumn)->data(Qt::UserRole).toString() == leefgebied)
            return row;
    }
    return -1;
}

QComboBox* LeefgebiedenEditor::statusField(int row) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, StatusColumn));
}

void LeefgebiedenEditor::setLeefgebieden(const std::vector<core::BesprokenLeefgebied>& leefgebieden)
{
    m_original = leefgebieden;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        DialogFields::setKeuze(statusField(row), kNietBesproken);
        m_table->item(row, NotitieColumn)->setText(QString());
    }
    for (const core::BesprokenLeefgebied& l : leefgebieden) {
        const int row = rowOf(l.leefgebied);
        if (row < 0)
            continue; // a leefgebied of a newer version: kept by leefgebieden() through m_original
        DialogFields::setKeuze(statusField(row), l.status);
        m_table->item(row, NotitieColumn)->setText(l.notitie);
    }
    updateSummary();
}

std::vector<core::BesprokenLeefgebied> LeefgebiedenEditor::leefgebieden() const
{
    std::vector<core::BesprokenLeefgebied> result;
    for (const core::BesprokenLeefgebied& l : m_original) {
        if (rowOf(l.leefgebied) < 0)
            result.push_back(l);
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, LeefgebiedColumn)->data(Qt::UserRole).toString();
        core::BesprokenLeefgebied l;
        const auto before = std::find_if(m_original.begin(), m_original.end(),
                                         [&](const core::BesprokenLeefgebied& o) { return o.leefgebied == key; });
        if (before != m_original.end())
            l = *before;
        l.leefgebied = key;
        l.status = DialogFields::keuze(statusField(row));
        l.notitie = m_table->item(row, NotitieColumn)->text().trimmed();
        if (l.status != kNietBesproken || !l.notitie.isEmpty() || before != m_original.end())
            result.push_back(l);
    }
    return result;
}

QString LeefgebiedenEditor::summary() const
{
    return m_summary->text();
}

void LeefgebiedenEditor::updateSummary()
{
    int besproken = 0;
    int aandacht = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString status = DialogFields::keuze(statusField(row));
        // The combo box says it in words; the colour lets the eye find the discussed ones.
        QTableWidgetItem* naam = m_table->item(row, LeefgebiedColumn);
        if (status == QLatin1String("aandacht"))
            naam->setBackground(TermijnWeergave::ontbreektKleur());
        else if (status == QLatin1String("geen_probleem"))
            naam->setBackground(TermijnWeergave::gedaanKleur());
        else
            naam->setBackground(QBrush());
        besproken += status != kNietBesproken ? 1 : 0;
        aandacht += status == QLatin1String("aandacht") ? 1 : 0;
    }
    m_summary->setText(tr("%1 of %2 leefgebieden discussed, %3 need attention.")
                           .arg(besproken)
                           .arg(m_table->rowCount())
                           .arg(aandacht));
}

} // namespace ui
