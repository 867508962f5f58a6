// SPDX-License-Identifier: EUPL-1.2
#include "LeefgebiedenStap.h"

#include "HuisbezoekSessie.h"
#include "model/Gespreksleidraad.h"
#include "model/Keuzelijst.h"
#include "zrm/ZrmInstrument.h"
#include "zrm/ZrmScoringWidget.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

const QString kAandacht = QStringLiteral("aandacht");
const QString kGeenProbleem = QStringLiteral("geen_probleem");
const QString kNietBesproken = QStringLiteral("niet_besproken");
const QString kPositie = QStringLiteral("leefgebied:");

/// A round marker for the list: the status's colour, or an empty ring when none was chosen yet.
QIcon statusIcoon(const QString& status)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    if (status.isEmpty()) {
        p.setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 3));
        p.drawEllipse(QRectF(6, 6, 20, 20));
    } else {
        const QColor kleur = status == kAandacht       ? QColor(0xe0, 0x7b, 0x00)
                             : status == kGeenProbleem ? QColor(0x2e, 0x7d, 0x32)
                                                       : QColor(0x75, 0x75, 0x75);
        p.setPen(Qt::NoPen);
        p.setBrush(kleur);
        p.drawEllipse(QRectF(4, 4, 24, 24));
    }
    return QIcon(pixmap);
}

} // namespace

LeefgebiedenStap::LeefgebiedenStap(HuisbezoekSessie& sessie, QWidget* parent)
    : HuisbezoekStap(parent)
    , m_sessie(sessie)
    , m_keys(core::keuzeKeys(core::Keuzelijst::Leefgebied))
    , m_lijst(new QListWidget)
    , m_teller(new QLabel)
    , m_naam(new QLabel)
    , m_status(new QButtonGroup(this))
    , m_notitie(new QPlainTextEdit)
    , m_zrmKop(new QLabel)
    , m_zrm(nullptr)
{
    m_laden = true;
    m_lijst->setObjectName(QStringLiteral("leefgebiedLijst"));
    m_lijst->setIconSize(QSize(20, 20));
    m_lijst->setAccessibleName(tr("Leefgebieden"));
    for (const core::Keuze& k : core::keuzes(core::Keuzelijst::Leefgebied)) {
        auto* item = new QListWidgetItem(k.label, m_lijst);
        item->setData(Qt::UserRole, k.key);
    }
    for (int i = 0; i < m_keys.size(); ++i)
        markeer(i);

    m_teller->setObjectName(QStringLiteral("zacht"));
    m_naam->setObjectName(QStringLiteral("stapTitel"));

    auto* statusRij = new QHBoxLayout;
    statusRij->setSpacing(12);
    const QString statussen[] = {kAandacht, kGeenProbleem, kNietBesproken};
    const char* namen[] = {"statusAandacht", "statusGeenProbleem", "statusNietBesproken"};
    for (int id = 0; id < 3; ++id) {
        const QKeySequence toets(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + id));
        const QString& key = statussen[id];
        auto* knop = new QPushButton(QStringLiteral("%1\n%2").arg(
            core::keuzeLabel(core::Keuzelijst::LeefgebiedStatus, key), toets.toString(QKeySequence::NativeText)));
        knop->setObjectName(QString::fromLatin1(namen[id]));
        knop->setCheckable(true);
        knop->setProperty("status", key);
        m_status->addButton(knop, id);
        statusRij->addWidget(knop, 1);
        auto* sneltoets = new QShortcut(toets, this);
        sneltoets->setContext(Qt::WidgetWithChildrenShortcut);
        connect(sneltoets, &QShortcut::activated, this, [this, key] { kiesStatus(key); });
    }
    m_status->setExclusive(true);
    connect(m_status, &QButtonGroup::buttonClicked, this,
            [this](QAbstractButton* knop) { kiesStatus(knop->property("status").toString()); });

    m_notitie->setObjectName(QStringLiteral("leefgebiedNotitie"));
    m_notitie->setTabChangesFocus(true);
    m_notitie->setAccessibleName(tr("Note"));
    connect(m_notitie, &QPlainTextEdit::textChanged, this, &LeefgebiedenStap::notitieGewijzigd);

    m_zrmKop->setObjectName(QStringLiteral("kop"));
    m_zrmKop->setText(tr("Zelfredzaamheid (ZRM 2017)"));
    auto* zrmToetsen = new QLabel(tr("1–5 score · N niet beoordeeld · R other reason · Delete clears · ↑↓ move"));
    zrmToetsen->setObjectName(QStringLiteral("zacht"));
    zrmToetsen->setWordWrap(true);

    auto* kop = new QHBoxLayout;
    kop->addWidget(m_naam, 1);
    kop->addWidget(m_teller, 0, Qt::AlignRight | Qt::AlignBottom);
    auto* zrmKop = new QHBoxLayout;
    zrmKop->addWidget(m_zrmKop);
    zrmKop->addSpacing(16);
    zrmKop->addWidget(zrmToetsen, 1);

    auto* rechts = new QVBoxLayout;
    rechts->setSpacing(8);
    rechts->addLayout(kop);
    rechts->addLayout(statusRij);
    rechts->addWidget(m_notitie, 2);
    rechts->addSpacing(4);
    rechts->addLayout(zrmKop);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(20);
    layout->addWidget(m_lijst);
    layout->addLayout(rechts, 1);

    // Made once the rest is in place: the focus goes from the note on to the ZRM (Tab), and the
    // table measures its columns in this window's large type.
    m_zrm = new ZrmScoringWidget(sessie.services().zrm, this);
    m_zrm->setObjectName(QStringLiteral("huisbezoekZrm"));
    const auto& meting = sessie.meting();
    m_zrm->setMeting(core::ZrmInstrument::kZrm2017, meting ? meting->scores : std::vector<core::ZrmScore>{},
                     sessie.vorigeMeting());
    // The keys of the scoring table name a Save button huisbezoek mode does not have: its own line
    // below says what works here. Doelscore and toelichting belong to the plan, not the table.
    if (auto* toetsen = m_zrm->findChild<QLabel*>(QStringLiteral("zrmKeys")))
        toetsen->hide();
    QTableWidget* tabel = m_zrm->table();
    tabel->setColumnHidden(ZrmScoringWidget::DoelColumn, true);
    tabel->setColumnHidden(ZrmScoringWidget::ToelichtingColumn, true);
    tabel->setColumnHidden(ZrmScoringWidget::VorigeColumn, !sessie.vorigeMeting());
    tabel->horizontalHeader()->setStretchLastSection(false);
    // The table measured its level columns before the window's large type reached it.
    m_zrm->ensurePolished();
    const int breedte = tabel->horizontalHeader()->fontMetrics().horizontalAdvance(QStringLiteral("Voldoende")) + 24;
    for (int kolom = ZrmScoringWidget::Niveau1Column; kolom <= ZrmScoringWidget::VorigeColumn; ++kolom)
        tabel->setColumnWidth(kolom, breedte);
    tabel->horizontalHeader()->setSectionResizeMode(ZrmScoringWidget::LeefgebiedColumn, QHeaderView::Stretch);
    // One to three rows are shown: the explanation under them needs only a few lines.
    if (auto* uitleg = m_zrm->findChild<QLabel*>(QStringLiteral("zrmHint")))
        uitleg->setMinimumHeight(uitleg->fontMetrics().lineSpacing() * 3 + 12);
    tabel->installEventFilter(this);
    connect(tabel, &QTableWidget::currentCellChanged, this,
            [this](int rij, int, int vorigeRij, int) { naarZichtbareRij(rij, vorigeRij); });
    connect(m_zrm, &ZrmScoringWidget::changed, this, [this] {
        if (!m_laden)
            m_sessie.setZrmScores(m_zrm->scores());
    });
    rechts->addWidget(m_zrm, 1);

    m_lijst->ensurePolished();
    m_lijst->setFixedWidth(m_lijst->sizeHintForColumn(0) + 2 * m_lijst->frameWidth() + 24);
    connect(m_lijst, &QListWidget::currentRowChanged, this, [this](int rij) {
        if (!m_laden && rij >= 0 && rij != m_index)
            gaNaar(rij);
    });
    m_laden = false;
    gaNaar(0);
}

