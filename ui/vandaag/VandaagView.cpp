// SPDX-License-Identifier: EUPL-1.2
#include "VandaagView.h"

#include "rules/Termijn.h"
#include "services/DossierService.h"
#include "services/TrajectService.h"
#include "vandaag/VandaagTeller.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

using Groep = VandaagModel::Groep;

QString caption(Groep groep)
{
    switch (groep) {
    case Groep::Alles:
        return VandaagView::tr("All");
    case Groep::TeLaat:
        return VandaagView::tr("Overdue");
    case Groep::DezeWeek:
        return VandaagView::tr("Due this week");
    case Groep::StapOntbreekt:
        return VandaagView::tr("Step missing");
    case Groep::Aflopend:
        return VandaagView::tr("Voorziening ending");
    case Groep::Evaluaties:
        return VandaagView::tr("Evaluation due");
    }
    return {};
}

QString uitleg(Groep groep)
{
    switch (groep) {
    case Groep::Alles:
        return VandaagView::tr("Every open traject, most urgent first.");
    case Groep::TeLaat:
        return VandaagView::tr("The onderzoek (six weeks after the melding) or the beschikking (two weeks after the "
                               "aanvraag) is past its deadline.");
    case Groep::DezeWeek:
        return VandaagView::tr("The onderzoek or beschikking deadline falls within seven days.");
    case Groep::StapOntbreekt:
        return VandaagView::tr("A statutory step has not been recorded: ontvangstbevestiging, persoonlijk plan, "
                               "cliëntondersteuning for the inwoner or a mantelzorger, verslag, beschikking.");
    case Groep::Aflopend:
        return VandaagView::tr("A temporary voorziening ends within six weeks.");
    case Groep::Evaluaties:
        return VandaagView::tr("A planned evaluation is within two weeks, or has passed.");
    }
    return {};
}

} // namespace

VandaagView::VandaagView(const Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new VandaagModel(services.trajecten, this))
    , m_title(new QLabel(this))
    , m_scope(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView)
    , m_empty(new QLabel)
    , m_count(new QLabel(this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("vandaagView"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("vandaagTitle"));
    m_scope->addItem(tr("My caseload"));
    m_scope->addItem(tr("All inwoners"));
    m_scope->setAccessibleName(tr("Whose trajecten"));

    auto* tellers = new QHBoxLayout;
    tellers->setSpacing(6);
    for (const Groep groep : VandaagModel::groepen()) {
        auto* teller = new VandaagTeller(caption(groep), this);
        teller->setObjectName(QStringLiteral("teller_") + VandaagModel::key(groep));
        teller->setToolTip(uitleg(groep));
        if (groep == Groep::TeLaat)
            teller->setAccent(VandaagModel::teLaatKleur(), style()->standardIcon(QStyle::SP_MessageBoxCritical));
        else if (groep == Groep::DezeWeek)
            teller->setAccent(VandaagModel::dezeWeekKleur(), style()->standardIcon(QStyle::SP_MessageBoxWarning));
        // A second click on the chosen count shows everything again.
        connect(teller, &QAbstractButton::clicked, this,
                [this, groep] { setGroep(m_model->groep() == groep ? Groep::Alles : groep); });
        tellers->addWidget(teller);
        m_tellers[groep] = teller;
    }

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setColumnWidth(VandaagModel::Inwoner, 180);
    m_table->setAccessibleName(tr("Trajecten by urgency"));
    m_table->viewport()->installEventFilter(this);
    m_table->installEventFilter(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("vandaagEmpty"));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_count->setObjectName(QStringLiteral("vandaagCount"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_scope);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(tellers);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_count);

    // Saving one traject can announce several changes: they are taken together in one reload.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &VandaagView::reload);
    connect(&m_services.trajecten, &core::TrajectService::trajectChanged, this, &VandaagView::markStale);
    // A name, an aanspreekpunt or a mantelzorger (who must be offered cliëntondersteuning) changes the list too.
    connect(&m_services.dossiers, &core::DossierService::inwonerChanged, this, &VandaagView::markStale);
    connect(&m_services.dossiers, &core::DossierService::netwerkChanged, this, &VandaagView::markStale);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &VandaagView::applyScope);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        const int row = m_model->rowOf(m_selectedTrajectId);
        if (row >= 0)
            m_table->selectRow(row);
    });
    // The selection, not the current row: focusing the list makes a row current without choosing it.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        // A mouse click opens on release (clicked, below); this is the keyboard moving on.
        if (m_mouseDown)
            return;
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty() && m_model->trajectIdAt(rows.first().row()) != m_selectedTrajectId)
            emitAt(rows.first().row(), false);
    });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex& index) { emitAt(index.row(), false); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { emitAt(index.row(), true); });
    updateSummary();
}

