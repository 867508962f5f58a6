// SPDX-License-Identifier: EUPL-1.2
#include "TrajectStapDialog.h"

#include "services/TrajectService.h"
#include "traject/DialogFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace ui {

namespace {

using core::StapSoort;

const QString kDatum = QStringLiteral("datum");
const QString kUitkomst = QStringLiteral("uitkomst");
const QString kToelichting = QStringLiteral("toelichting");
const QString kAlgemeen = QStringLiteral("algemeen");

} // namespace

TrajectStapDialog::TrajectStapDialog(const core::Traject& traject, StapSoort soort, const QString& betreft,
                                     const QString& wie, const QString& door, const core::TrajectService& service,
                                     QWidget* parent)
    : ValidatedDialog(parent)
    , m_original(traject)
    , m_soort(soort)
    , m_betreft(betreft)
    , m_service(service)
    , m_datum(nullptr)
    , m_door(nullptr)
    , m_algemeen(DialogFields::generalMessage(m_messages, kAlgemeen))
{
    const core::TrajectStap* bestaand = traject.stap(soort, betreft);
    core::TrajectStap stap;
    if (bestaand) {
        stap = *bestaand;
    } else {
        stap.datum = service.today();
        stap.door = door;
    }
    setWindowTitle(soort == StapSoort::Clientondersteuning ? tr("%1 – %2").arg(core::label(soort), wie)
                                                           : core::label(soort));

    m_datum = DialogFields::dateField(stap.datum);
    m_datum->setObjectName(kDatum);
    m_door = new QLineEdit(stap.door);
    m_door->setObjectName(QStringLiteral("door"));

    QString datumLabel = tr("&Date *");
    if (soort == StapSoort::EvaluatieGepland)
        datumLabel = tr("&Planned for *");
    else if (soort == StapSoort::Aanvraag || soort == StapSoort::PersoonlijkPlanOntvangen)
        datumLabel = tr("&Received on *");
    else if (soort == StapSoort::VerslagVerzonden || soort == StapSoort::Ontvangstbevestiging)
        datumLabel = tr("&Sent on *");
    else if (soort == StapSoort::VerslagOndertekend)
        datumLabel = tr("&Signed back on *");

    auto* form = new QFormLayout;
    if (soort == StapSoort::Clientondersteuning) {
        auto* voor = new QLabel(wie);
        voor->setObjectName(QStringLiteral("betreft"));
        form->addRow(tr("Offered to"), voor);
    }
    m_messages.addRow(form, datumLabel, m_datum, kDatum);
    form->addRow(soort == StapSoort::Clientondersteuning ? tr("Offered &by") : tr("&By"), m_door);

    if (const auto lijst = core::uitkomstLijst(soort)) {
        m_uitkomst = DialogFields::keuzeCombo(*lijst, stap.uitkomst, tr("Choose…"));
        m_uitkomst->setObjectName(kUitkomst);
        QString uitkomstLabel;
        switch (soort) {
        case StapSoort::Clientondersteuning:
            uitkomstLabel = tr("&Answer *");
            break;
        case StapSoort::Identiteit:
            uitkomstLabel = tr("&Document shown *");
            break;
        case StapSoort::VerslagOndertekend:
            uitkomstLabel = tr("&Verdict *");
            break;
        case StapSoort::Beschikking:
            uitkomstLabel = tr("De&cision *");
            break;
        default:
            uitkomstLabel = tr("&Closed because *");
            break;
        }
        m_messages.addRow(form, uitkomstLabel, m_uitkomst, kUitkomst);
        connect(m_uitkomst, &QComboBox::currentIndexChanged, this, [this] {
            updateToelichtingLabel();
            revalidate();
        });
    }
    if (soort == StapSoort::Identiteit) {
        // The kind of document is enough (Wmo 2.3.4); its number does not belong in the dossier.
        auto* hint = new QLabel(tr("Record the kind of document only, never its number."));
        hint->setWordWrap(true);
        form->addRow(QString(), hint);
    } else {
        m_toelichting = DialogFields::textBox(stap.toelichting, 4);
        m_toelichting->setObjectName(kToelichting);
        m_messages.addRow(form, tr("Remarks"), m_toelichting, kToelichting);
        m_toelichtingLabel = qobject_cast<QLabel*>(form->labelForField(m_toelichting->parentWidget()));
        connect(m_toelichting, &QPlainTextEdit::textChanged, this, &TrajectStapDialog::revalidate);
        updateToelichtingLabel();
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TrajectStapDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TrajectStapDialog::reject);
    // Clearing stands apart from Save, so that it is not pressed by mistake.
    auto* buttonRow = new QHBoxLayout;
    if (bestaand) {
        m_wis = new QPushButton(tr("C&lear step"));
        m_wis->setToolTip(tr("Record that this step has not happened (yet)."));
        connect(m_wis, &QPushButton::clicked, this, &TrajectStapDialog::wis);
        buttonRow->addWidget(m_wis);
    }
    buttonRow->addStretch();
    buttonRow->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_algemeen);
    layout->addLayout(buttonRow);
    setMinimumWidth(460);

    watch(m_datum, kDatum);
    if (m_uitkomst && !bestaand)
        m_uitkomst->setFocus();
    else
        m_datum->setFocus();
}

