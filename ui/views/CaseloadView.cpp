// SPDX-License-Identifier: EUPL-1.2
#include "CaseloadView.h"

#include "models/CaseloadModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

CaseloadView::CaseloadView(core::DossierService& service, QWidget* parent)
    : QWidget(parent)
    , m_model(new CaseloadModel(service, this))
    , m_search(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Search by name, BSN, postcode, street or phone"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->installEventFilter(this);
    m_scope->addItem(tr("My caseload"));
    m_scope->addItem(tr("All inwoners"));
    m_scope->setAccessibleName(tr("Which inwoners"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(CaseloadModel::Naam, 220);
    m_table->setColumnWidth(CaseloadModel::Geboortedatum, 100);
    m_table->setColumnWidth(CaseloadModel::Adres, 170);
    m_table->setColumnWidth(CaseloadModel::Postcode, 70);
    m_table->setColumnWidth(CaseloadModel::Woonplaats, 110);
    m_table->setColumnWidth(CaseloadModel::Bsn, 90);
    m_table->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("caseloadCount"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_scope);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, &CaseloadView::applyQuery);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CaseloadView::applyQuery);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        const int row = m_model->rowOf(m_selectedId);
        if (row >= 0)
            m_table->selectRow(row);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QString id = m_model->idAt(current.row());
                if (id.isEmpty() || id == m_selectedId)
                    return;
                m_selectedId = id;
                emit currentInwonerChanged(id);
            });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit inwonerActivated(m_model->idAt(index.row())); });
}

void CaseloadView::setConsulent(const QString& naam)
{
    m_consulent = naam;
    applyQuery();
}

void CaseloadView::setShowAll(bool all)
{
    m_scope->setCurrentIndex(all ? 1 : 0);
}

void CaseloadView::setSearchText(const QString& text)
{
    m_search->setText(text);
}

QString CaseloadView::currentId() const
{
    return m_selectedId;
}

void CaseloadView::selectId(const QString& id)
{
    m_selectedId = id;
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void CaseloadView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CaseloadView::applyQuery()
{
    const bool all = m_scope->currentIndex() == 1 || m_consulent.isEmpty();
    m_model->setQuery(m_search->text(), all ? QString() : m_consulent);
}

void CaseloadView::updateCount()
{
    const int n = m_model->rowCount();
    if (m_model->isTruncated())
        m_count->setText(tr("The first %n inwoners are shown; type more to narrow the list.", nullptr, n));
    else if (m_search->text().trimmed().isEmpty())
        m_count->setText(tr("%n inwoner(s)", nullptr, n));
    else
        m_count->setText(tr("%n inwoner(s) found", nullptr, n));
}

bool CaseloadView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return) &&
        m_model->rowCount() > 0) {
        // From the search box straight into the list: Down selects, Enter opens the first match.
        m_table->setFocus();
        if (!m_table->currentIndex().isValid())
            m_table->selectRow(0);
        if (key->key() == Qt::Key_Return)
            emit inwonerActivated(m_model->idAt(m_table->currentIndex().row()));
        return true;
    }
    if (watched == m_table && key->key() == Qt::Key_Up && m_table->currentIndex().row() <= 0) {
        m_search->setFocus();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ui
