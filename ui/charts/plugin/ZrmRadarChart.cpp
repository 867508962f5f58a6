// SPDX-License-Identifier: EUPL-1.2
#include "ZrmRadarChart.h"

#include "ZrmChartLegend.h"
#include "ZrmChartStyle.h"

#include <QCategoryAxis>
#include <QGraphicsLayout>
#include <QGraphicsSceneResizeEvent>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ui {

namespace {

using Reeks = ZrmChartStyle::Reeks;

constexpr int kLevels = 5;
constexpr qreal kReferenceSize = 800;     ///< the size at which text and lines have their base size
constexpr qreal kSmallestTextScale = 0.6; ///< names of 8 pixels

std::optional<int> valueAt(const std::vector<std::optional<int>>& values, qsizetype i)
{
    // A score outside the scale is as unknown as a missing one, and drawn as such.
    const auto index = static_cast<size_t>(i);
    if (index >= values.size() || !values[index] || *values[index] < 1 || *values[index] > kLevels)
        return std::nullopt;
    return values[index];
}

/// The direction of spoke `i` of `spokes`, clockwise from straight up, in radians. The angular
/// axis runs from -0.5 to spokes - 0.5, so the scale (straight up) lies between the last
/// leefgebied and the first, clear of the data.
qreal spokeAngle(qsizetype i, qsizetype spokes)
{
    return 2 * std::numbers::pi * (static_cast<qreal>(i) + 0.5) / static_cast<qreal>(spokes);
}

/// Where the straight line between two neighbouring spokes crosses the line halfway between them.
qreal radiusHalfway(qreal r1, qreal r2, qsizetype spokes)
{
    const qreal halfStep = std::numbers::pi / static_cast<qreal>(spokes);
    return 2 * r1 * r2 * std::cos(halfStep) / (r1 + r2);
}

/// The runs of consecutive scores, as polar points (spoke, level). The run that reaches the last
/// leefgebied closes the polygon to the first one when that has a score; the angular axis ends
/// halfway between them, so that edge is drawn as two halves meeting there.
std::vector<QList<QPointF>> runsOf(const std::vector<std::optional<int>>& values, qsizetype spokes)
{
    std::vector<QList<QPointF>> runs;
    QList<QPointF> run;
    for (qsizetype i = 0; i < spokes; ++i) {
        if (const auto value = valueAt(values, i)) {
            run.append(QPointF(static_cast<qreal>(i), *value));
        } else if (!run.isEmpty()) {
            runs.push_back(run);
            run.clear();
        }
    }
    if (!run.isEmpty())
        runs.push_back(run);

    const auto first = valueAt(values, 0);
    const auto last = valueAt(values, spokes - 1);
    if (spokes >= 3 && first && last) {
        const qreal halfway = radiusHalfway(*last, *first, spokes);
        runs.back().append(QPointF(static_cast<qreal>(spokes) - 0.5, halfway));
        runs.front().prepend(QPointF(-0.5, halfway));
    }
    return runs;
}

/// Long names take two lines, so that the names at three and nine o'clock do not shrink the radar.
QString labelHtml(const QString& naam, const QString& nietBeoordeeld)
{
    QString html = naam.toHtmlEscaped();
    qsizetype space = -1;
    if (naam.size() > 16) {
        for (qsizetype i = naam.indexOf(QLatin1Char(' ')); i > 0; i = naam.indexOf(QLatin1Char(' '), i + 1)) {
            if (space < 0 || std::abs(i - naam.size() / 2) < std::abs(space - naam.size() / 2))
                space = i;
        }
    }
    if (space > 0)
        html = naam.left(space).toHtmlEscaped() + QStringLiteral("<br>") + naam.mid(space + 1).toHtmlEscaped();
    if (!nietBeoordeeld.isEmpty())
        html += QStringLiteral("<br><i><font color=\"#595959\">%1</font></i>").arg(nietBeoordeeld.toHtmlEscaped());
    return html;
}

/// How a name sits against the end of its spoke: names on the right start there, names on the
/// left end there, names at the top stand on it and names at the bottom hang from it.
QPointF labelAlignment(qreal angle)
{
    const qreal sine = std::sin(angle);
    const qreal x = sine > 0.1 ? 0 : sine < -0.1 ? 1 : 0.5;
    return QPointF(x, (1 + std::cos(angle)) / 2);
}

void setAlignment(QGraphicsTextItem* item, Qt::Alignment alignment)
{
    QTextOption option = item->document()->defaultTextOption();
    option.setAlignment(alignment);
    item->document()->setDefaultTextOption(option);
}

} // namespace

