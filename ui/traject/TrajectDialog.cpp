// SPDX-License-Identifier: EUPL-1.2
#include "TrajectDialog.h"

#include "services/TrajectService.h"
#include "traject/DialogFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

namespace {

const QString kAlgemeen = QStringLiteral("algemeen");
const QStringList kVelden = {QStringLiteral("domein"), QStringLiteral("melding_datum"), QStringLiteral("kanaal"),
                             QStringLiteral("urgentie")};

} // namespace

TrajectDialog::TrajectDialog(const core::Traject& t, const core::TrajectService& service, QWidget* parent)
    : ValidatedDialog(parent)
    , m_original(t)
    , m_service(service)
    , m_domein(DialogFields::keuzeCombo(core::Keuzelijst::Domein, t.domein))
    , m_meldingDatum(DialogFields::dateField(t.meldingDatum))
    , m_kanaal(DialogFields::keuzeCombo(core::Keuzelijst::MeldingKanaal, t.kanaal, tr("Not recorded")))
    , m_verwijzer(new QLineEdit(t.verwijzer))
    , m_hulpvraag(DialogFields::textBox(t.hulpvraag, 5))
    , m_urgentie(DialogFields::keuzeCombo(core::Keuzelijst::Urgentie, t.urgentie))
    , m_algemeen(DialogFields::generalMessage(m_messages, kAlgemeen))
{
    setWindowTitle(t.meta.isNew() ? tr("New traject") : tr("Edit traject"));
    m_meldingDatum->setObjectName(QStringLiteral("melding_datum"));
    m_verwijzer->setPlaceholderText(tr("e.g. the GP, a neighbour, the home care provider"));
    m_hulpvraag->setPlaceholderText(tr("The question for help in the inwoner's own words"));
    m_hulpvraag->setMinimumWidth(420);

    auto* form = new QFormLayout;
    m_messages.addRow(form, tr("&Domain"), m_domein, QStringLiteral("domein"));
    m_messages.addRow(form, tr("&Melding on *"), m_meldingDatum, QStringLiteral("melding_datum"));
    m_messages.addRow(form, tr("&Came in by"), m_kanaal, QStringLiteral("kanaal"));
    form->addRow(tr("&Referred by"), m_verwijzer);
    form->addRow(tr("&Hulpvraag"), m_hulpvraag);
    m_messages.addRow(form, tr("&Urgency"), m_urgentie, QStringLiteral("urgentie"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TrajectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TrajectDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_algemeen);
    layout->addWidget(buttons);

    watch(m_meldingDatum, QStringLiteral("melding_datum"));
    m_domein->setFocus();
}

core::Traject TrajectDialog::traject() const
{
    core::Traject t = m_original;
    t.domein = DialogFields::keuze(m_domein);
    t.meldingDatum = DialogFields::date(m_meldingDatum);
    t.kanaal = DialogFields::keuze(m_kanaal);
    t.verwijzer = m_verwijzer->text().simplified();
    t.hulpvraag = m_hulpvraag->toPlainText().trimmed();
    t.urgentie = DialogFields::keuze(m_urgentie);
    return t;
}

core::rules::FieldErrors TrajectDialog::errors() const
{
    core::rules::FieldErrors errors = m_service.validate(traject());
    // A new melding date can put recorded steps before the melding: that belongs to no one input.
    for (core::rules::FieldError& e : errors) {
        if (!kVelden.contains(e.field))
            e.field = kAlgemeen;
    }
    DialogFields::checkDate(errors, m_meldingDatum, QStringLiteral("melding_datum"));
    return errors;
}

} // namespace ui
