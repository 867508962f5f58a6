// SPDX-License-Identifier: EUPL-1.2
#include "SignaalDialog.h"

#include "services/TrajectService.h"
#include "traject/DialogFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

SignaalDialog::SignaalDialog(const core::Signaal& s, const core::TrajectService& service, QWidget* parent)
    : ValidatedDialog(parent)
    , m_original(s)
    , m_service(service)
    , m_datum(DialogFields::dateField(s.datum))
    , m_bron(DialogFields::keuzeCombo(core::Keuzelijst::SignaalBron, s.bron, tr("Choose…")))
    , m_bronNaam(new QLineEdit(s.bronNaam))
    , m_inhoud(DialogFields::textBox(s.inhoud, 5))
{
    setWindowTitle(s.meta.isNew() ? tr("New signal") : tr("Edit signal"));
    m_datum->setObjectName(QStringLiteral("datum"));
    m_bron->setObjectName(QStringLiteral("bron"));
    m_bronNaam->setPlaceholderText(tr("e.g. Dr. Bakker, the neighbour at number 12"));
    m_inhoud->setObjectName(QStringLiteral("inhoud"));
    m_inhoud->setPlaceholderText(tr("What was noticed, as it was told"));
    m_inhoud->setMinimumWidth(420);

    auto* form = new QFormLayout;
    m_messages.addRow(form, tr("&Date *"), m_datum, QStringLiteral("datum"));
    m_messages.addRow(form, tr("&Source *"), m_bron, QStringLiteral("bron"));
    form->addRow(tr("&Name of the source"), m_bronNaam);
    m_messages.addRow(form, tr("&Signal *"), m_inhoud, QStringLiteral("inhoud"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignaalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignaalDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    watch(m_datum, QStringLiteral("datum"));
    connect(m_inhoud, &QPlainTextEdit::textChanged, this, &SignaalDialog::revalidate);
    m_bron->setFocus();
}

core::Signaal SignaalDialog::signaal() const
{
    core::Signaal s = m_original;
    s.datum = DialogFields::date(m_datum);
    s.bron = DialogFields::keuze(m_bron);
    s.bronNaam = m_bronNaam->text().simplified();
    s.inhoud = m_inhoud->toPlainText().trimmed();
    return s;
}

core::rules::FieldErrors SignaalDialog::errors() const
{
    core::rules::FieldErrors errors = m_service.validate(signaal());
    DialogFields::checkDate(errors, m_datum, QStringLiteral("datum"));
    return errors;
}

} // namespace ui
