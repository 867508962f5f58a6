// SPDX-License-Identifier: EUPL-1.2
#include "DoelDialog.h"

#include "model/Keuzelijst.h"
#include "plan/PlanFieldErrors.h"
#include "services/DossierService.h"
#include "services/PlanService.h"
#include "traject/DialogFields.h"
#include "zrm/ZrmInstrument.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

const QString kLid = QStringLiteral("lid");
const QString kLeefgebied = QStringLiteral("leefgebied");
const QString kWens = QStringLiteral("wens");
const QString kSoort = QStringLiteral("soort");
const QString kDoelscore = QStringLiteral("doelscore");
const QString kEvaluatieDatum = QStringLiteral("evaluatie_datum");
const QString kAlgemeen = QStringLiteral("algemeen");
const char* const kKeyProperty = "keuze";

core::PlanDoel gevonden(const core::Ondersteuningsplan& plan, const QString& id)
{
    const auto it = std::find_if(plan.doelen.begin(), plan.doelen.end(),
                                 [&](const core::PlanDoel& d) { return !id.isEmpty() && d.meta.id == id; });
    if (it != plan.doelen.end())
        return *it;
    core::PlanDoel nieuw;
    nieuw.inwonerId = plan.inwonerId;
    nieuw.leefgebied.clear();
    return nieuw;
}

} // namespace

DoelDialog::DoelDialog(const core::Ondersteuningsplan& plan, const QString& doelId, const Services& services,
                       QWidget* parent)
    : ValidatedDialog(parent)
    , m_plan(plan)
    , m_doel(gevonden(plan, doelId))
    , m_service(services.plannen)
    , m_leefgebied(new QComboBox)
    , m_wens(DialogFields::textBox(m_doel.wens, 3))
    , m_gewenst(DialogFields::textBox(m_doel.gewensteSituatie, 2))
    , m_soort(new QButtonGroup(this))
    , m_doelscore(new QComboBox)
    , m_evaluatieDatum(DialogFields::dateField(m_doel.evaluatieDatum))
    , m_eigenOplossing(DialogFields::textBox(m_doel.eigenOplossing, 2))
    , m_reden(DialogFields::textBox(m_doel.redenNietGevolgd, 2))
{
    setWindowTitle(m_doel.meta.isNew() ? tr("Add doel") : tr("Edit doel"));
    const core::ZrmInstrument* zrm = core::ZrmInstrument::find(core::ZrmInstrument::kZrm2017);

    auto* form = new QFormLayout;
    if (!plan.huishoudenId.isEmpty()) {
        m_lid = new QComboBox;
        m_lid->setObjectName(kLid);
        if (const auto huishouden = services.dossiers.huishouden(plan.inwonerId)) {
            for (const core::Huishoudlid& lid : huishouden->leden) {
                if (!lid.inwonerId.isEmpty())
                    m_lid->addItem(lid.naam, lid.inwonerId);
            }
        }
        if (m_lid->findData(m_doel.inwonerId) < 0) {
            const auto in = services.dossiers.inwoner(m_doel.inwonerId);
            m_lid->addItem(in ? in->weergavenaam() : m_doel.inwonerId, m_doel.inwonerId);
        }
        m_lid->setCurrentIndex(m_lid->findData(m_doel.inwonerId));
        m_messages.addRow(form, tr("&For"), m_lid, kLid);
    }

    m_leefgebied->setObjectName(kLeefgebied);
    m_leefgebied->addItem(tr("Choose…"), QString());
    if (zrm) {
        for (const core::Leefgebied& l : zrm->leefgebieden())
            m_leefgebied->addItem(l.naam, l.key);
    }
    if (!m_doel.leefgebied.isEmpty() && m_leefgebied->findData(m_doel.leefgebied) < 0)
        m_leefgebied->addItem(m_doel.leefgebied, m_doel.leefgebied);
    m_leefgebied->setCurrentIndex(std::max(0, m_leefgebied->findData(m_doel.leefgebied)));
    m_messages.addRow(form, tr("&Leefgebied *"), m_leefgebied, kLeefgebied);

    m_wens->setObjectName(kWens);
    m_wens->setPlaceholderText(tr("In the inwoner's own words, e.g. “I want to do my own shopping again”"));
    m_messages.addRow(form, tr("&Wens (own words) *"), m_wens, kWens);
    m_gewenst->setObjectName(QStringLiteral("gewenste_situatie"));
    m_gewenst->setPlaceholderText(tr("What it looks like when the doel is reached"));
    form->addRow(tr("&Desired situation"), m_gewenst);

    auto* soorten = new QWidget;
    auto* soortRow = new QHBoxLayout(soorten);
    soortRow->setContentsMargins(0, 0, 0, 0);
    const QStringList mnemonics{tr("&Improve"), tr("&Stay stable"), tr("Limit de&cline")};
    int i = 0;
    for (const core::Keuze& k : core::keuzes(core::Keuzelijst::DoelSoort)) {
        // The list's own label without a mnemonic would leave the kind unreachable by keyboard.
        auto* radio = new QRadioButton(i < mnemonics.size() ? mnemonics[i] : k.label);
        radio->setObjectName(QStringLiteral("soort_") + k.key);
        radio->setProperty(kKeyProperty, k.key);
        radio->setChecked(k.key == m_doel.soort);
        m_soort->addButton(radio);
        soortRow->addWidget(radio);
        ++i;
    }
    soortRow->addStretch();
    m_messages.addRow(form, tr("Kind of doel *"), soorten, kSoort);

    m_doelscore->setObjectName(kDoelscore);
    m_doelscore->addItem(tr("None"), 0);
    for (int score = 1; score <= 5; ++score)
        m_doelscore->addItem(zrm ? tr("%1 – %2").arg(score).arg(zrm->niveau(score)) : QString::number(score), score);
    m_doelscore->setCurrentIndex(std::max(0, m_doelscore->findData(m_doel.doelscore.value_or(0))));
    m_messages.addRow(form, tr("&Target ZRM score"), m_doelscore, kDoelscore);
    m_evaluatieDatum->setObjectName(kEvaluatieDatum);
    m_messages.addRow(form, tr("&Evaluate on"), m_evaluatieDatum, kEvaluatieDatum);

    m_eigenOplossing->setObjectName(QStringLiteral("eigen_oplossing"));
    m_eigenOplossing->setPlaceholderText(tr("What the inwoner proposed themselves, if anything"));
    form->addRow(tr("Inwoner's &own solution"), m_eigenOplossing);
    m_reden->setObjectName(QStringLiteral("reden_niet_gevolgd"));
    m_reden->setPlaceholderText(tr("Why that solution is not followed (leave empty when it is)"));
    form->addRow(tr("Why it is &not followed"), m_reden);

    auto* algemeen = DialogFields::generalMessage(m_messages, kAlgemeen);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DoelDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DoelDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(algemeen);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    watch(m_evaluatieDatum, kEvaluatieDatum);
    for (QPlainTextEdit* box : {m_wens, m_gewenst, m_reden})
        connect(box, &QPlainTextEdit::textChanged, this, &DoelDialog::revalidate);
    connect(m_eigenOplossing, &QPlainTextEdit::textChanged, this, &DoelDialog::updateReden);
    connect(m_leefgebied, &QComboBox::currentIndexChanged, this, [this] {
        m_messages.touch(kLeefgebied);
        revalidate();
    });
    connect(m_soort, &QButtonGroup::buttonClicked, this, [this] {
        m_messages.touch(kSoort);
        revalidate();
    });
    updateReden();
    (m_lid ? static_cast<QWidget*>(m_lid) : m_leefgebied)->setFocus();
}

