// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "HuisbezoekStap.h"

class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace ui {

class HuisbezoekSessie;

/// Step 6: everything recorded in this huisbezoek on one readable page, what is still open, a short
/// summary, and "Finish huisbezoek".
class SamenvattingStap : public HuisbezoekStap {
    Q_OBJECT
public:
    explicit SamenvattingStap(HuisbezoekSessie& sessie, QWidget* parent = nullptr);

    QString titel() const override;
    QString positie() const override;
    bool herstel(const QString& positie) override;
    void toon(Aankomst aankomst) override;

    /// The overview as HTML (what the page shows).
    QString overzicht() const;

signals:
    /// The consulent asked to finish the huisbezoek.
    void afrondenGevraagd();

private:
    QString tekst(const QString& platteTekst) const;

    HuisbezoekSessie& m_sessie;
    QTextBrowser* m_overzicht;
    QPlainTextEdit* m_samenvatting;
    QPushButton* m_afronden;
};

} // namespace ui
