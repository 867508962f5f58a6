// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"
#include "documents/GerenderdDocument.h"
#include "importing/CsvImportReport.h"
#include "model/CaseloadRow.h"
#include "model/Dossier.h"
#include "repo/InwonerRepository.h"
#include "rules/FieldError.h"

#include <QObject>

#include <functional>
#include <optional>
#include <vector>

namespace core {

class Workspace;

/// The one way to read and change inwoners, their huishouden and their netwerk. Every write is
/// validated, runs in one transaction, is recorded in the audit log, and is then announced by a
/// signal. Deleting is a tombstone: saving a record with `meta.deleted` set; saving it again
/// without the flag restores it (this is how undo works).
class DossierService : public QObject {
    Q_OBJECT
public:
    explicit DossierService(Workspace& workspace, QObject* parent = nullptr);

    // Inwoners
    rules::FieldErrors validate(const Inwoner& inwoner) const;
    /// Creates (empty id) or updates the inwoner; returns it as stored. Invalid input → Invalid
    /// with every message; a BSN another inwoner already has → Invalid.
    Result<Inwoner> saveInwoner(const Inwoner& inwoner);
    Status deleteInwoner(const QString& id);
    std::optional<Inwoner> inwoner(const QString& id) const;
    /// Opens the dossier for viewing and records that in the audit log.
    Result<Dossier> openDossier(const QString& id);
    std::vector<CaseloadRow> caseload(const repo::CaseloadQuery& query) const;
    /// Checks the valid rows of a read CSV file against this dossier, as the import will: a row whose
    /// BSN an inwoner here already has moves from `valid` to `rejected` (field "bsn", code
    /// "duplicate", with its line), so that `--check` and the import dialog say beforehand what the
    /// import would refuse. A failed read is an error and leaves the report as it was.
    Status screenImport(importing::CsvImportReport& report) const;
    /// Imports many new inwoners in one transaction; those without a vast aanspreekpunt get the
    /// consulent of Mijn gegevens. `progress(done, total)` may return false to cancel, which rolls
    /// everything back.
    Result<int> importInwoners(const std::vector<Inwoner>& inwoners,
                               const std::function<bool(int, int)>& progress = {});

    // Netwerk and mantelzorg
    rules::FieldErrors validate(const NetwerkPersoon& persoon) const;
    Result<NetwerkPersoon> saveNetwerkPersoon(const NetwerkPersoon& persoon);
    Status deleteNetwerkPersoon(const QString& id);
    std::optional<NetwerkPersoon> netwerkPersoon(const QString& id) const;
    std::vector<NetwerkPersoon> netwerk(const QString& inwonerId) const;

    // Huishouden
    std::optional<Huishouden> huishouden(const QString& inwonerId) const;
    /// Adds a member to the inwoner's huishouden, creating the huishouden (with the inwoner as its
    /// first member) when there is none. A member who is an inwoner may be in one huishouden only.
    Result<Huishoudlid> addHuishoudlid(const QString& inwonerId, Huishoudlid lid);
    /// Updates, removes (tombstone) or restores a member.
    Result<Huishoudlid> saveHuishoudlid(const Huishoudlid& lid);

    // Documents
    /// Renders a printed document (see core::documents) for the inwoner, traject or plan `id`, with
    /// the gemeente's templates; records the export in the audit log as the document does.
    documents::GerenderdDocument renderDocument(documents::DocumentSoort soort, const QString& id);

signals:
    void inwonerChanged(const QString& id);
    void netwerkChanged(const QString& inwonerId);
    void huishoudenChanged(const QString& huishoudenId);

private:
    template <typename Fn> auto guarded(Fn&& fn) const -> decltype(fn());
    template <typename Fn> auto reading(Fn&& fn) const -> decltype(fn());
    template <typename T, typename Repository>
    T write(T record, Repository& repository, const QString& entity, bool& changed);

    Workspace& m_ws;
};

} // namespace core
