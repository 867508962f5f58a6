// SPDX-License-Identifier: EUPL-1.2
#include "TermijnenOverzicht.h"

#include "traject/TermijnWeergave.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QString termijnNaam(const QString& sleutel)
{
    core::rules::TermijnStand s;
    s.sleutel = sleutel;
    return s.naam();
}

/// A table that is as high as its rows (at most `rows` of them; it scrolls beyond).
void fitHeight(QTableWidget* table, int rows = 100)
{
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < std::min(rows, table->rowCount()); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
}

} // namespace

TermijnenOverzicht::TermijnenOverzicht(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_opschortingen(new QTableWidget(0, OpColumnCount))
    , m_opschorten(new QPushButton(tr("Suspend or e&xtend a term…")))
    , m_remove(new QPushButton(tr("Remove suspension")))
{
    m_table->setObjectName(QStringLiteral("termijnen"));
    m_table->setHorizontalHeaderLabels({tr("Term"), tr("Deadline"), tr("Status"), tr("Why it moved")});
    m_opschortingen->setObjectName(QStringLiteral("opschortingen"));
    m_opschortingen->setHorizontalHeaderLabels({tr("Suspended term"), tr("Agreed on"), tr("Days"), tr("Reason")});
    for (QTableWidget* table : {m_table, m_opschortingen}) {
        table->verticalHeader()->hide();
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setWordWrap(false);
        table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    // The table is exactly as high as its three rows: a scroll bar would hide one. Narrow cells
    // elide; every cell has the whole text as its tooltip.
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_opschortingen->horizontalHeader()->setSectionResizeMode(OpRedenColumn, QHeaderView::Stretch);
    m_opschorten->setToolTip(
        tr("With the inwoner's agreement, e.g. while waiting for a medical advice. The reason is required."));
    m_remove->setEnabled(false);

    connect(m_opschorten, &QPushButton::clicked, this, &TermijnenOverzicht::opschortenRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!currentOpschorting().isEmpty())
            emit removeOpschortingRequested(currentOpschorting());
    });
    connect(m_opschortingen, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!currentOpschorting().isEmpty()); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_opschorten);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_opschortingen);
    layout->addLayout(buttons);
    clearTraject();
}

void TermijnenOverzicht::clearTraject()
{
    m_table->setRowCount(0);
    m_opschortingen->setRowCount(0);
    m_opschortingen->hide();
    m_remove->hide();
    m_opschorten->setEnabled(false);
    fitHeight(m_table);
}

void TermijnenOverzicht::setTraject(const core::Traject& t, const core::rules::TrajectStand& stand)
{
    m_table->setRowCount(static_cast<int>(stand.termijnen.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const core::rules::TermijnStand& s = stand.termijnen[static_cast<size_t>(row)];
        const QColor kleur = TermijnWeergave::kleur(s.status);
        const QString uitleg = s.termijn.uitleg();
        const QString datum = core::rules::Termijn::datumTekst(s.termijn.datum);
        // uitleg() is "<deadline>, moved from …": the deadline has a column of its own.
        QString waarom;
        if (s.termijn.verschoven())
            waarom = uitleg.startsWith(datum + QStringLiteral(", ")) ? uitleg.mid(datum.size() + 2) : uitleg;
        const QStringList cells = {s.naam(), datum, TermijnWeergave::status(s), waarom};
        for (int c = 0; c < ColumnCount; ++c) {
            QTableWidgetItem* item = cell(cells[c]);
            item->setToolTip(c == StatusColumn ? cells[c] + QLatin1Char('\n') + uitleg : uitleg);
            if (c == StatusColumn)
                item->setBackground(kleur);
            m_table->setItem(row, c, item);
        }
        m_table->item(row, TermijnColumn)->setData(Qt::UserRole, s.sleutel);
    }
    fitHeight(m_table);

    const QString selected = currentOpschorting();
    m_opschortingen->setRowCount(static_cast<int>(t.opschortingen.size()));
    for (int row = 0; row < m_opschortingen->rowCount(); ++row) {
        const core::TermijnOpschorting& o = t.opschortingen[static_cast<size_t>(row)];
        m_opschortingen->setItem(row, OpTermijnColumn, cell(termijnNaam(o.termijn)));
        m_opschortingen->setItem(row, OpDatumColumn, cell(o.datum.toString(QStringLiteral("dd-MM-yyyy"))));
        m_opschortingen->setItem(row, OpDagenColumn, cell(tr("%n day(s)", nullptr, o.dagen)));
        m_opschortingen->setItem(row, OpRedenColumn, cell(o.reden.simplified()));
        m_opschortingen->item(row, OpRedenColumn)->setToolTip(o.reden);
        m_opschortingen->item(row, OpTermijnColumn)->setData(Qt::UserRole, o.meta.id);
        if (o.meta.id == selected)
            m_opschortingen->selectRow(row);
    }
    const bool any = !t.opschortingen.empty();
    m_opschortingen->setVisible(any);
    m_remove->setVisible(any);
    m_remove->setEnabled(!currentOpschorting().isEmpty());
    m_opschortingen->setVerticalScrollBarPolicy(t.opschortingen.size() > 3 ? Qt::ScrollBarAsNeeded
                                                                           : Qt::ScrollBarAlwaysOff);
    fitHeight(m_opschortingen, 3);
    m_opschorten->setEnabled(t.isOpen());
}

int TermijnenOverzicht::rowOf(const QString& sleutel) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, TermijnColumn)->data(Qt::UserRole).toString() == sleutel)
            return row;
    }
    return -1;
}

QString TermijnenOverzicht::currentOpschorting() const
{
    const auto rows = m_opschortingen->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QTableWidgetItem* item = m_opschortingen->item(rows.first().row(), OpTermijnColumn);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace ui
