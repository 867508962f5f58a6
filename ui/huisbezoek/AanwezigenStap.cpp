// SPDX-License-Identifier: EUPL-1.2
#include "AanwezigenStap.h"

#include "HuisbezoekSessie.h"
#include "model/Enums.h"
#include "model/Keuzelijst.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

const QString kInwoner = QStringLiteral("inwoner");

bool isInwonerZelf(const core::Aanwezige& a)
{
    return a.rol == kInwoner && a.netwerkId.isEmpty() && a.naam.trimmed().isEmpty();
}

} // namespace

AanwezigenStap::AanwezigenStap(HuisbezoekSessie& sessie, QWidget* parent)
    : HuisbezoekStap(parent)
    , m_sessie(sessie)
    , m_inwoner(new QCheckBox)
    , m_anderenLayout(new QVBoxLayout)
{
    m_laden = true;
    const core::Gesprek& g = sessie.gesprek();

    auto* titel = new QLabel(tr("Who is present?"));
    titel->setObjectName(QStringLiteral("stapTitel"));
    auto* uitleg = new QLabel(tr("Tick everyone at the table and choose their role. The inwoner is present unless "
                                 "you untick them."));
    uitleg->setWordWrap(true);

    auto* inhoud = new QWidget;
    auto* layout = new QVBoxLayout(inhoud);
    layout->setSpacing(12);

    m_inwoner->setObjectName(QStringLiteral("aanwezigInwoner"));
    m_inwoner->setText(tr("%1 (inwoner)").arg(sessie.inwoner().weergavenaam()));
    const auto zelf = std::find_if(g.aanwezigen.begin(), g.aanwezigen.end(), isInwonerZelf);
    m_inwoner->setChecked(zelf != g.aanwezigen.end());
    m_inwonerRij.rol = kInwoner;
    if (zelf != g.aanwezigen.end())
        m_inwonerRij = *zelf;
    connect(m_inwoner, &QCheckBox::toggled, this, &AanwezigenStap::bewaar);
    layout->addWidget(m_inwoner);

    auto* netwerkKop = new QLabel(tr("From the netwerk"));
    netwerkKop->setObjectName(QStringLiteral("kop"));
    layout->addSpacing(8);
    layout->addWidget(netwerkKop);
    if (sessie.netwerk().empty()) {
        auto* leeg = new QLabel(tr("Nobody is recorded in the netwerk yet. Add people below."));
        leeg->setObjectName(QStringLiteral("zacht"));
        layout->addWidget(leeg);
    }
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setColumnStretch(0, 1);
    for (const core::NetwerkPersoon& p : sessie.netwerk()) {
        NetwerkRij rij;
        rij.netwerkId = p.meta.id;
        rij.aanwezig =
            new QCheckBox(p.isMantelzorger() ? tr("%1 (%2, mantelzorger)").arg(p.naam, core::label(p.relatie))
                                             : tr("%1 (%2)").arg(p.naam, core::label(p.relatie)));
        rij.aanwezig->setObjectName(QStringLiteral("aanwezig:") + p.meta.id);
        const auto eerder = std::find_if(g.aanwezigen.begin(), g.aanwezigen.end(),
                                         [&](const core::Aanwezige& a) { return a.netwerkId == p.meta.id; });
        rij.aanwezige.netwerkId = p.meta.id;
        rij.aanwezige.rol = core::standaardRol(p);
        if (eerder != g.aanwezigen.end())
            rij.aanwezige = *eerder;
        rij.aanwezig->setChecked(eerder != g.aanwezigen.end());
        rij.rol = rolKeuze(rij.aanwezige.rol);
        rij.rol->setObjectName(QStringLiteral("rol:") + p.meta.id);
        rij.rol->setAccessibleName(tr("Role of %1").arg(p.naam));
        const int r = grid->rowCount();
        grid->addWidget(rij.aanwezig, r, 0);
        grid->addWidget(rij.rol, r, 1);
        connect(rij.aanwezig, &QCheckBox::toggled, this, &AanwezigenStap::bewaar);
        connect(rij.rol, &QComboBox::currentIndexChanged, this, &AanwezigenStap::bewaar);
        m_netwerk.push_back(rij);
    }
    layout->addLayout(grid);

    auto* anderenKop = new QLabel(tr("Someone else (cliëntondersteuner, interpreter, neighbour …)"));
    anderenKop->setObjectName(QStringLiteral("kop"));
    layout->addSpacing(8);
    layout->addWidget(anderenKop);
    m_anderenLayout->setSpacing(8);
    layout->addLayout(m_anderenLayout);
    for (const core::Aanwezige& a : g.aanwezigen) {
        if (isInwonerZelf(a))
            continue;
        if (!a.netwerkId.isEmpty()) {
            if (!sessie.netwerkPersoon(a.netwerkId))
                m_bewaard.push_back(a);
            continue;
        }
        maakAnderRij(a);
    }
    auto* toevoegen = new QPushButton(tr("+ Add someone else"));
    toevoegen->setObjectName(QStringLiteral("aanwezigeToevoegen"));
    connect(toevoegen, &QPushButton::clicked, this, &AanwezigenStap::voegToe);
    auto* knoppen = new QHBoxLayout;
    knoppen->addWidget(toevoegen);
    knoppen->addStretch();
    layout->addLayout(knoppen);
    layout->addStretch();

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inhoud);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(titel);
    outer->addWidget(uitleg);
    outer->addWidget(scroll, 1);
    m_laden = false;
}

