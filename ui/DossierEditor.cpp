// SPDX-License-Identifier: EUPL-1.2
#include "DossierEditor.h"

#include "commands/SaveRecordCommand.h"
#include "dialogs/HuishoudlidDialog.h"
#include "dialogs/InwonerDialog.h"
#include "dialogs/NetwerkPersoonDialog.h"
#include "model/Keuzelijst.h"
#include "services/DossierService.h"
#include "services/InstellingenService.h"
#include "services/TrajectService.h"
#include "services/ZrmService.h"
#include "traject/GesprekDialog.h"
#include "traject/SignaalDialog.h"
#include "traject/TermijnOpschortingDialog.h"
#include "traject/TrajectDialog.h"
#include "traject/TrajectStapDialog.h"
#include "traject/VoorzieningDialog.h"
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
    , m_trajecten(services.trajecten)
    , m_gesprekken(services.gesprekken)
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

std::function<core::Result<core::Gesprek>(const core::Gesprek&)> DossierEditor::saveGesprek()
{
    return [this](const core::Gesprek& g) { return m_gesprekken.saveGesprek(g); };
}

std::function<core::Result<core::Signaal>(const core::Signaal&)> DossierEditor::saveSignaal()
{
    return [this](const core::Signaal& s) { return m_trajecten.saveSignaal(s); };
}

std::optional<core::Traject> DossierEditor::livingTraject(const QString& id) const
{
    auto t = id.isEmpty() ? std::nullopt : m_trajecten.traject(id);
    if (!t || t->meta.deleted)
        return std::nullopt;
    return t;
}

QString DossierEditor::inwonerNaam(const QString& inwonerId) const
{
    const auto in = m_dossiers.inwoner(inwonerId);
    return in ? in->weergavenaam() : QString();
}

bool DossierEditor::pushTraject(const QString& text, const core::Traject& before, const core::Traject& after)
{
    return push<core::Traject>(text, before, after,
                               [this](const core::Traject& t) { return m_trajecten.saveTraject(t); }) != nullptr;
}