ZrmRadarChart::ZrmRadarChart(QGraphicsItem* parent)
    : QPolarChart(parent)
    , m_angular(new QCategoryAxis)
    , m_radial(new QCategoryAxis)
    , m_title(new QGraphicsTextItem(this))
    , m_legend(new ZrmChartLegend(this))
{
    setBackgroundRoundness(0);
    setBackgroundBrush(Qt::white);
    setBackgroundPen(Qt::NoPen);
    setDropShadowEnabled(false);
    layout()->setContentsMargins(0, 0, 0, 0);
    legend()->hide();

    const QPen grid(QColor(0xb0, 0xb0, 0xb0), 1);
    m_angular->setLabelsVisible(false);
    m_angular->setGridLinePen(grid);
    m_angular->setLinePen(QPen(QColor(0x80, 0x80, 0x80), 1));
    addAxis(m_angular, PolarOrientationAngular);

    m_radial->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_radial->setStartValue(0);
    for (int level = 1; level <= kLevels; ++level)
        m_radial->append(QString::number(level), level);
    m_radial->setRange(0, kLevels);
    m_radial->setGridLinePen(grid);
    m_radial->setLinePen(QPen(QColor(0x80, 0x80, 0x80), 1));
    m_radial->setLabelsColor(QColor(0x40, 0x40, 0x40));
    m_radial->setShadesVisible(true);
    m_radial->setShadesPen(Qt::NoPen);
    m_radial->setShadesBrush(QColor(0xf3, 0xf5, 0xf8));
    addAxis(m_radial, PolarOrientationRadial);

    m_title->document()->setDocumentMargin(0);
    m_title->setDefaultTextColor(QColor(0x20, 0x20, 0x20));
    setAlignment(m_title, Qt::AlignHCenter);
    m_legend->setNote(ZrmChartStyle::levelNote());
    m_legend->setZValue(10);
}

void ZrmRadarChart::setData(const ZrmRadarData& data)
{
    m_data = data;
    m_title->setPlainText(m_data.titel);
    rebuildAxes();
    rebuildSeries();
    m_seriesScale = 0;
    relayout();
}

void ZrmRadarChart::rebuildAxes()
{
    const QStringList old = m_angular->categoriesLabels();
    for (const QString& label : old)
        m_angular->remove(label);
    for (QGraphicsTextItem* label : m_labels)
        delete label;
    m_labels.clear();

    const qsizetype spokes = m_data.leefgebieden.size();
    m_angular->setStartValue(-0.5);
    for (qsizetype i = 0; i < spokes; ++i) {
        // The axis only draws the spokes; its labels must still be unique.
        m_angular->append(QString::number(i), static_cast<qreal>(i));

        auto* label = new QGraphicsTextItem(this);
        label->document()->setDocumentMargin(0);
        label->setDefaultTextColor(Qt::black);
        const bool gescoord = valueAt(m_data.laatste, i).has_value();
        const bool nietBeoordeeld =
            i < static_cast<qsizetype>(m_data.nietBeoordeeld.size()) && m_data.nietBeoordeeld[static_cast<size_t>(i)];
        label->setHtml(labelHtml(m_data.leefgebieden.at(i), gescoord         ? QString()
                                                            : nietBeoordeeld ? tr("niet beoordeeld")
                                                                             : tr("not scored")));
        const qreal x = labelAlignment(spokeAngle(i, spokes)).x();
        setAlignment(label, x == 0 ? Qt::AlignLeft : x == 1 ? Qt::AlignRight : Qt::AlignHCenter);
        m_labels.push_back(label);
    }
    m_angular->append(QString::number(spokes), static_cast<qreal>(spokes) - 0.5);
    m_angular->setRange(-0.5, std::max<qreal>(0.5, static_cast<qreal>(spokes) - 0.5));
}

