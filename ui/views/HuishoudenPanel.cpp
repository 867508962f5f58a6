// SPDX-License-Identifier: EUPL-1.2
#include "HuishoudenPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

QString rolLabel(const QString& rol)
{
    if (rol == QLatin1String("inwoner"))
        return HuishoudenPanel::tr("Inwoner");
    if (rol == QLatin1String("partner"))
        return HuishoudenPanel::tr("Partner");
    if (rol == QLatin1String("kind"))
        return HuishoudenPanel::tr("Child");
    if (rol == QLatin1String("ouder"))
        return HuishoudenPanel::tr("Parent");
    if (rol == QLatin1String("huisgenoot"))
        return HuishoudenPanel::tr("Housemate");
    return HuishoudenPanel::tr("Other");
}

} // namespace

HuishoudenPanel::HuishoudenPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_table(new QTableWidget(0, 4))
    , m_remove(new QPushButton(tr("&Remove from household")))
{
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Date of birth"), tr("In this file")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setColumnWidth(0, 240);
    m_table->setColumnWidth(1, 110);
    m_table->setColumnWidth(2, 110);
    auto* add = new QPushButton(tr("&Add member…"));
    connect(add, &QPushButton::clicked, this, &HuishoudenPanel::addRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < static_cast<int>(m_leden.size()))
            emit removeRequested(m_leden[static_cast<size_t>(row)]);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const auto& lid = m_leden[static_cast<size_t>(row)];
        if (!lid.inwonerId.isEmpty() && lid.inwonerId != m_inwonerId)
            emit openInwonerRequested(lid.inwonerId);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_remove->setEnabled(row >= 0 && row < static_cast<int>(m_leden.size()) &&
                             m_leden[static_cast<size_t>(row)].inwonerId != m_inwonerId);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void HuishoudenPanel::setHuishouden(const QString& inwonerId, const std::optional<core::Huishouden>& huishouden)
{
    m_inwonerId = inwonerId;
    m_leden = huishouden ? huishouden->leden : std::vector<core::Huishoudlid>{};
    m_title->setText(huishouden ? tr("%n member(s) in this household. Double-click an inwoner to open their file.",
                                     nullptr, static_cast<int>(m_leden.size()))
                                : tr("No household recorded yet: the inwoner lives alone or nobody was added."));
    m_table->setRowCount(static_cast<int>(m_leden.size()));
    for (int row = 0; row < static_cast<int>(m_leden.size()); ++row) {
        const auto& lid = m_leden[static_cast<size_t>(row)];
        m_table->setItem(row, 0, new QTableWidgetItem(lid.naam));
        m_table->setItem(row, 1, new QTableWidgetItem(rolLabel(lid.rol)));
        m_table->setItem(row, 2,
                         new QTableWidgetItem(lid.geboortedatum.isValid()
                                                  ? lid.geboortedatum.toString(QStringLiteral("dd-MM-yyyy"))
                                                  : QString()));
        m_table->setItem(row, 3, new QTableWidgetItem(lid.inwonerId.isEmpty() ? QString() : tr("yes")));
    }
    m_remove->setEnabled(false);
}

} // namespace ui
