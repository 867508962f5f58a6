// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "HuisbezoekStap.h"

class QPlainTextEdit;

namespace ui {

class HuisbezoekSessie;

/// Step 5: what was agreed (who does what, by when), saved on every key.
class AfsprakenStap : public HuisbezoekStap {
    Q_OBJECT
public:
    explicit AfsprakenStap(HuisbezoekSessie& sessie, QWidget* parent = nullptr);

    QString titel() const override;
    QString positie() const override;
    bool herstel(const QString& positie) override;
    void toon(Aankomst aankomst) override;

private:
    HuisbezoekSessie& m_sessie;
    QPlainTextEdit* m_afspraken;
};

} // namespace ui
