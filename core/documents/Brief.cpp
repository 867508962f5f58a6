// SPDX-License-Identifier: EUPL-1.2
#include "Brief.h"

#include "services/DossierService.h"
#include "services/TrajectService.h"

#include <QCoreApplication>

#include <QLocale>

namespace core::documents::brief {

QString datum(const QDate& date)
{
    return QLocale(QLocale::Dutch, QLocale::Netherlands).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString dagDatum(const QDate& date)
{
    return QLocale(QLocale::Dutch, QLocale::Netherlands).toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

QString joinedNonEmpty(const QStringList& parts, const QString& separator)
{
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    }
    return kept.join(separator);
}

mustache::data alineas(const QString& text)
{
    mustache::list out;
    for (const QString& regel : text.split(QLatin1Char('\n'))) {
        if (!regel.trimmed().isEmpty())
            out.push_back(mustache::data(s(regel.trimmed())));
    }
    if (out.empty())
        return vlag(false);
    return out;
}

mustache::data briefhoofd(const MijnGegevens& ik)
{
    if (ik.gemeente.trimmed().isEmpty() && ik.team.trimmed().isEmpty())
        return vlag(false);
    return mustache::object{{"gemeente", optioneel(ik.gemeente)}, {"team", optioneel(ik.team)}};
}

mustache::data adres(const Adres& adres)
{
    const QString plaats = joinedNonEmpty({adres.postcode, adres.woonplaats});
    if (adres.straatregel().trimmed().isEmpty() && plaats.isEmpty())
        return vlag(false);
    return mustache::object{{"straat", optioneel(adres.straatregel())}, {"plaats", optioneel(plaats)}};
}

QString team(const MijnGegevens& ik)
{
    return joinedNonEmpty({ik.team, ik.gemeente}, QStringLiteral(", "));
}

Aanspreekpunt aanspreekpunt(const Inwoner& inwoner, const MijnGegevens& ik)
{
    const QString naam = inwoner.aanspreekpunt.naam.trimmed();
    const bool ikBenHet = naam.isEmpty() || naam.compare(ik.naam.trimmed(), Qt::CaseInsensitive) == 0;
    QString telefoon = inwoner.aanspreekpunt.telefoon.trimmed();
    if (telefoon.isEmpty() && ikBenHet)
        telefoon = ik.telefoon.trimmed();
    return {naam.isEmpty() ? ik.naam : naam, ikBenHet, telefoon};
}

Result<Sjabloon> laadSjabloon(const QString& name, const QString& folder, QStringList& warnings, const QString& kapot)
{
    auto loaded = DocumentTemplates::load(name, folder);
    if (!loaded)
        return loaded.error();
    warnings = loaded->warnings;
    auto tmpl = std::make_shared<mustache::mustache>(loaded->text.toStdString());
    if (!tmpl->is_valid())
        return Error{ErrorCode::Io, kapot.arg(QString::fromStdString(tmpl->error_message()))};
    return Sjabloon{std::move(tmpl), loaded->version};
}

QString belasting(const Mantelzorg& mz)
{
    const auto niveau = mz.belasting();
    if (!niveau || !mz.belastingEdiz)
        return {};
    QString tekst;
    switch (*niveau) {
    case Belasting::Geen:
        tekst = QStringLiteral("niet zwaar belast");
        break;
    case Belasting::Licht:
        tekst = QStringLiteral("licht belast");
        break;
    case Belasting::Matig:
        tekst = QStringLiteral("matig belast");
        break;
    case Belasting::Zwaar:
        tekst = QStringLiteral("zwaar belast");
        break;
    }
    return QStringLiteral("%1 (score %2 van 15)").arg(tekst).arg(*mz.belastingEdiz);
}

Result<std::pair<Traject, Inwoner>> trajectEnInwoner(Workspace& ws, const QString& trajectId)
{
    const auto traject = TrajectService(ws).traject(trajectId);
    if (!traject || traject->meta.deleted) {
        return Error{
            ErrorCode::NotFound,
            QCoreApplication::translate("core::documents::brief", "There is no traject with id %1.").arg(trajectId)};
    }
    auto inwoner = DossierService(ws).inwoner(traject->inwonerId);
    if (!inwoner) {
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("core::documents::brief", "There is no inwoner with id %1.")
                         .arg(traject->inwonerId)};
    }
    return std::make_pair(*traject, std::move(*inwoner));
}

} // namespace core::documents::brief
