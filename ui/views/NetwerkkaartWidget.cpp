// SPDX-License-Identifier: EUPL-1.2
#include "NetwerkkaartWidget.h"

#include "OutputFile.h"
#include "printing/DocumentLayout.h"

#include "printing/NetwerkkaartRenderer.h"

#include <QPainter>

namespace ui {

NetwerkkaartWidget::NetwerkkaartWidget(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(400, 300);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Netwerkkaart"));
}

void NetwerkkaartWidget::setNetwerk(const QString& inwonerNaam, const std::vector<core::NetwerkPersoon>& netwerk)
{
    m_inwonerNaam = inwonerNaam;
    m_netwerk = netwerk;
    update();
}

QImage NetwerkkaartWidget::toImage(const QSize& size) const
{
    if (size.isEmpty())
        return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font());
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

bool NetwerkkaartWidget::exportPng(const QString& path, const QSize& size) const
{
    const QByteArray png = printing::png(toImage(size));
    return !png.isEmpty() && core::OutputFile::write(path, png).ok();
}

QSize NetwerkkaartWidget::sizeHint() const
{
    return {900, 675};
}

void NetwerkkaartWidget::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    paint(painter, QRectF(rect()));
}

void NetwerkkaartWidget::paint(QPainter& painter, const QRectF& area) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(area, Qt::white);
    NetwerkkaartRenderer(painter, area, m_inwonerNaam, m_netwerk).draw();
    painter.restore();
}

} // namespace ui
