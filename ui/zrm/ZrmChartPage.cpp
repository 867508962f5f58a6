// SPDX-License-Identifier: EUPL-1.2
#include "ZrmChartPage.h"

#include "OutputFile.h"
#include "printing/DocumentLayout.h"

#include "charts/ZrmCharts.h"
#include "zrm/ZrmChartData.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

namespace {

const QSize kRadarSize(1200, 1000);
const QSize kTrendSize(1600, 1200);

} // namespace

ZrmChartPage::ZrmChartPage(Soort soort, QWidget* parent)
    : QWidget(parent)
    , m_soort(soort)
    , m_layout(new QVBoxLayout(this))
    , m_message(new QLabel)
    , m_save(new QPushButton(tr("Sa&ve as PNG…")))
{
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setObjectName(QStringLiteral("zrmChartMessage"));
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &ZrmChartPage::save);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    m_layout->addWidget(m_message, 1);
    m_layout->addLayout(buttons);
}

void ZrmChartPage::setMetingen(const std::vector<core::ZrmMeting>& metingen, const QString& titel)
{
    m_metingen = metingen;
    m_titel = titel;
    if (m_chart || isVisible())
        feed();
}

void ZrmChartPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    feed();
}

void ZrmChartPage::ensureChart()
{
    if (m_tried)
        return;
    m_tried = true;
    QString error;
    ZrmCharts* charts = zrmCharts(&error);
    if (!charts) {
        m_message->setText(tr("The charts cannot be shown: %1").arg(error));
        return;
    }
    m_chart = m_soort == Soort::Radar ? charts->createRadarView(this) : charts->createTrendView(this);
    m_layout->insertWidget(0, m_chart, 1);
}

void ZrmChartPage::feed()
{
    ensureChart();
    if (!m_chart) {
        m_save->setEnabled(false);
        return;
    }
    ZrmCharts* charts = zrmCharts();
    if (m_soort == Soort::Radar)
        charts->setRadar(m_chart, ZrmChartData::radar(m_metingen, m_titel));
    else
        charts->setTrend(m_chart, ZrmChartData::trend(m_metingen));
    const bool any = !m_metingen.empty();
    m_message->setText(any ? QString() : tr("There are no metingen yet."));
    m_message->setVisible(!any);
    m_save->setEnabled(any);
}

bool ZrmChartPage::savePng(const QString& path)
{
    ZrmCharts* charts = zrmCharts();
    if (!charts)
        return false;
    const QImage image = m_soort == Soort::Radar
                             ? charts->renderRadar(ZrmChartData::radar(m_metingen, m_titel), kRadarSize)
                             : charts->renderTrend(ZrmChartData::trend(m_metingen), kTrendSize);
    const QByteArray png = printing::png(image);
    return !png.isEmpty() && core::OutputFile::write(path, png).ok();
}

void ZrmChartPage::save()
{
    const bool radar = m_soort == Soort::Radar;
    const QString title = radar ? tr("Save ZRM radar") : tr("Save ZRM trend");
    const QString path = QFileDialog::getSaveFileName(this, title, radar ? tr("zrm-radar.png") : tr("zrm-trend.png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!savePng(path))
        QMessageBox::warning(this, title, tr("The image could not be saved to %1.").arg(path));
}

} // namespace ui
