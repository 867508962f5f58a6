// SPDX-License-Identifier: EUPL-1.2
#include "DossierService.h"

#include "Clock.h"
#include "Workspace.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "documents/InzageDocument.h"
#include "documents/NetwerkkaartDocument.h"
#include "documents/OntvangstbevestigingDocument.h"
#include "documents/PlanDocument.h"
#include "documents/VerslagDocument.h"
#include "repo/HuishoudenRepository.h"
#include "repo/InstellingRepository.h"
#include "repo/InwonerRepository.h"
#include "repo/NetwerkRepository.h"
#include "rules/Validation.h"

#include <algorithm>

#include <QCoreApplication>
#include <QStringList>

namespace core {

namespace {

using rules::Validation;

Error notFound()
{
    return Error{ErrorCode::NotFound,
                 QCoreApplication::translate("core::DossierService", "This record no longer exists.")};
}

// The audit action for a write from `before` (nullopt when new) to `after`.
QString auditAction(const std::optional<SyncMeta>& before, const SyncMeta& after)
{
    if (!before)
        return QStringLiteral("create");
    if (!before->deleted && after.deleted)
        return QStringLiteral("delete");
    if (before->deleted && !after.deleted)
        return QStringLiteral("restore");
    return QStringLiteral("update");
}

template <typename T> std::optional<SyncMeta> metaOf(const std::optional<T>& record)
{
    return record ? std::optional<SyncMeta>(record->meta) : std::nullopt;
}

} // namespace

DossierService::DossierService(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_ws(workspace)
{
}

template <typename Fn> auto DossierService::guarded(Fn&& fn) const -> decltype(fn())
{
    try {
        return fn();
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

// Stores one record the way every synced record is stored: unchanged content writes nothing;
// otherwise the version metadata is stamped, the row saved and the audit log told. The caller
// holds the transaction.
template <typename T, typename Repository>
T DossierService::write(T record, Repository& repository, const QString& entity, bool& changed)
{
    const auto before = record.meta.isNew() ? std::nullopt : repository.get(record.meta.id);
    changed = !(before && before->sameContent(record));
    if (!changed)
        return *before;
    if (before)
        record.meta.createdAt = before->meta.createdAt;
    m_ws.stamp(record.meta);
    repository.save(record);
    m_ws.logAudit(auditAction(metaOf(before), record.meta), entity, record.meta.id);
    return record;
}

// Reads never fail loudly: a database error reads as "nothing there".
template <typename Fn> auto DossierService::reading(Fn&& fn) const -> decltype(fn())
{
    try {
        return fn();
    } catch (const db::DatabaseError&) {
        return {};
    }
}

rules::FieldErrors DossierService::validate(const Inwoner& in) const
{
    const Inwoner n = Validation::normalised(in);
    rules::FieldErrors errors = Validation::check(n, m_ws.clock().today());
    if (!n.bsn.isEmpty() && !n.meta.deleted) {
        const auto other = reading([&] { return m_ws.inwoners().idForBsn(n.bsn); });
        if (other && *other != n.meta.id)
            errors.push_back({QStringLiteral("bsn"), QStringLiteral("duplicate"),
                              tr("Another inwoner in this file already has this BSN.")});
    }
    return errors;
}

Result<Inwoner> DossierService::saveInwoner(const Inwoner& input)
{
    return guarded([&]() -> Result<Inwoner> {
        Inwoner in = Validation::normalised(input);
        if (const auto errors = validate(in); !errors.empty())
            return rules::invalid(errors);
        db::Transaction tx(m_ws.db());
        bool changed = false;
        in = write(std::move(in), m_ws.inwoners(), QStringLiteral("inwoner"), changed);
        if (!changed)
            return in;
        tx.commit();
        emit inwonerChanged(in.meta.id);
        return in;
    });
}

Status DossierService::deleteInwoner(const QString& id)
{
    auto in = inwoner(id);
    if (!in)
        return notFound();
    in->meta.deleted = true;
    auto saved = saveInwoner(*in);
    return saved ? Status() : Status(saved.error());
}

std::optional<Inwoner> DossierService::inwoner(const QString& id) const
{
    return reading([&] { return m_ws.inwoners().get(id); });
}

Result<Dossier> DossierService::openDossier(const QString& id)
{
    return guarded([&]() -> Result<Dossier> {
        auto in = m_ws.inwoners().get(id);
        if (!in || in->meta.deleted)
            return notFound();
        Dossier dossier{*in, m_ws.huishoudens().forInwoner(id), m_ws.netwerk().forInwoner(id)};
        db::Transaction tx(m_ws.db());
        m_ws.logAudit(QStringLiteral("open"), QStringLiteral("inwoner"), id);
        tx.commit();
        return dossier;
    });
}

std::vector<CaseloadRow> DossierService::caseload(const repo::CaseloadQuery& query) const
{
    return reading([&] { return m_ws.inwoners().caseload(query); });
}

Status DossierService::screenImport(importing::CsvImportReport& report) const
{
    try {
        std::vector<Inwoner> valid;
        std::vector<int> lines;
        std::vector<importing::CsvRejection> rejected = report.rejected;
        for (size_t i = 0; i < report.valid.size(); ++i) {
            const Inwoner& in = report.valid[i];
            const int line = i < report.validLines.size() ? report.validLines[i] : 0;
            if (!in.bsn.isEmpty() && m_ws.inwoners().idForBsn(in.bsn)) {
                rejected.push_back({line, QStringLiteral("bsn"), QStringLiteral("duplicate"),
                                    tr("An inwoner in Wijkdossier already has this BSN.")});
                continue;
            }
            valid.push_back(in);
            lines.push_back(line);
        }
        // Every rejection in file order, as the reader lists them.
        std::stable_sort(
            rejected.begin(), rejected.end(),
            [](const importing::CsvRejection& a, const importing::CsvRejection& b) { return a.line < b.line; });
        report.valid = std::move(valid);
        report.validLines = std::move(lines);
        report.rejected = std::move(rejected);
        return {};
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

Result<int> DossierService::importInwoners(const std::vector<Inwoner>& inwoners,
                                           const std::function<bool(int, int)>& progress)
{
    return guarded([&]() -> Result<int> {
        db::Transaction tx(m_ws.db());
        const MijnGegevens mij = m_ws.instellingen().mijnGegevens();
        const int total = static_cast<int>(inwoners.size());
        int done = 0;
        for (const Inwoner& input : inwoners) {
            Inwoner in = Validation::normalised(input);
            in.meta = SyncMeta{};
            if (in.aanspreekpunt.naam.isEmpty())
                in.aanspreekpunt = {mij.naam, mij.telefoon};
            if (const auto errors = validate(in); !errors.empty())
                return rules::invalid(errors);
            m_ws.stamp(in.meta);
            m_ws.inwoners().save(in);
            m_ws.logAudit(QStringLiteral("import"), QStringLiteral("inwoner"), in.meta.id);
            ++done;
            if (progress && (done % 100 == 0 || done == total) && !progress(done, total))
                return Error{ErrorCode::Invalid, tr("The import was cancelled; nothing was imported.")};
        }
        tx.commit();
        emit inwonerChanged(QString());
        return done;
    });
}

rules::FieldErrors DossierService::validate(const NetwerkPersoon& p) const
{
    return Validation::check(p, m_ws.clock().today());
}

Result<NetwerkPersoon> DossierService::saveNetwerkPersoon(const NetwerkPersoon& input)
{
    return guarded([&]() -> Result<NetwerkPersoon> {
        NetwerkPersoon p = input;
        p.naam = p.naam.simplified();
        if (const auto errors = validate(p); !errors.empty())
            return rules::invalid(errors);
        const auto owner = m_ws.inwoners().get(p.inwonerId);
        if (!owner || owner->meta.deleted)
            return notFound();
        db::Transaction tx(m_ws.db());
        bool changed = false;
        p = write(std::move(p), m_ws.netwerk(), QStringLiteral("netwerkpersoon"), changed);
        if (!changed)
            return p;
        tx.commit();
        emit netwerkChanged(p.inwonerId);
        return p;
    });
}

Status DossierService::deleteNetwerkPersoon(const QString& id)
{
    auto p = netwerkPersoon(id);
    if (!p)
        return notFound();
    p->meta.deleted = true;
    auto saved = saveNetwerkPersoon(*p);
    return saved ? Status() : Status(saved.error());
}

std::optional<NetwerkPersoon> DossierService::netwerkPersoon(const QString& id) const
{
    return reading([&] { return m_ws.netwerk().get(id); });
}

std::vector<NetwerkPersoon> DossierService::netwerk(const QString& inwonerId) const
{
    return reading([&] { return m_ws.netwerk().forInwoner(inwonerId); });
}

std::optional<Huishouden> DossierService::huishouden(const QString& inwonerId) const
{
    return reading([&] { return m_ws.huishoudens().forInwoner(inwonerId); });
}

Result<Huishoudlid> DossierService::addHuishoudlid(const QString& inwonerId, Huishoudlid lid)
{
    return guarded([&]() -> Result<Huishoudlid> {
        const auto owner = m_ws.inwoners().get(inwonerId);
        if (!owner || owner->meta.deleted)
            return notFound();
        if (lid.inwonerId.isEmpty() && lid.naam.simplified().isEmpty())
            return Error{ErrorCode::Invalid, tr("Enter the name of the household member.")};
        if (lid.inwonerId == inwonerId)
            return Error{ErrorCode::Invalid, tr("The inwoner is already a member of this household.")};
        if (!lid.inwonerId.isEmpty()) {
            const auto member = m_ws.inwoners().get(lid.inwonerId);
            if (!member || member->meta.deleted)
                return notFound();
            if (m_ws.huishoudens().forInwoner(lid.inwonerId))
                return Error{ErrorCode::Invalid, tr("This inwoner already belongs to another household.")};
        }
        db::Transaction tx(m_ws.db());
        auto huishouden = m_ws.huishoudens().forInwoner(inwonerId);
        if (!huishouden) {
            Huishouden nieuw;
            nieuw.naam = tr("Household %1").arg(owner->geslachtsnaam);
            m_ws.stamp(nieuw.meta);
            m_ws.huishoudens().save(nieuw);
            m_ws.logAudit(QStringLiteral("create"), QStringLiteral("huishouden"), nieuw.meta.id);
            Huishoudlid zelf;
            zelf.huishoudenId = nieuw.meta.id;
            zelf.inwonerId = inwonerId;
            zelf.rol = QStringLiteral("inwoner");
            m_ws.stamp(zelf.meta);
            m_ws.huishoudens().save(zelf);
            m_ws.logAudit(QStringLiteral("create"), QStringLiteral("huishoudlid"), zelf.meta.id);
            huishouden = nieuw;
        }
        lid.meta = SyncMeta{};
        lid.huishoudenId = huishouden->meta.id;
        lid.naam = lid.naam.simplified();
        m_ws.stamp(lid.meta);
        m_ws.huishoudens().save(lid);
        m_ws.logAudit(QStringLiteral("create"), QStringLiteral("huishoudlid"), lid.meta.id);
        tx.commit();
        emit huishoudenChanged(lid.huishoudenId);
        return *m_ws.huishoudens().lid(lid.meta.id);
    });
}

Result<Huishoudlid> DossierService::saveHuishoudlid(const Huishoudlid& input)
{
    return guarded([&]() -> Result<Huishoudlid> {
        const auto before = m_ws.huishoudens().lid(input.meta.id);
        if (!before)
            return notFound();
        Huishoudlid lid = input;
        lid.huishoudenId = before->huishoudenId;
        lid.naam = lid.naam.simplified();
        if (lid.inwonerId.isEmpty() && lid.naam.isEmpty())
            return Error{ErrorCode::Invalid, tr("Enter the name of the household member.")};
        db::Transaction tx(m_ws.db());
        lid.meta.createdAt = before->meta.createdAt;
        m_ws.stamp(lid.meta);
        m_ws.huishoudens().save(lid);
        m_ws.logAudit(auditAction(before->meta, lid.meta), QStringLiteral("huishoudlid"), lid.meta.id);
        tx.commit();
        emit huishoudenChanged(lid.huishoudenId);
        return *m_ws.huishoudens().lid(lid.meta.id);
    });
}

documents::GerenderdDocument DossierService::renderDocument(documents::DocumentSoort soort, const QString& id)
{
    const auto render = [&id](auto&& document) {
        auto html = document.render(id);
        return documents::GerenderdDocument{std::move(html), document.warnings(), document.templateVersion()};
    };
    switch (soort) {
    case documents::DocumentSoort::Inzage:
        return render(documents::InzageDocument(m_ws));
    case documents::DocumentSoort::Ontvangstbevestiging:
        return render(documents::OntvangstbevestigingDocument(m_ws));
    case documents::DocumentSoort::Verslag:
        return render(documents::VerslagDocument(m_ws));
    case documents::DocumentSoort::Netwerkkaart:
        return render(documents::NetwerkkaartDocument(m_ws));
    case documents::DocumentSoort::Plan:
        break;
    }
    return render(documents::PlanDocument(m_ws));
}

} // namespace core