VandaagTeller* VandaagView::teller(VandaagModel::Groep groep) const
{
    const auto it = m_tellers.find(groep);
    return it == m_tellers.end() ? nullptr : it->second;
}

void VandaagView::setConsulent(const QString& naam)
{
    m_consulent = naam;
    applyScope();
}

void VandaagView::setShowAll(bool all)
{
    m_scope->setCurrentIndex(all ? 1 : 0);
}

void VandaagView::setGroep(VandaagModel::Groep groep)
{
    m_model->setGroep(groep);
    // Also when nothing changed: a click on the chosen count unchecked it.
    updateSummary();
}

void VandaagView::applyScope()
{
    const bool all = m_scope->currentIndex() == 1 || m_consulent.isEmpty();
    const QString aanspreekpunt = all ? QString() : m_consulent;
    if (aanspreekpunt == m_model->aanspreekpunt() && m_model->isLoaded())
        return;
    m_model->setAanspreekpunt(aanspreekpunt);
    m_stale = true;
    if (isVisible())
        reload();
}

void VandaagView::reload()
{
    m_reloadTimer->stop();
    m_stale = false;
    const core::Status status = m_model->reload();
    if (!status.ok())
        m_error = status.error().message;
    else
        m_error.clear();
    updateSummary();
    if (!m_columnsSized && m_model->rowCount() > 0) {
        sizeColumns();
        m_columnsSized = true;
    }
}

// Once, to the first rows: after that the widths are the consulent's.
void VandaagView::sizeColumns()
{
    const auto fit = [this](int column, int most) {
        const int wanted = std::max(static_cast<QAbstractItemView*>(m_table)->sizeHintForColumn(column),
                                    m_table->horizontalHeader()->sectionSizeHint(column));
        m_table->setColumnWidth(column, std::min(wanted, most));
    };
    const int em = fontMetrics().averageCharWidth();
    fit(VandaagModel::Domein, 22 * em);
    fit(VandaagModel::Fase, 20 * em);
    fit(VandaagModel::Termijn, 18 * em);
    fit(VandaagModel::Dagen, 24 * em);
}

void VandaagView::markStale()
{
    m_stale = true;
    if (isVisible())
        m_reloadTimer->start();
}

bool VandaagView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        // Focusing the list makes the first row current without choosing it; the first Down then
        // chooses that most urgent row instead of skipping it.
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down && m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection()) {
            m_table->selectRow(std::max(m_table->currentIndex().row(), 0));
            return true;
        }
    }
    if (watched == m_table->viewport()) {
        if (event->type() == QEvent::MouseButtonPress)
            m_mouseDown = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_mouseDown = false;
    }
    return QWidget::eventFilter(watched, event);
}

void VandaagView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void VandaagView::selectTraject(const QString& trajectId)
{
    m_selectedTrajectId = trajectId;
    const int row = m_model->rowOf(trajectId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void VandaagView::focusList()
{
    // Focus only: choosing a row would open its dossier in place of the one the consulent has open.
    m_table->setFocus();
}

void VandaagView::emitAt(int row, bool activated)
{
    const QString trajectId = m_model->trajectIdAt(row);
    if (trajectId.isEmpty())
        return;
    m_selectedTrajectId = trajectId;
    const QString inwonerId = m_model->inwonerIdAt(row);
    if (activated)
        emit trajectActivated(inwonerId, trajectId);
    else
        emit trajectSelected(inwonerId, trajectId);
}

void VandaagView::updateSummary()
{
    const QDate datum = m_model->isLoaded() ? m_model->datum() : m_services.trajecten.today();
    m_title->setText(tr("Today, %1").arg(core::rules::Termijn::datumTekst(datum)));
    const Groep gekozen = m_model->groep();
    for (const auto& [groep, teller] : m_tellers) {
        teller->setAantal(m_model->aantal(groep));
        teller->setChecked(groep == gekozen);
    }

    const int totaal = m_model->aantal(Groep::Alles);
    const int shown = m_model->rowCount();
    if (!m_error.isEmpty())
        m_empty->setText(tr("The overview could not be computed.\n%1").arg(m_error));
    else if (totaal == 0)
        m_empty->setText(tr("No open trajecten. A new melding appears here with its deadlines."));
    else
        m_empty->setText(tr("Nothing in “%1”. Click the count again to see every traject.").arg(caption(gekozen)));
    m_stack->setCurrentWidget(shown > 0 ? static_cast<QWidget*>(m_table) : m_empty);

    if (gekozen == Groep::Alles)
        m_count->setText(tr("%n traject(s), most urgent first", nullptr, totaal));
    else
        m_count->setText(tr("%1 of %n traject(s): %2", nullptr, totaal).arg(shown).arg(caption(gekozen)));
}

} // namespace ui
