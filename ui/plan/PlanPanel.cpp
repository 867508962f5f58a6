// SPDX-License-Identifier: EUPL-1.2
#include "PlanPanel.h"

#include "model/Keuzelijst.h"
#include "plan/PlanContext.h"
#include "plan/PlanDetail.h"
#include "plan/PlanEditor.h"
#include "printing/DocumentPrinter.h"
#include "services/DossierService.h"
#include "services/PlanService.h"
#include "services/SocialeKaartService.h"
#include "services/TrajectService.h"
#include "views/IdList.h"

#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

QString datum(const QDate& d)
{
    return d.toString(QStringLiteral("dd-MM-yyyy"));
}

} // namespace

PlanPanel::PlanPanel(const Services& services, PlanEditor& editor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_editor(editor)
    , m_lijst(new QListWidget)
    , m_detail(new PlanDetail)
    , m_new(new QPushButton(tr("Ne&w plan…")))
    , m_delete(new QPushButton(tr("Delete plan")))
    , m_print(new QPushButton(tr("Print plan…")))
{
    m_lijst->setObjectName(QStringLiteral("plannen"));
    m_lijst->setWordWrap(true);
    m_lijst->setSpacing(2);
    m_lijst->setMinimumWidth(170);
    m_new->setToolTip(tr("Make a new ondersteuningsplan for this inwoner"));
    m_delete->setToolTip(tr("Delete the selected draft (Delete); an agreed plan stays on record"));
    connect(m_new, &QPushButton::clicked, this, [this] {
        const QString id = m_editor.newPlan(m_inwonerId);
        if (!id.isEmpty())
            select(id);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            m_editor.deletePlan(currentId());
    });
    connect(m_print, &QPushButton::clicked, this,
            [this] { printDocument(this, m_services, core::documents::DocumentSoort::Plan, currentId()); });
    connect(m_lijst, &QListWidget::currentRowChanged, this, [this] {
        showDetail();
        updateButtons();
    });
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_lijst);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, [this] {
        if (m_delete->isEnabled())
            m_delete->click();
    });

    const auto plan = [this] { return currentId(); };
    connect(m_detail, &PlanDetail::editPlanRequested, this, [this, plan] { m_editor.editPlan(plan()); });
    connect(m_detail, &PlanDetail::addDoelRequested, this, [this, plan] {
        const QString id = m_editor.addDoel(plan());
        if (!id.isEmpty())
            m_detail->select(id);
    });
    connect(m_detail, &PlanDetail::addActieRequested, this, [this, plan](const QString& doelId, const QString& niveau) {
        const QString id = m_editor.addActie(plan(), doelId, niveau);
        if (!id.isEmpty())
            m_detail->select(id);
    });
    connect(m_detail, &PlanDetail::editDoelRequested, this,
            [this, plan](const QString& id) { m_editor.editDoel(plan(), id); });
    connect(m_detail, &PlanDetail::editActieRequested, this,
            [this, plan](const QString& id) { m_editor.editActie(plan(), id); });
    connect(m_detail, &PlanDetail::removeDoelRequested, this,
            [this, plan](const QString& id) { m_editor.removeDoel(plan(), id); });
    connect(m_detail, &PlanDetail::removeActieRequested, this,
            [this, plan](const QString& id) { m_editor.removeActie(plan(), id); });
    connect(m_detail, &PlanDetail::stelVastRequested, this, [this, plan] { m_editor.stelVast(plan()); });
    connect(m_detail, &PlanDetail::nieuweVersieRequested, this, [this, plan] {
        const QString id = m_editor.nieuweVersie(plan());
        if (!id.isEmpty())
            select(id);
    });
    connect(m_detail, &PlanDetail::evalueerRequested, this, [this, plan] { m_editor.evalueer(plan()); });

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_lijst, 1);
    leftLayout->addWidget(m_new);
    leftLayout->addWidget(m_delete);
    leftLayout->addWidget(m_print);
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({180, 900});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(&m_services.plannen, &core::PlanService::planChanged, this, [this](const QString& inwonerId) {
        if (m_leden.contains(inwonerId))
            refresh();
    });
    connect(&m_services.dossiers, &core::DossierService::netwerkChanged, this, [this](const QString& inwonerId) {
        if (m_leden.contains(inwonerId))
            refresh();
    });
    connect(&m_services.dossiers, &core::DossierService::huishoudenChanged, this, &PlanPanel::refresh);
    connect(&m_services.trajecten, &core::TrajectService::trajectChanged, this, [this](const QString& inwonerId) {
        if (m_leden.contains(inwonerId))
            refresh();
    });
    connect(&m_services.socialeKaart, &core::SocialeKaartService::socialeKaartChanged, this, &PlanPanel::refresh);
    updateButtons();
}

