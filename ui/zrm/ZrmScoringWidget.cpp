// SPDX-License-Identifier: EUPL-1.2
#include "ZrmScoringWidget.h"

#include "zrm/ZrmChartData.h"
#include "zrm/ZrmDoelscoreDelegate.h"
#include "zrm/ZrmInstrument.h"
#include "zrm/ZrmNiveauUitleg.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

constexpr int kDoelRole = ZrmDoelscoreDelegate::DoelRole;

int levelOf(int column)
{
    return column - ZrmScoringWidget::Niveau1Column + 1;
}

bool isLevelColumn(int column)
{
    return column >= ZrmScoringWidget::Niveau1Column && column <= ZrmScoringWidget::Niveau5Column;
}

/// Red for acute problematiek to green for volledig zelfredzaam; the digit is always shown too.
QColor levelColour(int score)
{
    static const QColor colours[] = {QColor(0xf2, 0xb1, 0xab), QColor(0xf7, 0xcf, 0x9f), QColor(0xf3, 0xe6, 0x9a),
                                     QColor(0xc8, 0xe4, 0xaa), QColor(0x9f, 0xd4, 0x9a)};
    return colours[std::clamp(score, 1, 5) - 1];
}

const QColor kStrafrechtelijk(0xec, 0xec, 0xec);
const QColor kError(0xf8, 0xd0, 0xd0);

QTableWidgetItem* cell(const QString& text = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

ZrmScoringWidget::ZrmScoringWidget(const core::ZrmService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_keys(new QLabel)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_hint(new QLabel)
{
    m_keys->setObjectName(QStringLiteral("zrmKeys"));
    m_keys->setText(tr("1–5 score · N niet beoordeeld · R other reason · D then 1–5 doelscore (0 none) · "
                       "T toelichting · Del clear · ↑↓ move · Tab to Save"));
    m_keys->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("zrmScoringTable"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegateForColumn(DoelColumn, new ZrmDoelscoreDelegate(m_table));
    m_table->installEventFilter(this);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionResizeMode(LeefgebiedColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ToelichtingColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignCenter);
    const int levelWidth = fontMetrics().horizontalAdvance(QStringLiteral("Voldoende")) + 16;
    for (int column = Niveau1Column; column <= DoelColumn; ++column)
        m_table->setColumnWidth(column, levelWidth);
    setFocusProxy(m_table);

    m_hint->setObjectName(QStringLiteral("zrmHint"));
    m_hint->setTextFormat(Qt::RichText);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_hint->setFrameShape(QFrame::StyledPanel);
    m_hint->setMargin(6);
    m_hint->setMinimumHeight(fontMetrics().lineSpacing() * 7 + 12);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_keys);
    layout->addWidget(m_table);
    layout->addWidget(m_hint, 1);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        m_doelPending = false;
        updateHint();
    });
    connect(m_table, &QTableWidget::cellClicked, this, [this](int r, int column) {
        if (!isLevelColumn(column))
            return;
        if (m_rows[static_cast<size_t>(r)].reden)
            cycleReden(r);
        else
            setScore(r, levelOf(column));
    });
    connect(m_table, &QTableWidget::itemChanged, this,
            [this](QTableWidgetItem* item) { cellEdited(item->row(), item->column()); });
    connect(m_table, &QWidget::customContextMenuRequested, this, &ZrmScoringWidget::showMenu);
}

ZrmScoringWidget::Row ZrmScoringWidget::rowFrom(const core::ZrmScore& s)
{
    Row r;
    r.key = s.leefgebied;
    r.score = s.score;
    r.reden = s.score ? std::nullopt : s.nietBeoordeeld;
    r.doel = s.doelscore;
    r.toelichting = s.toelichting;
    return r;
}

void ZrmScoringWidget::setMeting(const QString& instrument, const std::vector<core::ZrmScore>& scores,
                                 const std::optional<core::ZrmMeting>& vorige)
{
    m_instrument = instrument;
    m_vorige = vorige;
    std::vector<Row> keep;
    for (const core::ZrmScore& s : scores)
        keep.push_back(rowFrom(s));
    rebuild(keep);
    m_modified = false;
}

void ZrmScoringWidget::setInstrument(const QString& instrument)
{
    const core::ZrmInstrument* target = core::ZrmInstrument::find(instrument);
    if (instrument == m_instrument || !target)
        return;
    // What was entered goes through the instrument mapping, like the "previous" column.
    core::ZrmMeting entered;
    entered.instrument = m_instrument;
    entered.scores = scores();
    std::vector<Row> keep;
    for (const core::Leefgebied& lg : target->leefgebieden()) {
        if (const auto uitkomst = ZrmChartData::uitkomst(entered, instrument, lg.key))
            keep.push_back(rowFrom(*uitkomst));
    }
    m_instrument = instrument;
    rebuild(keep);
    m_modified = true;
    emit changed();
}

