// SPDX-License-Identifier: EUPL-1.2
#include "HuisbezoekWindow.h"

#include "AanwezigenStap.h"
#include "AfsprakenStap.h"
#include "LeefgebiedenStap.h"
#include "MantelzorgStap.h"
#include "SamenvattingStap.h"
#include "VertellenStap.h"
#include "model/Keuzelijst.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QTime>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

HuisbezoekWindow::HuisbezoekWindow(std::unique_ptr<HuisbezoekSessie> sessie, bool hervat, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_sessie(std::move(sessie))
    , m_opgeslagen(new QLabel)
    , m_melding(new QLabel)
    , m_fout(new QLabel)
    , m_voortgang(new QLabel)
    , m_vorige(new QPushButton)
    , m_volgende(new QPushButton)
{
    setObjectName(QStringLiteral("huisbezoekWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    const core::Inwoner& inwoner = m_sessie->inwoner();
    setWindowTitle(tr("Huisbezoek – %1").arg(inwoner.weergavenaam()));

    // Large type for reading across the kitchen table; everything below inherits it.
    QFont groot = QApplication::font();
    groot.setPointSizeF(std::max(groot.pointSizeF() * 1.35, 13.0));
    setFont(groot);
    setStyleSheet(stijl());

    // Header: who, when, and whether it is saved.
    auto* titel = new QLabel(tr("Huisbezoek · %1").arg(inwoner.weergavenaam()));
    titel->setObjectName(QStringLiteral("venstertitel"));
    const core::Traject& traject = m_sessie->traject();
    QString onder = QLocale().toString(m_sessie->gesprek().datum, QStringLiteral("dddd d MMMM yyyy"));
    onder += QStringLiteral(" · ") + core::keuzeLabel(core::Keuzelijst::Domein, traject.domein);
    if (!traject.hulpvraag.trimmed().isEmpty())
        onder += QStringLiteral(" · ") + tr("Hulpvraag: %1").arg(traject.hulpvraag.simplified());
    auto* ondertitel = new QLabel(onder);
    ondertitel->setObjectName(QStringLiteral("zacht"));
    ondertitel->setWordWrap(true);
    m_opgeslagen->setObjectName(QStringLiteral("opgeslagen"));
    m_opgeslagen->setText(tr("Saved as you type"));
    m_opgeslagen->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* sluiten = new QPushButton(tr("Close (Esc)"));
    sluiten->setObjectName(QStringLiteral("sluiten"));
    sluiten->setToolTip(tr("Everything is already saved. The huisbezoek continues where you were when you "
                           "open it again."));
    connect(sluiten, &QPushButton::clicked, this, &QWidget::close);

    auto* kop = new QHBoxLayout;
    auto* kopTekst = new QVBoxLayout;
    kopTekst->setSpacing(0);
    kopTekst->addWidget(titel);
    kopTekst->addWidget(ondertitel);
    kop->addLayout(kopTekst, 1);
    kop->addWidget(m_opgeslagen);
    kop->addSpacing(12);
    kop->addWidget(sluiten);

    QStringList meldingen;
    if (hervat)
        meldingen << tr("You are continuing the huisbezoek of %1. Everything recorded so far is here.")
                         .arg(QLocale().toString(m_sessie->gesprek().datum, QLocale::LongFormat));
    if (m_sessie->consulent().trimmed().isEmpty())
        meldingen << tr("Your name is not filled in under Mijn gegevens, so the steps are recorded without it.");
    m_melding->setObjectName(QStringLiteral("melding"));
    m_melding->setWordWrap(true);
    m_melding->setText(meldingen.join(QLatin1Char('\n')));
    m_melding->setVisible(!meldingen.isEmpty());
    m_fout->setObjectName(QStringLiteral("foutMelding"));
    m_fout->setWordWrap(true);
    m_fout->hide();

    // The steps, made inside the window so that they measure themselves in its large type.
    m_stapel = new QStackedWidget(this);
    m_stappen = {new AanwezigenStap(*m_sessie, m_stapel),   new VertellenStap(*m_sessie, m_stapel),
                 new LeefgebiedenStap(*m_sessie, m_stapel), new MantelzorgStap(*m_sessie, m_stapel),
                 new AfsprakenStap(*m_sessie, m_stapel),    new SamenvattingStap(*m_sessie, m_stapel)};
    auto* stapBalk = new QHBoxLayout;
    stapBalk->setSpacing(4);
    for (size_t i = 0; i < m_stappen.size(); ++i) {
        HuisbezoekStap* stap = m_stappen[i];
        m_stapel->addWidget(stap);
        auto* knop = new QPushButton(tr("%1. %2").arg(i + 1).arg(stap->titel()));
        knop->setObjectName(QStringLiteral("stapknop"));
        knop->setCheckable(true);
        knop->setFocusPolicy(Qt::NoFocus);
        const int index = static_cast<int>(i);
        connect(knop, &QPushButton::clicked, this, [this, index] { gaNaarStap(index); });
        stapBalk->addWidget(knop);
        m_stapKnoppen.push_back(knop);
        connect(stap, &HuisbezoekStap::positieChanged, this, [this, stap] {
            if (!m_sluiten && stap == huidigeStap())
                bewaarPositie();
        });
    }
    stapBalk->addStretch();
    connect(static_cast<SamenvattingStap*>(m_stappen.back()), &SamenvattingStap::afrondenGevraagd, this,
            &HuisbezoekWindow::afronden);

    // Footer: where we are, and on.
    m_voortgang->setObjectName(QStringLiteral("voortgang"));
    m_vorige->setObjectName(QStringLiteral("vorige"));
    m_vorige->setText(tr("← Previous"));
    m_vorige->setToolTip(tr("Page Up or Alt+←"));
    m_volgende->setObjectName(QStringLiteral("volgende"));
    m_volgende->setText(tr("Next →"));
    m_volgende->setToolTip(tr("Page Down or Alt+→"));
    m_vorige->setFocusPolicy(Qt::NoFocus);
    m_volgende->setFocusPolicy(Qt::NoFocus);
    connect(m_vorige, &QPushButton::clicked, this, &HuisbezoekWindow::vorige);
    connect(m_volgende, &QPushButton::clicked, this, &HuisbezoekWindow::volgende);
    auto* voet = new QHBoxLayout;
    voet->addWidget(m_voortgang, 1);
    voet->addWidget(m_vorige);
    voet->addSpacing(12);
    voet->addWidget(m_volgende);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 14, 24, 14);
    layout->setSpacing(10);
    layout->addLayout(kop);
    layout->addWidget(m_melding);
    layout->addWidget(m_fout);
    layout->addLayout(stapBalk);
    layout->addWidget(m_stapel, 1);
    layout->addLayout(voet);

    for (const QKeySequence& toets : {QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right)})
        connect(new QShortcut(toets, this), &QShortcut::activated, this, &HuisbezoekWindow::volgende);
    for (const QKeySequence& toets : {QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left)})
        connect(new QShortcut(toets, this), &QShortcut::activated, this, &HuisbezoekWindow::vorige);
    connect(new QShortcut(QKeySequence(Qt::Key_F11), this), &QShortcut::activated, this,
            [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });

    connect(m_sessie.get(), &HuisbezoekSessie::saved, this, &HuisbezoekWindow::opgeslagen);
    connect(m_sessie.get(), &HuisbezoekSessie::failed, this, &HuisbezoekWindow::mislukt);

    // Resume where the consulent was.
    int begin = 0;
    for (size_t i = 0; i < m_stappen.size(); ++i) {
        if (m_stappen[i]->herstel(m_sessie->gesprek().positie)) {
            begin = static_cast<int>(i);
            break;
        }
    }
    gaNaarStap(begin);
    m_begonnen = true;
}

