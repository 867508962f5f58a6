// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QAbstractButton>
#include <QColor>

namespace ui {

/// One summary count at the top of "Vandaag": a large number over a short caption, checkable to
/// narrow the list to its group. When the count is not zero the number takes the accent colour
/// and the icon is shown, so an alarming count never relies on colour alone.
class VandaagTeller : public QAbstractButton {
    Q_OBJECT
public:
    explicit VandaagTeller(const QString& caption, QWidget* parent = nullptr);

    void setAantal(int aantal);
    int aantal() const { return m_aantal; }
    QString caption() const { return m_caption; }
    /// The colour and icon used while the count is not zero (none by default).
    void setAccent(const QColor& colour, const QIcon& icon);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QFont numberFont() const;
    void updateAccessibleName();

    QString m_caption;
    int m_aantal = 0;
    QColor m_accent;
    QIcon m_accentIcon;
};

} // namespace ui
