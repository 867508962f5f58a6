// SPDX-License-Identifier: EUPL-1.2
#include "OndertekenDialog.h"

#include "traject/DialogFields.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ui {

namespace {

const QString kDatum = QStringLiteral("datum");
const QString kOndertekening = QStringLiteral("ondertekening");
const QString kAanvraag = QStringLiteral("aanvraag");
const QString kAlgemeen = QStringLiteral("algemeen");

} // namespace

OndertekenDialog::OndertekenDialog(const core::ArchiefDocument& document, core::ArchiefService& archief,
                                   const QDate& vandaag, QWidget* parent)
    : ValidatedDialog(parent)
    , m_document(document)
    , m_archief(archief)
    , m_datum(DialogFields::dateField(document.ondertekendOp.value_or(vandaag)))
    , m_akkoord(new QRadioButton(tr("&Akkoord: agrees with the verslag")))
    , m_voorGezien(new QRadioButton(tr("&Voor gezien: has seen it, does not (fully) agree")))
    , m_aanvraag(new QCheckBox(kAanvraagZin))
    , m_opmerkingen(DialogFields::textBox(document.opmerkingen, 4))
    , m_algemeen(DialogFields::generalMessage(m_messages, kAlgemeen))
{
    setWindowTitle(tr("Mark the verslag as signed"));
    m_datum->setObjectName(kDatum);
    m_akkoord->setObjectName(QStringLiteral("akkoord"));
    m_voorGezien->setObjectName(QStringLiteral("voorGezien"));
    m_akkoord->setChecked(document.ondertekening == core::kOndertekeningAkkoord);
    m_voorGezien->setChecked(document.ondertekening == core::kOndertekeningVoorGezien);
    m_aanvraag->setObjectName(kAanvraag);
    m_aanvraag->setChecked(document.aanvraag);
    m_opmerkingen->setObjectName(QStringLiteral("opmerkingen"));
    m_opmerkingen->setPlaceholderText(tr("The inwoner's remarks on the paper, typed in"));

    // Neither choice is made for the consulent: the paper says which one the inwoner signed.
    auto* keuze = new QWidget;
    auto* keuzeLayout = new QVBoxLayout(keuze);
    keuzeLayout->setContentsMargins(0, 0, 0, 0);
    keuzeLayout->addWidget(m_akkoord);
    keuzeLayout->addWidget(m_voorGezien);
    keuze->setFocusProxy(m_akkoord);
    auto* aanvraagHint = new QLabel(tr("Ticked on the paper: the aanvraag is recorded on the date of signing and "
                                       "the beschikking is due 2 weeks later."));
    aanvraagHint->setWordWrap(true);
    auto* aanvraag = new QWidget;
    auto* aanvraagLayout = new QVBoxLayout(aanvraag);
    aanvraagLayout->setContentsMargins(0, 0, 0, 0);
    aanvraagLayout->addWidget(m_aanvraag);
    aanvraagLayout->addWidget(aanvraagHint);
    aanvraag->setFocusProxy(m_aanvraag);

    auto* form = new QFormLayout;
    m_messages.addRow(form, tr("&Signed on *"), m_datum, kDatum);
    m_messages.addRow(form, tr("Signed as *"), keuze, kOndertekening);
    m_messages.addRow(form, tr("Aanvraag"), aanvraag, kAanvraag);
    form->addRow(tr("&Remarks"), m_opmerkingen);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OndertekenDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OndertekenDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_algemeen);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    watch(m_datum, kDatum);
    for (QAbstractButton* b : {static_cast<QAbstractButton*>(m_akkoord), static_cast<QAbstractButton*>(m_voorGezien),
                               static_cast<QAbstractButton*>(m_aanvraag)}) {
        connect(b, &QAbstractButton::toggled, this, [this] {
            m_messages.touch(kOndertekening);
            m_messages.touch(kAanvraag);
            revalidate();
        });
    }
    m_datum->setFocus();
}

core::Ondertekening OndertekenDialog::ondertekening() const
{
    core::Ondertekening o;
    o.datum = DialogFields::date(m_datum);
    o.keuze = m_akkoord->isChecked()      ? core::kOndertekeningAkkoord
              : m_voorGezien->isChecked() ? core::kOndertekeningVoorGezien
                                          : QString();
    o.aanvraag = m_aanvraag->isChecked();
    o.opmerkingen = m_opmerkingen->toPlainText().trimmed();
    return o;
}

core::rules::FieldErrors OndertekenDialog::errors() const
{
    core::rules::FieldErrors errors = m_archief.validate(m_document, ondertekening());
    for (core::rules::FieldError& e : errors) {
        if (e.field != kDatum && e.field != kOndertekening && e.field != kAanvraag)
            e.field = kAlgemeen;
    }
    DialogFields::checkDate(errors, m_datum, kDatum);
    return errors;
}

bool OndertekenDialog::commit()
{
    const auto stored = m_archief.ondertekenen(m_document.meta.id, ondertekening());
    if (!stored) {
        // E.g. the traject would not validate with the aanvraag: shown here, nothing was saved.
        m_messages.show({{kAlgemeen, QStringLiteral("save"), stored.error().message}});
        return false;
    }
    m_document = stored.value();
    return true;
}

} // namespace ui
