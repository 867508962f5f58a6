// SPDX-License-Identifier: EUPL-1.2
#include "HuisbezoekLauncher.h"

#include <QScreen>

#include "HuisbezoekSessie.h"
#include "HuisbezoekWindow.h"
#include "NieuwTrajectDialog.h"
#include "TrajectKiezenDialog.h"
#include "services/DossierService.h"
#include "services/TrajectService.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>

#include <algorithm>

namespace ui {

namespace {

void waarschuw(QWidget* parent, const QString& tekst)
{
    QMessageBox::warning(parent, QCoreApplication::translate("ui::HuisbezoekLauncher", "Start huisbezoek"), tekst);
}

/// The traject for a new huisbezoek: the one open traject, one the consulent picks, or a new one.
std::optional<core::Traject> kiesTraject(const Services& services, const core::Inwoner& inwoner, QWidget* parent)
{
    std::vector<core::Traject> open = services.trajecten.trajecten(inwoner.meta.id);
    open.erase(std::remove_if(open.begin(), open.end(), [](const core::Traject& t) { return !t.isOpen(); }),
               open.end());
    if (open.size() == 1)
        return open.front();
    if (open.size() > 1) {
        TrajectKiezenDialog dialog(inwoner.weergavenaam(), open, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        const QString id = dialog.trajectId();
        const auto it = std::find_if(open.begin(), open.end(), [&](const core::Traject& t) { return t.meta.id == id; });
        return it == open.end() ? std::nullopt : std::optional<core::Traject>(*it);
    }
    NieuwTrajectDialog dialog(inwoner.weergavenaam(), services.trajecten.today(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    core::Traject nieuw = services.trajecten.nieuw(inwoner.meta.id);
    nieuw.hulpvraag = dialog.hulpvraag();
    auto saved = services.trajecten.saveTraject(nieuw);
    if (!saved) {
        waarschuw(parent, QCoreApplication::translate("ui::HuisbezoekLauncher", "The traject could not be created: %1")
                              .arg(saved.error().message));
        return std::nullopt;
    }
    return saved.value();
}

} // namespace

bool startHuisbezoek(const Services& services, const QString& inwonerId, QWidget* parent)
{
    // One window per inwoner: a second start brings the open one forward.
    for (QWidget* w : QApplication::topLevelWidgets()) {
        auto* open = qobject_cast<HuisbezoekWindow*>(w);
        if (open && open->inwonerId() == inwonerId && !open->isHidden()) {
            open->raise();
            open->activateWindow();
            return true;
        }
    }

    const auto inwoner = services.dossiers.inwoner(inwonerId);
    if (!inwoner || inwoner->meta.deleted) {
        waarschuw(parent, QCoreApplication::translate("ui::HuisbezoekLauncher", "This inwoner no longer exists."));
        return false;
    }

    bool hervat = false;
    std::optional<core::Gesprek> gesprek = services.gesprekken.onafgerond(inwonerId);
    std::optional<core::Traject> traject;
    if (gesprek) {
        traject = services.trajecten.traject(gesprek->trajectId);
        hervat = traject.has_value();
    }
    if (!hervat) {
        traject = kiesTraject(services, *inwoner, parent);
        if (!traject)
            return false;
        auto gestart = services.gesprekken.startHuisbezoek(traject->meta.id);
        if (!gestart) {
            waarschuw(parent,
                      QCoreApplication::translate("ui::HuisbezoekLauncher", "The huisbezoek could not be started: %1")
                          .arg(gestart.error().message));
            return false;
        }
        gesprek = std::move(gestart.value());
    }

    auto sessie = std::make_unique<HuisbezoekSessie>(services, *inwoner, *traject, *gesprek);
    auto* window = new HuisbezoekWindow(std::move(sessie), hervat, parent);
    // Maximized by the window manager; sized to the screen too, for when there is none.
    window->resize(window->screen()->availableGeometry().size());
    window->showMaximized();
    window->activateWindow();
    return true;
}

} // namespace ui