QString TrajectStapDialog::toelichtingLabel() const
{
    return m_toelichtingLabel ? m_toelichtingLabel->text() : QString();
}

void TrajectStapDialog::updateToelichtingLabel()
{
    if (!m_toelichtingLabel)
        return;
    const QString uitkomst = m_uitkomst ? DialogFields::keuze(m_uitkomst) : QString();
    QString text = tr("&Remarks");
    if (m_soort == StapSoort::VerslagOndertekend)
        text = tr("&Remarks of the inwoner");
    else if (m_soort == StapSoort::Clientondersteuning)
        text = tr("&How offered, remarks");
    else if (m_soort == StapSoort::Afgesloten)
        text = tr("&Reason");
    else if (m_soort == StapSoort::Beschikking)
        text = uitkomst == QLatin1String("deels") || uitkomst == QLatin1String("afgewezen") ? tr("&Reason *")
                                                                                            : tr("&Remarks");
    m_toelichtingLabel->setText(text);
}

core::TrajectStap TrajectStapDialog::stap() const
{
    core::TrajectStap s;
    if (const core::TrajectStap* bestaand = m_original.stap(m_soort, m_betreft))
        s = *bestaand;
    s.soort = m_soort;
    s.betreft = m_betreft;
    s.datum = DialogFields::date(m_datum);
    s.door = m_door->text().simplified();
    s.uitkomst = m_uitkomst ? DialogFields::keuze(m_uitkomst) : QString();
    s.toelichting = m_toelichting ? m_toelichting->toPlainText().trimmed() : QString();
    return s;
}

core::Traject TrajectStapDialog::traject() const
{
    core::Traject t = m_original;
    if (m_gewist)
        t.wis(m_soort, m_betreft);
    else
        t.zet(stap());
    return t;
}

core::rules::FieldErrors TrajectStapDialog::errors() const
{
    const QString eigen = core::stapVeld(m_soort, m_betreft);
    core::rules::FieldErrors errors = m_service.validate(traject());
    for (core::rules::FieldError& e : errors) {
        if (e.field != eigen || m_gewist)
            e.field = kAlgemeen;
        else if (e.code == QLatin1String("uitkomst"))
            e.field = kUitkomst;
        else if (e.code == QLatin1String("reden"))
            e.field = m_toelichting ? kToelichting : kAlgemeen;
        else if (e.code == QLatin1String("betreft"))
            e.field = kAlgemeen;
        else
            e.field = kDatum;
    }
    if (!m_gewist)
        DialogFields::checkDate(errors, m_datum, kDatum);
    return errors;
}

void TrajectStapDialog::wis()
{
    m_gewist = true;
    const core::rules::FieldErrors fouten = errors();
    if (!fouten.empty()) {
        // Clearing this step would break another (e.g. the aanvraag under a beschikking).
        m_messages.show(fouten);
        m_gewist = false;
        return;
    }
    QDialog::accept();
}

} // namespace ui