HuisbezoekWindow::~HuisbezoekWindow()
{
    // The steps hold on to the sessie: they go first, and nothing they signal on the way is saved.
    m_sluiten = true;
    delete m_stapel;
}

QString HuisbezoekWindow::stijl() const
{
    const double pt = font().pointSizeF();
    // The size is set here too, not only with setFont(): under a style sheet a widget does not
    // inherit its parent's font.
    return QStringLiteral(R"(
* { font-size: %4pt; }
QPushButton { padding: 8px 18px; min-height: 30px; }
QComboBox, QLineEdit { min-height: 34px; }
QPlainTextEdit[kort="true"] { min-height: 5em; max-height: 5em; }
QPlainTextEdit#leefgebiedNotitie { min-height: 3em; }
QCheckBox { spacing: 12px; min-height: 34px; }
QCheckBox::indicator { width: 24px; height: 24px; }
QLabel#venstertitel { font-size: %1pt; font-weight: bold; }
QLabel#stapTitel { font-size: %2pt; font-weight: bold; }
QLabel#kop { font-weight: bold; }
QLabel#zacht { color: #555555; }
QLabel#opgeslagen { color: #2e7d32; }
QLabel#opgeslagen[fout="true"] { color: #b71c1c; font-weight: bold; }
QLabel#melding { background: #e3f2fd; border: 1px solid #90caf9; padding: 8px; }
QLabel#foutMelding { background: #fdecea; color: #8a1c1c; border: 2px solid #e57373; padding: 8px; font-weight: bold; }
QLabel#voorlezen { background: #fffdf3; border-left: 5px solid #c9b458; padding: 10px; font-size: %3pt; }
QPushButton#stapknop { border: none; border-bottom: 4px solid transparent; padding: 6px 12px; background: transparent; }
QPushButton#stapknop:checked { border-bottom: 4px solid #1565c0; color: #0d47a1; }
QListWidget#leefgebiedLijst::item { padding: 5px 4px; }
QPushButton#statusAandacht:checked { background: #ffe0b2; border: 3px solid #e07b00; border-radius: 4px; }
QPushButton#statusGeenProbleem:checked { background: #c8e6c9; border: 3px solid #2e7d32; border-radius: 4px; }
QPushButton#statusNietBesproken:checked { background: #e0e0e0; border: 3px solid #616161; border-radius: 4px; }
QPushButton#afronden { background: #2e7d32; color: white; font-weight: bold; padding: 12px 28px; border-radius: 4px; }
QPushButton#volgende { font-weight: bold; }
)")
        .arg(pt * 1.35, 0, 'f', 1)
        .arg(pt * 1.25, 0, 'f', 1)
        .arg(pt * 1.05, 0, 'f', 1)
        .arg(pt, 0, 'f', 1);
}

