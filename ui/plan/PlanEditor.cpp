// SPDX-License-Identifier: EUPL-1.2
#include "PlanEditor.h"

#include "model/Traject.h"
#include "plan/ActieDialog.h"
#include "plan/DoelDialog.h"
#include "plan/EvaluatieDialog.h"
#include "plan/PlanDialog.h"
#include "plan/VaststellenDialog.h"
#include "services/DossierService.h"
#include "services/PlanService.h"
#include "services/TrajectService.h"
#include "zrm/ZrmInstrument.h"

#include <QMessageBox>
#include <QSet>
#include <QUndoStack>

#include <algorithm>

namespace ui {

namespace {

QSet<QString> actieIds(const core::Ondersteuningsplan& plan)
{
    QSet<QString> ids;
    for (const core::PlanDoel& d : plan.doelen) {
        for (const core::PlanActie& a : d.acties)
            ids.insert(a.meta.id);
    }
    return ids;
}

std::vector<core::PlanDoel>::iterator findDoel(core::Ondersteuningsplan& plan, const QString& id)
{
    return std::find_if(plan.doelen.begin(), plan.doelen.end(),
                        [&](const core::PlanDoel& d) { return !id.isEmpty() && d.meta.id == id; });
}

QString leefgebiedNaam(const QString& key)
{
    const core::ZrmInstrument* zrm = core::ZrmInstrument::find(core::ZrmInstrument::kZrm2017);
    const core::Leefgebied* l = zrm ? zrm->leefgebied(key) : nullptr;
    return l ? l->naam : key;
}

} // namespace

PlanEditor::PlanEditor(const Services& services, QUndoStack& undo, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_services(services)
    , m_undo(undo)
    , m_parent(dialogParent)
{
}

bool PlanEditor::confirm(const QString& question)
{
    return m_autoConfirm ||
           QMessageBox::question(m_parent, tr("Wijkdossier"), question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

void PlanEditor::report(const core::Error& error)
{
    emit failed(error.message);
}

PlanEditor::Command* PlanEditor::push(const QString& text, std::optional<core::Ondersteuningsplan> before,
                                      core::Ondersteuningsplan after, Command::Save save)
{
    if (!save)
        save = [this](const core::Ondersteuningsplan& p) { return m_services.plannen.savePlan(p); };
    auto* command = new Command(text, std::move(before), std::move(after), std::move(save),
                                [this](const core::Error& e) { report(e); });
    m_undo.push(command);
    // A failed save made the command obsolete and the stack has deleted it.
    const bool kept = m_undo.index() > 0 && m_undo.command(m_undo.index() - 1) == command;
    return kept ? command : nullptr;
}

std::optional<core::Ondersteuningsplan> PlanEditor::livingConcept(const QString& planId)
{
    auto plan = planId.isEmpty() ? std::nullopt : m_services.plannen.plan(planId);
    if (!plan || plan->meta.deleted)
        return std::nullopt;
    if (!plan->isConcept()) {
        emit failed(tr("This plan has been agreed and is read-only. Make a new version to change it."));
        return std::nullopt;
    }
    return plan;
}

QString PlanEditor::newPlan(const QString& inwonerId)
{
    const auto owner = m_services.dossiers.inwoner(inwonerId);
    if (!owner || owner->meta.deleted)
        return {};
    const auto trajecten = m_services.trajecten.trajecten(inwonerId);
    core::Ondersteuningsplan blank = m_services.plannen.nieuw(inwonerId);
    // The plan usually belongs to the traject the consulent is working in: the newest open one.
    const auto open =
        std::find_if(trajecten.begin(), trajecten.end(), [](const core::Traject& t) { return t.isOpen(); });
    if (open != trajecten.end())
        blank.trajectId = open->meta.id;
    PlanDialog dialog(blank, trajecten, m_services.dossiers.huishouden(inwonerId), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    Command* command = push(tr("new plan"), std::nullopt, dialog.plan());
    return command ? command->after().meta.id : QString();
}

bool PlanEditor::editPlan(const QString& planId)
{
    const auto before = livingConcept(planId);
    if (!before)
        return false;
    PlanDialog dialog(*before, m_services.trajecten.trajecten(before->inwonerId),
                      m_services.dossiers.huishouden(before->inwonerId), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return push(tr("edit plan"), before, dialog.plan()) != nullptr;
}

QString PlanEditor::addDoel(const QString& planId)
{
    const auto before = livingConcept(planId);
    if (!before)
        return {};
    DoelDialog dialog(*before, {}, m_services, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    Command* command = push(tr("add doel"), before, dialog.plan());
    if (!command || command->after().doelen.empty())
        return {};
    return command->after().doelen.back().meta.id;
}

bool PlanEditor::editDoel(const QString& planId, const QString& doelId)
{
    auto before = livingConcept(planId);
    if (!before || findDoel(*before, doelId) == before->doelen.end())
        return false;
    DoelDialog dialog(*before, doelId, m_services, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return push(tr("edit doel"), before, dialog.plan()) != nullptr;
}

bool PlanEditor::removeDoel(const QString& planId, const QString& doelId)
{
    auto before = livingConcept(planId);
    if (!before)
        return false;
    core::Ondersteuningsplan after = *before;
    const auto it = findDoel(after, doelId);
    if (it == after.doelen.end())
        return false;
    const QString vraag =
        it->acties.empty()
            ? tr("Remove the doel for %1? You can undo this with Edit → Undo.").arg(leefgebiedNaam(it->leefgebied))
            : tr("Remove the doel for %1 with its %n actie(s)? You can undo this with Edit → Undo.", nullptr,
                 static_cast<int>(it->acties.size()))
                  .arg(leefgebiedNaam(it->leefgebied));
    if (!confirm(vraag))
        return false;
    after.doelen.erase(it);
    return push(tr("remove doel"), before, after) != nullptr;
}

QString PlanEditor::addActie(const QString& planId, const QString& doelId, const QString& niveau)
{
    auto before = livingConcept(planId);
    if (!before || findDoel(*before, doelId) == before->doelen.end())
        return {};
    ActieDialog dialog(*before, doelId, {}, niveau, m_services, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    Command* command = push(tr("add actie"), before, dialog.plan());
    if (!command)
        return {};
    const QSet<QString> bestaand = actieIds(*before);
    for (const QString& id : actieIds(command->after())) {
        if (!bestaand.contains(id))
            return id;
    }
    return {};
}

bool PlanEditor::editActie(const QString& planId, const QString& actieId)
{
    auto before = livingConcept(planId);
    if (!before)
        return false;
    const auto doel = std::find_if(before->doelen.begin(), before->doelen.end(), [&](const core::PlanDoel& d) {
        return std::any_of(d.acties.begin(), d.acties.end(),
                           [&](const core::PlanActie& a) { return a.meta.id == actieId; });
    });
    if (actieId.isEmpty() || doel == before->doelen.end())
        return false;
    ActieDialog dialog(*before, doel->meta.id, actieId, {}, m_services, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return push(tr("edit actie"), before, dialog.plan()) != nullptr;
}

bool PlanEditor::removeActie(const QString& planId, const QString& actieId)
{
    auto before = livingConcept(planId);
    if (!before || actieId.isEmpty())
        return false;
    core::Ondersteuningsplan after = *before;
    for (core::PlanDoel& doel : after.doelen) {
        const auto it = std::find_if(doel.acties.begin(), doel.acties.end(),
                                     [&](const core::PlanActie& a) { return a.meta.id == actieId; });
        if (it == doel.acties.end())
            continue;
        if (!confirm(tr("Remove the actie “%1”? You can undo this with Edit → Undo.").arg(it->wat)))
            return false;
        doel.acties.erase(it);
        return push(tr("remove actie"), before, after) != nullptr;
    }
    return false;
}

bool PlanEditor::stelVast(const QString& planId)
{
    const auto plan = livingConcept(planId);
    if (!plan)
        return false;
    VaststellenDialog dialog(
        *plan, m_services.plannen.today(),
        [this, planId](const QDate& datum) { return m_services.plannen.stelVast(planId, datum); }, m_parent);
    return dialog.exec() == QDialog::Accepted;
}

QString PlanEditor::nieuweVersie(const QString& planId)
{
    auto vorige = planId.isEmpty() ? std::nullopt : m_services.plannen.plan(planId);
    if (!vorige || vorige->meta.deleted || vorige->isConcept())
        return {};
    // The first redo makes the version through the service; undo deletes it, a later redo restores it.
    core::Ondersteuningsplan nieuw = *vorige;
    nieuw.meta = core::SyncMeta{};
    Command* command =
        push(tr("new plan version"), std::nullopt, nieuw, [this, planId](const core::Ondersteuningsplan& p) {
            return p.meta.isNew() ? m_services.plannen.nieuweVersie(planId) : m_services.plannen.savePlan(p);
        });
    return command ? command->after().meta.id : QString();
}

bool PlanEditor::evalueer(const QString& planId)
{
    const auto plan = planId.isEmpty() ? std::nullopt : m_services.plannen.plan(planId);
    if (!plan || plan->meta.deleted || plan->status != QLatin1String("vastgesteld"))
        return false;
    EvaluatieDialog dialog(
        *plan, m_services.plannen,
        [this](const core::Ondersteuningsplan& evaluatie, const QDate& datum) {
            return m_services.plannen.evalueer(evaluatie, datum);
        },
        m_parent);
    return dialog.exec() == QDialog::Accepted;
}

bool PlanEditor::deletePlan(const QString& planId)
{
    const auto before = livingConcept(planId);
    if (!before)
        return false;
    if (!confirm(tr("Delete the draft of plan version %1? You can undo this with Edit → Undo.").arg(before->versie)))
        return false;
    core::Ondersteuningsplan after = *before;
    after.meta.deleted = true;
    return push(tr("delete plan"), before, after) != nullptr;
}

} // namespace ui
