// SPDX-License-Identifier: EUPL-1.2
#include "InwonerDialog.h"

#include "rules/Validation.h"
#include "services/DossierService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

namespace {

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

} // namespace

InwonerDialog::InwonerDialog(const core::Inwoner& inwoner, const core::DossierService& service, QWidget* parent)
    : ValidatedDialog(parent)
    , m_original(inwoner)
    , m_service(service)
{
    setWindowTitle(inwoner.meta.isNew() ? tr("New inwoner") : tr("Edit persoonsgegevens"));

    auto* naam = new QGroupBox(tr("Name (as in the BRP)"));
    auto* naamForm = new QFormLayout(naam);
    addLine(naamForm, tr("&Voornamen"), QStringLiteral("voornamen"), inwoner.voornamen);
    addLine(naamForm, tr("Voor&letters"), QStringLiteral("voorletters"), inwoner.voorletters, tr("e.g. J.H."));
    addLine(naamForm, tr("&Tussenvoegsel"), QStringLiteral("tussenvoegsel"), inwoner.tussenvoegsel, tr("e.g. van der"));
    addLine(naamForm, tr("&Geslachtsnaam *"), QStringLiteral("geslachtsnaam"), inwoner.geslachtsnaam);
    addLine(naamForm, tr("&Roepnaam"), QStringLiteral("roepnaam"), inwoner.roepnaam);
    addLine(naamForm, tr("&BSN"), QStringLiteral("bsn"), inwoner.bsn, tr("optional, 9 digits"));
    addLine(naamForm, tr("Date of &birth"), QStringLiteral("geboortedatum"), dateText(inwoner.geboortedatum),
            tr("dd-mm-yyyy"));

    auto* adres = new QGroupBox(tr("Address and contact"));
    auto* adresForm = new QFormLayout(adres);
    addLine(adresForm, tr("&Street"), QStringLiteral("straat"), inwoner.adres.straat);
    addLine(adresForm, tr("House &number"), QStringLiteral("huisnummer"),
            inwoner.adres.huisnummer > 0 ? QString::number(inwoner.adres.huisnummer) : QString());
    addLine(adresForm, tr("&Addition"), QStringLiteral("toevoeging"), inwoner.adres.toevoeging, tr("e.g. A or 2"));
    addLine(adresForm, tr("&Postcode"), QStringLiteral("postcode"), inwoner.adres.postcode, tr("1234 AB"));
    addLine(adresForm, tr("T&own"), QStringLiteral("woonplaats"), inwoner.adres.woonplaats);
    addLine(adresForm, tr("P&hone"), QStringLiteral("telefoon"), inwoner.telefoon);
    addLine(adresForm, tr("&E-mail"), QStringLiteral("email"), inwoner.email);
    addLine(adresForm, tr("&Language"), QStringLiteral("taal"), inwoner.taal, tr("when not Dutch"));
    m_tolk = new QCheckBox(tr("An interpreter is needed"));
    m_tolk->setChecked(inwoner.tolkNodig);
    adresForm->addRow(QString(), m_tolk);
    m_contact = new QComboBox;
    for (const auto kanaal : core::alleContactkanalen())
        m_contact->addItem(core::label(kanaal), static_cast<int>(kanaal));
    m_contact->setCurrentIndex(m_contact->findData(static_cast<int>(inwoner.contactvoorkeur)));
    adresForm->addRow(tr("Preferred &contact"), m_contact);

    auto* aanspreekpunt = new QGroupBox(tr("Vast aanspreekpunt"));
    auto* apForm = new QFormLayout(aanspreekpunt);
    addLine(apForm, tr("Consulent"), QStringLiteral("aanspreekpunt_naam"), inwoner.aanspreekpunt.naam);
    addLine(apForm, tr("Direct phone"), QStringLiteral("aanspreekpunt_telefoon"), inwoner.aanspreekpunt.telefoon);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InwonerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InwonerDialog::reject);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(naam);
    left->addWidget(aanspreekpunt);
    left->addStretch();
    columns->addLayout(left);
    columns->addWidget(adres);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    auto* hint = new QLabel(tr("Fields marked * are required."));
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(hint);
    layout->addWidget(buttons);
    m_lines.value(QStringLiteral("geslachtsnaam"))->setFocus();
    if (!inwoner.voornamen.isEmpty() || inwoner.geslachtsnaam.isEmpty())
        m_lines.value(QStringLiteral("voornamen"))->setFocus();
}

QLineEdit* InwonerDialog::addLine(QFormLayout* form, const QString& label, const QString& field, const QString& value,
                                  const QString& placeholder)
{
    auto* line = new QLineEdit(value);
    line->setObjectName(field);
    line->setPlaceholderText(placeholder);
    line->setMinimumWidth(220);
    m_messages.addRow(form, label, line, field);
    m_lines.insert(field, line);
    watch(line, field);
    return line;
}

QLineEdit* InwonerDialog::field(const QString& name) const
{
    return m_lines.value(name);
}

core::Inwoner InwonerDialog::inwoner() const
{
    core::Inwoner in = m_original;
    auto text = [this](const char* name) { return m_lines.value(QLatin1String(name))->text(); };
    in.voornamen = text("voornamen");
    in.voorletters = text("voorletters");
    in.tussenvoegsel = text("tussenvoegsel");
    in.geslachtsnaam = text("geslachtsnaam");
    in.roepnaam = text("roepnaam");
    in.bsn = text("bsn");
    in.geboortedatum = core::rules::Validation::parseDate(text("geboortedatum"));
    in.adres.straat = text("straat");
    in.adres.huisnummer = text("huisnummer").trimmed().toInt();
    in.adres.toevoeging = text("toevoeging");
    in.adres.postcode = text("postcode");
    in.adres.woonplaats = text("woonplaats");
    in.telefoon = text("telefoon");
    in.email = text("email");
    in.taal = text("taal");
    in.tolkNodig = m_tolk->isChecked();
    in.contactvoorkeur = static_cast<core::Contactkanaal>(m_contact->currentData().toInt());
    in.aanspreekpunt.naam = text("aanspreekpunt_naam");
    in.aanspreekpunt.telefoon = text("aanspreekpunt_telefoon");
    return in;
}

core::rules::FieldErrors InwonerDialog::errors() const
{
    core::rules::FieldErrors errors = m_service.validate(inwoner());
    const QString datum = m_lines.value(QStringLiteral("geboortedatum"))->text().trimmed();
    if (!datum.isEmpty() && !core::rules::Validation::parseDate(datum).isValid())
        errors.insert(errors.begin(), {QStringLiteral("geboortedatum"), QStringLiteral("date"),
                                       tr("This is not a date. Write it as day-month-year, e.g. 02-03-1941.")});
    const QString nummer = m_lines.value(QStringLiteral("huisnummer"))->text().trimmed();
    bool isNumber = false;
    nummer.toInt(&isNumber);
    if (!nummer.isEmpty() && !isNumber)
        errors.push_back({QStringLiteral("huisnummer"), QStringLiteral("huisnummer"),
                          tr("Write only the number here; letters go in Addition.")});
    return errors;
}

} // namespace ui
