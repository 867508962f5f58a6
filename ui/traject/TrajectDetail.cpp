// SPDX-License-Identifier: EUPL-1.2
#include "TrajectDetail.h"

#include "model/Keuzelijst.h"
#include "traject/StappenLijst.h"
#include "traject/TermijnWeergave.h"
#include "traject/TermijnenOverzicht.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

QString datumTekst(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

QTableWidget* table(const QStringList& headers, int stretch, const char* name)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    return t;
}

/// Fills a row with read-only cells; the id goes with the first cell.
void setRow(QTableWidget* t, int row, const QStringList& cells, const QString& id)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setToolTip(cells[c]);
        t->setItem(row, c, item);
    }
    t->item(row, 0)->setData(Qt::UserRole, id);
}

void selectId(QTableWidget* t, const QString& id)
{
    for (int row = 0; row < t->rowCount(); ++row) {
        if (!id.isEmpty() && t->item(row, 0)->data(Qt::UserRole).toString() == id)
            t->selectRow(row);
    }
}

/// Activating a row, or pressing Delete on it, asks to edit or remove it.
template <typename Edit, typename Remove> void onRow(QWidget* owner, QTableWidget* t, Edit edit, Remove remove)
{
    QObject::connect(t, &QAbstractItemView::activated, owner, [t, edit] {
        const QString id = TrajectDetail::currentId(t);
        if (!id.isEmpty())
            edit(id);
    });
    auto* deleteKey = new QShortcut(QKeySequence::Delete, t);
    deleteKey->setContext(Qt::WidgetShortcut);
    QObject::connect(deleteKey, &QShortcut::activated, owner, [t, remove] {
        const QString id = TrajectDetail::currentId(t);
        if (!id.isEmpty())
            remove(id);
    });
}

QHBoxLayout* buttonRow(std::initializer_list<QWidget*> buttons)
{
    auto* row = new QHBoxLayout;
    for (QWidget* b : buttons)
        row->addWidget(b);
    row->addStretch();
    return row;
}

} // namespace

TrajectDetail::TrajectDetail(QWidget* parent)
    : QWidget(parent)
    , m_header(new QLabel)
    , m_tabs(new QTabWidget)
    , m_termijnen(new TermijnenOverzicht)
    , m_stappen(new StappenLijst)
    , m_voorzieningen(table({tr("Kind"), tr("Description"), tr("Amount"), tr("Starts"), tr("Ends"), tr("Provided")},
                            VzOmschrijvingColumn, "voorzieningen"))
    , m_gesprekken(table({tr("Date"), tr("Form"), tr("Present"), tr("Leefgebieden"), tr("State")}, GAanwezigenColumn,
                         "gesprekken"))
    , m_signalen(table({tr("Date"), tr("Source"), tr("From"), tr("Signal")}, SInhoudColumn, "signalen"))
    , m_voorzieningHint(new QLabel)
    , m_gesprekDetails(new QLabel)
{
    m_header->setObjectName(QStringLiteral("trajectHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_voorzieningHint->setWordWrap(true);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildTermijnenPage(), QString());
    m_tabs->addTab(buildVoorzieningenPage(), QString());
    m_tabs->addTab(buildGesprekkenPage(), QString());
    m_tabs->addTab(buildSignalenPage(), QString());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    connect(m_stappen, &StappenLijst::stapRequested, this, &TrajectDetail::stapRequested);
    connect(m_termijnen, &TermijnenOverzicht::opschortenRequested, this, &TrajectDetail::opschortenRequested);
    connect(m_termijnen, &TermijnenOverzicht::removeOpschortingRequested, this,
            &TrajectDetail::removeOpschortingRequested);
    setTraject(nullptr, {}, {}, {}, {});
    setSignalen({});
}

QWidget* TrajectDetail::buildTermijnenPage()
{
    auto* page = new QWidget;
    auto* hint = new QLabel(tr("Statutory steps – double-click a step (or press Enter) to record it:"));
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_termijnen);
    layout->addWidget(hint);
    layout->addWidget(m_stappen, 1);
    return page;
}

QWidget* TrajectDetail::buildVoorzieningenPage()
{
    m_addVoorziening = new QPushButton(tr("Add voorziening…"));
    m_editVoorziening = new QPushButton(tr("Edit…"));
    m_removeVoorziening = new QPushButton(tr("Remove"));
    connect(m_addVoorziening, &QPushButton::clicked, this, &TrajectDetail::addVoorzieningRequested);
    connect(m_editVoorziening, &QPushButton::clicked, this,
            [this] { emit editVoorzieningRequested(currentId(m_voorzieningen)); });
    connect(m_removeVoorziening, &QPushButton::clicked, this,
            [this] { emit removeVoorzieningRequested(currentId(m_voorzieningen)); });
    connect(m_voorzieningen, &QTableWidget::itemSelectionChanged, this, &TrajectDetail::updateButtons);
    onRow(
        this, m_voorzieningen, [this](const QString& id) { emit editVoorzieningRequested(id); },
        [this](const QString& id) { emit removeVoorzieningRequested(id); });
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_voorzieningHint);
    layout->addWidget(m_voorzieningen, 1);
    layout->addLayout(buttonRow({m_addVoorziening, m_editVoorziening, m_removeVoorziening}));
    return page;
}