QString LeefgebiedenStap::titel() const
{
    return tr("Leefgebieden");
}

QString LeefgebiedenStap::leefgebied() const
{
    return m_keys.value(m_index);
}

QString LeefgebiedenStap::positie() const
{
    return kPositie + leefgebied();
}

bool LeefgebiedenStap::herstel(const QString& positie)
{
    if (!positie.startsWith(kPositie))
        return false;
    const qsizetype index = m_keys.indexOf(positie.mid(kPositie.size()));
    gaNaar(index >= 0 ? static_cast<int>(index) : 0);
    return true;
}

void LeefgebiedenStap::toon(Aankomst aankomst)
{
    if (aankomst == Aankomst::Vooruit)
        gaNaar(0);
    else if (aankomst == Aankomst::Terug)
        gaNaar(static_cast<int>(m_keys.size()) - 1);
    m_notitie->setFocus();
}

bool LeefgebiedenStap::volgende()
{
    if (m_index + 1 >= m_keys.size())
        return false;
    gaNaar(m_index + 1);
    m_notitie->setFocus();
    return true;
}

bool LeefgebiedenStap::vorige()
{
    if (m_index == 0)
        return false;
    gaNaar(m_index - 1);
    m_notitie->setFocus();
    return true;
}

void LeefgebiedenStap::gaNaar(int index)
{
    m_laden = true;
    m_index = index;
    const QString key = leefgebied();
    const core::BesprokenLeefgebied* besproken = m_sessie.gesprek().leefgebied(key);
    {
        const QSignalBlocker blocker(m_lijst);
        m_lijst->setCurrentRow(index);
    }
    m_teller->setText(tr("Leefgebied %1 of %2").arg(index + 1).arg(m_keys.size()));
    m_naam->setText(core::keuzeLabel(core::Keuzelijst::Leefgebied, key));
    const QString status = besproken ? besproken->status : QString();
    m_status->setExclusive(false);
    for (QAbstractButton* knop : m_status->buttons())
        knop->setChecked(knop->property("status").toString() == status);
    m_status->setExclusive(true);
    m_notitie->setPlaceholderText(status.isEmpty()
                                      ? tr("Not recorded yet. Choose how it was discussed, or type what the inwoner "
                                           "tells: a note marks it as a point of attention until you choose.")
                                      : tr("What the inwoner tells about this, in their own words"));
    m_notitie->setPlainText(besproken ? besproken->notitie : QString());
    m_notitie->moveCursor(QTextCursor::End);
    toonZrmRijen();
    m_laden = false;
    emit positieChanged();
}