void ZrmRadarChart::rebuildSeries()
{
    removeAllSeries();
    const qsizetype spokes = m_data.leefgebieden.size();
    std::vector<ZrmChartLegend::Entry> entries;
    const auto add = [&](Reeks reeks, const std::vector<std::optional<int>>& values, const QString& label) {
        const auto runs = runsOf(values, spokes);
        if (runs.empty())
            return;
        const auto attach = [&](QXYSeries* series) {
            series->setProperty("zrmReeks", static_cast<int>(reeks));
            addSeries(series);
            series->attachAxis(m_angular);
            series->attachAxis(m_radial);
        };
        for (const QList<QPointF>& run : runs) {
            auto* line = new QLineSeries;
            line->append(run);
            attach(line);
        }
        auto* markers = new QScatterSeries;
        for (qsizetype i = 0; i < spokes; ++i) {
            if (const auto value = valueAt(values, i))
                markers->append(static_cast<qreal>(i), *value);
        }
        attach(markers);
        entries.push_back(ZrmChartStyle::legendEntry(reeks, label));
    };
    // Added in drawing order, so that the latest scores lie on top.
    add(Reeks::Doel, m_data.doel, tr("Doelscore"));
    add(Reeks::Vorige, m_data.vorige, m_data.vorigeLabel.isEmpty() ? tr("Previous meting") : m_data.vorigeLabel);
    add(Reeks::Laatste, m_data.laatste, m_data.laatsteLabel.isEmpty() ? tr("Latest meting") : m_data.laatsteLabel);
    // The legend reads in the order a consulent compares: now, before, the goal.
    std::reverse(entries.begin(), entries.end());
    m_legend->setEntries(std::move(entries));
}

QRectF ZrmRadarChart::labelRect(size_t i, const QPointF& centre, qreal reach) const
{
    const qreal angle = spokeAngle(static_cast<qsizetype>(i), static_cast<qsizetype>(m_labels.size()));
    const QSizeF text = m_labels[i]->boundingRect().size();
    const QPointF align = labelAlignment(angle);
    const QPointF end = centre + reach * QPointF(std::sin(angle), -std::cos(angle));
    return QRectF(QPointF(end.x() - align.x() * text.width(), end.y() - align.y() * text.height()), text);
}