QWidget* TrajectDetail::buildGesprekkenPage()
{
    m_newGesprek = new QPushButton(tr("New gesprek…"));
    m_newGesprek->setToolTip(tr("Record a gesprek or contact afterwards"));
    m_editGesprek = new QPushButton(tr("Edit…"));
    m_deleteGesprek = new QPushButton(tr("Delete"));
    connect(m_newGesprek, &QPushButton::clicked, this, &TrajectDetail::newGesprekRequested);
    connect(m_editGesprek, &QPushButton::clicked, this, [this] { emit editGesprekRequested(currentId(m_gesprekken)); });
    connect(m_deleteGesprek, &QPushButton::clicked, this,
            [this] { emit deleteGesprekRequested(currentId(m_gesprekken)); });
    connect(m_gesprekken, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        showGesprek();
    });
    m_gesprekDetails->setObjectName(QStringLiteral("gesprekDetails"));
    m_gesprekDetails->setWordWrap(true);
    m_gesprekDetails->setTextFormat(Qt::RichText);
    m_gesprekDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_gesprekDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_gesprekDetails->setFrameShape(QFrame::StyledPanel);
    m_gesprekDetails->setMargin(6);
    onRow(
        this, m_gesprekken, [this](const QString& id) { emit editGesprekRequested(id); },
        [this](const QString& id) { emit deleteGesprekRequested(id); });
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_gesprekken, 2);
    layout->addWidget(m_gesprekDetails, 1);
    layout->addLayout(buttonRow({m_newGesprek, m_editGesprek, m_deleteGesprek}));
    return page;
}

QWidget* TrajectDetail::buildSignalenPage()
{
    m_newSignaal = new QPushButton(tr("New signal…"));
    m_editSignaal = new QPushButton(tr("Edit…"));
    m_deleteSignaal = new QPushButton(tr("Delete"));
    connect(m_newSignaal, &QPushButton::clicked, this, &TrajectDetail::newSignaalRequested);
    connect(m_editSignaal, &QPushButton::clicked, this, [this] { emit editSignaalRequested(currentId(m_signalen)); });
    connect(m_deleteSignaal, &QPushButton::clicked, this,
            [this] { emit deleteSignaalRequested(currentId(m_signalen)); });
    connect(m_signalen, &QTableWidget::itemSelectionChanged, this, &TrajectDetail::updateButtons);
    onRow(
        this, m_signalen, [this](const QString& id) { emit editSignaalRequested(id); },
        [this](const QString& id) { emit deleteSignaalRequested(id); });
    auto* hint = new QLabel(tr("Signals about the inwoner from others (GP, neighbours, police …), for every traject."));
    hint->setWordWrap(true);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(m_signalen, 1);
    layout->addLayout(buttonRow({m_newSignaal, m_editSignaal, m_deleteSignaal}));
    return page;
}

