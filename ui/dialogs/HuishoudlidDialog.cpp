// SPDX-License-Identifier: EUPL-1.2
#include "HuishoudlidDialog.h"

#include "rules/Validation.h"
#include "services/DossierService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ui {

HuishoudlidDialog::HuishoudlidDialog(core::DossierService& service, const QString& excludeId, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_excludeId(excludeId)
    , m_asPerson(new QRadioButton(tr("A person (not an inwoner in this file)")))
    , m_asInwoner(new QRadioButton(tr("An inwoner from this file")))
    , m_naam(new QLineEdit)
    , m_geboortedatum(new QLineEdit)
    , m_zoek(new QLineEdit)
    , m_results(new QListWidget)
    , m_rol(new QComboBox)
    , m_message(new QLabel)
{
    setWindowTitle(tr("Add household member"));
    m_rol->addItem(tr("Partner"), QStringLiteral("partner"));
    m_rol->addItem(tr("Child"), QStringLiteral("kind"));
    m_rol->addItem(tr("Parent"), QStringLiteral("ouder"));
    m_rol->addItem(tr("Housemate"), QStringLiteral("huisgenoot"));
    m_rol->addItem(tr("Other"), QStringLiteral("anders"));
    m_geboortedatum->setPlaceholderText(tr("dd-mm-yyyy"));
    m_zoek->setPlaceholderText(tr("Search by name, BSN or postcode"));
    m_zoek->setClearButtonEnabled(true);
    m_results->setMinimumHeight(140);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    m_asPerson->setChecked(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Role"), m_rol);
    form->addRow(m_asPerson);
    form->addRow(tr("&Name"), m_naam);
    form->addRow(tr("Date of &birth"), m_geboortedatum);
    form->addRow(m_asInwoner);
    form->addRow(tr("&Search"), m_zoek);
    form->addRow(m_results);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &HuishoudlidDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HuishoudlidDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_asPerson, &QRadioButton::toggled, this, &HuishoudlidDialog::updateMode);
    connect(m_zoek, &QLineEdit::textChanged, this, &HuishoudlidDialog::search);
    updateMode();
    m_naam->setFocus();
}

void HuishoudlidDialog::updateMode()
{
    const bool person = m_asPerson->isChecked();
    m_naam->setEnabled(person);
    m_geboortedatum->setEnabled(person);
    m_zoek->setEnabled(!person);
    m_results->setEnabled(!person);
}

void HuishoudlidDialog::search(const QString& text)
{
    m_results->clear();
    if (text.trimmed().isEmpty())
        return;
    for (const auto& row : m_service.caseload({text, {}, 50})) {
        if (row.id == m_excludeId)
            continue;
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(row.sorteernaam, row.geboortedatum.toString(QStringLiteral("dd-MM-yyyy"))));
        item->setData(Qt::UserRole, row.id);
        m_results->addItem(item);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

core::Huishoudlid HuishoudlidDialog::lid() const
{
    core::Huishoudlid lid;
    lid.rol = m_rol->currentData().toString();
    if (m_asPerson->isChecked()) {
        lid.naam = m_naam->text().simplified();
        lid.geboortedatum = core::rules::Validation::parseDate(m_geboortedatum->text());
    } else if (m_results->currentItem()) {
        lid.inwonerId = m_results->currentItem()->data(Qt::UserRole).toString();
    }
    return lid;
}

void HuishoudlidDialog::accept()
{
    const QString datum = m_geboortedatum->text().trimmed();
    if (m_asPerson->isChecked() && m_naam->text().trimmed().isEmpty()) {
        m_message->setText(tr("Enter the name of the household member."));
        m_naam->setFocus();
        return;
    }
    if (m_asPerson->isChecked() && !datum.isEmpty() && !core::rules::Validation::parseDate(datum).isValid()) {
        m_message->setText(tr("This is not a date. Write it as day-month-year, e.g. 02-03-1941."));
        m_geboortedatum->setFocus();
        return;
    }
    if (m_asInwoner->isChecked() && !m_results->currentItem()) {
        m_message->setText(tr("Search for the inwoner and select them in the list."));
        m_zoek->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace ui
