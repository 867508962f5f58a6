// SPDX-License-Identifier: EUPL-1.2
#include "EvaluatieDialog.h"

#include "model/Keuzelijst.h"
#include "services/PlanService.h"
#include "traject/DialogFields.h"
#include "zrm/ZrmInstrument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

const QString kDatum = QStringLiteral("datum");
const QString kEvaluatie = QStringLiteral("evaluatie");
const QString kAlgemeen = QStringLiteral("algemeen");

QTableWidgetItem* cel(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

QString score(const std::optional<int>& s)
{
    return s ? QString::number(*s) : QStringLiteral("–");
}

} // namespace

EvaluatieDialog::EvaluatieDialog(const core::Ondersteuningsplan& plan, const core::PlanService& service,
                                 Evalueer evalueer, QWidget* parent)
    : ValidatedDialog(parent)
    , m_plan(plan)
    , m_service(service)
    , m_evalueer(std::move(evalueer))
    , m_datum(DialogFields::dateField(service.today()))
    , m_doelen(new QTableWidget(static_cast<int>(plan.doelen.size()), ColumnCount))
    , m_notitie(DialogFields::textBox(plan.evaluatieNotitie, 3))
{
    setWindowTitle(tr("Evaluate plan"));
    const core::ZrmInstrument* zrm = core::ZrmInstrument::find(core::ZrmInstrument::kZrm2017);
    auto* uitleg = new QLabel(tr("Go through every doel with the inwoner: was it achieved? The ZRM scores show the "
                                 "meting nearest before the plan was agreed and before the evaluation date. After "
                                 "this the plan is evaluated and read-only; this cannot be undone."));
    uitleg->setWordWrap(true);
    m_datum->setObjectName(kDatum);
    m_doelen->setObjectName(QStringLiteral("doelen"));
    m_doelen->setHorizontalHeaderLabels({tr("Leefgebied"), tr("Wens"), tr("Target"), tr("ZRM at start"),
                                         tr("ZRM at date"), tr("Achieved?"), tr("Note")});
    m_doelen->verticalHeader()->hide();
    m_doelen->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_doelen->setSelectionMode(QAbstractItemView::NoSelection);
    m_doelen->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_doelen->horizontalHeader()->setSectionResizeMode(WensColumn, QHeaderView::Stretch);
    m_doelen->horizontalHeader()->setSectionResizeMode(NotitieColumn, QHeaderView::Stretch);
    for (int row = 0; row < m_doelen->rowCount(); ++row) {
        const core::PlanDoel& doel = plan.doelen[static_cast<size_t>(row)];
        const core::Leefgebied* l = zrm ? zrm->leefgebied(doel.leefgebied) : nullptr;
        m_doelen->setItem(row, LeefgebiedColumn, cel(l ? l->naam : doel.leefgebied));
        m_doelen->setItem(row, WensColumn, cel(doel.wens.simplified()));
        m_doelen->setItem(row, DoelscoreColumn, cel(score(doel.doelscore)));
        auto* combo = DialogFields::keuzeCombo(core::Keuzelijst::DoelEvaluatie, doel.evaluatie, tr("Choose…"));
        combo->setObjectName(QStringLiteral("evaluatie_%1").arg(row));
        m_doelen->setCellWidget(row, EvaluatieColumn, combo);
        auto* notitie = new QLineEdit(doel.evaluatieNotitie);
        notitie->setObjectName(QStringLiteral("notitie_%1").arg(row));
        m_doelen->setCellWidget(row, NotitieColumn, notitie);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_refused.clear();
            revalidate();
        });
    }
    m_doelen->setMinimumHeight(m_doelen->horizontalHeader()->sizeHint().height() +
                               m_doelen->verticalHeader()->defaultSectionSize() * std::min(6, m_doelen->rowCount()) +
                               4);
    m_notitie->setObjectName(QStringLiteral("notitie"));

    auto* form = new QFormLayout;
    m_messages.addRow(form, tr("Evaluated &on"), m_datum, kDatum);
    auto* doelenMessage = new QLabel;
    m_messages.add(kEvaluatie, m_doelen, doelenMessage);
    auto* algemeen = DialogFields::generalMessage(m_messages, kAlgemeen);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save evaluation"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EvaluatieDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EvaluatieDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(uitleg);
    layout->addLayout(form);
    layout->addWidget(m_doelen, 1);
    layout->addWidget(doelenMessage);
    layout->addLayout(DialogFields::labelled(tr("General &note"), m_notitie));
    layout->addWidget(algemeen);
    layout->addWidget(buttons);
    resize(900, 480);

    watch(m_datum, kDatum);
    connect(m_datum, &QLineEdit::textChanged, this, [this] {
        m_refused.clear();
        refreshVergelijking();
        revalidate();
    });
    refreshVergelijking();
    m_datum->setFocus();
}

