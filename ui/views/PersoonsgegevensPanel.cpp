// SPDX-License-Identifier: EUPL-1.2
#include "PersoonsgegevensPanel.h"

#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

PersoonsgegevensPanel::PersoonsgegevensPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* naam = new QGroupBox(tr("Name"));
    auto* naamForm = new QFormLayout(naam);
    addRow(naamForm, tr("Voornamen"), QStringLiteral("voornamen"));
    addRow(naamForm, tr("Voorletters"), QStringLiteral("voorletters"));
    addRow(naamForm, tr("Tussenvoegsel"), QStringLiteral("tussenvoegsel"));
    addRow(naamForm, tr("Geslachtsnaam"), QStringLiteral("geslachtsnaam"));
    addRow(naamForm, tr("Roepnaam"), QStringLiteral("roepnaam"));
    addRow(naamForm, tr("BSN"), QStringLiteral("bsn"));
    addRow(naamForm, tr("Date of birth"), QStringLiteral("geboortedatum"));

    auto* contact = new QGroupBox(tr("Address and contact"));
    auto* contactForm = new QFormLayout(contact);
    addRow(contactForm, tr("Address"), QStringLiteral("adres"));
    addRow(contactForm, tr("Postcode and town"), QStringLiteral("plaats"));
    addRow(contactForm, tr("Phone"), QStringLiteral("telefoon"));
    addRow(contactForm, tr("E-mail"), QStringLiteral("email"));
    addRow(contactForm, tr("Language"), QStringLiteral("taal"));
    addRow(contactForm, tr("Preferred contact"), QStringLiteral("contactvoorkeur"));

    auto* ap = new QGroupBox(tr("Vast aanspreekpunt"));
    auto* apForm = new QFormLayout(ap);
    addRow(apForm, tr("Consulent"), QStringLiteral("aanspreekpunt"));
    addRow(apForm, tr("Direct phone"), QStringLiteral("aanspreekpunt_telefoon"));

    auto* edit = new QPushButton(tr("&Edit…"));
    auto* remove = new QPushButton(tr("Delete inwoner"));
    connect(edit, &QPushButton::clicked, this, &PersoonsgegevensPanel::editRequested);
    connect(remove, &QPushButton::clicked, this, &PersoonsgegevensPanel::deleteRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(edit);
    buttons->addStretch();
    buttons->addWidget(remove);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(naam);
    left->addWidget(ap);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(contact);
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);
}

QLabel* PersoonsgegevensPanel::addRow(QFormLayout* form, const QString& label, const QString& key)
{
    auto* value = new QLabel;
    value->setObjectName(key);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    m_values.insert(key, value);
    return value;
}

void PersoonsgegevensPanel::setInwoner(const core::Inwoner& in)
{
    const QString dash = QStringLiteral("–");
    auto set = [&](const char* key, const QString& value) {
        m_values.value(QLatin1String(key))->setText(value.isEmpty() ? dash : value);
    };
    set("voornamen", in.voornamen);
    set("voorletters", in.voorletters);
    set("tussenvoegsel", in.tussenvoegsel);
    set("geslachtsnaam", in.geslachtsnaam);
    set("roepnaam", in.roepnaam);
    set("bsn", in.bsn.isEmpty() ? tr("not recorded") : in.bsn);
    const int age = in.leeftijdOp(QDate::currentDate());
    set("geboortedatum", in.geboortedatum.isValid()
                             ? tr("%1 (%2 years)").arg(in.geboortedatum.toString(QStringLiteral("dd-MM-yyyy"))).arg(age)
                             : QString());
    set("adres", in.adres.straatregel());
    set("plaats", QStringList{in.adres.postcode, in.adres.woonplaats}.join(QStringLiteral("  ")).trimmed());
    set("telefoon", in.telefoon);
    set("email", in.email);
    set("taal",
        in.taal.isEmpty() ? tr("Dutch") : (in.tolkNodig ? tr("%1 – interpreter needed").arg(in.taal) : in.taal));
    set("contactvoorkeur", core::label(in.contactvoorkeur));
    set("aanspreekpunt", in.aanspreekpunt.naam);
    set("aanspreekpunt_telefoon", in.aanspreekpunt.telefoon);
}

QString PersoonsgegevensPanel::valueOf(const QString& key) const
{
    const QLabel* label = m_values.value(key);
    return label ? label->text() : QString();
}

} // namespace ui
