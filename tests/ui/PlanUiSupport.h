// SPDX-License-Identifier: EUPL-1.2
// Shared by the Plan tab tests: an inwoner with a traject, netwerk and sociale kaart, the tab
// opened through the UI, and small helpers to click and type in its dialogs.
#pragma once

#include "TrajectUiSupport.h"

#include "plan/ActieDialog.h"
#include "plan/DoelDialog.h"
#include "plan/EvaluatieDialog.h"
#include "plan/PlanDetail.h"
#include "plan/PlanDialog.h"
#include "plan/PlanEditor.h"
#include "plan/PlanModel.h"
#include "plan/PlanPanel.h"
#include "plan/VaststellenDialog.h"
#include "plan/VoorzieningKiezer.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QMessageBox>
#include <QRadioButton>
#include <QTreeView>

namespace test::plan {

using namespace core;

inline QString kaartItem(test::TempApp& app, const char* naam, const char* vorm, const char* aanbieder)
{
    SocialeKaartItem item;
    item.naam = QString::fromUtf8(naam);
    item.vorm = QString::fromLatin1(vorm);
    item.aanbieder = QString::fromUtf8(aanbieder);
    item.categorie = QStringLiteral("huishoudelijke_hulp");
    auto saved = app.socialeKaart.save(item);
    REQUIRE(saved.ok());
    return saved->meta.id;
}

inline QString netwerkPersoon(test::TempApp& app, const QString& inwonerId, const char* naam, Relatie relatie,
                              std::optional<int> ediz = std::nullopt, bool mantelzorger = false)
{
    NetwerkPersoon p;
    p.inwonerId = inwonerId;
    p.naam = QString::fromUtf8(naam);
    p.relatie = relatie;
    p.telefoon = QStringLiteral("06-12345678");
    if (mantelzorger) {
        p.mantelzorg = Mantelzorg{};
        p.mantelzorg->urenPerWeek = 14;
        p.mantelzorg->belastingEdiz = ediz;
    }
    auto saved = app.dossiers.saveNetwerkPersoon(p);
    REQUIRE(saved.ok());
    return saved->meta.id;
}

/// Opens the dossier and clicks the Plan tab.
inline ui::PlanPanel* openPlan(test::TempApp& app, const QString& inwonerId)
{
    app.window->openInwoner(inwonerId);
    ui::DossierView* dossier = app.window->dossier();
    REQUIRE(dossier->plan());
    QTabBar* bar = dossier->tabs()->tabBar();
    const int tab = dossier->tabs()->indexOf(dossier->plan());
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
    REQUIRE(dossier->tabs()->currentWidget() == dossier->plan());
    return dossier->plan();
}

/// Clicks a radio button on its indicator (a click far right of a stretched button's text misses).
inline void clickRadio(QRadioButton* radio)
{
    REQUIRE(radio);
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    REQUIRE(radio->isChecked());
}

/// Types into a combo box as a user does: keyboard search picks the first item starting with `text`.
inline void typeInCombo(QComboBox* combo, const QString& text)
{
    // Keys typed within the keyboard input interval would extend the previous search.
    QTest::qWait(QApplication::keyboardInputInterval() + 20);
    combo->setFocus();
    QTest::keyClicks(combo, text);
}

inline void clickOk(QDialog* dialog)
{
    auto* box = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

/// Clicks the button when it is enabled (a disabled button ignores the click, as for a user).
inline void click(QPushButton* button)
{
    QTest::mouseClick(button, Qt::LeftButton);
}

/// The main window's Edit → Undo / Redo action.
inline QAction* editAction(test::TempApp& app, QKeySequence::StandardKey key)
{
    for (QAction* a : app.window->findChildren<QAction*>()) {
        if (a->shortcut() == QKeySequence(key))
            return a;
    }
    FAIL("no such action");
    return nullptr;
}

inline Ondersteuningsplan stored(test::TempApp& app, const QString& id)
{
    const auto p = app.plannen.plan(id);
    REQUIRE(p);
    return *p;
}

/// The rows under an index of the plan tree, as (kind, display text of column 0).
inline std::vector<std::pair<int, QString>> children(const QAbstractItemModel* model, const QModelIndex& parent)
{
    std::vector<std::pair<int, QString>> rows;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        rows.emplace_back(i.data(ui::PlanModel::KindRole).toInt(), i.data().toString());
    }
    return rows;
}

} // namespace test::plan