QString AanwezigenStap::titel() const
{
    return tr("Present");
}

QString AanwezigenStap::positie() const
{
    return QStringLiteral("aanwezigen");
}

bool AanwezigenStap::herstel(const QString& positie)
{
    return positie == this->positie();
}

void AanwezigenStap::toon(Aankomst)
{
    m_inwoner->setFocus();
}

QComboBox* AanwezigenStap::rolKeuze(const QString& rol)
{
    auto* combo = new QComboBox;
    for (const core::Keuze& k : core::keuzes(core::Keuzelijst::Rol)) {
        if (k.key != kInwoner)
            combo->addItem(k.label, k.key);
    }
    const int index = combo->findData(rol);
    combo->setCurrentIndex(index >= 0 ? index : combo->findData(QStringLiteral("anders")));
    return combo;
}

AanwezigenStap::AnderRij& AanwezigenStap::maakAnderRij(const core::Aanwezige& aanwezige)
{
    AnderRij rij;
    rij.aanwezige = aanwezige;
    rij.rij = new QWidget;
    auto* h = new QHBoxLayout(rij.rij);
    h->setContentsMargins(0, 0, 0, 0);
    rij.naam = new QLineEdit(aanwezige.naam);
    rij.naam->setObjectName(QStringLiteral("aanwezigeNaam"));
    rij.naam->setPlaceholderText(tr("Name"));
    rij.naam->setAccessibleName(tr("Name of someone present"));
    rij.rol = rolKeuze(aanwezige.rol);
    rij.rol->setObjectName(QStringLiteral("aanwezigeRol"));
    rij.rol->setAccessibleName(tr("Role"));
    auto* weg = new QPushButton(tr("Remove"));
    weg->setObjectName(QStringLiteral("aanwezigeVerwijderen"));
    h->addWidget(rij.naam, 1);
    h->addWidget(rij.rol);
    h->addWidget(weg);
    m_anderenLayout->addWidget(rij.rij);
    QWidget* widget = rij.rij;
    connect(rij.naam, &QLineEdit::textChanged, this, &AanwezigenStap::bewaar);
    connect(rij.rol, &QComboBox::currentIndexChanged, this, &AanwezigenStap::bewaar);
    connect(weg, &QPushButton::clicked, this, [this, widget] { verwijder(widget); });
    m_anderen.push_back(rij);
    return m_anderen.back();
}

void AanwezigenStap::voegToe()
{
    core::Aanwezige a;
    a.rol = QStringLiteral("anders");
    QLineEdit* naam = maakAnderRij(a).naam;
    naam->setFocus();
}

void AanwezigenStap::verwijder(QWidget* rij)
{
    const auto it = std::find_if(m_anderen.begin(), m_anderen.end(), [&](const AnderRij& r) { return r.rij == rij; });
    if (it == m_anderen.end())
        return;
    m_anderen.erase(it);
    rij->deleteLater();
    rij->hide();
    bewaar();
}

void AanwezigenStap::bewaar()
{
    if (m_laden)
        return;
    // The rows in the order they are shown; `bron` points back to the row to give it its id.
    std::vector<core::Aanwezige> rijen;
    std::vector<core::Aanwezige*> bron;
    if (m_inwoner->isChecked()) {
        rijen.push_back(m_inwonerRij);
        bron.push_back(&m_inwonerRij);
    }
    for (NetwerkRij& r : m_netwerk) {
        r.aanwezige.rol = r.rol->currentData().toString();
        if (!r.aanwezig->isChecked())
            continue;
        rijen.push_back(r.aanwezige);
        bron.push_back(&r.aanwezige);
    }
    for (AnderRij& r : m_anderen) {
        r.aanwezige.rol = r.rol->currentData().toString();
        r.aanwezige.naam = r.naam->text();
        if (r.aanwezige.naam.trimmed().isEmpty())
            continue; // not yet a person: saved from the first letter of the name
        rijen.push_back(r.aanwezige);
        bron.push_back(&r.aanwezige);
    }
    for (core::Aanwezige& a : m_bewaard) {
        rijen.push_back(a);
        bron.push_back(&a);
    }
    if (!m_sessie.setAanwezigen(rijen))
        return;
    for (size_t i = 0; i < rijen.size(); ++i)
        bron[i]->meta = rijen[i].meta;
}

} // namespace ui
