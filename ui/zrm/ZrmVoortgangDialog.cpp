// SPDX-License-Identifier: EUPL-1.2
#include "ZrmVoortgangDialog.h"

#include "services/ZrmService.h"
#include "zrm/ZrmInstrument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

constexpr int kVerdelingRole = Qt::UserRole + 1;

QColor segmentColour(int index)
{
    // Levels 1 … 5 from red to green, then grey for niet beoordeeld.
    static const QColor colours[] = {QColor(0xd7, 0x30, 0x27), QColor(0xf4, 0x8c, 0x3c), QColor(0xf2, 0xc9, 0x4c),
                                     QColor(0x91, 0xc6, 0x5c), QColor(0x2e, 0x8b, 0x3e), QColor(0xb0, 0xb0, 0xb0)};
    return colours[index];
}

/// A stacked horizontal bar of the counts in kVerdelingRole: levels 1 … 5 and niet beoordeeld.
class VerdelingDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QVariantList counts = index.data(kVerdelingRole).toList();
        int total = 0;
        for (const QVariant& count : counts)
            total += count.toInt();
        if (total == 0)
            return;
        const QRect bar = option.rect.adjusted(4, 5, -4, -5);
        painter->save();
        int done = 0;
        for (int i = 0; i < counts.size(); ++i) {
            const int from = bar.left() + bar.width() * done / total;
            done += counts[i].toInt();
            const int to = bar.left() + bar.width() * done / total;
            painter->fillRect(QRect(from, bar.top(), to - from, bar.height()), segmentColour(i));
        }
        painter->setPen(option.palette.color(QPalette::Mid));
        painter->drawRect(bar.adjusted(0, 0, -1, -1));
        painter->restore();
    }
};

QTableWidgetItem* cell(const QString& text, bool number = true)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ZrmVoortgangDialog::ZrmVoortgangDialog(const core::ZrmService& service, const QString& consulent, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_consulent(consulent)
    , m_scope(new QComboBox)
    , m_message(new QLabel)
    , m_table(new QTableWidget(0, ColumnCount))
{
    setWindowTitle(tr("ZRM progress"));
    m_scope->addItem(consulent.isEmpty() ? tr("My caseload") : tr("My caseload (%1)").arg(consulent));
    m_scope->addItem(tr("All inwoners"));
    m_scope->setCurrentIndex(consulent.isEmpty() ? 1 : 0);
    m_scope->setEnabled(!consulent.isEmpty());

    const core::ZrmInstrument* instrument = core::ZrmInstrument::find(core::ZrmInstrument::kZrm2017);
    QStringList headers{tr("Leefgebied"), tr("n")};
    for (int level = 1; level <= 5; ++level)
        headers << QString::number(level);
    headers << tr("niet beoordeeld") << tr("Improved") << tr("Stable") << tr("Declined") << tr("Distribution");
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeaderItem(NColumn)->setToolTip(
        tr("Inwoners with a latest score or niet beoordeeld in this leefgebied"));
    for (int level = 1; level <= 5; ++level)
        m_table->horizontalHeaderItem(Niveau1Column + level - 1)
            ->setToolTip(tr("Latest score %1 – %2").arg(level).arg(instrument->niveau(level)));
    const QString movement = tr("From the first to the latest score, for inwoners scored at least twice here");
    for (const int column : {VerbeterdColumn, GelijkColumn, VerslechterdColumn})
        m_table->horizontalHeaderItem(column)->setToolTip(movement);
    m_table->horizontalHeaderItem(VerdelingColumn)
        ->setToolTip(tr("Latest scores from 1 (red) to 5 (green), then niet beoordeeld (grey)"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setItemDelegateForColumn(VerdelingColumn, new VerdelingDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(VerdelingColumn, QHeaderView::Stretch);

    auto* explanation =
        new QLabel(tr("Per leefgebied of ZRM 2017: each inwoner's latest score, and whether it improved, stayed "
                      "stable or declined since their first scoring. ZRM 2013 scores are carried over. Scores are "
                      "counted, never averaged; for some inwoners stable is the best outcome."));
    explanation->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto* scopeLabel = new QLabel(tr("&Show"));
    scopeLabel->setBuddy(m_scope);
    auto* scopeRow = new QHBoxLayout;
    scopeRow->addWidget(scopeLabel);
    scopeRow->addWidget(m_scope);
    scopeRow->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(scopeRow);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &ZrmVoortgangDialog::refresh);
    resize(1100, 560);
    refresh();
}

void ZrmVoortgangDialog::refresh()
{
    const bool mine = m_scope->currentIndex() == 0 && !m_consulent.isEmpty();
    const auto result = m_service.voortgang(mine ? m_consulent : QString());
    m_table->setRowCount(0);
    if (!result) {
        m_message->setText(result.error().message);
        m_message->show();
        return;
    }
    m_message->hide();
    const core::ZrmInstrument* instrument = core::ZrmInstrument::find(core::ZrmInstrument::kZrm2017);
    for (const auto& rij : result.value()) {
        const core::Leefgebied* lg = instrument->leefgebied(rij.leefgebied);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, LeefgebiedColumn, cell(lg ? lg->naam : rij.leefgebied, false));
        m_table->setItem(row, NColumn, cell(QString::number(rij.n)));
        QVariantList verdeling;
        for (int level = 0; level < 5; ++level) {
            m_table->setItem(row, Niveau1Column + level, cell(QString::number(rij.niveau[level])));
            verdeling << rij.niveau[level];
        }
        verdeling << rij.nietBeoordeeld;
        m_table->setItem(row, NietBeoordeeldColumn, cell(QString::number(rij.nietBeoordeeld)));
        m_table->setItem(row, VerbeterdColumn, cell(QString::number(rij.verbeterd)));
        m_table->setItem(row, GelijkColumn, cell(QString::number(rij.gelijk)));
        m_table->setItem(row, VerslechterdColumn, cell(QString::number(rij.verslechterd)));
        auto* bar = cell({}, false);
        bar->setData(kVerdelingRole, verdeling);
        m_table->setItem(row, VerdelingColumn, bar);
    }
}

} // namespace ui
