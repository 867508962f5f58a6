// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace ui {

/// Offers a new Wmo traject with today's melding when the inwoner has no open one, and asks for the
/// hulpvraag in the inwoner's own words.
class NieuwTrajectDialog : public QDialog {
    Q_OBJECT
public:
    NieuwTrajectDialog(const QString& inwonerNaam, const QDate& vandaag, QWidget* parent = nullptr);

    QPlainTextEdit* hulpvraagVeld() const { return m_hulpvraag; }
    QString hulpvraag() const;

private:
    QPlainTextEdit* m_hulpvraag;
};

} // namespace ui
