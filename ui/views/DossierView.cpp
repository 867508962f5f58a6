// SPDX-License-Identifier: EUPL-1.2
#include "DossierView.h"

#include "DossierEditor.h"
#include "plan/PlanEditor.h"
#include "plan/PlanPanel.h"
#include "printing/DocumentPrinter.h"
#include "services/DossierService.h"
#include "services/TrajectService.h"
#include "traject/TrajectPanel.h"
#include "views/HuishoudenPanel.h"
#include "views/NetwerkPanel.h"
#include "views/NetwerkkaartWidget.h"
#include "views/PersoonsgegevensPanel.h"
#include "zrm/ZrmPanel.h"

#include <QDate>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ui {

DossierView::DossierView(const Services& services, DossierEditor& editor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_service(services.dossiers)
    , m_zrmService(services.zrm)
    , m_editor(editor)
    , m_stack(new QStackedWidget)
{
    auto* empty = new QLabel(tr("Choose an inwoner from the list, or create a new one with Ctrl+N."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack->addWidget(empty);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(&m_service, &core::DossierService::inwonerChanged, this, [this](const QString& id) {
        if (id.isEmpty() || id == m_inwonerId)
            refreshInwoner();
        else
            refreshHuishouden(); // a member's name may have changed
    });
    connect(&m_service, &core::DossierService::netwerkChanged, this, [this](const QString& inwonerId) {
        if (inwonerId == m_inwonerId)
            refreshNetwerk();
    });
    connect(&m_service, &core::DossierService::huishoudenChanged, this, &DossierView::refreshHuishouden);
}

// The dossier page is built when the first dossier opens: the window then appears sooner.
void DossierView::buildDossierPage()
{
    m_title = new QLabel;
    m_subtitle = new QLabel;
    m_tabs = new QTabWidget;
    m_persoonsgegevens = new PersoonsgegevensPanel;
    m_huishouden = new HuishoudenPanel;
    m_netwerk = new NetwerkPanel;
    m_kaart = new NetwerkkaartWidget;
    m_zrm = new ZrmPanel(m_zrmService);
    m_trajecten = new TrajectPanel(m_services, m_editor);
    m_planEditor = new PlanEditor(m_services, m_editor.undoStack(), this);
    m_plan = new PlanPanel(m_services, *m_planEditor);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("dossierTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* kaartPage = new QWidget;
    auto* exportButton = new QPushButton(tr("Save as &PNG…"));
    connect(exportButton, &QPushButton::clicked, this, &DossierView::exportKaart);
    auto* kaartButtons = new QHBoxLayout;
    kaartButtons->addStretch();
    kaartButtons->addWidget(exportButton);
    auto* kaartLayout = new QVBoxLayout(kaartPage);
    kaartLayout->addWidget(m_kaart, 1);
    kaartLayout->addLayout(kaartButtons);

    m_tabs->addTab(m_persoonsgegevens, tr("&Persoonsgegevens"));
    m_tabs->addTab(m_trajecten, tr("&Trajecten"));
    // Alt+P already opens Persoonsgegevens.
    m_tabs->addTab(m_plan, tr("P&lan"));
    m_tabs->addTab(m_huishouden, tr("&Huishouden"));
    m_tabs->addTab(m_netwerk, tr("&Netwerk && mantelzorg"));
    m_tabs->addTab(m_zrm, tr("&Zelfredzaamheid"));
    m_tabs->addTab(kaartPage, tr("Netwerk&kaart"));

    auto* dossierPage = new QWidget;
    auto* dossierLayout = new QVBoxLayout(dossierPage);
    dossierLayout->addWidget(m_title);
    dossierLayout->addWidget(m_subtitle);
    dossierLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(dossierPage);

    connect(m_persoonsgegevens, &PersoonsgegevensPanel::editRequested, this,
            [this] { m_editor.editInwoner(m_inwonerId); });
    connect(m_persoonsgegevens, &PersoonsgegevensPanel::deleteRequested, this,
            [this] { m_editor.deleteInwoner(m_inwonerId); });
    connect(m_netwerk, &NetwerkPanel::addRequested, this, [this] { m_editor.addNetwerkPersoon(m_inwonerId); });
    connect(m_netwerk, &NetwerkPanel::editRequested, &m_editor, &DossierEditor::editNetwerkPersoon);
    connect(m_netwerk, &NetwerkPanel::deleteRequested, &m_editor, &DossierEditor::deleteNetwerkPersoon);
    connect(m_netwerk, &NetwerkPanel::printRequested, this,
            [this] { printDocument(this, m_services, core::documents::DocumentSoort::Netwerkkaart, m_inwonerId); });
    connect(m_huishouden, &HuishoudenPanel::addRequested, this, [this] { m_editor.addHuishoudlid(m_inwonerId); });
    connect(m_huishouden, &HuishoudenPanel::removeRequested, &m_editor, &DossierEditor::removeHuishoudlid);
    connect(m_huishouden, &HuishoudenPanel::openInwonerRequested, this, &DossierView::openInwonerRequested);
    connect(m_planEditor, &PlanEditor::failed, &m_editor, &DossierEditor::failed);
    connect(m_zrm, &ZrmPanel::newRequested, this, [this] { m_editor.newMeting(m_inwonerId); });
    connect(m_zrm, &ZrmPanel::editRequested, &m_editor, &DossierEditor::editMeting);
    connect(m_zrm, &ZrmPanel::deleteRequested, &m_editor, &DossierEditor::deleteMeting);
}

void DossierView::showTraject(const QString& trajectId)
{
    const auto traject = m_services.trajecten.traject(trajectId);
    if (!traject || traject->meta.deleted)
        return;
    if (traject->inwonerId != m_inwonerId)
        emit openInwonerRequested(traject->inwonerId);
    if (traject->inwonerId != m_inwonerId)
        open(traject->inwonerId);
    if (!m_tabs || m_inwonerId != traject->inwonerId)
        return;
    m_tabs->setCurrentWidget(m_trajecten);
    m_trajecten->select(trajectId);
}

void DossierView::showZrm()
{
    if (m_tabs && !m_inwonerId.isEmpty())
        m_tabs->setCurrentWidget(m_zrm);
}

void DossierView::open(const QString& inwonerId)
{
    if (inwonerId.isEmpty()) {
        m_inwonerId.clear();
        m_stack->setCurrentIndex(0);
        return;
    }
    auto dossier = m_service.openDossier(inwonerId);
    if (!dossier) {
        m_inwonerId.clear();
        m_stack->setCurrentIndex(0);
        return;
    }
    if (!m_tabs)
        buildDossierPage();
    m_inwonerId = inwonerId;
    m_stack->setCurrentIndex(1);
    refreshInwoner();
    m_huishouden->setHuishouden(m_inwonerId, dossier->huishouden);
    m_netwerk->setNetwerk(dossier->netwerk);
    m_kaart->setNetwerk(m_naam, dossier->netwerk);
}

QString DossierView::title() const
{
    return m_title ? m_title->text() : QString();
}

void DossierView::refreshInwoner()
{
    if (m_inwonerId.isEmpty())
        return;
    const auto in = m_service.inwoner(m_inwonerId);
    if (!in || in->meta.deleted) {
        open({});
        return;
    }
    m_naam = in->weergavenaam();
    m_title->setText(m_naam);
    QStringList facts;
    if (in->geboortedatum.isValid())
        facts << tr("born %1 (%2)")
                     .arg(in->geboortedatum.toString(QStringLiteral("dd-MM-yyyy")))
                     .arg(in->leeftijdOp(QDate::currentDate()));
    if (!in->adres.straatregel().isEmpty())
        facts << in->adres.straatregel() + QStringLiteral(", ") + in->adres.woonplaats;
    if (!in->telefoon.isEmpty())
        facts << in->telefoon;
    if (in->tolkNodig)
        facts << tr("interpreter needed (%1)").arg(in->taal);
    m_subtitle->setText(facts.join(QStringLiteral("  ·  ")));
    m_persoonsgegevens->setInwoner(*in);
    m_zrm->setInwoner(m_inwonerId, m_naam);
    m_trajecten->setInwoner(m_inwonerId, m_naam);
    m_plan->setInwoner(m_inwonerId);
    refreshHuishouden();
}

void DossierView::refreshNetwerk()
{
    if (m_inwonerId.isEmpty())
        return;
    const auto netwerk = m_service.netwerk(m_inwonerId);
    m_netwerk->setNetwerk(netwerk);
    m_kaart->setNetwerk(m_naam, netwerk);
}

void DossierView::refreshHuishouden()
{
    if (!m_inwonerId.isEmpty())
        m_huishouden->setHuishouden(m_inwonerId, m_service.huishouden(m_inwonerId));
}

void DossierView::exportKaart()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save netwerkkaart"), tr("netwerkkaart.png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!m_kaart->exportPng(path))
        QMessageBox::warning(this, tr("Save netwerkkaart"), tr("The image could not be saved to %1.").arg(path));
}

} // namespace ui
