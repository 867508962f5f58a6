// SPDX-License-Identifier: EUPL-1.2
#include "DossierEditor.h"

#include "commands/SaveRecordCommand.h"
#include "dialogs/HuishoudlidDialog.h"
#include "dialogs/InwonerDialog.h"
#include "dialogs/NetwerkPersoonDialog.h"
#include "services/DossierService.h"
#include "services/InstellingenService.h"
#include "services/ZrmService.h"
#include "zrm/ZrmMetingDialog.h"

#include <QMessageBox>
#include <QUndoStack>

#include <algorithm>

namespace ui {

DossierEditor::DossierEditor(const Services& services, QUndoStack& undo, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_services(services)
    , m_dossiers(services.dossiers)
    , m_instellingen(services.instellingen)
    , m_zrm(services.zrm)
    , m_undo(undo)
    , m_parent(dialogParent)
{
}

bool DossierEditor::confirm(const QString& question)
{
    return m_autoConfirm ||
           QMessageBox::question(m_parent, tr("Wijkdossier"), question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

void DossierEditor::report(const core::Error& error)
{
    emit failed(error.message);
}

template <typename T>
SaveRecordCommand<T>* DossierEditor::push(const QString& text, std::optional<T> before, T after,
                                          std::function<core::Result<T>(const T&)> save)
{
    auto* command = new SaveRecordCommand<T>(text, std::move(before), std::move(after), std::move(save),
                                             [this](const core::Error& e) { report(e); });
    m_undo.push(command);
    // A failed save made the command obsolete and the stack has deleted it.
    const bool kept = m_undo.index() > 0 && m_undo.command(m_undo.index() - 1) == command;
    return kept ? command : nullptr;
}

std::function<core::Result<core::Inwoner>(const core::Inwoner&)> DossierEditor::saveInwoner()
{
    return [this](const core::Inwoner& in) { return m_dossiers.saveInwoner(in); };
}

std::function<core::Result<core::NetwerkPersoon>(const core::NetwerkPersoon&)> DossierEditor::saveNetwerkPersoon()
{
    return [this](const core::NetwerkPersoon& p) { return m_dossiers.saveNetwerkPersoon(p); };
}

std::function<core::Result<core::ZrmMeting>(const core::ZrmMeting&)> DossierEditor::saveMeting()
{
    return [this](const core::ZrmMeting& m) { return m_zrm.saveMeting(m); };
}

QString DossierEditor::newInwoner()
{
    core::Inwoner blank;
    const core::MijnGegevens mij = m_instellingen.mijnGegevens();
    blank.aanspreekpunt = {mij.naam, mij.telefoon};
    InwonerDialog dialog(blank, m_dossiers, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    auto* command = push<core::Inwoner>(tr("new inwoner"), std::nullopt, dialog.inwoner(), saveInwoner());
    return command ? command->after().meta.id : QString();
}

bool DossierEditor::editInwoner(const QString& id)
{
    const auto before = m_dossiers.inwoner(id);
    if (!before || before->meta.deleted)
        return false;
    InwonerDialog dialog(*before, m_dossiers, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return push<core::Inwoner>(tr("edit persoonsgegevens"), before, dialog.inwoner(), saveInwoner()) != nullptr;
}

bool DossierEditor::deleteInwoner(const QString& id)
{
    const auto before = m_dossiers.inwoner(id);
    if (!before || before->meta.deleted)
        return false;
    if (!confirm(tr("Delete %1 from the file? You can undo this with Edit → Undo.").arg(before->weergavenaam())))
        return false;
    core::Inwoner after = *before;
    after.meta.deleted = true;
    return push<core::Inwoner>(tr("delete inwoner"), before, after, saveInwoner()) != nullptr;
}

bool DossierEditor::addNetwerkPersoon(const QString& inwonerId)
{
    core::NetwerkPersoon blank;
    blank.inwonerId = inwonerId;
    NetwerkPersoonDialog dialog(blank, m_dossiers, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return push<core::NetwerkPersoon>(tr("add to netwerk"), std::nullopt, dialog.persoon(), saveNetwerkPersoon()) !=
           nullptr;
}

bool DossierEditor::editNetwerkPersoon(const QString& id)
{
    const auto before = m_dossiers.netwerkPersoon(id);
    if (!before || before->meta.deleted)
        return false;
    NetwerkPersoonDialog dialog(*before, m_dossiers, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return push<core::NetwerkPersoon>(tr("edit netwerk person"), before, dialog.persoon(), saveNetwerkPersoon()) !=
           nullptr;
}

bool DossierEditor::deleteNetwerkPersoon(const QString& id)
{
    const auto before = m_dossiers.netwerkPersoon(id);
    if (!before || before->meta.deleted)
        return false;
    if (!confirm(tr("Remove %1 from the netwerk?").arg(before->naam)))
        return false;
    core::NetwerkPersoon after = *before;
    after.meta.deleted = true;
    return push<core::NetwerkPersoon>(tr("remove from netwerk"), before, after, saveNetwerkPersoon()) != nullptr;
}

bool DossierEditor::addHuishoudlid(const QString& inwonerId)
{
    HuishoudlidDialog dialog(m_dossiers, inwonerId, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // The first redo adds the member; later redos restore the same record.
    return push<core::Huishoudlid>(tr("add household member"), std::nullopt, dialog.lid(),
                                   [this, inwonerId](const core::Huishoudlid& lid) {
                                       return lid.meta.isNew() ? m_dossiers.addHuishoudlid(inwonerId, lid)
                                                               : m_dossiers.saveHuishoudlid(lid);
                                   }) != nullptr;
}

bool DossierEditor::removeHuishoudlid(const core::Huishoudlid& lid)
{
    if (!confirm(tr("Remove %1 from the household?").arg(lid.naam)))
        return false;
    core::Huishoudlid after = lid;
    after.meta.deleted = true;
    return push<core::Huishoudlid>(tr("remove household member"), lid, after, [this](const core::Huishoudlid& l) {
               return m_dossiers.saveHuishoudlid(l);
           }) != nullptr;
}

std::optional<core::ZrmMeting> DossierEditor::vorigeMeting(const QString& inwonerId, const QString& id) const
{
    const auto metingen = m_zrm.metingen(inwonerId);
    const auto it =
        std::find_if(metingen.begin(), metingen.end(), [&](const core::ZrmMeting& m) { return m.meta.id == id; });
    if (it == metingen.begin())
        return std::nullopt;
    return *std::prev(it);
}

QString DossierEditor::newMeting(const QString& inwonerId)
{
    const auto owner = m_dossiers.inwoner(inwonerId);
    if (!owner || owner->meta.deleted)
        return {};
    core::ZrmMeting blank;
    blank.inwonerId = inwonerId;
    blank.datum = m_zrm.today();
    blank.door = m_instellingen.mijnGegevens().naam;
    const auto vorige = vorigeMeting(inwonerId, {});
    blank.moment = vorige ? core::ZrmMoment::Tussentijds : core::ZrmMoment::Intake;
    ZrmMetingDialog dialog(blank, vorige, m_zrm, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    auto* command = push<core::ZrmMeting>(tr("new ZRM meting"), std::nullopt, dialog.meting(), saveMeting());
    return command ? command->after().meta.id : QString();
}

bool DossierEditor::editMeting(const QString& id)
{
    const auto before = m_zrm.meting(id);
    if (!before || before->meta.deleted)
        return false;
    ZrmMetingDialog dialog(*before, vorigeMeting(before->inwonerId, id), m_zrm, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return push<core::ZrmMeting>(tr("edit ZRM meting"), before, dialog.meting(), saveMeting()) != nullptr;
}

bool DossierEditor::deleteMeting(const QString& id)
{
    const auto before = m_zrm.meting(id);
    if (!before || before->meta.deleted)
        return false;
    if (!confirm(tr("Delete the ZRM meting of %1? You can undo this with Edit → Undo.")
                     .arg(before->datum.toString(QStringLiteral("dd-MM-yyyy")))))
        return false;
    core::ZrmMeting after = *before;
    after.meta.deleted = true;
    return push<core::ZrmMeting>(tr("delete ZRM meting"), before, after, saveMeting()) != nullptr;
}

} // namespace ui