void ZrmScoringWidget::rebuild(const std::vector<Row>& keep)
{
    m_rows.clear();
    m_errorKeys.clear();
    if (const core::ZrmInstrument* instrument = core::ZrmInstrument::find(m_instrument)) {
        for (const core::Leefgebied& lg : instrument->leefgebieden()) {
            const auto kept = std::find_if(keep.begin(), keep.end(), [&](const Row& r) { return r.key == lg.key; });
            Row r = kept != keep.end() ? *kept : Row{};
            r.key = lg.key;
            r.naam = lg.naam;
            r.strafrechtelijk = lg.strafrechtelijk;
            r.vorige = m_vorige ? ZrmChartData::uitkomst(*m_vorige, m_instrument, lg.key) : std::nullopt;
            m_rows.push_back(r);
        }
    }
    m_rendering = true;
    m_table->clearSpans();
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    m_rendering = false;
    renderHeader();
    for (int r = 0; r < static_cast<int>(m_rows.size()); ++r)
        render(r);
    // Tall enough for every leefgebied without scrolling: the whole matrix is seen at once.
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + m_table->verticalHeader()->length() +
                            2 * m_table->frameWidth() + 2);
    if (!m_rows.empty())
        m_table->setCurrentCell(0, LeefgebiedColumn);
    updateHint();
}

void ZrmScoringWidget::renderHeader()
{
    const core::ZrmInstrument* instrument = core::ZrmInstrument::find(m_instrument);
    QStringList labels{tr("Leefgebied")};
    for (int level = 1; level <= 5; ++level) {
        const QString niveau = instrument ? instrument->niveau(level) : QString();
        labels << QStringLiteral("%1\n%2").arg(level).arg(niveau.section(QLatin1Char(' '), 0, 0));
    }
    labels << (m_vorige ? tr("Previous\n%1").arg(m_vorige->datum.toString(QStringLiteral("dd-MM-yyyy")))
                        : tr("Previous"))
           << tr("Doelscore") << tr("Toelichting");
    m_table->setHorizontalHeaderLabels(labels);
    for (int level = 1; level <= 5; ++level) {
        if (instrument)
            m_table->horizontalHeaderItem(Niveau1Column + level - 1)
                ->setToolTip(tr("%1 – %2").arg(level).arg(instrument->niveau(level)));
    }
    m_table->horizontalHeaderItem(VorigeColumn)
        ->setToolTip(m_vorige ? tr("The score at the previous meting, %1").arg(ZrmChartData::metingLabel(*m_vorige))
                              : tr("There is no previous meting."));
    m_table->horizontalHeaderItem(DoelColumn)->setToolTip(tr("The level aimed for: D then 1–5, or double-click"));
    m_table->horizontalHeaderItem(ToelichtingColumn)->setToolTip(tr("A short note: T or F2, or double-click"));
}

