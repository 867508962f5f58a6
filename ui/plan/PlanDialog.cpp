// SPDX-License-Identifier: EUPL-1.2
#include "PlanDialog.h"

#include "plan/PlanContext.h"
#include "traject/DialogFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

PlanDialog::PlanDialog(const core::Ondersteuningsplan& plan, const std::vector<core::Traject>& trajecten,
                       const std::optional<core::Huishouden>& huishouden, QWidget* parent)
    : QDialog(parent)
    , m_original(plan)
    , m_traject(new QComboBox)
    , m_regisseur(new QLineEdit(plan.regisseur))
    , m_rol(new QLineEdit(plan.regisseurRol))
    , m_wederkerigheid(DialogFields::textBox(plan.wederkerigheid, 3))
{
    setWindowTitle(plan.meta.isNew() ? tr("New ondersteuningsplan") : tr("Edit plan"));
    m_traject->setObjectName(QStringLiteral("traject"));
    m_traject->addItem(tr("No traject"), QString());
    for (const core::Traject& t : trajecten) {
        QString tekst = PlanContext::trajectText(t);
        if (!t.isOpen())
            tekst = tr("%1 (closed)").arg(tekst);
        m_traject->addItem(tekst, t.meta.id);
    }
    if (!plan.trajectId.isEmpty() && m_traject->findData(plan.trajectId) < 0)
        m_traject->addItem(tr("(a traject that was deleted)"), plan.trajectId);
    m_traject->setCurrentIndex(std::max(0, m_traject->findData(plan.trajectId)));
    m_regisseur->setObjectName(QStringLiteral("regisseur"));
    m_regisseur->setPlaceholderText(tr("Who coordinates the plan"));
    m_rol->setObjectName(QStringLiteral("rol"));
    m_rol->setPlaceholderText(tr("e.g. consulent wijkteam, daughter"));
    m_wederkerigheid->setObjectName(QStringLiteral("wederkerigheid"));
    m_wederkerigheid->setPlaceholderText(tr("What the inwoner does in return, e.g. helps a neighbour with the "
                                            "garden"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Traject"), m_traject);
    if (huishouden) {
        m_huishoudenId = huishouden->meta.id;
        QStringList namen;
        for (const core::Huishoudlid& lid : huishouden->leden)
            namen << lid.naam;
        m_huishouden =
            new QCheckBox(tr("One plan for the whole &huishouden (%1)").arg(namen.join(QStringLiteral(", "))));
        m_huishouden->setObjectName(QStringLiteral("huishouden"));
        m_huishouden->setChecked(!plan.huishoudenId.isEmpty());
        form->addRow(QString(), m_huishouden);
    }
    form->addRow(tr("&Regisseur"), m_regisseur);
    form->addRow(tr("R&ole"), m_rol);
    form->addRow(tr("&Wederkerigheid"), m_wederkerigheid);
    auto* uitleg = new QLabel(tr("The regisseur is needed before the plan can be agreed. Doelen and acties are added "
                                 "in the Plan tab."));
    uitleg->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(plan.meta.isNew() ? tr("Make plan") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(uitleg);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_traject->setFocus();
}

core::Ondersteuningsplan PlanDialog::plan() const
{
    core::Ondersteuningsplan p = m_original;
    p.trajectId = DialogFields::keuze(m_traject);
    if (m_huishouden)
        p.huishoudenId = m_huishouden->isChecked() ? m_huishoudenId : QString();
    p.regisseur = m_regisseur->text().simplified();
    p.regisseurRol = m_rol->text().simplified();
    p.wederkerigheid = m_wederkerigheid->toPlainText().trimmed();
    return p;
}

} // namespace ui
