// SPDX-License-Identifier: EUPL-1.2
#include "SocialeKaartService.h"

#include "Workspace.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "model/Keuzelijst.h"
#include "repo/SocialeKaartRepository.h"
#include "rules/Validation.h"

#include <QFile>

namespace core {

namespace {

using rules::FieldErrors;

/// The entry as it is stored: single-line fields simplified, notities trimmed with line breaks
/// kept (as "\n", the form a CSV import gives them back in).
SocialeKaartItem normalised(SocialeKaartItem item)
{
    for (QString* veld : {&item.naam, &item.vorm, &item.wet, &item.categorie, &item.aanbieder, &item.telefoon,
                          &item.email, &item.website, &item.adres})
        *veld = veld->simplified();
    item.notities.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    item.notities.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    item.notities = item.notities.trimmed();
    return item;
}

QString auditAction(const std::optional<SocialeKaartItem>& before, const SocialeKaartItem& after)
{
    if (!before)
        return QStringLiteral("create");
    if (!before->meta.deleted && after.meta.deleted)
        return QStringLiteral("delete");
    if (before->meta.deleted && !after.meta.deleted)
        return QStringLiteral("restore");
    return QStringLiteral("update");
}

} // namespace

SocialeKaartService::SocialeKaartService(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_ws(workspace)
{
}

rules::FieldErrors SocialeKaartService::validate(const SocialeKaartItem& item) const
{
    FieldErrors errors;
    if (item.naam.trimmed().isEmpty())
        errors.push_back(
            {QStringLiteral("naam"), QStringLiteral("required"), tr("Enter the name of the voorziening.")});
    if (!isKeuze(Keuzelijst::VoorzieningVorm, item.vorm))
        errors.push_back({QStringLiteral("vorm"), QStringLiteral("required"), tr("Choose algemeen or maatwerk.")});
    if (!isKeuze(Keuzelijst::Wet, item.wet))
        errors.push_back(
            {QStringLiteral("wet"), QStringLiteral("wet"), tr("Choose the law the voorziening falls under.")});
    if (!isKeuze(Keuzelijst::VoorzieningCategorie, item.categorie))
        errors.push_back({QStringLiteral("categorie"), QStringLiteral("categorie"), tr("Choose a category.")});
    if (auto email = rules::Validation::checkEmail(QStringLiteral("email"), item.email))
        errors.push_back(std::move(*email));
    return errors;
}

Result<SocialeKaartItem> SocialeKaartService::save(const SocialeKaartItem& input)
{
    SocialeKaartItem item = normalised(input);
    if (!item.meta.deleted) {
        if (const auto errors = validate(item); !errors.empty())
            return rules::invalid(errors);
    }
    try {
        db::Transaction tx(m_ws.db());
        const auto before = item.meta.isNew() ? std::nullopt : m_ws.socialeKaart().get(item.meta.id);
        if (!item.meta.isNew() && !before)
            return Error{ErrorCode::NotFound, tr("This entry of the sociale kaart no longer exists.")};
        if (before && before->sameContent(item))
            return *before;
        if (before)
            item.meta.createdAt = before->meta.createdAt;
        m_ws.stamp(item.meta);
        m_ws.socialeKaart().save(item);
        m_ws.logAudit(auditAction(before, item), QStringLiteral("sociale_kaart"), item.meta.id);
        tx.commit();
        emit socialeKaartChanged();
        return item;
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

Status SocialeKaartService::remove(const QString& id)
{
    auto entry = item(id);
    if (!entry || entry->meta.deleted)
        return Error{ErrorCode::NotFound, tr("This entry of the sociale kaart no longer exists.")};
    entry->meta.deleted = true;
    auto saved = save(*entry);
    return saved ? Status() : Status(saved.error());
}

std::optional<SocialeKaartItem> SocialeKaartService::item(const QString& id) const
{
    try {
        return m_ws.socialeKaart().get(id);
    } catch (const db::DatabaseError&) {
        return std::nullopt;
    }
}

std::vector<SocialeKaartItem> SocialeKaartService::zoek(const QString& tekst, const QString& vorm, bool alleenActief,
                                                        int limit) const
{
    const QStringList woorden =
        repo::SocialeKaartRepository::zoekVorm(tekst).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    try {
        return m_ws.socialeKaart().zoek(woorden, vorm, alleenActief, limit);
    } catch (const db::DatabaseError&) {
        return {};
    }
}

int SocialeKaartService::count() const
{
    try {
        return m_ws.socialeKaart().count();
    } catch (const db::DatabaseError&) {
        return 0;
    }
}

Result<int> SocialeKaartService::importeer(const std::vector<SocialeKaartItem>& rijen)
{
    int stored = 0;
    try {
        db::Transaction tx(m_ws.db());
        auto& repo = m_ws.socialeKaart();
        for (size_t i = 0; i < rijen.size(); ++i) {
            SocialeKaartItem item = normalised(rijen[i]);
            item.meta.deleted = false;
            if (const auto errors = validate(item); !errors.empty())
                return Error{ErrorCode::Invalid, tr("Row %1 (“%2”) cannot be imported, so nothing was imported:\n%3")
                                                     .arg(i + 1)
                                                     .arg(item.naam, rules::invalid(errors).message)};
            std::optional<SocialeKaartItem> before = item.meta.isNew() ? std::nullopt : repo.get(item.meta.id);
            if (!before)
                before = repo.find(item.naam, item.aanbieder);
            if (before) {
                item.meta = before->meta;
                item.meta.deleted = false;
                if (before->sameContent(item))
                    continue;
            } else {
                // A new entry keeps the id the file gave it, so that it stays the same entry on every device.
                item.meta.createdAt = {};
            }
            m_ws.stamp(item.meta);
            repo.save(item);
            ++stored;
        }
        if (stored == 0)
            return 0;
        m_ws.logAudit(QStringLiteral("import"), QStringLiteral("sociale_kaart"), QString());
        tx.commit();
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
    emit socialeKaartChanged();
    return stored;
}

QByteArray SocialeKaartService::exporteer() const
{
    try {
        return importing::SocialeKaartCsv::write(m_ws.socialeKaart().zoek({}, {}, false));
    } catch (const db::DatabaseError&) {
        return {};
    }
}

Result<int> SocialeKaartService::voorbeeldenToevoegen()
{
    QFile file(QStringLiteral(":/sociale-kaart/voorbeelden.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("The examples of the sociale kaart are missing from this installation.")};
    const auto report = importing::SocialeKaartCsv::read(file.readAll());
    if (report.fileError || !report.rejected.empty())
        return Error{ErrorCode::Invalid, tr("The examples of the sociale kaart in this installation are damaged.")};
    return importeer(report.valid);
}

Result<std::vector<VoorzieningGebruik>> SocialeKaartService::gebruik() const
{
    try {
        return m_ws.socialeKaart().gebruik();
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

} // namespace core
