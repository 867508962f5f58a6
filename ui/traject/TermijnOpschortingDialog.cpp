// SPDX-License-Identifier: EUPL-1.2
#include "TermijnOpschortingDialog.h"

#include "services/TrajectService.h"
#include "traject/DialogFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ui {

namespace {

const QString kTermijn = QStringLiteral("termijn");
const QString kDatum = QStringLiteral("datum");
const QString kDagen = QStringLiteral("dagen");
const QString kReden = QStringLiteral("reden");
const QString kAlgemeen = QStringLiteral("algemeen");

} // namespace

TermijnOpschortingDialog::TermijnOpschortingDialog(const core::Traject& traject, const core::TrajectService& service,
                                                   QWidget* parent)
    : ValidatedDialog(parent)
    , m_original(traject)
    , m_service(service)
    , m_termijn(new QComboBox)
    , m_datum(DialogFields::dateField(service.today()))
    , m_dagen(new QSpinBox)
    , m_reden(DialogFields::textBox({}, 3))
    , m_preview(new QLabel)
    , m_algemeen(DialogFields::generalMessage(m_messages, kAlgemeen))
{
    setWindowTitle(tr("Suspend or extend a term"));
    m_termijn->setObjectName(kTermijn);
    m_termijn->addItem(tr("Onderzoek (6 weeks after the melding)"), QStringLiteral("onderzoek"));
    m_termijn->addItem(tr("Beschikking (2 weeks after the aanvraag)"), QStringLiteral("beschikking"));
    const bool aanvraag = traject.stap(core::StapSoort::Aanvraag) != nullptr;
    // The beschikking term runs once the aanvraag is in; until then only the onderzoek can move.
    if (aanvraag &&
        (traject.stap(core::StapSoort::OnderzoekAfgerond) || traject.stap(core::StapSoort::VerslagVerzonden)))
        m_termijn->setCurrentIndex(1);
    m_datum->setObjectName(kDatum);
    m_dagen->setObjectName(kDagen);
    m_dagen->setRange(0, 365);
    m_dagen->setSpecialValueText(tr("Choose…"));
    m_dagen->setSuffix(tr(" days"));
    m_dagen->setMaximumWidth(m_dagen->fontMetrics().horizontalAdvance(QStringLiteral("365 days")) + 60);
    m_reden->setObjectName(kReden);
    m_reden->setPlaceholderText(tr("e.g. waiting for the medical advice; agreed with the inwoner"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setWordWrap(true);

    auto* form = new QFormLayout;
    m_messages.addRow(form, tr("&Term"), m_termijn, kTermijn);
    m_messages.addRow(form, tr("&Agreed on *"), m_datum, kDatum);
    m_messages.addRow(form, tr("&Number of days *"), m_dagen, kDagen);
    m_messages.addRow(form, tr("&Reason *"), m_reden, kReden);
    form->addRow(QString(), m_preview);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TermijnOpschortingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TermijnOpschortingDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_algemeen);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    watch(m_datum, kDatum);
    connect(m_datum, &QLineEdit::textChanged, this, &TermijnOpschortingDialog::updatePreview);
    connect(m_termijn, &QComboBox::currentIndexChanged, this, [this] {
        m_messages.touch(kTermijn);
        revalidate();
        updatePreview();
    });
    connect(m_dagen, &QSpinBox::valueChanged, this, [this] {
        m_messages.touch(kDagen);
        revalidate();
        updatePreview();
    });
    connect(m_reden, &QPlainTextEdit::textChanged, this, &TermijnOpschortingDialog::revalidate);
    updatePreview();
    m_dagen->setFocus();
}

core::TermijnOpschorting TermijnOpschortingDialog::opschorting() const
{
    core::TermijnOpschorting o;
    o.termijn = m_termijn->currentData().toString();
    o.datum = DialogFields::date(m_datum);
    o.dagen = m_dagen->value();
    o.reden = m_reden->toPlainText().trimmed();
    return o;
}

core::Traject TermijnOpschortingDialog::traject() const
{
    core::Traject t = m_original;
    t.opschortingen.push_back(opschorting());
    return t;
}

QString TermijnOpschortingDialog::preview() const
{
    return m_preview->text();
}

void TermijnOpschortingDialog::updatePreview()
{
    const QString sleutel = m_termijn->currentData().toString();
    const core::rules::TrajectStand voor = m_service.beoordeling().beoordeel(m_original, m_service.today());
    const core::rules::TermijnStand* nu = voor.termijn(sleutel);
    if (!nu) {
        m_preview->setText(tr("This term runs once the aanvraag is received."));
        return;
    }
    if (m_dagen->value() < 1) {
        m_preview->setText(tr("Deadline now: %1").arg(nu->termijn.uitleg()));
        return;
    }
    const core::rules::TrajectStand na = m_service.beoordeling().beoordeel(traject(), m_service.today());
    const core::rules::TermijnStand* nieuw = na.termijn(sleutel);
    m_preview->setText(
        tr("Deadline now: %1\nNew deadline: %2")
            .arg(core::rules::Termijn::datumTekst(nu->termijn.datum), nieuw ? nieuw->termijn.uitleg() : QString()));
}

core::rules::FieldErrors TermijnOpschortingDialog::errors() const
{
    core::rules::FieldErrors errors = m_service.validate(traject());
    for (core::rules::FieldError& e : errors) {
        if (e.field != QLatin1String("opschorting"))
            e.field = kAlgemeen;
        else if (e.code == QLatin1String("termijn") || e.code == QLatin1String("missing"))
            e.field = kTermijn;
        else if (e.code == QLatin1String("reden"))
            e.field = kReden;
        else if (e.code == QLatin1String("range"))
            e.field = kDagen;
        else
            e.field = kDatum;
    }
    DialogFields::checkDate(errors, m_datum, kDatum);
    return errors;
}

} // namespace ui
