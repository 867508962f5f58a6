// SPDX-License-Identifier: EUPL-1.2
#include "SocialeKaartItemDialog.h"

#include "model/Keuzelijst.h"
#include "services/SocialeKaartService.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace ui {

namespace {

/// A combo with the values of `lijst`, `current` selected; a value this version does not know
/// (written by a newer one) is kept as an extra entry so that saving does not change it.
QComboBox* keuzeCombo(core::Keuzelijst lijst, const QString& current)
{
    auto* combo = new QComboBox;
    for (const core::Keuze& k : core::keuzes(lijst))
        combo->addItem(k.label, k.key);
    if (!current.isEmpty() && combo->findData(current) < 0)
        combo->addItem(core::keuzeLabel(lijst, current), current);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    return combo;
}

} // namespace

SocialeKaartItemDialog::SocialeKaartItemDialog(const core::SocialeKaartItem& item, core::SocialeKaartService& service,
                                               QWidget* parent)
    : ValidatedDialog(parent)
    , m_original(item)
    , m_service(service)
    , m_naam(new QLineEdit(item.naam))
    , m_algemeen(new QRadioButton(core::keuzeLabel(core::Keuzelijst::VoorzieningVorm, QStringLiteral("algemeen"))))
    , m_maatwerk(new QRadioButton(core::keuzeLabel(core::Keuzelijst::VoorzieningVorm, QStringLiteral("maatwerk"))))
    , m_wet(keuzeCombo(core::Keuzelijst::Wet, item.wet))
    , m_categorie(keuzeCombo(core::Keuzelijst::VoorzieningCategorie, item.categorie))
    , m_aanbieder(new QLineEdit(item.aanbieder))
    , m_telefoon(new QLineEdit(item.telefoon))
    , m_email(new QLineEdit(item.email))
    , m_website(new QLineEdit(item.website))
    , m_adres(new QLineEdit(item.adres))
    , m_notities(new QPlainTextEdit(item.notities))
    , m_actief(new QCheckBox(tr("&Active: the voorziening is offered now")))
{
    setWindowTitle(item.meta.isNew() ? tr("New voorziening on the sociale kaart") : tr("Edit voorziening"));
    const std::pair<QLineEdit*, const char*> named[] = {{m_naam, "naam"},         {m_aanbieder, "aanbieder"},
                                                        {m_telefoon, "telefoon"}, {m_email, "email"},
                                                        {m_website, "website"},   {m_adres, "adres"}};
    for (const auto& [line, name] : named)
        line->setObjectName(QString::fromLatin1(name));
    m_naam->setPlaceholderText(tr("e.g. Klussendienst Rijnwaarde"));
    m_aanbieder->setPlaceholderText(tr("The organisation that offers it"));
    m_website->setPlaceholderText(tr("https://…"));
    m_notities->setTabChangesFocus(true);
    m_notities->setPlaceholderText(tr("Who it is for, how to apply, costs, waiting time…"));
    m_notities->setMinimumHeight(m_notities->fontMetrics().lineSpacing() * 5 + 12);
    m_actief->setChecked(item.actief);

    auto* vormGroup = new QButtonGroup(this);
    vormGroup->addButton(m_algemeen);
    vormGroup->addButton(m_maatwerk);
    (item.isMaatwerk() ? m_maatwerk : m_algemeen)->setChecked(true);
    m_algemeen->setToolTip(tr("Open to everyone, without a beschikking."));
    m_maatwerk->setToolTip(tr("Only with a beschikking of the gemeente."));
    auto* vorm = new QWidget;
    vorm->setObjectName(QStringLiteral("vorm"));
    auto* vormLayout = new QHBoxLayout(vorm);
    vormLayout->setContentsMargins(0, 0, 0, 0);
    vormLayout->addWidget(m_algemeen);
    vormLayout->addWidget(m_maatwerk);
    vormLayout->addStretch();

    auto* form = new QFormLayout;
    m_messages.addRow(form, tr("&Name *"), m_naam, QStringLiteral("naam"));
    m_messages.addRow(form, tr("Access *"), vorm, QStringLiteral("vorm"));
    m_messages.addRow(form, tr("&Law"), m_wet, QStringLiteral("wet"));
    m_messages.addRow(form, tr("&Category"), m_categorie, QStringLiteral("categorie"));
    m_messages.addRow(form, tr("A&anbieder"), m_aanbieder, QStringLiteral("aanbieder"));
    m_messages.addRow(form, tr("&Phone"), m_telefoon, QStringLiteral("telefoon"));
    m_messages.addRow(form, tr("&E-mail"), m_email, QStringLiteral("email"));
    m_messages.addRow(form, tr("&Website"), m_website, QStringLiteral("website"));
    m_messages.addRow(form, tr("Add&ress"), m_adres, QStringLiteral("adres"));
    m_messages.addRow(form, tr("&Notes"), m_notities, QStringLiteral("notities"));
    form->addRow(QString(), m_actief);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SocialeKaartItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SocialeKaartItemDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    for (QLineEdit* line : {m_naam, m_aanbieder, m_telefoon, m_email, m_website, m_adres})
        watch(line, line->objectName());
    connect(vormGroup, &QButtonGroup::buttonClicked, this, &SocialeKaartItemDialog::revalidate);
    connect(m_wet, &QComboBox::currentIndexChanged, this, &SocialeKaartItemDialog::revalidate);
    connect(m_categorie, &QComboBox::currentIndexChanged, this, &SocialeKaartItemDialog::revalidate);
    m_naam->setFocus();
}

QLineEdit* SocialeKaartItemDialog::field(const QString& key) const
{
    for (QLineEdit* line : {m_naam, m_aanbieder, m_telefoon, m_email, m_website, m_adres}) {
        if (line->objectName() == key)
            return line;
    }
    return nullptr;
}

core::SocialeKaartItem SocialeKaartItemDialog::item() const
{
    core::SocialeKaartItem item = m_original;
    item.naam = m_naam->text().simplified();
    item.vorm = m_maatwerk->isChecked() ? QStringLiteral("maatwerk") : QStringLiteral("algemeen");
    item.wet = m_wet->currentData().toString();
    item.categorie = m_categorie->currentData().toString();
    item.aanbieder = m_aanbieder->text().simplified();
    item.telefoon = m_telefoon->text().simplified();
    item.email = m_email->text().trimmed();
    item.website = m_website->text().trimmed();
    item.adres = m_adres->text().simplified();
    item.notities = m_notities->toPlainText().trimmed();
    item.actief = m_actief->isChecked();
    return item;
}

core::rules::FieldErrors SocialeKaartItemDialog::errors() const
{
    return m_service.validate(item());
}

bool SocialeKaartItemDialog::commit()
{
    auto saved = m_service.save(item());
    if (!saved) {
        QMessageBox::warning(this, tr("Not saved"), saved.error().message);
        return false;
    }
    m_savedId = saved->meta.id;
    return true;
}

} // namespace ui
