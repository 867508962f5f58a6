// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "TestSupport.h"

#include "MainWindow.h"
#include "services/ArchiefService.h"
#include "services/DossierService.h"
#include "services/InstellingenService.h"
#include "services/PlanService.h"
#include "services/SocialeKaartService.h"
#include "services/SyncService.h"
#include "services/TrajectService.h"
#include "services/ZrmService.h"

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <functional>

namespace test {

/// Runs `fill` on the next modal dialog of type T as soon as it opens (dialogs use exec()).
template <typename T> void whenDialogOpens(std::function<void(T*)> fill)
{
    auto attempt = std::make_shared<std::function<void()>>();
    *attempt = [fill, attempt] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            fill(dialog);
            return;
        }
        QTimer::singleShot(10, *attempt);
    };
    QTimer::singleShot(0, *attempt);
}

/// The application as a consulent sees it: a main window over a real database file.
struct TempApp {
    TempWorkspace ws;
    core::DossierService dossiers{*ws};
    core::InstellingenService instellingen{*ws};
    core::ZrmService zrm{*ws};
    core::TrajectService trajecten{*ws};
    core::GesprekService gesprekken{*ws};
    core::PlanService plannen{*ws};
    core::SocialeKaartService socialeKaart{*ws};
    core::ArchiefService archief{*ws, trajecten};
    core::SyncService sync{*ws};
    std::unique_ptr<ui::MainWindow> window;

    explicit TempApp(const QString& consulent = QStringLiteral("Sanne Visser"))
    {
        REQUIRE(instellingen
                    .setMijnGegevens({consulent, QStringLiteral("Wmo-consulent"), QStringLiteral("0172-400100"),
                                      QStringLiteral("s.visser@example.nl"), QStringLiteral("Wijkteam Noord"),
                                      QStringLiteral("Gemeente Rijnwaarde")})
                    .ok());
        window = std::make_unique<ui::MainWindow>(
            ui::Services{dossiers, instellingen, zrm, trajecten, gesprekken, plannen, socialeKaart, &archief, &sync},
            ws.path());
        window->show();
    }
};

} // namespace test
