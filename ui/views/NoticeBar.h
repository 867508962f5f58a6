// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QFrame>

class QLabel;

namespace ui {

/// A notice above the window's content that stays until the user closes it: something to know
/// that is not an error of what the user just did (a lock taken over, a database on a network
/// drive, a configuration file that could not be read). Non-modal: work goes on underneath.
class NoticeBar : public QFrame {
    Q_OBJECT
public:
    explicit NoticeBar(const QString& text, QWidget* parent = nullptr);
    QString text() const;

private:
    QLabel* m_label;
};

} // namespace ui
