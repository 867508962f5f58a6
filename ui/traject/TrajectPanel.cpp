// SPDX-License-Identifier: EUPL-1.2
#include "TrajectPanel.h"

#include "DossierEditor.h"
#include "archief/ArchiefLijst.h"
#include "huisbezoek/HuisbezoekLauncher.h"
#include "model/Keuzelijst.h"
#include "printing/DocumentPrinter.h"
#include "services/DossierService.h"
#include "services/TrajectService.h"
#include "traject/TermijnWeergave.h"
#include "traject/TrajectDetail.h"
#include "views/IdList.h"

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

/// A small square in the status colour, in front of the text that says the same.
QIcon statusIcon(const QColor& kleur)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0x80, 0x80, 0x80));
    painter.setBrush(kleur);
    painter.drawRect(0, 0, 13, 13);
    return QIcon(pixmap);
}

} // namespace

TrajectPanel::TrajectPanel(const Services& services, DossierEditor& editor, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_editor(editor)
    , m_lijst(new QListWidget)
    , m_detail(new TrajectDetail)
    , m_new(new QPushButton(tr("Ne&w traject…")))
    , m_edit(new QPushButton(tr("Edit…")))
    , m_delete(new QPushButton(tr("Delete")))
    , m_huisbezoek(new QPushButton(tr("Start h&uisbezoek")))
    , m_printOntvangstbevestiging(new QPushButton(tr("Print ontvangstbevestiging…")))
    , m_printVerslag(new QPushButton(tr("Print verslag…")))
    , m_documenten(new ArchiefLijst(services))
{
    m_lijst->setObjectName(QStringLiteral("trajecten"));
    m_lijst->setWordWrap(true);
    m_lijst->setSpacing(2);
    m_lijst->setIconSize(QSize(14, 14));
    m_lijst->setMinimumWidth(170);
    m_new->setToolTip(tr("Record a new melding"));
    m_huisbezoek->setToolTip(tr("Resume the unfinished huisbezoek, or start one in an open traject"));
    connect(m_new, &QPushButton::clicked, this, [this] {
        const QString id = m_editor.newTraject(m_inwonerId);
        if (!id.isEmpty())
            select(id);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            m_editor.editTraject(currentId());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            m_editor.deleteTraject(currentId());
    });
    connect(m_huisbezoek, &QPushButton::clicked, this, [this] { startHuisbezoek(m_services, m_inwonerId, this); });
    connect(m_printOntvangstbevestiging, &QPushButton::clicked, this, [this] {
        printDocument(this, m_services, core::documents::DocumentSoort::Ontvangstbevestiging, currentId());
    });
    connect(m_printVerslag, &QPushButton::clicked, this,
            [this] { printDocument(this, m_services, core::documents::DocumentSoort::Verslag, currentId()); });
    connect(m_lijst, &QListWidget::itemActivated, this, [this] { m_editor.editTraject(currentId()); });
    connect(m_lijst, &QListWidget::currentRowChanged, this, [this] {
        showDetail();
        updateButtons();
    });
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_lijst);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, m_delete, &QPushButton::click);

    const auto huidig = [this] { return currentId(); };
    connect(m_detail, &TrajectDetail::stapRequested, this,
            [this, huidig](core::StapSoort soort, const QString& betreft) {
                m_editor.recordStap(huidig(), soort, betreft);
            });
    connect(m_detail, &TrajectDetail::opschortenRequested, this, [this, huidig] { m_editor.opschorten(huidig()); });
    connect(m_detail, &TrajectDetail::removeOpschortingRequested, this,
            [this, huidig](const QString& id) { m_editor.removeOpschorting(huidig(), id); });
    connect(m_detail, &TrajectDetail::addVoorzieningRequested, this,
            [this, huidig] { m_editor.addVoorziening(huidig()); });
    connect(m_detail, &TrajectDetail::editVoorzieningRequested, this,
            [this, huidig](const QString& id) { m_editor.editVoorziening(huidig(), id); });
    connect(m_detail, &TrajectDetail::removeVoorzieningRequested, this,
            [this, huidig](const QString& id) { m_editor.removeVoorziening(huidig(), id); });
    connect(m_detail, &TrajectDetail::newGesprekRequested, this, [this, huidig] { m_editor.newGesprek(huidig()); });
    connect(m_detail, &TrajectDetail::editGesprekRequested, &m_editor, &DossierEditor::editGesprek);
    connect(m_detail, &TrajectDetail::deleteGesprekRequested, &m_editor, &DossierEditor::deleteGesprek);
    connect(m_detail, &TrajectDetail::newSignaalRequested, this, [this] { m_editor.newSignaal(m_inwonerId); });
    connect(m_detail, &TrajectDetail::editSignaalRequested, this, [this](const QString& id) {
        if (const core::Signaal* s = signaal(id))
            m_editor.editSignaal(*s);
    });
    connect(m_detail, &TrajectDetail::deleteSignaalRequested, this, [this](const QString& id) {
        if (const core::Signaal* s = signaal(id))
            m_editor.deleteSignaal(*s);
    });

    // Two rows of buttons keep the list narrow: the traject itself needs the width.
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_new, 0, 0, 1, 2);
    buttons->addWidget(m_edit, 1, 0);
    buttons->addWidget(m_delete, 1, 1);
    buttons->addWidget(m_huisbezoek, 2, 0, 1, 2);
    buttons->addWidget(m_printOntvangstbevestiging, 3, 0, 1, 2);
    buttons->addWidget(m_printVerslag, 4, 0, 1, 2);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_lijst, 1);
    leftLayout->addLayout(buttons);

    // Last, after the tabs TrajectDetail numbers itself.
    m_detail->tabs()->addTab(m_documenten, tr("&Documents"));

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({200, 760});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(&m_services.trajecten, &core::TrajectService::trajectChanged, this, [this](const QString& inwonerId) {
        if (inwonerId == m_inwonerId)
            refresh();
    });
    connect(&m_services.gesprekken, &core::GesprekService::gesprekChanged, this, [this](const QString& trajectId) {
        // Huisbezoek mode saves on every keystroke: only the gesprekken of the shown traject reload.
        if (trajectId == currentId())
            refreshGesprekken();
    });
    connect(&m_services.dossiers, &core::DossierService::netwerkChanged, this, [this](const QString& inwonerId) {
        if (inwonerId == m_inwonerId)
            refresh();
    });
    updateButtons();
}

