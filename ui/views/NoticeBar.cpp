// SPDX-License-Identifier: EUPL-1.2
#include "views/NoticeBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ui {

NoticeBar::NoticeBar(const QString& text, QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(text))
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xfd, 0xf3, 0xd8)); // a quiet amber: to know, not an error
    setPalette(colours);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QPushButton(tr("Close"));
    close->setToolTip(tr("Close this notice"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QPushButton::clicked, this, &QWidget::deleteLater);
}

QString NoticeBar::text() const
{
    return m_label->text();
}

} // namespace ui
