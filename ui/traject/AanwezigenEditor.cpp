// SPDX-License-Identifier: EUPL-1.2
#include "AanwezigenEditor.h"

#include "model/Keuzelijst.h"
#include "traject/DialogFields.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

} // namespace

AanwezigenEditor::AanwezigenEditor(std::vector<core::NetwerkPersoon> netwerk, const QString& inwonerNaam,
                                   QWidget* parent)
    : QWidget(parent)
    , m_netwerk(std::move(netwerk))
    , m_inwonerNaam(inwonerNaam)
    , m_table(new QTableWidget(0, 3))
{
    m_table->setObjectName(QStringLiteral("aanwezigen"));
    m_table->setHorizontalHeaderLabels({tr("Role"), tr("Who"), QString()});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(RolColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WieColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RemoveColumn, QHeaderView::ResizeToContents);
    auto* add = new QPushButton(tr("Add &person present"));
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = addRow();
        wieField(row)->setFocus();
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void AanwezigenEditor::setAanwezigen(const std::vector<core::Aanwezige>& aanwezigen)
{
    m_table->setRowCount(0);
    m_meta.clear();
    for (const core::Aanwezige& a : aanwezigen)
        addRow(a);
}

int AanwezigenEditor::addRow()
{
    core::Aanwezige a;
    a.rol = QStringLiteral("anders");
    addRow(a);
    emit changed();
    return m_table->rowCount() - 1;
}

void AanwezigenEditor::addRow(const core::Aanwezige& a)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_meta.push_back(a.meta);

    QComboBox* rol = DialogFields::keuzeCombo(core::Keuzelijst::Rol, a.rol);
    auto* wie = new QComboBox;
    wie->setEditable(true);
    wie->setInsertPolicy(QComboBox::NoInsert);
    wie->lineEdit()->setPlaceholderText(tr("Pick from the netwerk or type a name"));
    wie->addItem(QString(), QString());
    for (const core::NetwerkPersoon& p : m_netwerk)
        wie->addItem(p.naam, p.meta.id);
    if (!a.netwerkId.isEmpty()) {
        if (wie->findData(a.netwerkId) < 0)
            wie->addItem(a.naam.isEmpty() ? tr("(removed from the netwerk)") : a.naam, a.netwerkId);
        wie->setCurrentIndex(wie->findData(a.netwerkId));
    } else {
        wie->setCurrentIndex(0);
        wie->setEditText(a.naam);
    }
    auto* remove = new QToolButton;
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Not present after all"));

    m_table->setCellWidget(row, RolColumn, rol);
    m_table->setCellWidget(row, WieColumn, wie);
    m_table->setCellWidget(row, RemoveColumn, remove);
    updateWie(row);

    connect(rol, &QComboBox::currentIndexChanged, this, [this, rol] {
        updateWie(rowOf(rol, RolColumn));
        emit changed();
    });
    connect(wie, &QComboBox::activated, this, [this, wie](int index) {
        const QString id = wie->itemData(index).toString();
        const auto it = std::find_if(m_netwerk.begin(), m_netwerk.end(),
                                     [&](const core::NetwerkPersoon& p) { return p.meta.id == id; });
        if (it != m_netwerk.end())
            DialogFields::setKeuze(rolField(rowOf(wie, WieColumn)), core::standaardRol(*it));
        emit changed();
    });
    connect(wie, &QComboBox::editTextChanged, this, &AanwezigenEditor::changed);
    connect(remove, &QToolButton::clicked, this, [this, remove] {
        const int r = rowOf(remove, RemoveColumn);
        if (r < 0)
            return;
        m_table->removeRow(r);
        m_meta.erase(m_meta.begin() + r);
        emit changed();
    });
}

int AanwezigenEditor::rowOf(const QWidget* cellWidget, int column) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->cellWidget(row, column) == cellWidget)
            return row;
    }
    return -1;
}

// The inwoner is the inwoner: no name to pick.
void AanwezigenEditor::updateWie(int row)
{
    QComboBox* wie = wieField(row);
    if (!wie)
        return;
    const bool inwoner = DialogFields::keuze(rolField(row)) == QLatin1String("inwoner");
    if (inwoner) {
        wie->setCurrentIndex(0);
        wie->setEditText(m_inwonerNaam);
    } else if (!wie->isEnabled()) {
        wie->setEditText(QString());
    }
    wie->setEnabled(!inwoner);
}

QComboBox* AanwezigenEditor::rolField(int row) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, RolColumn));
}

QComboBox* AanwezigenEditor::wieField(int row) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, WieColumn));
}

std::vector<core::Aanwezige> AanwezigenEditor::aanwezigen() const
{
    std::vector<core::Aanwezige> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        core::Aanwezige a;
        a.meta = m_meta[static_cast<size_t>(row)];
        a.rol = DialogFields::keuze(rolField(row));
        if (a.rol != QLatin1String("inwoner")) {
            const QComboBox* wie = wieField(row);
            const int index = wie->currentIndex();
            const QString id = index >= 0 ? wie->itemData(index).toString() : QString();
            if (!id.isEmpty() && wie->itemText(index) == wie->currentText())
                a.netwerkId = id;
            else
                a.naam = wie->currentText().simplified();
        }
        result.push_back(a);
    }
    return result;
}

} // namespace ui