QComboBox* EvaluatieDialog::evaluatieField(int doel) const
{
    return qobject_cast<QComboBox*>(m_doelen->cellWidget(doel, EvaluatieColumn));
}

QLineEdit* EvaluatieDialog::notitieField(int doel) const
{
    return qobject_cast<QLineEdit*>(m_doelen->cellWidget(doel, NotitieColumn));
}

void EvaluatieDialog::refreshVergelijking()
{
    const QDate datum = DialogFields::date(m_datum);
    const auto vergelijking =
        datum.isValid() ? m_service.vergelijking(m_plan, datum) : std::vector<core::DoelVergelijking>{};
    for (int row = 0; row < m_doelen->rowCount(); ++row) {
        const auto r = static_cast<size_t>(row);
        const core::DoelVergelijking* v = r < vergelijking.size() ? &vergelijking[r] : nullptr;
        m_doelen->setItem(row, StartColumn, cel(v ? score(v->startscore) : QString()));
        QString gemeten;
        if (v && v->gemetenScore)
            gemeten = tr("%1 (%2)").arg(*v->gemetenScore).arg(v->gemetenOp.toString(QStringLiteral("dd-MM-yyyy")));
        else if (v)
            gemeten = tr("no meting");
        m_doelen->setItem(row, GemetenColumn, cel(gemeten));
    }
}

core::Ondersteuningsplan EvaluatieDialog::evaluatie() const
{
    core::Ondersteuningsplan p = m_plan;
    for (int row = 0; row < m_doelen->rowCount() && row < static_cast<int>(p.doelen.size()); ++row) {
        core::PlanDoel& doel = p.doelen[static_cast<size_t>(row)];
        doel.evaluatie = DialogFields::keuze(evaluatieField(row));
        doel.evaluatieNotitie = notitieField(row)->text().trimmed();
    }
    p.evaluatieNotitie = m_notitie->toPlainText().trimmed();
    return p;
}

core::rules::FieldErrors EvaluatieDialog::errors() const
{
    core::rules::FieldErrors errors;
    const QDate datum = DialogFields::date(m_datum);
    if (m_datum->text().trimmed().isEmpty())
        errors.push_back({kDatum, QStringLiteral("required"), tr("Enter the date of the evaluation.")});
    DialogFields::checkDate(errors, m_datum, kDatum);
    if (datum.isValid() && datum > m_service.today())
        errors.push_back({kDatum, QStringLiteral("date"), tr("The evaluation cannot lie in the future.")});
    if (datum.isValid() && m_plan.vastgesteldOp.isValid() && datum < m_plan.vastgesteldOp)
        errors.push_back({kDatum, QStringLiteral("order"),
                          tr("The evaluation lies before the plan was agreed (%1).")
                              .arg(DialogFields::dateText(m_plan.vastgesteldOp))});
    for (int row = 0; row < m_doelen->rowCount(); ++row) {
        if (DialogFields::keuze(evaluatieField(row)).isEmpty()) {
            errors.push_back(
                {kEvaluatie, QStringLiteral("required"), tr("Say for every doel whether it was achieved.")});
            break;
        }
    }
    if (!m_refused.isEmpty())
        errors.push_back({kAlgemeen, QStringLiteral("refused"), m_refused});
    return errors;
}

bool EvaluatieDialog::commit()
{
    const auto stored = m_evalueer(evaluatie(), DialogFields::date(m_datum));
    if (stored)
        return true;
    m_refused = stored.error().message;
    revalidate();
    return false;
}

} // namespace ui
