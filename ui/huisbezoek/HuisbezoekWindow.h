// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "HuisbezoekSessie.h"
#include "HuisbezoekStap.h"

#include <QMap>
#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace ui {

/// Huisbezoek mode: a full-window flow for the kitchen table, in large type with big controls. Six
/// steps — aanwezigen, what to tell, leefgebieden, netwerk and mantelzorg, afspraken, summary —
/// walked with Next/Previous (Page Down/Page Up, Alt+→/Alt+←) or the step bar. Every edit is saved
/// as it is made, and so is the position: closing (Esc) asks nothing, and reopening resumes at the
/// same place. Save errors stay visible at the top until the next successful save of that part.
class HuisbezoekWindow : public QWidget {
    Q_OBJECT
public:
    /// `hervat` when continuing an earlier session: the window says so.
    HuisbezoekWindow(std::unique_ptr<HuisbezoekSessie> sessie, bool hervat, QWidget* parent = nullptr);
    ~HuisbezoekWindow() override;

    const HuisbezoekSessie& sessie() const { return *m_sessie; }
    QString inwonerId() const { return m_sessie->inwoner().meta.id; }
    /// The step shown, from 0.
    int stap() const { return m_index; }
    int aantalStappen() const { return static_cast<int>(m_stappen.size()); }
    HuisbezoekStap* huidigeStap() const { return m_stappen[static_cast<size_t>(m_index)]; }
    /// The save errors now shown (empty when everything is saved).
    QString foutmelding() const;

    void volgende();
    void vorige();
    void gaNaarStap(int index, HuisbezoekStap::Aankomst aankomst = HuisbezoekStap::Aankomst::Sprong);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString stijl() const;
    void stapGewijzigd();
    void bewaarPositie();
    void opgeslagen(HuisbezoekSessie::Deel deel);
    void mislukt(HuisbezoekSessie::Deel deel, const QString& melding);
    void toonFouten();
    void afronden();

    std::unique_ptr<HuisbezoekSessie> m_sessie;
    std::vector<HuisbezoekStap*> m_stappen;
    std::vector<QPushButton*> m_stapKnoppen;
    int m_index = 0;
    QMap<HuisbezoekSessie::Deel, QString> m_fouten;
    QLabel* m_opgeslagen;
    QLabel* m_melding;
    QLabel* m_fout;
    QStackedWidget* m_stapel = nullptr;
    QLabel* m_voortgang;
    QPushButton* m_vorige;
    QPushButton* m_volgende;
    bool m_begonnen = false; ///< shown at the position it resumed at
    bool m_sluiten = false;
};

} // namespace ui
