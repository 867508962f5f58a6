// SPDX-License-Identifier: EUPL-1.2
#include "DossierEditor.h"

#include "commands/SaveRecordCommand.h"
#include "dialogs/HuishoudlidDialog.h"
#include "dialogs/InwonerDialog.h"
#include "dialogs/NetwerkPersoonDialog.h"
#include "services/DossierService.h"
#include "services/InstellingenService.h"

#include <QMessageBox>
#include <QUndoStack>

namespace ui {

DossierEditor::DossierEditor(core::DossierService& dossiers, core::InstellingenService& instellingen, QUndoStack& undo,
                             QWidget* dialogParent)
    : QObject(dialogParent)
    , m_dossiers(dossiers)
    , m_instellingen(instellingen)
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

QString DossierEditor::newInwoner()
{
    core::Inwoner blank;
    const core::MijnGegevens mij = m_instellingen.mijnGegevens();
    blank.aanspreekpunt = {mij.naam, mij.telefoon};
    InwonerDialog dialog(blank, m_dossiers, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    auto* command = new SaveRecordCommand<core::Inwoner>(
        tr("new inwoner"), std::nullopt, dialog.inwoner(),
        [this](const core::Inwoner& in) { return m_dossiers.saveInwoner(in); },
        [this](const core::Error& e) { report(e); });
    m_undo.push(command);
    // An obsolete command (failed save) has been deleted by the stack; check through the index.
    if (m_undo.count() == 0 || m_undo.command(m_undo.index() - 1) != command)
        return {};
    return command->after().meta.id;
}

bool DossierEditor::editInwoner(const QString& id)
{
    const auto before = m_dossiers.inwoner(id);
    if (!before || before->meta.deleted)
        return false;
    InwonerDialog dialog(*before, m_dossiers, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_undo.push(new SaveRecordCommand<core::Inwoner>(
        tr("edit persoonsgegevens"), before, dialog.inwoner(),
        [this](const core::Inwoner& in) { return m_dossiers.saveInwoner(in); },
        [this](const core::Error& e) { report(e); }));
    return true;
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
    m_undo.push(new SaveRecordCommand<core::Inwoner>(
        tr("delete inwoner"), before, after, [this](const core::Inwoner& in) { return m_dossiers.saveInwoner(in); },
        [this](const core::Error& e) { report(e); }));
    return true;
}

bool DossierEditor::addNetwerkPersoon(const QString& inwonerId)
{
    core::NetwerkPersoon blank;
    blank.inwonerId = inwonerId;
    NetwerkPersoonDialog dialog(blank, m_dossiers, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_undo.push(new SaveRecordCommand<core::NetwerkPersoon>(
        tr("add to netwerk"), std::nullopt, dialog.persoon(),
        [this](const core::NetwerkPersoon& p) { return m_dossiers.saveNetwerkPersoon(p); },
        [this](const core::Error& e) { report(e); }));
    return true;
}

bool DossierEditor::editNetwerkPersoon(const QString& id)
{
    const auto before = m_dossiers.netwerkPersoon(id);
    if (!before || before->meta.deleted)
        return false;
    NetwerkPersoonDialog dialog(*before, m_dossiers, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_undo.push(new SaveRecordCommand<core::NetwerkPersoon>(
        tr("edit netwerk person"), before, dialog.persoon(),
        [this](const core::NetwerkPersoon& p) { return m_dossiers.saveNetwerkPersoon(p); },
        [this](const core::Error& e) { report(e); }));
    return true;
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
    m_undo.push(new SaveRecordCommand<core::NetwerkPersoon>(
        tr("remove from netwerk"), before, after,
        [this](const core::NetwerkPersoon& p) { return m_dossiers.saveNetwerkPersoon(p); },
        [this](const core::Error& e) { report(e); }));
    return true;
}

bool DossierEditor::addHuishoudlid(const QString& inwonerId)
{
    HuishoudlidDialog dialog(m_dossiers, inwonerId, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_undo.push(new SaveRecordCommand<core::Huishoudlid>(
        tr("add household member"), std::nullopt, dialog.lid(),
        [this, inwonerId](const core::Huishoudlid& lid) {
            return lid.meta.isNew() ? m_dossiers.addHuishoudlid(inwonerId, lid) : m_dossiers.saveHuishoudlid(lid);
        },
        [this](const core::Error& e) { report(e); }));
    return true;
}

bool DossierEditor::removeHuishoudlid(const core::Huishoudlid& lid)
{
    if (!confirm(tr("Remove %1 from the household?").arg(lid.naam)))
        return false;
    core::Huishoudlid after = lid;
    after.meta.deleted = true;
    m_undo.push(new SaveRecordCommand<core::Huishoudlid>(
        tr("remove household member"), lid, after,
        [this](const core::Huishoudlid& l) { return m_dossiers.saveHuishoudlid(l); },
        [this](const core::Error& e) { report(e); }));
    return true;
}

} // namespace ui
