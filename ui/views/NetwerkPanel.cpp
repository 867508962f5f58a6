// SPDX-License-Identifier: EUPL-1.2
#include "NetwerkPanel.h"

#include <QBrush>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ui {

namespace {

QColor belastingColour(core::Belasting b)
{
    switch (b) {
    case core::Belasting::Zwaar:
        return QColor(0xf8, 0xd0, 0xd0);
    case core::Belasting::Matig:
        return QColor(0xfc, 0xe6, 0xc4);
    default:
        return QColor(0xd8, 0xf0, 0xd8);
    }
}

} // namespace

NetwerkPanel::NetwerkPanel(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_details(new QLabel)
    , m_table(new QTableWidget(0, 7))
    , m_edit(new QPushButton(tr("&Edit…")))
    , m_delete(new QPushButton(tr("&Remove")))
    , m_print(new QPushButton(tr("Pr&int netwerkkaart…")))
{
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Relation"), tr("Closeness"), tr("Does now"),
                                        tr("Could do more"), tr("Mantelzorg"), tr("Consent")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    // Names and the two free-text columns share the width; the short columns fit their content.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const int column : {0, 3, 4})
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    m_summary->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("netwerkDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 7);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(8);

    auto* add = new QPushButton(tr("&Add person…"));
    connect(add, &QPushButton::clicked, this, &NetwerkPanel::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            emit editRequested(currentId());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            emit deleteRequested(currentId());
    });
    m_print->setToolTip(tr("The netwerkkaart and who does what, to give to the inwoner"));
    connect(m_print, &QPushButton::clicked, this, &NetwerkPanel::printRequested);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { emit editRequested(currentId()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(!currentId().isEmpty());
        m_delete->setEnabled(!currentId().isEmpty());
        showDetails();
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_print);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_details, 2);
    layout->addLayout(buttons);
}

QString NetwerkPanel::currentId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < static_cast<int>(m_netwerk.size()) ? m_netwerk[static_cast<size_t>(row)].meta.id
                                                                : QString();
}

void NetwerkPanel::setNetwerk(const std::vector<core::NetwerkPersoon>& netwerk)
{
    const QString selected = currentId();
    m_netwerk = netwerk;
    int mantelzorgers = 0;
    int zwaar = 0;
    m_table->setRowCount(static_cast<int>(netwerk.size()));
    for (int row = 0; row < static_cast<int>(netwerk.size()); ++row) {
        const auto& p = netwerk[static_cast<size_t>(row)];
        const QString naam = p.organisatie.isEmpty() ? p.naam : tr("%1 (%2)").arg(p.naam, p.organisatie);
        QString mz;
        if (p.mantelzorg) {
            ++mantelzorgers;
            const auto belasting = p.mantelzorg->belasting();
            if (belasting == core::Belasting::Zwaar)
                ++zwaar;
            mz = tr("%1 h/week").arg(p.mantelzorg->urenPerWeek, 0, 'g', 3);
            if (belasting)
                mz += QStringLiteral(", ") + core::label(*belasting);
        }
        const QString consent = p.toestemmingDatum.isValid()
                                    ? tr("%1 (%2)").arg(core::label(p.toestemming),
                                                        p.toestemmingDatum.toString(QStringLiteral("dd-MM-yyyy")))
                                    : core::label(p.toestemming);
        const QStringList cells = {
            naam, core::label(p.relatie), QString::number(p.nabijheid), p.doetNu, p.kanMeer, mz, consent};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (p.mantelzorg && p.mantelzorg->belasting())
                item->setBackground(belastingColour(*p.mantelzorg->belasting()));
            m_table->setItem(row, c, item);
        }
    }
    QString summary = tr("%n person(s) in the netwerk", nullptr, static_cast<int>(netwerk.size()));
    if (mantelzorgers > 0)
        summary += QStringLiteral(" · ") + tr("%n mantelzorger(s)", nullptr, mantelzorgers);
    if (zwaar > 0)
        summary += QStringLiteral(" · ") + tr("%n heavily burdened: discuss respite care and support", nullptr, zwaar);
    m_summary->setText(summary);
    for (int row = 0; row < static_cast<int>(m_netwerk.size()); ++row) {
        if (m_netwerk[static_cast<size_t>(row)].meta.id == selected)
            m_table->selectRow(row);
    }
    m_edit->setEnabled(!currentId().isEmpty());
    m_delete->setEnabled(!currentId().isEmpty());
    showDetails();
}

QString NetwerkPanel::detailsText() const
{
    QTextDocument document;
    document.setHtml(m_details->text());
    return document.toPlainText();
}

// Everything recorded about the selected person, readable in full during the conversation.
void NetwerkPanel::showDetails()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_netwerk.size())) {
        m_details->setText(tr("Select a person to see everything recorded about them."));
        return;
    }
    const core::NetwerkPersoon& p = m_netwerk[static_cast<size_t>(row)];
    QStringList lines;
    auto add = [&lines](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty())
            lines << QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    lines << QStringLiteral("<b>%1</b> — %2").arg(p.naam.toHtmlEscaped(), core::label(p.relatie).toHtmlEscaped());
    add(tr("Organisation:"), p.organisatie);
    add(tr("Contact:"), QStringList{p.telefoon, p.email, p.adres}
                            .filter(QRegularExpression(QStringLiteral("\\S")))
                            .join(QStringLiteral(" · ")));
    add(tr("Does now:"), p.doetNu);
    add(tr("Could do more:"), p.kanMeer);
    if (p.mantelzorg) {
        const core::Mantelzorg& mz = *p.mantelzorg;
        QString zorg = tr("%1 hours a week").arg(mz.urenPerWeek, 0, 'g', 3);
        if (mz.sinds.isValid())
            zorg += QLatin1Char(' ') + tr("since %1").arg(mz.sinds.toString(QStringLiteral("dd-MM-yyyy")));
        if (mz.voldoetAanCriterium(QDate::currentDate()))
            zorg += QStringLiteral(" — ") + tr("more than 8 hours a week for over 3 months");
        add(tr("Mantelzorg:"), zorg);
        add(tr("Tasks:"), mz.taken);
        if (mz.belastingEdiz)
            add(tr("Belasting:"), tr("%1 (EDIZ-plus %2)").arg(core::label(*mz.belasting())).arg(*mz.belastingEdiz));
        else
            add(tr("Belasting:"), tr("not measured yet"));
        add(tr("Own support need:"), mz.eigenBehoefte);
        add(tr("Respite care wish:"), mz.respijtzorgWens);
    }
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace ui