ZrmRadarChart::Fit ZrmRadarChart::fitText(qreal textScale)
{
    const QSizeF area = size();
    const qreal margin = 12 * textScale;
    const qreal width = area.width() - 2 * margin;
    qreal top = margin;
    m_title->setVisible(!m_data.titel.isEmpty());
    if (m_title->isVisible()) {
        m_title->setFont(ZrmChartStyle::font(22 * textScale, true));
        m_title->setTextWidth(width);
        m_title->setPos(margin, top);
        top += m_title->boundingRect().height() + margin;
    }
    const qreal legendHeight = m_legend->layout(width, textScale);
    const qreal bottom = area.height() - margin - legendHeight;
    m_legend->setPos(margin, bottom);

    const QFont font = ZrmChartStyle::font(14 * textScale);
    for (QGraphicsTextItem* label : m_labels) {
        label->setFont(font);
        label->setTextWidth(-1);
        label->setTextWidth(label->document()->idealWidth());
    }

    // The largest radar for which every name fits between the title and the legend: each name
    // moves out along its spoke with the radius, so each edge of the room bounds the radius.
    const QRectF room(margin, top, width, bottom - margin - top);
    Fit fit{room.center(), 0, 8 * textScale, false};
    qreal reach = std::min(room.width(), room.height()) / 2 + fit.gap; // from the centre to a name
    for (size_t i = 0; i < m_labels.size(); ++i) {
        const qreal angle = spokeAngle(static_cast<qsizetype>(i), static_cast<qsizetype>(m_labels.size()));
        const QPointF direction(std::sin(angle), -std::cos(angle));
        const QRectF atCentre = labelRect(i, fit.centre, 0);
        if (direction.x() < -0.01)
            reach = std::min(reach, (atCentre.left() - room.left()) / -direction.x());
        if (direction.x() > 0.01)
            reach = std::min(reach, (room.right() - atCentre.right()) / direction.x());
        if (direction.y() < -0.01)
            reach = std::min(reach, (atCentre.top() - room.top()) / -direction.y());
        if (direction.y() > 0.01)
            reach = std::min(reach, (room.bottom() - atCentre.bottom()) / direction.y());
    }
    fit.radius = std::max<qreal>(20, reach - fit.gap);

    // The room left over in one direction goes equally to both sides of the radar and its names.
    QRectF block(fit.centre.x() - fit.radius, fit.centre.y() - fit.radius, 2 * fit.radius, 2 * fit.radius);
    std::vector<QRectF> labels;
    for (size_t i = 0; i < m_labels.size(); ++i) {
        labels.push_back(labelRect(i, fit.centre, fit.radius + fit.gap));
        block |= labels.back();
    }
    fit.centre += room.center() - block.center();

    for (size_t i = 0; i < labels.size() && !fit.overlaps; ++i) {
        for (size_t j = i + 1; j < labels.size() && !fit.overlaps; ++j)
            fit.overlaps = labels[i].intersects(labels[j]);
    }
    return fit;
}

void ZrmRadarChart::relayout()
{
    const QSizeF area = size();
    if (area.isEmpty())
        return;
    const qreal scale = std::clamp(std::min(area.width(), area.height()) / kReferenceSize, 0.9, 4.0);

    // Text shrinks, down to a size that can still be read on paper, until no two names touch:
    // on a small chart the radar shrinks to make room for the names, and the names crowd. Lines
    // and markers shrink with the text, so that they stay in proportion with the smaller radar.
    qreal textScale = scale;
    Fit fit = fitText(textScale);
    while (fit.overlaps && textScale * 0.9 >= kSmallestTextScale) {
        textScale *= 0.9;
        fit = fitText(textScale);
    }
    if (std::abs(textScale - m_seriesScale) > 0.01) {
        m_seriesScale = textScale;
        for (QAbstractSeries* series : this->series())
            ZrmChartStyle::apply(series, static_cast<Reeks>(series->property("zrmReeks").toInt()), textScale);
        m_radial->setLabelsFont(ZrmChartStyle::font(12 * textScale, true));
    }

    // The polar layout centres the largest circle that fits inside the margins, so the margins
    // make it this radar. They must be laid out before the next paint, which for a rendered image
    // comes before any posted layout request is processed.
    setMargins(QMargins(qRound(fit.centre.x() - fit.radius), qRound(fit.centre.y() - fit.radius),
                        qRound(area.width() - fit.centre.x() - fit.radius),
                        qRound(area.height() - fit.centre.y() - fit.radius)));
    if (layout())
        layout()->activate();

    const QRectF plot = plotArea();
    for (size_t i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setPos(labelRect(i, plot.center(), plot.width() / 2 + fit.gap).topLeft());
}

void ZrmRadarChart::resizeEvent(QGraphicsSceneResizeEvent* event)
{
    QPolarChart::resizeEvent(event);
    relayout();
}

} // namespace ui