void ZrmScoringWidget::render(int r)
{
    const Row& row = m_rows[static_cast<size_t>(r)];
    const core::ZrmInstrument* instrument = core::ZrmInstrument::find(m_instrument);
    m_rendering = true;

    auto* naam = cell(row.strafrechtelijk ? tr("%1 (criminal data)").arg(row.naam) : row.naam);
    naam->setData(Qt::UserRole, row.key);
    if (row.strafrechtelijk)
        naam->setToolTip(tr("Criminal data (AVG art. 10): score Justitie only on purpose, when it matters for "
                            "the hulpvraag."));
    m_table->setItem(r, LeefgebiedColumn, naam);

    if (m_table->columnSpan(r, Niveau1Column) > 1)
        m_table->setSpan(r, Niveau1Column, 1, 1);
    for (int column = Niveau1Column; column <= Niveau5Column; ++column) {
        const int level = levelOf(column);
        auto* item = cell();
        item->setTextAlignment(Qt::AlignCenter);
        if (instrument)
            item->setToolTip(tr("%1 – %2").arg(level).arg(instrument->niveau(level)));
        if (row.score == level) {
            item->setText(QString::number(level));
            item->setBackground(levelColour(level));
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        m_table->setItem(r, column, item);
    }
    if (row.reden) {
        m_table->setSpan(r, Niveau1Column, 1, 5);
        auto* item = m_table->item(r, Niveau1Column);
        item->setText(tr("niet beoordeeld – %1").arg(core::label(*row.reden)));
        item->setToolTip(tr("Press R (or click) for another reason; Delete clears the row."));
        item->setTextAlignment(Qt::AlignCenter);
        QFont italic = item->font();
        italic.setItalic(true);
        item->setFont(italic);
    }

    auto* vorige = cell(ZrmChartData::scoreText(row.vorige));
    vorige->setTextAlignment(Qt::AlignCenter);
    if (row.vorige && row.vorige->score && instrument)
        vorige->setToolTip(instrument->niveau(*row.vorige->score));
    else if (row.vorige && row.vorige->nietBeoordeeld)
        vorige->setToolTip(tr("niet beoordeeld – %1").arg(core::label(*row.vorige->nietBeoordeeld)));
    vorige->setForeground(QColor(0x55, 0x55, 0x55));
    m_table->setItem(r, VorigeColumn, vorige);

    auto* doel = cell(row.doel ? QString::number(*row.doel) : QStringLiteral("–"));
    doel->setFlags(doel->flags() | Qt::ItemIsEditable);
    doel->setData(kDoelRole, row.doel.value_or(0));
    doel->setTextAlignment(Qt::AlignCenter);
    m_table->setItem(r, DoelColumn, doel);

    auto* toelichting = cell(row.toelichting);
    toelichting->setFlags(toelichting->flags() | Qt::ItemIsEditable);
    toelichting->setToolTip(row.toelichting);
    m_table->setItem(r, ToelichtingColumn, toelichting);

    const bool error = m_errorKeys.contains(row.key);
    const bool empty = !row.score && !row.reden;
    for (int column = 0; column < ColumnCount; ++column) {
        QTableWidgetItem* item = m_table->item(r, column);
        if (error && column == LeefgebiedColumn)
            item->setBackground(kError);
        else if (row.strafrechtelijk && empty && column != ToelichtingColumn)
            item->setBackground(kStrafrechtelijk);
        if (row.strafrechtelijk && empty)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_rendering = false;
}

void ZrmScoringWidget::updateHint()
{
    m_hint->setText(hint());
}

QString ZrmScoringWidget::hint() const
{
    const int r = m_table->currentRow();
    if (r < 0 || r >= static_cast<int>(m_rows.size()))
        return {};
    const Row& row = m_rows[static_cast<size_t>(r)];
    QString html = QStringLiteral("<b>%1</b>").arg(row.naam.toHtmlEscaped());
    if (m_doelPending)
        return html + QStringLiteral(" – ") + tr("doelscore: press 1–5, 0 for none, Esc to cancel.").toHtmlEscaped();
    if (row.reden)
        html += QStringLiteral(" – ") +
                tr("niet beoordeeld: %1. R gives another reason.").arg(core::label(*row.reden)).toHtmlEscaped();
    if (row.strafrechtelijk)
        html += QStringLiteral("<br><i>%1</i>")
                    .arg(tr("Criminal data (AVG art. 10): score Justitie only on purpose, when it matters for the "
                            "hulpvraag. It is never filled in for you.")
                             .toHtmlEscaped());
    return html + QStringLiteral("<br>") + ZrmNiveauUitleg::html(m_service, m_instrument, row.key, row.score);
}

bool ZrmScoringWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return QWidget::eventFilter(watched, event);
        if (handleKey(key->key())) {
            key->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ZrmScoringWidget::handleKey(int key)
{
    const int r = m_table->currentRow();
    if (r < 0 || r >= static_cast<int>(m_rows.size()))
        return false;
    Row& row = m_rows[static_cast<size_t>(r)];
    if (m_doelPending) {
        m_doelPending = false;
        if (key >= Qt::Key_0 && key <= Qt::Key_5) {
            row.doel = key == Qt::Key_0 ? std::nullopt : std::optional<int>(key - Qt::Key_0);
            touch(r);
        }
        updateHint();
        // Other keys end the doelscore mode and then do their usual work, except Esc, which
        // must not close the dialog, and digits, which must not score the row by accident.
        if (key == Qt::Key_Escape || (key >= Qt::Key_0 && key <= Qt::Key_9))
            return true;
    }
    switch (key) {
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
    case Qt::Key_4:
    case Qt::Key_5:
        setScore(r, key - Qt::Key_0);
        moveOn(r);
        return true;
    case Qt::Key_N:
        markNietBeoordeeld(r, row.reden.value_or(core::NietBeoordeeld::NietRelevant));
        moveOn(r);
        return true;
    case Qt::Key_R:
        cycleReden(r);
        return true;
    case Qt::Key_D:
        m_doelPending = true;
        updateHint();
        return true;
    case Qt::Key_T:
    case Qt::Key_F2:
        editToelichting(r);
        return true;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        clearRow(r);
        return true;
    default:
        return false;
    }
}

void ZrmScoringWidget::setScore(int r, std::optional<int> score)
{
    Row& row = m_rows[static_cast<size_t>(r)];
    row.score = score;
    row.reden.reset();
    touch(r);
}

void ZrmScoringWidget::markNietBeoordeeld(int r, core::NietBeoordeeld reden)
{
    Row& row = m_rows[static_cast<size_t>(r)];
    row.score.reset();
    row.reden = reden;
    touch(r);
}

void ZrmScoringWidget::cycleReden(int r)
{
    const Row& row = m_rows[static_cast<size_t>(r)];
    const auto& redenen = core::alleNietBeoordeeldRedenen();
    if (!row.reden) {
        markNietBeoordeeld(r, redenen.front());
        return;
    }
    const auto it = std::find(redenen.begin(), redenen.end(), *row.reden);
    markNietBeoordeeld(r, std::next(it) == redenen.end() ? redenen.front() : *std::next(it));
}

void ZrmScoringWidget::clearRow(int r)
{
    Row& row = m_rows[static_cast<size_t>(r)];
    row.score.reset();
    row.reden.reset();
    row.doel.reset();
    row.toelichting.clear();
    touch(r);
}

void ZrmScoringWidget::touch(int r)
{
    m_errorKeys.remove(m_rows[static_cast<size_t>(r)].key);
    render(r);
    updateHint();
    m_modified = true;
    emit changed();
}

void ZrmScoringWidget::moveOn(int r)
{
    if (r + 1 < static_cast<int>(m_rows.size()))
        m_table->setCurrentCell(r + 1, LeefgebiedColumn);
    else
        emit passedLastRow();
}

void ZrmScoringWidget::editToelichting(int r)
{
    QTableWidgetItem* item = m_table->item(r, ToelichtingColumn);
    m_table->setCurrentItem(item);
    m_table->editItem(item);
}

void ZrmScoringWidget::cellEdited(int r, int column)
{
    if (m_rendering || r < 0 || r >= static_cast<int>(m_rows.size()))
        return;
    Row& row = m_rows[static_cast<size_t>(r)];
    const QTableWidgetItem* item = m_table->item(r, column);
    if (column == DoelColumn) {
        const int doel = item->data(kDoelRole).toInt();
        row.doel = doel >= 1 && doel <= 5 ? std::optional<int>(doel) : std::nullopt;
    } else if (column == ToelichtingColumn) {
        row.toelichting = item->text().trimmed();
    } else {
        return;
    }
    m_modified = true;
    // The item still belongs to the closing editor: redraw the row once the edit is over, and go
    // back to the leefgebied column so the next digit scores this row again.
    QMetaObject::invokeMethod(
        this,
        [this, r] {
            if (r >= static_cast<int>(m_rows.size()))
                return;
            touch(r);
            m_table->setCurrentCell(r, LeefgebiedColumn);
        },
        Qt::QueuedConnection);
}

void ZrmScoringWidget::showMenu(const QPoint& pos)
{
    const int r = m_table->rowAt(pos.y());
    if (r < 0)
        return;
    m_table->setCurrentCell(r, LeefgebiedColumn);
    QMenu menu(this);
    for (int level = 1; level <= 5; ++level)
        menu.addAction(tr("Score %1").arg(level), this, [this, r, level] { setScore(r, level); });
    menu.addSeparator();
    for (const core::NietBeoordeeld reden : core::alleNietBeoordeeldRedenen())
        menu.addAction(tr("niet beoordeeld – %1").arg(core::label(reden)), this,
                       [this, r, reden] { markNietBeoordeeld(r, reden); });
    menu.addSeparator();
    menu.addAction(tr("Clear"), this, [this, r] { clearRow(r); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void ZrmScoringWidget::showErrors(const core::rules::FieldErrors& errors)
{
    m_errorKeys.clear();
    for (const auto& e : errors) {
        if (e.field.startsWith(QLatin1String("score:")))
            m_errorKeys.insert(e.field.mid(6));
    }
    for (int r = 0; r < static_cast<int>(m_rows.size()); ++r)
        render(r);
}

std::vector<core::ZrmScore> ZrmScoringWidget::scores() const
{
    std::vector<core::ZrmScore> result;
    for (const Row& row : m_rows) {
        if (!row.score && !row.reden && !row.doel && row.toelichting.isEmpty())
            continue;
        core::ZrmScore s;
        s.leefgebied = row.key;
        s.score = row.score;
        s.nietBeoordeeld = row.reden;
        s.doelscore = row.doel;
        s.toelichting = row.toelichting;
        result.push_back(s);
    }
    return result;
}

int ZrmScoringWidget::row(const QString& leefgebied) const
{
    for (int r = 0; r < static_cast<int>(m_rows.size()); ++r) {
        if (m_rows[static_cast<size_t>(r)].key == leefgebied)
            return r;
    }
    return -1;
}

} // namespace ui
