// SPDX-License-Identifier: EUPL-1.2
#include "SamenvattingStap.h"

#include "HuisbezoekSessie.h"
#include "model/Gespreksleidraad.h"
#include "model/Keuzelijst.h"
#include "zrm/ZrmInstrument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ui {

SamenvattingStap::SamenvattingStap(HuisbezoekSessie& sessie, QWidget* parent)
    : HuisbezoekStap(parent)
    , m_sessie(sessie)
    , m_overzicht(new QTextBrowser)
    , m_samenvatting(new QPlainTextEdit(sessie.gesprek().samenvatting))
    , m_afronden(new QPushButton(tr("Finish huisbezoek")))
{
    auto* titel = new QLabel(tr("Summary"));
    titel->setObjectName(QStringLiteral("stapTitel"));
    m_overzicht->setObjectName(QStringLiteral("overzicht"));
    m_overzicht->setOpenLinks(false);

    auto* samenvattingKop = new QLabel(tr("In a few sentences: the hulpvraag and what came out of the conversation"));
    samenvattingKop->setWordWrap(true);
    samenvattingKop->setBuddy(m_samenvatting);
    m_samenvatting->setObjectName(QStringLiteral("samenvatting"));
    m_samenvatting->setTabChangesFocus(true);
    m_samenvatting->setAccessibleName(tr("Summary"));
    m_samenvatting->setProperty("kort", true);
    connect(m_samenvatting, &QPlainTextEdit::textChanged, this,
            [this] { m_sessie.setSamenvatting(m_samenvatting->toPlainText()); });

    m_afronden->setObjectName(QStringLiteral("afronden"));
    m_afronden->setToolTip(tr("Marks the huisbezoek as finished and closes this window. Everything is already "
                              "saved."));
    connect(m_afronden, &QPushButton::clicked, this, &SamenvattingStap::afrondenGevraagd);
    auto* afrondenUitleg = new QLabel(tr("Everything is saved. After finishing, a next visit starts a new "
                                         "huisbezoek."));
    afrondenUitleg->setObjectName(QStringLiteral("zacht"));
    afrondenUitleg->setWordWrap(true);
    auto* onder = new QHBoxLayout;
    onder->addWidget(afrondenUitleg, 1);
    onder->addWidget(m_afronden);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(titel);
    layout->addWidget(m_overzicht, 1);
    layout->addWidget(samenvattingKop);
    layout->addWidget(m_samenvatting);
    layout->addLayout(onder);
}

QString SamenvattingStap::titel() const
{
    return tr("Summary");
}

QString SamenvattingStap::positie() const
{
    return QStringLiteral("samenvatting");
}

bool SamenvattingStap::herstel(const QString& positie)
{
    return positie == this->positie();
}

void SamenvattingStap::toon(Aankomst)
{
    m_overzicht->setHtml(overzicht());
    m_samenvatting->setFocus();
    m_samenvatting->moveCursor(QTextCursor::End);
}