void PlanPanel::setInwoner(const QString& inwonerId)
{
    if (inwonerId != m_inwonerId)
        m_lijst->clear();
    m_inwonerId = inwonerId;
    refresh();
}

QString PlanPanel::currentId() const
{
    const QListWidgetItem* item = m_lijst->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

const core::Ondersteuningsplan* PlanPanel::current() const
{
    const QString id = currentId();
    const auto it = std::find_if(m_plannen.begin(), m_plannen.end(),
                                 [&](const core::Ondersteuningsplan& p) { return p.meta.id == id; });
    return it == m_plannen.end() ? nullptr : &*it;
}

QString PlanPanel::lijstTekst(const core::Ondersteuningsplan& plan) const
{
    QString status = core::keuzeLabel(core::Keuzelijst::PlanStatus, plan.status).toLower();
    if (plan.geevalueerdOp.isValid())
        status = tr("evaluated %1").arg(datum(plan.geevalueerdOp));
    else if (plan.vastgesteldOp.isValid())
        status = tr("agreed %1").arg(datum(plan.vastgesteldOp));
    // Two short lines read better in the narrow list than one wrapped at random.
    const QString kop = tr("Plan v%1 · %2").arg(plan.versie).arg(status);
    QStringList waarvoor;
    if (!plan.trajectId.isEmpty() && m_trajecten.contains(plan.trajectId))
        waarvoor << tr("traject %1").arg(m_trajecten.value(plan.trajectId));
    if (!plan.huishoudenId.isEmpty())
        waarvoor << tr("huishouden");
    return waarvoor.isEmpty() ? kop : kop + QLatin1Char('\n') + waarvoor.join(QStringLiteral(" · "));
}

void PlanPanel::refresh()
{
    const QString selected = currentId();
    m_plannen.clear();
    m_trajecten.clear();
    m_leden = {m_inwonerId};
    if (!m_inwonerId.isEmpty()) {
        m_plannen = m_services.plannen.plannen(m_inwonerId);
        if (const auto huishouden = m_services.dossiers.huishouden(m_inwonerId)) {
            for (const core::Huishoudlid& lid : huishouden->leden) {
                if (!lid.inwonerId.isEmpty())
                    m_leden.insert(lid.inwonerId);
            }
        }
        QSet<QString> eigenaars;
        for (const core::Ondersteuningsplan& p : m_plannen)
            eigenaars.insert(p.inwonerId);
        for (const QString& id : eigenaars) {
            for (const core::Traject& t : m_services.trajecten.trajecten(id))
                m_trajecten.insert(t.meta.id, tr("%1 %2").arg(core::keuzeLabel(core::Keuzelijst::Domein, t.domein),
                                                              datum(t.meldingDatum)));
        }
    }
    const QSignalBlocker blocker(m_lijst);
    m_lijst->clear();
    const QColor grijs = QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    QString reeks;
    for (const core::Ondersteuningsplan& p : m_plannen) {
        // The list comes newest version first within each reeks: the later ones are older versions.
        const bool ouder = p.reeksId == reeks;
        reeks = p.reeksId;
        QString tekst = lijstTekst(p);
        if (ouder)
            tekst = QStringLiteral("\u2003") + tekst.replace(QLatin1Char('\n'), QStringLiteral("\n\u2003"));
        auto* item = new QListWidgetItem(tekst);
        item->setData(Qt::UserRole, p.meta.id);
        item->setToolTip(p.regisseur.isEmpty() ? QString() : tr("Regisseur: %1").arg(p.regisseur));
        if (ouder)
            item->setForeground(grijs);
        m_lijst->addItem(item);
    }
    restoreSelection(*m_lijst, selected);
    showDetail();
    updateButtons();
}

bool PlanPanel::select(const QString& planId)
{
    return selectId(*m_lijst, planId);
}

void PlanPanel::showDetail()
{
    const core::Ondersteuningsplan* gekozen = current();
    m_geladen = gekozen ? m_services.plannen.plan(gekozen->meta.id) : std::nullopt;
    if (!m_geladen) {
        m_detail->setPlan(nullptr, {});
        return;
    }
    const bool nieuwste = std::none_of(m_plannen.begin(), m_plannen.end(), [&](const core::Ondersteuningsplan& p) {
        return p.reeksId == m_geladen->reeksId && p.versie > m_geladen->versie;
    });
    m_detail->setPlan(&*m_geladen, PlanContext::load(m_services, *m_geladen), nieuwste);
}

void PlanPanel::updateButtons()
{
    const core::Ondersteuningsplan* p = current();
    m_new->setEnabled(!m_inwonerId.isEmpty());
    m_delete->setEnabled(p && p->isConcept());
    m_print->setEnabled(p != nullptr);
}

} // namespace ui
