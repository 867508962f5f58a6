// SPDX-License-Identifier: EUPL-1.2
#include "VoorzieningKiezer.h"

#include "model/Keuzelijst.h"
#include "services/SocialeKaartService.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

constexpr int kMaxResults = 50;

QString regel(const core::SocialeKaartItem& item)
{
    QStringList delen{item.naam};
    if (!item.aanbieder.isEmpty())
        delen << item.aanbieder;
    delen << core::keuzeLabel(core::Keuzelijst::VoorzieningCategorie, item.categorie);
    return delen.join(QStringLiteral(" · "));
}

} // namespace

VoorzieningKiezer::VoorzieningKiezer(const core::SocialeKaartService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_zoek(new QLineEdit)
    , m_results(new QListWidget)
    , m_gekozen(new QLabel)
{
    m_zoek->setObjectName(QStringLiteral("voorzieningZoek"));
    m_zoek->setPlaceholderText(tr("Search the social map: name, provider or category"));
    m_zoek->setClearButtonEnabled(true);
    m_zoek->installEventFilter(this);
    m_results->setObjectName(QStringLiteral("voorzieningen"));
    m_results->setFixedHeight(m_results->fontMetrics().lineSpacing() * 5 + 12);
    // Long names are cut off with "…" (the tooltip has them in full) rather than scrolled sideways.
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setTextElideMode(Qt::ElideRight);
    m_results->setResizeMode(QListView::Adjust);
    m_gekozen->setObjectName(QStringLiteral("gekozenVoorziening"));
    m_gekozen->setWordWrap(true);
    m_gekozen->setTextFormat(Qt::PlainText);
    setFocusProxy(m_zoek);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_zoek);
    layout->addWidget(m_results);
    layout->addWidget(m_gekozen);

    connect(m_zoek, &QLineEdit::textChanged, this, &VoorzieningKiezer::search);
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            choose(item->data(Qt::UserRole).toString());
    });
    search();
    showChosen();
}

void VoorzieningKiezer::setVorm(const QString& vorm)
{
    if (vorm == m_vorm)
        return;
    m_vorm = vorm;
    search();
}

void VoorzieningKiezer::setCurrentId(const QString& id)
{
    choose(id);
    search();
}

void VoorzieningKiezer::search()
{
    const QSignalBlocker blocker(m_results);
    m_results->clear();
    for (const core::SocialeKaartItem& item : m_service.zoek(m_zoek->text(), m_vorm, true, kMaxResults)) {
        auto* entry = new QListWidgetItem(regel(item), m_results);
        entry->setData(Qt::UserRole, item.meta.id);
        entry->setToolTip(item.notities.isEmpty() ? regel(item) : tr("%1\n%2").arg(regel(item), item.notities));
        if (item.meta.id == m_id)
            m_results->setCurrentItem(entry);
    }
    if (m_results->count() == 0) {
        auto* leeg =
            new QListWidgetItem(m_zoek->text().trimmed().isEmpty() ? tr("The social map has no such voorzieningen yet.")
                                                                   : tr("Nothing found. Try fewer or other words."),
                                m_results);
        leeg->setFlags(Qt::NoItemFlags);
    }
}

void VoorzieningKiezer::choose(const QString& id)
{
    if (id == m_id)
        return;
    m_id = id;
    showChosen();
    emit currentIdChanged(m_id);
}

void VoorzieningKiezer::showChosen()
{
    if (m_id.isEmpty()) {
        m_gekozen->setText(tr("Nothing chosen yet."));
        return;
    }
    const auto item = m_service.item(m_id);
    QString tekst = item ? regel(*item) : tr("(no longer on the social map)");
    if (item && (item->meta.deleted || !item->actief))
        tekst = tr("%1 (no longer offered)").arg(tekst);
    m_gekozen->setText(tr("Chosen: %1").arg(tekst));
}

bool VoorzieningKiezer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_zoek && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const QListWidgetItem* eerste = m_results->item(0);
        const bool kiesbaar = eerste && (eerste->flags() & Qt::ItemIsSelectable);
        if (key->key() == Qt::Key_Down && kiesbaar) {
            m_results->setFocus();
            if (!m_results->currentItem())
                m_results->setCurrentRow(0);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && kiesbaar && !m_zoek->text().isEmpty() &&
            !m_results->currentItem()) {
            m_results->setCurrentRow(0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ui