QString SamenvattingStap::tekst(const QString& platteTekst) const
{
    return platteTekst.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString SamenvattingStap::overzicht() const
{
    const core::Gesprek& g = m_sessie.gesprek();
    const core::Traject& t = m_sessie.traject();
    const QString leeg = QStringLiteral("<span style='color:#666'>%1</span>");
    QStringList open;
    QString html;

    // Aanwezigen
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Present").toHtmlEscaped());
    for (const core::Aanwezige& a : g.aanwezigen) {
        QString naam = a.naam.trimmed();
        if (const core::NetwerkPersoon* p = m_sessie.netwerkPersoon(a.netwerkId))
            naam = p->naam;
        else if (naam.isEmpty() && a.rol == QLatin1String("inwoner"))
            naam = m_sessie.inwoner().weergavenaam();
        html += QStringLiteral("<li>%1 — %2</li>")
                    .arg(naam.toHtmlEscaped(), core::keuzeLabel(core::Keuzelijst::Rol, a.rol).toHtmlEscaped());
    }
    if (g.aanwezigen.empty())
        html += QStringLiteral("<li>%1</li>").arg(leeg.arg(tr("Nobody recorded").toHtmlEscaped()));
    html += QStringLiteral("</ul>");

    // What the inwoner was told
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Told").toHtmlEscaped());
    for (const auto& [soort, betreft] : {std::pair{core::StapSoort::Clientondersteuning, core::kBetreftInwoner},
                                         std::pair{core::StapSoort::PersoonlijkPlanAangeboden, QString()},
                                         std::pair{core::StapSoort::PgbUitgelegd, QString()},
                                         std::pair{core::StapSoort::EigenBijdrageBesproken, QString()}}) {
        const core::TrajectStap* stap = t.stap(soort, betreft);
        QString regel = core::label(soort).toHtmlEscaped();
        if (!stap) {
            regel = leeg.arg(tr("%1: not yet").arg(core::label(soort)).toHtmlEscaped());
            open << core::label(soort);
        } else if (!stap->uitkomst.isEmpty()) {
            regel += QStringLiteral(": ") +
                     core::keuzeLabel(core::Keuzelijst::Clientondersteuning, stap->uitkomst).toHtmlEscaped();
        }
        html += QStringLiteral("<li>%1</li>").arg(regel);
    }
    html += QStringLiteral("</ul>");

    // Leefgebieden with the ZRM
    const core::ZrmInstrument* zrm = core::ZrmInstrument::find(core::ZrmInstrument::kZrm2017);
    const auto& meting = m_sessie.meting();
    html += QStringLiteral("<h3>%1</h3><table cellpadding='4' width='100%'>").arg(tr("Leefgebieden").toHtmlEscaped());
    int nietGedaan = 0;
    for (const core::Keuze& k : core::keuzes(core::Keuzelijst::Leefgebied)) {
        const core::BesprokenLeefgebied* l = g.leefgebied(k.key);
        QStringList scores;
        for (const QString& key : core::Gespreksleidraad::zrm2017(k.key)) {
            const core::ZrmScore* s = meting ? meting->score(key) : nullptr;
            const core::Leefgebied* lg = zrm ? zrm->leefgebied(key) : nullptr;
            if (!s || !lg)
                continue;
            if (s->score)
                scores << tr("%1: %2 (%3)").arg(lg->naam).arg(*s->score).arg(zrm->niveau(*s->score));
            else if (s->nietBeoordeeld)
                scores << tr("%1: niet beoordeeld – %2").arg(lg->naam, core::label(*s->nietBeoordeeld));
        }
        QString status = l ? core::keuzeLabel(core::Keuzelijst::LeefgebiedStatus, l->status).toHtmlEscaped()
                           : leeg.arg(tr("not recorded yet").toHtmlEscaped());
        if (l && l->status == QLatin1String("aandacht"))
            status = QStringLiteral("<b>%1</b>").arg(status);
        if (!l)
            ++nietGedaan;
        html += QStringLiteral("<tr><td valign='top' width='22%'><b>%1</b></td><td valign='top' width='22%'>%2</td>"
                               "<td valign='top'>%3%4</td></tr>")
                    .arg(k.label.toHtmlEscaped(), status, l ? tekst(l->notitie) : QString(),
                         scores.isEmpty()
                             ? QString()
                             : QStringLiteral("<br><i>%1</i>").arg(scores.join(QStringLiteral(" · ")).toHtmlEscaped()));
    }
    html += QStringLiteral("</table>");
    if (nietGedaan > 0)
        open << tr("%n leefgebieden not recorded yet", nullptr, nietGedaan);

    // Mantelzorg
    bool kop = false;
    for (const core::NetwerkPersoon& p : m_sessie.netwerk()) {
        if (!p.isMantelzorger())
            continue;
        if (!kop)
            html += QStringLiteral("<h3>%1</h3>").arg(tr("Mantelzorgers").toHtmlEscaped());
        kop = true;
        const core::MantelzorgVisie* v = g.visie(p.meta.id);
        const core::TrajectStap* co = t.stap(core::StapSoort::Clientondersteuning, p.meta.id);
        html += QStringLiteral("<p><b>%1</b><br>%2: %3<br>%4: %5<br>%6</p>")
                    .arg(p.naam.toHtmlEscaped(), tr("Own view").toHtmlEscaped(),
                         v && !v->visie.trimmed().isEmpty() ? tekst(v->visie)
                                                            : leeg.arg(tr("not asked yet").toHtmlEscaped()),
                         tr("Own need").toHtmlEscaped(),
                         v && !v->behoefte.trimmed().isEmpty() ? tekst(v->behoefte)
                                                               : leeg.arg(tr("not asked yet").toHtmlEscaped()),
                         co ? tr("Cliëntondersteuning: %1")
                                  .arg(core::keuzeLabel(core::Keuzelijst::Clientondersteuning, co->uitkomst))
                                  .toHtmlEscaped()
                            : leeg.arg(tr("Cliëntondersteuning not offered yet").toHtmlEscaped()));
        if (!co)
            open << tr("cliëntondersteuning for %1").arg(p.naam);
    }

    // Afspraken
    html +=
        QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(tr("Afspraken").toHtmlEscaped(),
                 g.afspraken.trimmed().isEmpty() ? leeg.arg(tr("None recorded").toHtmlEscaped()) : tekst(g.afspraken));

    QString kopregel;
    if (!open.isEmpty())
        kopregel = QStringLiteral("<p style='background:#fff3cd; padding:6px'><b>%1</b> %2</p>")
                       .arg(tr("Still open:").toHtmlEscaped(), open.join(QStringLiteral("; ")).toHtmlEscaped());
    return kopregel + html;
}

} // namespace ui