QRadioButton* DoelDialog::soortButton(const QString& key) const
{
    for (QAbstractButton* b : m_soort->buttons()) {
        if (b->property(kKeyProperty).toString() == key)
            return qobject_cast<QRadioButton*>(b);
    }
    return nullptr;
}

void DoelDialog::updateReden()
{
    m_reden->setEnabled(!m_eigenOplossing->toPlainText().trimmed().isEmpty());
}

core::PlanDoel DoelDialog::doel() const
{
    core::PlanDoel d = m_doel;
    if (m_lid)
        d.inwonerId = m_lid->currentData().toString();
    d.leefgebied = DialogFields::keuze(m_leefgebied);
    d.wens = m_wens->toPlainText().trimmed();
    d.gewensteSituatie = m_gewenst->toPlainText().trimmed();
    QAbstractButton* soort = m_soort->checkedButton();
    d.soort = soort ? soort->property(kKeyProperty).toString() : QString();
    const int score = m_doelscore->currentData().toInt();
    d.doelscore = score > 0 ? std::optional<int>(score) : std::nullopt;
    d.evaluatieDatum = DialogFields::date(m_evaluatieDatum);
    d.eigenOplossing = m_eigenOplossing->toPlainText().trimmed();
    d.redenNietGevolgd = d.eigenOplossing.isEmpty() ? QString() : m_reden->toPlainText().trimmed();
    return d;
}

core::Ondersteuningsplan DoelDialog::plan() const
{
    core::Ondersteuningsplan p = m_plan;
    const core::PlanDoel d = doel();
    const auto it = std::find_if(p.doelen.begin(), p.doelen.end(),
                                 [&](const core::PlanDoel& o) { return !d.meta.isNew() && o.meta.id == d.meta.id; });
    if (it != p.doelen.end())
        *it = d;
    else
        p.doelen.push_back(d);
    return p;
}

core::rules::FieldErrors DoelDialog::errors() const
{
    // Only this doel is judged here (without its acties): the rest was checked when it was saved.
    core::rules::FieldErrors errors =
        dialogErrors(m_service.validate(doel()), {kLeefgebied, kWens, kSoort, kDoelscore, kEvaluatieDatum}, kAlgemeen);
    DialogFields::checkDate(errors, m_evaluatieDatum, kEvaluatieDatum);
    return errors;
}

} // namespace ui
