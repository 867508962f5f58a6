// SPDX-License-Identifier: EUPL-1.2
#include "GesprekDialog.h"

#include "services/TrajectService.h"
#include "traject/AanwezigenEditor.h"
#include "traject/DialogFields.h"
#include "traject/LeefgebiedenEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

const QString kDatum = QStringLiteral("datum");
const QString kVorm = QStringLiteral("vorm");
const QString kAanwezigen = QStringLiteral("aanwezige");
const QString kLeefgebieden = QStringLiteral("leefgebieden");
const QString kAlgemeen = QStringLiteral("algemeen");

} // namespace

GesprekDialog::GesprekDialog(const core::Gesprek& g, std::vector<core::NetwerkPersoon> netwerk,
                             const QString& inwonerNaam, const core::GesprekService& service, QWidget* parent)
    : ValidatedDialog(parent)
    , m_original(g)
    , m_service(service)
    , m_datum(DialogFields::dateField(g.datum))
    , m_vorm(DialogFields::keuzeCombo(core::Keuzelijst::GespreksVorm, g.vorm))
    , m_afgerond(new QCheckBox(tr("&Finished")))
    , m_aanwezigen(new AanwezigenEditor(std::move(netwerk), inwonerNaam))
    , m_leefgebieden(new LeefgebiedenEditor)
    , m_samenvatting(DialogFields::textBox(g.samenvatting, 4))
    , m_afspraken(DialogFields::textBox(g.afspraken, 3))
    , m_algemeen(DialogFields::generalMessage(m_messages, kAlgemeen))
{
    setWindowTitle(g.meta.isNew() ? tr("New gesprek") : tr("Edit gesprek"));
    m_datum->setObjectName(kDatum);
    m_vorm->setObjectName(kVorm);
    m_afgerond->setChecked(g.afgerond);
    m_afgerond->setToolTip(tr("A huisbezoek that is not finished can be resumed in huisbezoek mode."));
    m_samenvatting->setObjectName(QStringLiteral("samenvatting"));
    m_samenvatting->setPlaceholderText(tr("What was discussed, in plain words"));
    m_afspraken->setObjectName(QStringLiteral("afspraken"));
    m_afspraken->setPlaceholderText(tr("Who does what, and when"));
    m_aanwezigen->setAanwezigen(g.aanwezigen);
    m_leefgebieden->setLeefgebieden(g.leefgebieden);

    auto* datumMessage = new QLabel;
    auto* vormMessage = new QLabel;
    auto* aanwezigenMessage = new QLabel;
    auto* leefgebiedenMessage = new QLabel;
    m_messages.add(kDatum, m_datum, datumMessage);
    m_messages.add(kVorm, m_vorm, vormMessage);
    m_messages.add(kAanwezigen, m_aanwezigen->table(), aanwezigenMessage);
    m_messages.add(kLeefgebieden, m_leefgebieden->table(), leefgebiedenMessage);

    auto* top = new QHBoxLayout;
    top->addLayout(DialogFields::labelled(tr("&Date *"), m_datum, datumMessage));
    top->addLayout(DialogFields::labelled(tr("F&orm"), m_vorm, vormMessage));
    auto* afgerondColumn = new QVBoxLayout;
    afgerondColumn->addStretch();
    afgerondColumn->addWidget(m_afgerond);
    top->addLayout(afgerondColumn);
    top->addStretch();

    auto* aanwezigBox = new QGroupBox(tr("Present"));
    auto* aanwezigLayout = new QVBoxLayout(aanwezigBox);
    aanwezigLayout->addWidget(m_aanwezigen);
    aanwezigLayout->addWidget(aanwezigenMessage);

    auto* left = new QVBoxLayout;
    left->addLayout(top);
    left->addWidget(aanwezigBox, 1);
    left->addLayout(DialogFields::labelled(tr("&Summary"), m_samenvatting));
    left->addLayout(DialogFields::labelled(tr("&Agreements"), m_afspraken));

    auto* leefgebiedBox = new QGroupBox(tr("Leefgebieden (gespreksleidraad)"));
    auto* leefgebiedLayout = new QVBoxLayout(leefgebiedBox);
    leefgebiedLayout->addWidget(m_leefgebieden);
    leefgebiedLayout->addWidget(leefgebiedenMessage);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(leefgebiedBox, 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GesprekDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GesprekDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_algemeen);
    layout->addWidget(buttons);

    watch(m_datum, kDatum);
    connect(m_aanwezigen, &AanwezigenEditor::changed, this, &GesprekDialog::revalidate);
    connect(m_leefgebieden, &LeefgebiedenEditor::changed, this, &GesprekDialog::revalidate);
    resize(1120, 640);
    m_datum->setFocus();
}

core::Gesprek GesprekDialog::gesprek() const
{
    core::Gesprek g = m_original;
    g.datum = DialogFields::date(m_datum);
    g.vorm = DialogFields::keuze(m_vorm);
    g.afgerond = m_afgerond->isChecked();
    g.aanwezigen = m_aanwezigen->aanwezigen();
    g.leefgebieden = m_leefgebieden->leefgebieden();
    g.samenvatting = m_samenvatting->toPlainText().trimmed();
    g.afspraken = m_afspraken->toPlainText().trimmed();
    return g;
}

core::rules::FieldErrors GesprekDialog::errors() const
{
    core::rules::FieldErrors errors = m_service.validate(gesprek());
    for (core::rules::FieldError& e : errors) {
        if (e.field.startsWith(QLatin1String("leefgebied:")))
            e.field = kLeefgebieden;
        else if (e.field != kDatum && e.field != kVorm && e.field != kAanwezigen)
            e.field = kAlgemeen;
    }
    DialogFields::checkDate(errors, m_datum, kDatum);
    return errors;
}

} // namespace ui