QString DossierEditor::newTraject(const QString& inwonerId)
{
    const auto owner = m_dossiers.inwoner(inwonerId);
    if (!owner || owner->meta.deleted)
        return {};
    TrajectDialog dialog(m_trajecten.nieuw(inwonerId), m_trajecten, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    auto* command = push<core::Traject>(tr("new traject"), std::nullopt, dialog.traject(),
                                        [this](const core::Traject& t) { return m_trajecten.saveTraject(t); });
    return command ? command->after().meta.id : QString();
}

bool DossierEditor::editTraject(const QString& id)
{
    const auto before = livingTraject(id);
    if (!before)
        return false;
    TrajectDialog dialog(*before, m_trajecten, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return pushTraject(tr("edit traject"), *before, dialog.traject());
}

bool DossierEditor::deleteTraject(const QString& id)
{
    const auto before = livingTraject(id);
    if (!before)
        return false;
    if (!confirm(tr("Delete the traject of the melding of %1 (%2)? You can undo this with Edit → Undo.")
                     .arg(before->meldingDatum.toString(QStringLiteral("dd-MM-yyyy")),
                          core::keuzeLabel(core::Keuzelijst::Domein, before->domein))))
        return false;
    core::Traject after = *before;
    after.meta.deleted = true;
    return pushTraject(tr("delete traject"), *before, after);
}

bool DossierEditor::recordStap(const QString& trajectId, core::StapSoort soort, const QString& betreft)
{
    const auto before = livingTraject(trajectId);
    if (!before)
        return false;
    QString wie;
    if (betreft == core::kBetreftInwoner) {
        wie = inwonerNaam(before->inwonerId);
    } else if (!betreft.isEmpty()) {
        const auto persoon = m_dossiers.netwerkPersoon(betreft);
        wie = persoon ? persoon->naam : tr("someone no longer in the netwerk");
    }
    TrajectStapDialog dialog(*before, soort, betreft, wie, m_instellingen.mijnGegevens().naam, m_trajecten, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString text =
        dialog.gewist() ? tr("clear step: %1").arg(core::label(soort)) : tr("record step: %1").arg(core::label(soort));
    return pushTraject(text, *before, dialog.traject());
}

bool DossierEditor::opschorten(const QString& trajectId)
{
    const auto before = livingTraject(trajectId);
    if (!before)
        return false;
    TermijnOpschortingDialog dialog(*before, m_trajecten, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return pushTraject(tr("suspend term"), *before, dialog.traject());
}

bool DossierEditor::removeOpschorting(const QString& trajectId, const QString& opschortingId)
{
    const auto before = livingTraject(trajectId);
    if (!before)
        return false;
    core::Traject after = *before;
    const auto removed = std::erase_if(after.opschortingen,
                                       [&](const core::TermijnOpschorting& o) { return o.meta.id == opschortingId; });
    if (removed == 0 || !confirm(tr("Remove this suspension? The deadline moves back.")))
        return false;
    return pushTraject(tr("remove suspension"), *before, after);
}

bool DossierEditor::addVoorziening(const QString& trajectId)
{
    const auto before = livingTraject(trajectId);
    if (!before)
        return false;
    VoorzieningDialog dialog(*before, {}, m_trajecten, m_services.socialeKaart, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return pushTraject(tr("add voorziening"), *before, dialog.traject());
}

bool DossierEditor::editVoorziening(const QString& trajectId, const QString& voorzieningId)
{
    const auto before = livingTraject(trajectId);
    if (!before || voorzieningId.isEmpty())
        return false;
    VoorzieningDialog dialog(*before, voorzieningId, m_trajecten, m_services.socialeKaart, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return pushTraject(tr("edit voorziening"), *before, dialog.traject());
}

bool DossierEditor::removeVoorziening(const QString& trajectId, const QString& voorzieningId)
{
    const auto before = livingTraject(trajectId);
    if (!before)
        return false;
    core::Traject after = *before;
    const auto removed =
        std::erase_if(after.voorzieningen, [&](const core::Voorziening& v) { return v.meta.id == voorzieningId; });
    if (removed == 0 || !confirm(tr("Remove this voorziening from the beschikking?")))
        return false;
    return pushTraject(tr("remove voorziening"), *before, after);
}

QString DossierEditor::newGesprek(const QString& trajectId)
{
    const auto traject = livingTraject(trajectId);
    if (!traject)
        return {};
    core::Gesprek blank;
    blank.trajectId = trajectId;
    blank.datum = m_trajecten.today();
    blank.afgerond = true; // recorded afterwards; a huisbezoek in progress is started elsewhere
    blank.aanwezigen.push_back({{}, QStringLiteral("inwoner"), {}, {}});
    GesprekDialog dialog(blank, m_dossiers.netwerk(traject->inwonerId), inwonerNaam(traject->inwonerId), m_gesprekken,
                         m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    auto* command = push<core::Gesprek>(tr("new gesprek"), std::nullopt, dialog.gesprek(), saveGesprek());
    return command ? command->after().meta.id : QString();
}

bool DossierEditor::editGesprek(const QString& id)
{
    const auto before = m_gesprekken.gesprek(id);
    if (!before || before->meta.deleted)
        return false;
    const auto traject = m_trajecten.traject(before->trajectId);
    const QString inwonerId = traject ? traject->inwonerId : QString();
    GesprekDialog dialog(*before, m_dossiers.netwerk(inwonerId), inwonerNaam(inwonerId), m_gesprekken, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return push<core::Gesprek>(tr("edit gesprek"), before, dialog.gesprek(), saveGesprek()) != nullptr;
}

bool DossierEditor::deleteGesprek(const QString& id)
{
    const auto before = m_gesprekken.gesprek(id);
    if (!before || before->meta.deleted)
        return false;
    if (!confirm(tr("Delete the gesprek of %1? You can undo this with Edit → Undo.")
                     .arg(before->datum.toString(QStringLiteral("dd-MM-yyyy")))))
        return false;
    core::Gesprek after = *before;
    after.meta.deleted = true;
    return push<core::Gesprek>(tr("delete gesprek"), before, after, saveGesprek()) != nullptr;
}

QString DossierEditor::newSignaal(const QString& inwonerId)
{
    const auto owner = m_dossiers.inwoner(inwonerId);
    if (!owner || owner->meta.deleted)
        return {};
    core::Signaal blank;
    blank.inwonerId = inwonerId;
    blank.datum = m_trajecten.today();
    SignaalDialog dialog(blank, m_trajecten, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    auto* command = push<core::Signaal>(tr("new signal"), std::nullopt, dialog.signaal(), saveSignaal());
    return command ? command->after().meta.id : QString();
}

bool DossierEditor::editSignaal(const core::Signaal& before)
{
    if (before.meta.deleted)
        return false;
    SignaalDialog dialog(before, m_trajecten, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return push<core::Signaal>(tr("edit signal"), before, dialog.signaal(), saveSignaal()) != nullptr;
}

bool DossierEditor::deleteSignaal(const core::Signaal& before)
{
    if (before.meta.deleted || !confirm(tr("Delete the signal of %1? You can undo this with Edit → Undo.")
                                            .arg(before.datum.toString(QStringLiteral("dd-MM-yyyy")))))
        return false;
    core::Signaal after = before;
    after.meta.deleted = true;
    return push<core::Signaal>(tr("delete signal"), before, after, saveSignaal()) != nullptr;
}

} // namespace ui