void LeefgebiedenStap::toonZrmRijen()
{
    const QStringList zrm = core::Gespreksleidraad::zrm2017(leefgebied());
    QTableWidget* tabel = m_zrm->table();
    int eerste = -1;
    int hoogte = tabel->horizontalHeader()->sizeHint().height() + 2 * tabel->frameWidth() + 2;
    for (int rij = 0; rij < tabel->rowCount(); ++rij) {
        const QTableWidgetItem* item = tabel->item(rij, ZrmScoringWidget::LeefgebiedColumn);
        const bool zichtbaar = item && zrm.contains(item->data(Qt::UserRole).toString());
        tabel->setRowHidden(rij, !zichtbaar);
        if (!zichtbaar)
            continue;
        hoogte += tabel->rowHeight(rij);
        if (eerste < 0)
            eerste = rij;
    }
    tabel->setFixedHeight(hoogte);
    if (eerste >= 0)
        tabel->setCurrentCell(eerste, ZrmScoringWidget::LeefgebiedColumn);
}

void LeefgebiedenStap::naarZichtbareRij(int rij, int vorigeRij)
{
    QTableWidget* tabel = m_zrm->table();
    if (rij < 0 || !tabel->isRowHidden(rij))
        return;
    // Scoring moves on to the next row, which may belong to another leefgebied: stay within the
    // rows shown, on the last one when there is no next.
    const int stap = rij >= vorigeRij ? 1 : -1;
    for (int r = rij + stap; r >= 0 && r < tabel->rowCount(); r += stap) {
        if (!tabel->isRowHidden(r)) {
            tabel->setCurrentCell(r, ZrmScoringWidget::LeefgebiedColumn);
            return;
        }
    }
    if (vorigeRij >= 0 && !tabel->isRowHidden(vorigeRij))
        tabel->setCurrentCell(vorigeRij, ZrmScoringWidget::LeefgebiedColumn);
}

bool LeefgebiedenStap::eventFilter(QObject* watched, QEvent* event)
{
    // Doelscore (D) and toelichting (T, F2) belong to the plan; their columns are hidden here.
    if (watched == m_zrm->table() && event->type() == QEvent::KeyPress) {
        const auto* toets = static_cast<QKeyEvent*>(event);
        if (toets->modifiers() == Qt::NoModifier &&
            (toets->key() == Qt::Key_D || toets->key() == Qt::Key_T || toets->key() == Qt::Key_F2))
            return true;
    }
    return HuisbezoekStap::eventFilter(watched, event);
}

void LeefgebiedenStap::kiesStatus(const QString& status)
{
    for (QAbstractButton* knop : m_status->buttons())
        knop->setChecked(knop->property("status").toString() == status);
    bewaar();
}

void LeefgebiedenStap::notitieGewijzigd()
{
    if (m_laden)
        return;
    if (!m_status->checkedButton())
        m_status->button(0)->setChecked(true);
    bewaar();
}

void LeefgebiedenStap::bewaar()
{
    const QAbstractButton* knop = m_status->checkedButton();
    if (!knop)
        return;
    m_sessie.setLeefgebied(leefgebied(), knop->property("status").toString(), m_notitie->toPlainText());
    markeer(m_index);
}

void LeefgebiedenStap::markeer(int index)
{
    QListWidgetItem* item = m_lijst->item(index);
    if (!item)
        return;
    const core::BesprokenLeefgebied* besproken = m_sessie.gesprek().leefgebied(m_keys.value(index));
    const QString status = besproken ? besproken->status : QString();
    item->setIcon(statusIcoon(status));
    const QString uitleg =
        status.isEmpty() ? tr("not recorded yet") : core::keuzeLabel(core::Keuzelijst::LeefgebiedStatus, status);
    item->setToolTip(uitleg);
    item->setData(Qt::AccessibleTextRole, QStringLiteral("%1: %2").arg(item->text(), uitleg));
}

} // namespace ui
