// SPDX-License-Identifier: EUPL-1.2
#include "ZrmTrendChart.h"

#include "ZrmChartStyle.h"

#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace ui {

namespace {

constexpr int kLevels = 5;

/// A score outside the scale is as unknown as a missing one, and drawn as such.
std::optional<int> level(const std::optional<int>& score)
{
    return score && *score >= 1 && *score <= kLevels ? score : std::nullopt;
}

qreal msecs(const QDate& date)
{
    return static_cast<qreal>(date.startOfDay().toMSecsSinceEpoch());
}

/// The steps of a leefgebied: for each next score first a point at the new date with the old
/// score, then the new score. A meting without a score ends the run at its date.
std::vector<QList<QPointF>> stepsOf(const ZrmTrendData& data)
{
    std::vector<QList<QPointF>> runs;
    QList<QPointF> run;
    qreal held = 0;
    for (const auto& [date, score] : data.punten) {
        const qreal x = msecs(date);
        if (!run.isEmpty())
            run.append(QPointF(x, held));
        if (const auto value = level(score)) {
            held = *value;
            run.append(QPointF(x, held));
        } else if (!run.isEmpty()) {
            runs.push_back(run);
            run.clear();
        }
    }
    if (!run.isEmpty())
        runs.push_back(run);
    return runs;
}

} // namespace

ZrmTrendChart::ZrmTrendChart(QGraphicsItem* parent)
    : QChart(parent)
    , m_dates(new QDateTimeAxis)
    , m_levels(new QValueAxis)
    , m_nietBeoordeeld(new QGraphicsSimpleTextItem(tr("niet beoordeeld"), this))
{
    setBackgroundRoundness(0);
    setBackgroundBrush(Qt::white);
    setBackgroundPen(Qt::NoPen);
    setDropShadowEnabled(false);
    layout()->setContentsMargins(0, 0, 0, 0);
    setTitleBrush(QColor(0x20, 0x20, 0x20));
    legend()->hide();
    m_nietBeoordeeld->setBrush(QColor(0x59, 0x59, 0x59));
    m_nietBeoordeeld->setVisible(false);
    m_nietBeoordeeld->setZValue(10);
    connect(this, &QChart::plotAreaChanged, this, &ZrmTrendChart::placeNote);

    m_dates->setFormat(QStringLiteral("dd-MM-yyyy"));
    m_dates->setTickCount(3);
    m_dates->setGridLinePen(QPen(QColor(0xe0, 0xe0, 0xe0), 1));
    m_dates->setLinePen(QPen(QColor(0x80, 0x80, 0x80), 1));
    m_dates->setLabelsColor(QColor(0x40, 0x40, 0x40));
    addAxis(m_dates, Qt::AlignBottom);

    m_levels->setRange(0.5, kLevels + 0.5);
    m_levels->setTickType(QValueAxis::TicksDynamic);
    m_levels->setTickAnchor(1);
    m_levels->setTickInterval(1);
    m_levels->setLabelFormat(QStringLiteral("%d"));
    m_levels->setGridLinePen(QPen(QColor(0xc8, 0xc8, 0xc8), 1));
    m_levels->setLinePen(QPen(QColor(0x80, 0x80, 0x80), 1));
    m_levels->setLabelsColor(QColor(0x40, 0x40, 0x40));
    addAxis(m_levels, Qt::AlignLeft);
    restyle();
}

void ZrmTrendChart::setData(const ZrmTrendData& data, const QDate& from, const QDate& to)
{
    removeAllSeries();
    setTitle(data.leefgebied.toHtmlEscaped());

    QDate first = from.isValid() ? from : QDate::currentDate();
    QDate last = to.isValid() && to > first ? to : first;
    if (first == last) {
        first = first.addDays(-30);
        last = last.addDays(30);
    }
    // A little room on both sides: the plot area clips, and the first and last marker must be whole.
    const qint64 pad = std::max<qint64>(3, first.daysTo(last) / 30);
    first = first.addDays(-pad);
    last = last.addDays(pad);
    m_dates->setRange(first.startOfDay(), last.startOfDay());

    const auto attach = [this](QXYSeries* series, ZrmChartStyle::Reeks reeks) {
        series->setProperty("zrmReeks", static_cast<int>(reeks));
        addSeries(series);
        series->attachAxis(m_dates);
        series->attachAxis(m_levels);
    };
    if (const auto doelscore = level(data.doel)) {
        auto* doel = new QLineSeries;
        doel->append(msecs(first), *doelscore);
        doel->append(msecs(last), *doelscore);
        attach(doel, ZrmChartStyle::Reeks::Doel);
    }
    for (const QList<QPointF>& run : stepsOf(data)) {
        auto* steps = new QLineSeries;
        steps->append(run);
        attach(steps, ZrmChartStyle::Reeks::Laatste);
    }
    auto* metingen = new QScatterSeries;
    for (const auto& [date, score] : data.punten) {
        if (const auto value = level(score))
            metingen->append(msecs(date), *value);
    }
    attach(metingen, ZrmChartStyle::Reeks::Laatste);
    m_nietBeoordeeld->setVisible(metingen->count() == 0);
    restyle();
}

void ZrmTrendChart::setScale(qreal scale)
{
    m_scale = scale;
    restyle();
}

void ZrmTrendChart::restyle()
{
    // The trend lines are thinner than the radar's: a small multiple is a third of its size.
    const qreal scale = m_scale * 0.75;
    for (QAbstractSeries* series : this->series())
        ZrmChartStyle::apply(series, static_cast<ZrmChartStyle::Reeks>(series->property("zrmReeks").toInt()), scale);
    setTitleFont(ZrmChartStyle::font(14 * m_scale, true));
    m_dates->setLabelsFont(ZrmChartStyle::font(11 * m_scale));
    m_levels->setLabelsFont(ZrmChartStyle::font(11 * m_scale));
    QFont note = ZrmChartStyle::font(13 * m_scale);
    note.setItalic(true);
    m_nietBeoordeeld->setFont(note);
    // On the right, room for the half of the last date that sticks out past the plot.
    const int margin = qRound(4 * m_scale);
    setMargins(QMargins(margin, margin, margin * 6, margin));
    placeNote();
    if (layout())
        layout()->activate();
}

void ZrmTrendChart::placeNote()
{
    QRectF bounds = m_nietBeoordeeld->boundingRect();
    bounds.moveCenter(plotArea().center());
    m_nietBeoordeeld->setPos(bounds.topLeft());
}

} // namespace ui