void TrajectPanel::setInwoner(const QString& inwonerId, const QString& naam)
{
    if (inwonerId != m_inwonerId)
        m_lijst->clear();
    m_inwonerId = inwonerId;
    m_naam = naam;
    refresh();
}

QString TrajectPanel::currentId() const
{
    const QListWidgetItem* item = m_lijst->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

const core::Traject* TrajectPanel::current() const
{
    const QString id = currentId();
    const auto it =
        std::find_if(m_trajecten.begin(), m_trajecten.end(), [&](const core::Traject& t) { return t.meta.id == id; });
    return it == m_trajecten.end() ? nullptr : &*it;
}

const core::Signaal* TrajectPanel::signaal(const QString& id) const
{
    const auto it =
        std::find_if(m_signalen.begin(), m_signalen.end(), [&](const core::Signaal& s) { return s.meta.id == id; });
    return it == m_signalen.end() ? nullptr : &*it;
}

void TrajectPanel::refresh()
{
    const QString selected = currentId();
    if (m_inwonerId.isEmpty()) {
        m_trajecten.clear();
        m_netwerk.clear();
        m_signalen.clear();
    } else {
        m_trajecten = m_services.trajecten.trajecten(m_inwonerId);
        m_netwerk = m_services.dossiers.netwerk(m_inwonerId);
        m_signalen = m_services.trajecten.signalen(m_inwonerId);
    }
    const QSignalBlocker blocker(m_lijst);
    m_lijst->clear();
    const QColor grijs = QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    for (const core::Traject& t : m_trajecten) {
        const core::rules::TrajectStand stand = m_services.trajecten.stand(t);
        QString kop = tr("%1 · melding %2")
                          .arg(core::keuzeLabel(core::Keuzelijst::Domein, t.domein),
                               t.meldingDatum.toString(QStringLiteral("dd-MM-yyyy")));
        if (t.urgentie != QLatin1String("normaal"))
            kop += QStringLiteral(" · ") + core::keuzeLabel(core::Keuzelijst::Urgentie, t.urgentie);
        QStringList regels{kop, tr("Phase: %1").arg(core::rules::label(stand.fase))};
        const core::rules::TermijnStand* volgende = stand.eerstvolgende();
        QColor kleur = TermijnWeergave::kleur(core::rules::TermijnStatus::Vervallen);
        if (volgende) {
            regels << TermijnWeergave::regel(*volgende);
            kleur = TermijnWeergave::kleur(volgende->status);
        } else if (t.isOpen()) {
            regels << tr("No open term");
        }
        if (t.isOpen() && !stand.ontbreekt.empty())
            regels << tr("%n step(s) missing", nullptr, static_cast<int>(stand.ontbreekt.size()));
        auto* item = new QListWidgetItem(statusIcon(kleur), regels.join(QLatin1Char('\n')));
        item->setData(Qt::UserRole, t.meta.id);
        item->setToolTip(t.hulpvraag);
        if (!t.isOpen())
            item->setForeground(grijs);
        m_lijst->addItem(item);
    }
    restoreSelection(*m_lijst, selected);
    m_detail->setSignalen(m_signalen);
    showDetail();
    updateButtons();
}

bool TrajectPanel::select(const QString& trajectId)
{
    return selectId(*m_lijst, trajectId);
}

void TrajectPanel::showDetail()
{
    const core::Traject* t = current();
    m_documenten->setTraject(t ? t->meta.id : QString());
    m_detail->tabs()->setTabEnabled(m_detail->tabs()->indexOf(m_documenten), t != nullptr);
    if (!t) {
        m_detail->setTraject(nullptr, {}, m_netwerk, m_naam, m_services.trajecten.today());
        return;
    }
    m_detail->setTraject(t, m_services.trajecten.stand(*t), m_netwerk, m_naam, m_services.trajecten.today());
    refreshGesprekken();
}

void TrajectPanel::refreshGesprekken()
{
    const QString id = currentId();
    m_detail->setGesprekken(id.isEmpty() ? std::vector<core::Gesprek>{} : m_services.gesprekken.gesprekken(id));
}

void TrajectPanel::updateButtons()
{
    const bool any = !currentId().isEmpty();
    m_edit->setEnabled(any);
    m_delete->setEnabled(any);
    m_printOntvangstbevestiging->setEnabled(any);
    m_printVerslag->setEnabled(any);
    m_huisbezoek->setEnabled(!m_inwonerId.isEmpty());
}

} // namespace ui
