// SPDX-License-Identifier: EUPL-1.2
#include "NetwerkPersoonDialog.h"

#include "rules/Validation.h"
#include "services/DossierService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ui {

namespace {

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

QPlainTextEdit* shortText(const QString& text)
{
    auto* edit = new QPlainTextEdit(text);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

void checkDate(core::rules::FieldErrors& errors, const QLineEdit* edit, const QString& field, const QString& message)
{
    const QString text = edit->text().trimmed();
    if (!text.isEmpty() && !core::rules::Validation::parseDate(text).isValid())
        errors.push_back({field, QStringLiteral("date"), message});
}

} // namespace

NetwerkPersoonDialog::NetwerkPersoonDialog(const core::NetwerkPersoon& p, const core::DossierService& service,
                                           QWidget* parent)
    : ValidatedDialog(parent)
    , m_original(p)
    , m_service(service)
    , m_naam(new QLineEdit(p.naam))
    , m_relatie(new QComboBox)
    , m_organisatie(new QLineEdit(p.organisatie))
    , m_nabijheid(new QComboBox)
    , m_doetNu(shortText(p.doetNu))
    , m_kanMeer(shortText(p.kanMeer))
    , m_telefoon(new QLineEdit(p.telefoon))
    , m_email(new QLineEdit(p.email))
    , m_adres(new QLineEdit(p.adres))
    , m_toestemming(new QComboBox)
    , m_toestemmingDatum(new QLineEdit(dateText(p.toestemmingDatum)))
    , m_mantelzorg(new QGroupBox(tr("This person is a mantelzorger")))
    , m_uren(new QDoubleSpinBox)
    , m_sinds(new QLineEdit)
    , m_taken(shortText({}))
    , m_ediz(new QSpinBox)
    , m_belasting(new QLabel)
    , m_eigenBehoefte(shortText({}))
    , m_respijtzorg(new QLineEdit)
{
    setWindowTitle(p.meta.isNew() ? tr("Add to the netwerk") : tr("Edit netwerk person"));
    m_naam->setObjectName(QStringLiteral("naam"));
    for (const auto r : core::alleRelaties())
        m_relatie->addItem(core::label(r), static_cast<int>(r));
    m_relatie->setCurrentIndex(m_relatie->findData(static_cast<int>(p.relatie)));
    m_nabijheid->addItem(tr("1 – closest"), 1);
    m_nabijheid->addItem(tr("2 – close"), 2);
    m_nabijheid->addItem(tr("3 – further away"), 3);
    m_nabijheid->addItem(tr("4 – furthest away"), 4);
    m_nabijheid->setCurrentIndex(m_nabijheid->findData(p.nabijheid));
    for (const auto t : core::alleToestemmingen())
        m_toestemming->addItem(core::label(t), static_cast<int>(t));
    m_toestemming->setCurrentIndex(m_toestemming->findData(static_cast<int>(p.toestemming)));
    m_toestemmingDatum->setPlaceholderText(tr("dd-mm-yyyy"));

    auto* persoon = new QGroupBox(tr("Person"));
    auto* form = new QFormLayout(persoon);
    m_messages.addRow(form, tr("&Name *"), m_naam, QStringLiteral("naam"));
    form->addRow(tr("&Relation"), m_relatie);
    form->addRow(tr("&Organisation"), m_organisatie);
    form->addRow(tr("&Closeness"), m_nabijheid);
    form->addRow(tr("What they &do now"), m_doetNu);
    form->addRow(tr("What they could do &more"), m_kanMeer);
    m_messages.addRow(form, tr("&Phone"), m_telefoon, QStringLiteral("telefoon"));
    m_messages.addRow(form, tr("&E-mail"), m_email, QStringLiteral("email"));
    form->addRow(tr("&Address"), m_adres);
    form->addRow(tr("Consent to contact"), m_toestemming);
    m_messages.addRow(form, tr("Consent given on"), m_toestemmingDatum, QStringLiteral("toestemming_datum"));

    m_mantelzorg->setCheckable(true);
    m_mantelzorg->setChecked(p.mantelzorg.has_value());
    const core::Mantelzorg mz = p.mantelzorg.value_or(core::Mantelzorg{});
    m_uren->setRange(0, 168);
    m_uren->setDecimals(1);
    m_uren->setSuffix(tr(" hours a week"));
    m_uren->setValue(mz.urenPerWeek);
    m_sinds->setText(dateText(mz.sinds));
    m_sinds->setPlaceholderText(tr("dd-mm-yyyy"));
    m_taken->setPlainText(mz.taken);
    m_ediz->setRange(-1, 15);
    m_ediz->setSpecialValueText(tr("not measured"));
    m_ediz->setValue(mz.belastingEdiz.value_or(-1));
    m_belasting->setObjectName(QStringLiteral("belasting"));
    m_eigenBehoefte->setPlainText(mz.eigenBehoefte);
    m_eigenBehoefte->setPlaceholderText(tr("In the mantelzorger's own words"));
    m_respijtzorg->setText(mz.respijtzorgWens);
    auto* mzForm = new QFormLayout(m_mantelzorg);
    mzForm->addRow(tr("Care given"), m_uren);
    m_messages.addRow(mzForm, tr("&Since"), m_sinds, QStringLiteral("mz_sinds"));
    mzForm->addRow(tr("&Tasks"), m_taken);
    auto* edizRow = new QHBoxLayout;
    edizRow->addWidget(m_ediz);
    edizRow->addWidget(m_belasting, 1);
    mzForm->addRow(tr("Belasting (EDIZ-plus 0–15)"), edizRow);
    mzForm->addRow(tr("Own support need"), m_eigenBehoefte);
    mzForm->addRow(tr("Respite care wish"), m_respijtzorg);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NetwerkPersoonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NetwerkPersoonDialog::reject);
    auto* columns = new QHBoxLayout;
    columns->addWidget(persoon);
    columns->addWidget(m_mantelzorg, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    const std::pair<QLineEdit*, QString> watched[] = {{m_naam, QStringLiteral("naam")},
                                                      {m_telefoon, QStringLiteral("telefoon")},
                                                      {m_email, QStringLiteral("email")},
                                                      {m_toestemmingDatum, QStringLiteral("toestemming_datum")},
                                                      {m_sinds, QStringLiteral("mz_sinds")}};
    for (const auto& [line, field] : watched)
        watch(line, field);
    connect(m_ediz, &QSpinBox::valueChanged, this, &NetwerkPersoonDialog::updateBelasting);
    updateBelasting();
    m_naam->setFocus();
}

void NetwerkPersoonDialog::updateBelasting()
{
    const int score = m_ediz->value();
    m_belasting->setText(score < 0 ? QString() : core::label(core::belastingVoorEdiz(score)));
}

core::NetwerkPersoon NetwerkPersoonDialog::persoon() const
{
    core::NetwerkPersoon p = m_original;
    p.naam = m_naam->text();
    p.relatie = static_cast<core::Relatie>(m_relatie->currentData().toInt());
    p.organisatie = m_organisatie->text().simplified();
    p.nabijheid = m_nabijheid->currentData().toInt();
    p.doetNu = m_doetNu->toPlainText().trimmed();
    p.kanMeer = m_kanMeer->toPlainText().trimmed();
    p.telefoon = m_telefoon->text().simplified();
    p.email = m_email->text().trimmed();
    p.adres = m_adres->text().simplified();
    p.toestemming = static_cast<core::Toestemming>(m_toestemming->currentData().toInt());
    p.toestemmingDatum = core::rules::Validation::parseDate(m_toestemmingDatum->text());
    if (m_mantelzorg->isChecked()) {
        core::Mantelzorg mz;
        mz.urenPerWeek = m_uren->value();
        mz.sinds = core::rules::Validation::parseDate(m_sinds->text());
        mz.taken = m_taken->toPlainText().trimmed();
        if (m_ediz->value() >= 0)
            mz.belastingEdiz = m_ediz->value();
        mz.eigenBehoefte = m_eigenBehoefte->toPlainText().trimmed();
        mz.respijtzorgWens = m_respijtzorg->text().simplified();
        p.mantelzorg = mz;
    } else {
        p.mantelzorg.reset();
    }
    return p;
}

core::rules::FieldErrors NetwerkPersoonDialog::errors() const
{
    core::rules::FieldErrors errors = m_service.validate(persoon());
    const QString message = tr("This is not a date. Write it as day-month-year, e.g. 02-03-2024.");
    checkDate(errors, m_toestemmingDatum, QStringLiteral("toestemming_datum"), message);
    if (m_mantelzorg->isChecked())
        checkDate(errors, m_sinds, QStringLiteral("mz_sinds"), message);
    return errors;
}

} // namespace ui