QString TrajectDetail::currentId(const QTableWidget* t)
{
    const auto rows = t->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QTableWidgetItem* item = t->item(rows.first().row(), 0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString TrajectDetail::headerText() const
{
    return m_header->text();
}

void TrajectDetail::setTraject(const core::Traject* t, const core::rules::TrajectStand& stand,
                               const std::vector<core::NetwerkPersoon>& netwerk, const QString& inwonerNaam,
                               const QDate& vandaag)
{
    m_netwerk = netwerk;
    m_inwonerNaam = inwonerNaam;
    m_vandaag = vandaag;
    const bool had = m_heeftTraject;
    m_heeftTraject = t != nullptr;
    if (!m_heeftTraject && m_tabs->currentIndex() != 3) {
        // Signalen can come in before there is any traject.
        m_signalenVanzelf = true;
        m_tabs->setCurrentIndex(3);
    } else if (m_heeftTraject && !had && m_signalenVanzelf && m_tabs->currentIndex() == 3) {
        m_tabs->setCurrentIndex(0);
    }
    if (m_heeftTraject)
        m_signalenVanzelf = false;
    for (int tab = 0; tab < 3; ++tab)
        m_tabs->setTabEnabled(tab, m_heeftTraject);
    if (!t) {
        m_header->setText(tr("<i>No traject selected. A new melding starts with New traject….</i>"));
        m_termijnen->clearTraject();
        m_stappen->clearTraject();
        m_voorzieningen->setRowCount(0);
        m_gesprekken->setRowCount(0);
        m_gesprekData.clear();
        showGesprek();
        m_voorzieningenToegestaan = false;
        updateTabTitles();
        updateButtons();
        return;
    }

    QStringList melding;
    melding << tr("melding %1").arg(datumTekst(t->meldingDatum));
    if (!t->kanaal.isEmpty())
        melding << tr("came in by: %1").arg(core::keuzeLabel(core::Keuzelijst::MeldingKanaal, t->kanaal));
    if (!t->verwijzer.isEmpty())
        melding << tr("referred by %1").arg(t->verwijzer);
    if (t->urgentie != QLatin1String("normaal"))
        melding << tr("urgency: %1").arg(core::keuzeLabel(core::Keuzelijst::Urgentie, t->urgentie).toLower());
    QString html = QStringLiteral("<b>%1</b> — %2<br>%3")
                       .arg(core::keuzeLabel(core::Keuzelijst::Domein, t->domein).toHtmlEscaped(),
                            tr("phase: %1").arg(core::rules::label(stand.fase)).toHtmlEscaped(),
                            melding.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (!t->hulpvraag.isEmpty())
        html += QStringLiteral("<br><i>“%1”</i>")
                    .arg(t->hulpvraag.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (!stand.ontbreekt.empty()) {
        QStringList missing;
        for (const core::rules::Ontbrekend o : stand.ontbreekt)
            missing << core::rules::label(o);
        html += QStringLiteral("<br><span style=\"color:#8a4b00\"><b>%1</b> %2</span>")
                    .arg(tr("Still to do:").toHtmlEscaped(), missing.join(QStringLiteral("; ")).toHtmlEscaped());
    }
    m_header->setText(html);

    m_termijnen->setTraject(*t, stand);
    m_stappen->setTraject(*t, stand, netwerk, inwonerNaam, vandaag);
    setVoorzieningen(*t);
    updateTabTitles();
    updateButtons();
}

void TrajectDetail::setVoorzieningen(const core::Traject& t)
{
    const core::TrajectStap* besluit = t.stap(core::StapSoort::Beschikking);
    m_voorzieningenToegestaan = besluit && besluit->uitkomst != QLatin1String("afgewezen");
    m_voorzieningHint->setText(
        m_voorzieningenToegestaan
            ? tr("The voorzieningen granted in the beschikking of %1.").arg(datumTekst(besluit->datum))
            : tr("Record a beschikking that grants support (step Decision) to add "
                 "voorzieningen."));
    const QString selected = currentId(m_voorzieningen);
    m_voorzieningen->setRowCount(static_cast<int>(t.voorzieningen.size()));
    for (int row = 0; row < m_voorzieningen->rowCount(); ++row) {
        const core::Voorziening& v = t.voorzieningen[static_cast<size_t>(row)];
        QString omvang;
        if (v.omvang)
            omvang = v.eenheid.isEmpty() ? QString::number(*v.omvang, 'g', 6)
                                         : tr("%1 %2").arg(QString::number(*v.omvang, 'g', 6),
                                                           core::keuzeLabel(core::Keuzelijst::Eenheid, v.eenheid));
        QString eind = datumTekst(v.eind);
        const qint64 dagen = v.eind.isValid() ? m_vandaag.daysTo(v.eind) : -1;
        const bool aflopend =
            v.eind.isValid() && dagen >= 0 && dagen <= core::rules::TrajectBeoordeling::kAflopendVooraf;
        if (aflopend)
            eind = tr("%1 – ends in %n day(s)", nullptr, static_cast<int>(dagen)).arg(eind);
        else if (v.eind.isValid() && dagen < 0)
            eind = tr("%1 – ended").arg(eind);
        setRow(m_voorzieningen, row,
               {core::keuzeLabel(core::Keuzelijst::VoorzieningSoort, v.soort), v.omschrijving, omvang,
                datumTekst(v.start), eind, core::keuzeLabel(core::Keuzelijst::Levering, v.levering)},
               v.meta.id);
        if (aflopend)
            m_voorzieningen->item(row, VzEindColumn)->setBackground(TermijnWeergave::ontbreektKleur());
    }
    selectId(m_voorzieningen, selected);
}

QString TrajectDetail::aanwezigenTekst(const core::Gesprek& g) const
{
    QStringList namen;
    for (const core::Aanwezige& a : g.aanwezigen) {
        QString naam = a.naam;
        if (a.rol == QLatin1String("inwoner")) {
            naam = m_inwonerNaam;
        } else if (!a.netwerkId.isEmpty()) {
            const auto it = std::find_if(m_netwerk.begin(), m_netwerk.end(),
                                         [&](const core::NetwerkPersoon& p) { return p.meta.id == a.netwerkId; });
            naam = it != m_netwerk.end() ? it->naam : (a.naam.isEmpty() ? tr("(removed from the netwerk)") : a.naam);
        }
        namen << tr("%1 (%2)").arg(naam, core::keuzeLabel(core::Keuzelijst::Rol, a.rol).toLower());
    }
    return namen.join(QStringLiteral(", "));
}

void TrajectDetail::setGesprekken(const std::vector<core::Gesprek>& gesprekken)
{
    m_gesprekData = gesprekken;
    const QString selected = currentId(m_gesprekken);
    const int totaal = static_cast<int>(core::keuzeKeys(core::Keuzelijst::Leefgebied).size());
    m_gesprekken->setRowCount(static_cast<int>(gesprekken.size()));
    for (int row = 0; row < m_gesprekken->rowCount(); ++row) {
        const core::Gesprek& g = gesprekken[static_cast<size_t>(row)];
        const int besproken = static_cast<int>(
            std::count_if(g.leefgebieden.begin(), g.leefgebieden.end(), [](const core::BesprokenLeefgebied& l) {
                return l.status != QLatin1String("niet_besproken");
            }));
        QString staat = tr("Finished");
        if (!g.afgerond)
            staat = g.vorm == QLatin1String("huisbezoek") ? tr("Huisbezoek in progress") : tr("Not finished");
        setRow(m_gesprekken, row,
               {datumTekst(g.datum), core::keuzeLabel(core::Keuzelijst::GespreksVorm, g.vorm), aanwezigenTekst(g),
                tr("%1 of %2 discussed").arg(besproken).arg(totaal), staat},
               g.meta.id);
        if (!g.afgerond)
            m_gesprekken->item(row, GStaatColumn)->setBackground(TermijnWeergave::ontbreektKleur());
        if (!g.samenvatting.isEmpty())
            m_gesprekken->item(row, GDatumColumn)->setToolTip(g.samenvatting);
    }
    selectId(m_gesprekken, selected);
    updateTabTitles();
    updateButtons();
    showGesprek();
}

QString TrajectDetail::gesprekDetailsText() const
{
    QTextDocument document;
    document.setHtml(m_gesprekDetails->text());
    return document.toPlainText();
}

// Everything said in the selected gesprek, so that nobody has to ask the inwoner again.
void TrajectDetail::showGesprek()
{
    const QString id = currentId(m_gesprekken);
    const auto it = std::find_if(m_gesprekData.begin(), m_gesprekData.end(),
                                 [&](const core::Gesprek& g) { return !id.isEmpty() && g.meta.id == id; });
    if (it == m_gesprekData.end()) {
        m_gesprekDetails->setText(m_gesprekData.empty()
                                      ? tr("No gesprekken yet. Record one afterwards with New gesprek…, or start a "
                                           "huisbezoek.")
                                      : tr("Select a gesprek to see what was discussed and agreed."));
        return;
    }
    const core::Gesprek& g = *it;
    QStringList lines;
    const auto add = [&lines](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty())
            lines << QStringLiteral("<b>%1</b> %2")
                         .arg(label.toHtmlEscaped(),
                              value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    add(tr("Present:"), aanwezigenTekst(g));
    QStringList aandacht;
    QStringList nietBesproken;
    for (const core::BesprokenLeefgebied& l : g.leefgebieden) {
        const QString naam = core::keuzeLabel(core::Keuzelijst::Leefgebied, l.leefgebied);
        const QString tekst = l.notitie.isEmpty() ? naam : tr("%1 (%2)").arg(naam, l.notitie);
        if (l.status == QLatin1String("aandacht"))
            aandacht << tekst;
        else if (l.status == QLatin1String("niet_besproken"))
            nietBesproken << tekst;
    }
    add(tr("Needs attention:"), aandacht.join(QStringLiteral("; ")));
    add(tr("Deliberately not discussed:"), nietBesproken.join(QStringLiteral("; ")));
    add(tr("Summary:"), g.samenvatting);
    add(tr("Agreements:"), g.afspraken);
    m_gesprekDetails->setText(lines.join(QStringLiteral("<br>")));
}

void TrajectDetail::setSignalen(const std::vector<core::Signaal>& signalen)
{
    const QString selected = currentId(m_signalen);
    m_signalen->setRowCount(static_cast<int>(signalen.size()));
    for (int row = 0; row < m_signalen->rowCount(); ++row) {
        const core::Signaal& s = signalen[static_cast<size_t>(row)];
        setRow(m_signalen, row,
               {datumTekst(s.datum), core::keuzeLabel(core::Keuzelijst::SignaalBron, s.bron), s.bronNaam,
                s.inhoud.simplified()},
               s.meta.id);
        m_signalen->item(row, SInhoudColumn)->setToolTip(s.inhoud);
    }
    selectId(m_signalen, selected);
    updateTabTitles();
    updateButtons();
}

void TrajectDetail::updateTabTitles()
{
    const auto titel = [](const QString& naam, int n) { return n > 0 ? tr("%1 (%2)").arg(naam).arg(n) : naam; };
    m_tabs->setTabText(0, tr("Ter&mijnen && stappen"));
    m_tabs->setTabText(1, titel(tr("&Voorzieningen"), m_voorzieningen->rowCount()));
    m_tabs->setTabText(2, titel(tr("&Gesprekken"), m_gesprekken->rowCount()));
    m_tabs->setTabText(3, titel(tr("S&ignalen"), m_signalen->rowCount()));
}

void TrajectDetail::updateButtons()
{
    m_addVoorziening->setEnabled(m_heeftTraject && m_voorzieningenToegestaan);
    m_editVoorziening->setEnabled(!currentId(m_voorzieningen).isEmpty());
    m_removeVoorziening->setEnabled(!currentId(m_voorzieningen).isEmpty());
    m_newGesprek->setEnabled(m_heeftTraject);
    m_editGesprek->setEnabled(!currentId(m_gesprekken).isEmpty());
    m_deleteGesprek->setEnabled(!currentId(m_gesprekken).isEmpty());
    m_editSignaal->setEnabled(!currentId(m_signalen).isEmpty());
    m_deleteSignaal->setEnabled(!currentId(m_signalen).isEmpty());
}

} // namespace ui
