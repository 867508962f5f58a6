// SPDX-License-Identifier: EUPL-1.2
#include "InstellingenService.h"

#include "Workspace.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "repo/InstellingRepository.h"
#include "rules/Validation.h"

#include <QCoreApplication>
#include <QStringList>

namespace core {

InstellingenService::InstellingenService(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_ws(workspace)
{
}

MijnGegevens InstellingenService::mijnGegevens() const
{
    try {
        return m_ws.instellingen().mijnGegevens();
    } catch (const db::DatabaseError&) {
        return {};
    }
}

rules::FieldErrors InstellingenService::validate(const MijnGegevens& g) const
{
    rules::FieldErrors errors;
    if (g.naam.trimmed().isEmpty())
        errors.push_back({QStringLiteral("naam"), QStringLiteral("required"),
                          QCoreApplication::translate("core::InstellingenService", "Enter your name.")});
    if (auto e = rules::Validation::checkTelefoon(QStringLiteral("telefoon"), g.telefoon))
        errors.push_back(*e);
    if (auto e = rules::Validation::checkEmail(QStringLiteral("email"), g.email))
        errors.push_back(*e);
    return errors;
}

Status InstellingenService::setMijnGegevens(const MijnGegevens& input)
{
    MijnGegevens g = input;
    for (QString* field : {&g.naam, &g.functie, &g.telefoon, &g.email, &g.team, &g.gemeente})
        *field = field->simplified();
    if (const auto errors = validate(g); !errors.empty())
        return Error{ErrorCode::Invalid, errors.front().message};
    try {
        db::Transaction tx(m_ws.db());
        m_ws.instellingen().setMijnGegevens(g);
        m_ws.logAudit(QStringLiteral("update"), QStringLiteral("instelling"), QStringLiteral("mijn_gegevens"));
        tx.commit();
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
    emit mijnGegevensChanged();
    return {};
}

} // namespace core
