// SPDX-License-Identifier: EUPL-1.2
#include "VoorzieningDialog.h"

#include "plan/VoorzieningKiezer.h"
#include "services/TrajectService.h"
#include "traject/DialogFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

const QString kSoort = QStringLiteral("soort");
const QString kOmvang = QStringLiteral("omvang");
const QString kEenheid = QStringLiteral("eenheid");
const QString kStart = QStringLiteral("start");
const QString kEind = QStringLiteral("eind");
const QString kLevering = QStringLiteral("levering");
const QString kAlgemeen = QStringLiteral("algemeen");

core::Voorziening gevonden(const core::Traject& t, const QString& id, const QDate& vandaag)
{
    const auto it = std::find_if(t.voorzieningen.begin(), t.voorzieningen.end(),
                                 [&](const core::Voorziening& v) { return !id.isEmpty() && v.meta.id == id; });
    if (it != t.voorzieningen.end())
        return *it;
    core::Voorziening nieuw;
    const QDate besluit = t.datum(core::StapSoort::Beschikking);
    nieuw.start = besluit.isValid() ? besluit : vandaag;
    return nieuw;
}

} // namespace

VoorzieningDialog::VoorzieningDialog(const core::Traject& traject, const QString& voorzieningId,
                                     const core::TrajectService& service, const core::SocialeKaartService& socialeKaart,
                                     QWidget* parent)
    : ValidatedDialog(parent)
    , m_original(traject)
    , m_voorziening(gevonden(traject, voorzieningId, service.today()))
    , m_service(service)
    , m_soort(DialogFields::keuzeCombo(core::Keuzelijst::VoorzieningSoort, m_voorziening.soort, tr("Choose…")))
    , m_omschrijving(new QLineEdit(m_voorziening.omschrijving))
    , m_omvang(new QDoubleSpinBox)
    , m_eenheid(DialogFields::keuzeCombo(core::Keuzelijst::Eenheid, m_voorziening.eenheid, tr("No unit")))
    , m_start(DialogFields::dateField(m_voorziening.start))
    , m_eind(DialogFields::dateField(m_voorziening.eind))
    , m_levering(DialogFields::keuzeCombo(core::Keuzelijst::Levering, m_voorziening.levering))
    , m_socialeKaart(new VoorzieningKiezer(socialeKaart))
    , m_algemeen(DialogFields::generalMessage(m_messages, kAlgemeen))
{
    setWindowTitle(m_voorziening.meta.isNew() ? tr("Add voorziening") : tr("Edit voorziening"));
    m_soort->setObjectName(kSoort);
    m_omschrijving->setPlaceholderText(tr("e.g. cleaning the house, 1 visit a week"));
    m_omvang->setObjectName(kOmvang);
    m_omvang->setRange(0, 100000);
    m_omvang->setDecimals(1);
    m_omvang->setSpecialValueText(tr("Not set"));
    m_omvang->setValue(m_voorziening.omvang.value_or(0));
    m_start->setObjectName(kStart);
    m_eind->setObjectName(kEind);
    m_eind->setToolTip(tr("Leave empty for a voorziening without an end date."));
    m_socialeKaart->setVorm(QStringLiteral("maatwerk"));
    m_socialeKaart->setCurrentId(m_voorziening.socialeKaartId);
    m_socialeKaart->setToolTip(tr("The maatwerkvoorziening on the sociale kaart, so that its use is counted."));

    auto* omvang = new QWidget;
    auto* omvangRow = new QHBoxLayout(omvang);
    omvangRow->setContentsMargins(0, 0, 0, 0);
    omvangRow->addWidget(m_omvang);
    omvangRow->addWidget(m_eenheid, 1);

    auto* form = new QFormLayout;
    m_messages.addRow(form, tr("&Kind *"), m_soort, kSoort);
    form->addRow(tr("&Description"), m_omschrijving);
    m_messages.addRow(form, tr("&Amount"), omvang, kOmvang);
    m_messages.addRow(form, tr("&Starts on *"), m_start, kStart);
    m_messages.addRow(form, tr("&Ends on"), m_eind, kEind);
    m_messages.addRow(form, tr("&Provided"), m_levering, kLevering);
    form->addRow(tr("On the &sociale kaart"), m_socialeKaart);
    auto* eenheidMessage = new QLabel;
    m_messages.add(kEenheid, m_eenheid, eenheidMessage);
    form->addRow(QString(), eenheidMessage);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VoorzieningDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VoorzieningDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_algemeen);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    watch(m_start, kStart);
    watch(m_eind, kEind);
    m_soort->setFocus();
}

core::Voorziening VoorzieningDialog::voorziening() const
{
    core::Voorziening v = m_voorziening;
    v.soort = DialogFields::keuze(m_soort);
    v.omschrijving = m_omschrijving->text().simplified();
    v.omvang = m_omvang->value() > 0 ? std::optional<double>(m_omvang->value()) : std::nullopt;
    v.eenheid = DialogFields::keuze(m_eenheid);
    v.start = DialogFields::date(m_start);
    v.eind = DialogFields::date(m_eind);
    v.levering = DialogFields::keuze(m_levering);
    v.socialeKaartId = m_socialeKaart->currentId();
    return v;
}

core::Traject VoorzieningDialog::traject() const
{
    core::Traject t = m_original;
    const core::Voorziening v = voorziening();
    const auto it = std::find_if(t.voorzieningen.begin(), t.voorzieningen.end(),
                                 [&](const core::Voorziening& o) { return !v.meta.isNew() && o.meta.id == v.meta.id; });
    if (it != t.voorzieningen.end())
        *it = v;
    else
        t.voorzieningen.push_back(v);
    return t;
}

core::rules::FieldErrors VoorzieningDialog::errors() const
{
    // Only this voorziening is judged here: the others were checked when they were saved.
    core::Traject alleen = m_original;
    alleen.voorzieningen = {voorziening()};
    core::rules::FieldErrors errors = m_service.validate(alleen);
    const bool eind = !m_eind->text().trimmed().isEmpty();
    for (core::rules::FieldError& e : errors) {
        if (e.field != QLatin1String("voorziening") || e.code == QLatin1String("missing"))
            e.field = kAlgemeen;
        else if (e.code == QLatin1String("soort") || e.code == QLatin1String("levering") ||
                 e.code == QLatin1String("eenheid"))
            e.field = e.code;
        else if (e.code == QLatin1String("range"))
            e.field = kOmvang;
        else if (e.code == QLatin1String("order") || (e.code == QLatin1String("date") && eind))
            e.field = kEind;
        else
            e.field = kStart;
    }
    DialogFields::checkDate(errors, m_start, kStart);
    DialogFields::checkDate(errors, m_eind, kEind);
    return errors;
}

} // namespace ui
