// SPDX-License-Identifier: EUPL-1.2
#include "VaststellenDialog.h"

#include "traject/DialogFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

namespace {

const QString kDatum = QStringLiteral("datum");
const QString kAlgemeen = QStringLiteral("algemeen");

} // namespace

VaststellenDialog::VaststellenDialog(const core::Ondersteuningsplan& plan, const QDate& vandaag, StelVast stelVast,
                                     QWidget* parent)
    : ValidatedDialog(parent)
    , m_stelVast(std::move(stelVast))
    , m_datum(DialogFields::dateField(vandaag))
{
    setWindowTitle(tr("Agree plan"));
    auto* uitleg = new QLabel(
        tr("Record that version %1 of the plan was agreed with the inwoner and signed. From then on the plan is "
           "read-only: it is the record of what was agreed. To change anything later, make a new version.\n\n"
           "This cannot be undone.")
            .arg(plan.versie));
    uitleg->setWordWrap(true);
    m_datum->setObjectName(kDatum);
    auto* form = new QFormLayout;
    m_messages.addRow(form, tr("Agreed and signed &on"), m_datum, kDatum);
    auto* algemeen = DialogFields::generalMessage(m_messages, kAlgemeen);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Agree plan"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VaststellenDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VaststellenDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(uitleg);
    layout->addLayout(form);
    layout->addWidget(algemeen);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    watch(m_datum, kDatum);
    connect(m_datum, &QLineEdit::textChanged, this, [this] {
        m_refused.clear();
        revalidate();
    });
    m_datum->setFocus();
    m_datum->selectAll();
}

core::rules::FieldErrors VaststellenDialog::errors() const
{
    core::rules::FieldErrors errors;
    if (m_datum->text().trimmed().isEmpty())
        errors.push_back({kDatum, QStringLiteral("required"), tr("Enter the date of agreement.")});
    DialogFields::checkDate(errors, m_datum, kDatum);
    if (!m_refused.isEmpty())
        errors.push_back({kAlgemeen, QStringLiteral("refused"), m_refused});
    return errors;
}

bool VaststellenDialog::commit()
{
    const auto stored = m_stelVast(DialogFields::date(m_datum));
    if (stored)
        return true;
    m_refused = stored.error().message;
    revalidate();
    return false;
}

} // namespace ui