void HuisbezoekWindow::gaNaarStap(int index, HuisbezoekStap::Aankomst aankomst)
{
    if (index < 0 || index >= aantalStappen())
        return;
    m_index = index;
    m_stapel->setCurrentIndex(index);
    huidigeStap()->toon(aankomst);
    if (m_begonnen)
        m_melding->hide(); // the "continuing" note has been read once the consulent moves on
    stapGewijzigd();
    bewaarPositie();
}

void HuisbezoekWindow::volgende()
{
    if (huidigeStap()->volgende())
        return;
    gaNaarStap(m_index + 1, HuisbezoekStap::Aankomst::Vooruit);
}

void HuisbezoekWindow::vorige()
{
    if (huidigeStap()->vorige())
        return;
    gaNaarStap(m_index - 1, HuisbezoekStap::Aankomst::Terug);
}

void HuisbezoekWindow::stapGewijzigd()
{
    for (size_t i = 0; i < m_stapKnoppen.size(); ++i)
        m_stapKnoppen[i]->setChecked(static_cast<int>(i) == m_index);
    m_voortgang->setText(tr("Step %1 of %2: %3").arg(m_index + 1).arg(aantalStappen()).arg(huidigeStap()->titel()));
    m_vorige->setEnabled(m_index > 0);
    m_volgende->setEnabled(m_index + 1 < aantalStappen());
}

void HuisbezoekWindow::bewaarPositie()
{
    if (!m_sluiten)
        m_sessie->setPositie(huidigeStap()->positie());
}

void HuisbezoekWindow::opgeslagen(HuisbezoekSessie::Deel deel)
{
    m_fouten.remove(deel);
    toonFouten();
    if (m_fouten.isEmpty())
        m_opgeslagen->setText(tr("Saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
}

void HuisbezoekWindow::mislukt(HuisbezoekSessie::Deel deel, const QString& melding)
{
    m_fouten[deel] = melding;
    toonFouten();
}

void HuisbezoekWindow::toonFouten()
{
    const QString tekst = foutmelding();
    m_fout->setText(tekst);
    m_fout->setVisible(!tekst.isEmpty());
    m_opgeslagen->setProperty("fout", !tekst.isEmpty());
    if (!tekst.isEmpty())
        m_opgeslagen->setText(tr("Not saved"));
    m_opgeslagen->style()->unpolish(m_opgeslagen);
    m_opgeslagen->style()->polish(m_opgeslagen);
}

QString HuisbezoekWindow::foutmelding() const
{
    QStringList regels;
    for (auto it = m_fouten.cbegin(); it != m_fouten.cend(); ++it) {
        switch (it.key()) {
        case HuisbezoekSessie::Deel::Gesprek:
            regels << tr("Not saved: %1").arg(it.value());
            break;
        case HuisbezoekSessie::Deel::Traject:
            regels << tr("Not recorded in the traject: %1").arg(it.value());
            break;
        case HuisbezoekSessie::Deel::Zrm:
            regels << tr("ZRM score not saved: %1").arg(it.value());
            break;
        }
    }
    return regels.join(QLatin1Char('\n'));
}

void HuisbezoekWindow::afronden()
{
    if (m_sessie->afronden())
        close();
}

void HuisbezoekWindow::keyPressEvent(QKeyEvent* event)
{
    // Everything is saved already: Esc simply closes.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ui
