// SPDX-License-Identifier: EUPL-1.2
#include "ZrmMetingDialog.h"

#include "rules/Validation.h"
#include "services/ZrmService.h"
#include "zrm/ZrmInstrument.h"
#include "zrm/ZrmScoringWidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

/// A label above its field, with the message line under it.
QVBoxLayout* labelled(const QString& text, QWidget* input, QLabel* message = nullptr)
{
    auto* label = new QLabel(text);
    label->setBuddy(input);
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(label);
    column->addWidget(input);
    if (message)
        column->addWidget(message);
    column->addStretch();
    return column;
}

} // namespace

ZrmMetingDialog::ZrmMetingDialog(const core::ZrmMeting& meting, const std::optional<core::ZrmMeting>& vorige,
                                 const core::ZrmService& service, QWidget* parent)
    : ValidatedDialog(parent)
    , m_original(meting)
    , m_service(service)
    , m_datum(new QLineEdit(meting.datum.isValid() ? meting.datum.toString(QStringLiteral("dd-MM-yyyy")) : QString()))
    , m_moment(new QComboBox)
    , m_door(new QLineEdit(meting.door))
    , m_instrument(new QComboBox)
    , m_scoring(new ZrmScoringWidget(service))
    , m_scoresMessage(new QLabel)
    , m_save(nullptr)
{
    setWindowTitle(meting.meta.isNew() ? tr("New ZRM meting") : tr("Edit ZRM meting"));
    m_datum->setObjectName(QStringLiteral("datum"));
    m_datum->setPlaceholderText(tr("dd-mm-yyyy"));
    m_datum->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00-00-00000")) + 24);
    for (const core::ZrmMoment moment : core::alleZrmMomenten())
        m_moment->addItem(core::label(moment), static_cast<int>(moment));
    m_moment->setCurrentIndex(m_moment->findData(static_cast<int>(meting.moment)));
    m_door->setObjectName(QStringLiteral("door"));
    m_door->setPlaceholderText(tr("Who scored"));
    // ZRM 2013 is kept for metingen made with it; new metingen use ZRM 2017.
    for (const core::ZrmInstrument& instrument : core::ZrmInstrument::builtIn()) {
        if (instrument.id() == core::ZrmInstrument::kZrm2017 || instrument.id() == meting.instrument)
            m_instrument->addItem(instrument.naam(), instrument.id());
    }
    m_instrument->setCurrentIndex(std::max(0, m_instrument->findData(meting.instrument)));
    m_instrument->setEnabled(m_instrument->count() > 1);

    auto* datumMessage = new QLabel;
    auto* instrumentMessage = new QLabel;
    m_messages.add(QStringLiteral("datum"), m_datum, datumMessage);
    m_messages.add(QStringLiteral("instrument"), m_instrument, instrumentMessage);
    m_messages.add(QStringLiteral("scores"), m_scoring->table(), m_scoresMessage);
    m_messages.touch(QStringLiteral("instrument"));
    watch(m_datum, QStringLiteral("datum"));

    auto* fields = new QHBoxLayout;
    fields->addLayout(labelled(tr("&Date"), m_datum, datumMessage));
    fields->addLayout(labelled(tr("&Moment"), m_moment));
    fields->addLayout(labelled(tr("Scored &by"), m_door), 1);
    fields->addLayout(labelled(tr("&Instrument"), m_instrument, instrumentMessage));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Ok);
    m_save->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ZrmMetingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ZrmMetingDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(m_scoring, 1);
    layout->addWidget(m_scoresMessage);
    layout->addWidget(buttons);

    m_scoring->setMeting(meting.instrument, meting.scores, vorige);
    connect(m_scoring, &ZrmScoringWidget::passedLastRow, m_save, [this] { m_save->setFocus(); });
    connect(m_scoring, &ZrmScoringWidget::changed, this, &ZrmMetingDialog::revalidate);
    connect(m_instrument, &QComboBox::currentIndexChanged, this,
            [this] { m_scoring->setInstrument(m_instrument->currentData().toString()); });
    setTabOrder(m_datum, m_moment);
    setTabOrder(m_moment, m_door);
    setTabOrder(m_door, m_instrument);
    setTabOrder(m_instrument, m_scoring->table());
    setTabOrder(m_scoring->table(), m_save);
    resize(1180, sizeHint().height());
    m_scoring->setFocus();
}

core::ZrmMeting ZrmMetingDialog::meting() const
{
    core::ZrmMeting m = m_original;
    m.datum = core::rules::Validation::parseDate(m_datum->text());
    m.moment = static_cast<core::ZrmMoment>(m_moment->currentData().toInt());
    m.door = m_door->text().simplified();
    m.instrument = m_scoring->instrument();
    m.scores = m_scoring->scores();
    return m;
}

core::rules::FieldErrors ZrmMetingDialog::errors() const
{
    const core::ZrmMeting m = meting();
    const core::ZrmInstrument* instrument = core::ZrmInstrument::find(m.instrument);
    core::rules::FieldErrors errors;
    if (!m_datum->text().trimmed().isEmpty() && !m.datum.isValid())
        errors.push_back({QStringLiteral("datum"), QStringLiteral("date"),
                          tr("This is not a date. Write it as day-month-year, e.g. 02-03-2024.")});
    for (core::rules::FieldError e : m_service.validate(m)) {
        // Score problems belong to a row; the line under the table names the leefgebied.
        if (e.field.startsWith(QLatin1String("score:"))) {
            const core::Leefgebied* lg = instrument ? instrument->leefgebied(e.field.mid(6)) : nullptr;
            e.message = tr("%1: %2").arg(lg ? lg->naam : e.field.mid(6), e.message);
            e.field = QStringLiteral("scores");
        }
        errors.push_back(e);
    }
    return errors;
}

void ZrmMetingDialog::accept()
{
    m_scoring->showErrors(m_service.validate(meting()));
    ValidatedDialog::accept();
}

void ZrmMetingDialog::reject()
{
    if (m_scoring->isModified() &&
        QMessageBox::question(this, windowTitle(), tr("Close without saving the scores you entered?"),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    ValidatedDialog::reject();
}

} // namespace ui
