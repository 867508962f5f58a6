// SPDX-License-Identifier: EUPL-1.2
#include "TrajectKiezenDialog.h"

#include "model/Keuzelijst.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

TrajectKiezenDialog::TrajectKiezenDialog(const QString& inwonerNaam, const std::vector<core::Traject>& trajecten,
                                         QWidget* parent)
    : QDialog(parent)
    , m_lijst(new QListWidget)
{
    setWindowTitle(tr("Start huisbezoek"));
    auto* vraag =
        new QLabel(tr("%1 has more than one open traject. For which one is this huisbezoek?").arg(inwonerNaam));
    vraag->setWordWrap(true);
    m_lijst->setObjectName(QStringLiteral("trajecten"));
    for (const core::Traject& t : trajecten) {
        QString tekst = tr("%1, melding %2")
                            .arg(core::keuzeLabel(core::Keuzelijst::Domein, t.domein),
                                 t.meldingDatum.toString(QStringLiteral("dd-MM-yyyy")));
        if (!t.hulpvraag.trimmed().isEmpty())
            tekst += QStringLiteral("\n") + t.hulpvraag.simplified();
        auto* item = new QListWidgetItem(tekst, m_lijst);
        item->setData(Qt::UserRole, t.meta.id);
    }
    m_lijst->setCurrentRow(0);
    auto* knoppen = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    knoppen->button(QDialogButtonBox::Ok)->setText(tr("Start huisbezoek"));
    connect(knoppen, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(knoppen, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_lijst, &QListWidget::itemActivated, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(vraag);
    layout->addWidget(m_lijst, 1);
    layout->addWidget(knoppen);
    resize(520, 320);
}

QString TrajectKiezenDialog::trajectId() const
{
    const QListWidgetItem* item = m_lijst->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace ui
