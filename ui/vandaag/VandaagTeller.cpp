// SPDX-License-Identifier: EUPL-1.2
#include "VandaagTeller.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>

#include <algorithm>

namespace ui {

namespace {

constexpr int kMarge = 8;
constexpr int kIcoon = 18;
constexpr int kMinBreedte = 72;

} // namespace

VandaagTeller::VandaagTeller(const QString& caption, QWidget* parent)
    : QAbstractButton(parent)
    , m_caption(caption)
{
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover); // repaint on enter and leave
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setText(caption);
    updateAccessibleName();
}

void VandaagTeller::setAantal(int aantal)
{
    if (aantal == m_aantal)
        return;
    m_aantal = aantal;
    updateAccessibleName();
    update();
}

void VandaagTeller::setAccent(const QColor& colour, const QIcon& icon)
{
    m_accent = colour;
    m_accentIcon = icon;
    update();
}

void VandaagTeller::updateAccessibleName()
{
    setAccessibleName(tr("%1: %2").arg(m_caption).arg(m_aantal));
}

QFont VandaagTeller::numberFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    return f;
}

QSize VandaagTeller::sizeHint() const
{
    const QFontMetrics number(numberFont());
    const QFontMetrics caption(font());
    const int width = std::max({kMinBreedte, caption.horizontalAdvance(m_caption) + 2 * kMarge,
                                number.horizontalAdvance(QStringLiteral("000")) + kIcoon + 3 * kMarge});
    return {width, number.height() + caption.height() + 2 * kMarge + 2};
}

QSize VandaagTeller::minimumSizeHint() const
{
    return {kMinBreedte, sizeHint().height()};
}

void VandaagTeller::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const bool accent = m_aantal > 0 && m_accent.isValid();

    // The frame: a checked tile is filled with a tint of the highlight and has a heavier border.
    const QRectF frame = QRectF(rect()).adjusted(1, 1, -1, -1);
    QPainterPath path;
    path.addRoundedRect(frame, 6, 6);
    QColor fill = pal.color(QPalette::Base);
    if (isChecked()) {
        QColor tint = pal.color(QPalette::Highlight);
        tint.setAlpha(40);
        p.fillPath(path, fill);
        fill = tint;
    } else if (underMouse()) {
        fill = pal.color(QPalette::AlternateBase);
    }
    p.fillPath(path, fill);
    p.setPen(QPen(isChecked() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), isChecked() ? 2.0 : 1.0));
    p.drawPath(path);

    const QRect inner = rect().adjusted(kMarge, kMarge / 2, -kMarge, -kMarge / 2);
    const QFont nf = numberFont();
    const QFontMetrics number(nf);
    QRect numberRect(inner.left(), inner.top(), inner.width(), number.height());
    if (accent && !m_accentIcon.isNull()) {
        const QRect icon(numberRect.left(), numberRect.center().y() - kIcoon / 2, kIcoon, kIcoon);
        m_accentIcon.paint(&p, icon);
        numberRect.setLeft(icon.right() + kMarge / 2);
    }
    p.setFont(nf);
    p.setPen(accent ? m_accent : pal.color(QPalette::Text));
    p.drawText(numberRect, Qt::AlignLeft | Qt::AlignVCenter, QString::number(m_aantal));

    p.setFont(font());
    p.setPen(pal.color(m_aantal > 0 ? QPalette::Text : QPalette::PlaceholderText));
    const QRect captionRect(inner.left(), numberRect.bottom(), inner.width(), inner.bottom() - numberRect.bottom());
    p.drawText(captionRect, Qt::AlignLeft | Qt::AlignVCenter,
               fontMetrics().elidedText(m_caption, Qt::ElideRight, captionRect.width()));

    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(3, 3, -3, -3);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

} // namespace ui
