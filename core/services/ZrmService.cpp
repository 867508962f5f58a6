// SPDX-License-Identifier: EUPL-1.2
#include "ZrmService.h"

#include "Clock.h"
#include "Workspace.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "repo/InwonerRepository.h"
#include "zrm/ZrmInstrument.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace core {

ZrmService::ZrmService(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_ws(workspace)
{
}

QDate ZrmService::today() const
{
    return m_ws.clock().today();
}

rules::FieldErrors ZrmService::validate(const ZrmMeting& m) const
{
    rules::FieldErrors errors;
    const ZrmInstrument* instrument = ZrmInstrument::find(m.instrument);
    if (!instrument)
        errors.push_back({QStringLiteral("instrument"), QStringLiteral("instrument"),
                          tr("Unknown instrument: %1.").arg(m.instrument)});
    if (!m.datum.isValid())
        errors.push_back({QStringLiteral("datum"), QStringLiteral("required"), tr("Enter the date of the meting.")});
    else if (m.datum > m_ws.clock().today())
        errors.push_back(
            {QStringLiteral("datum"), QStringLiteral("date"), tr("The date of the meting lies in the future.")});
    else if (m.datum.year() < 2000)
        errors.push_back(
            {QStringLiteral("datum"), QStringLiteral("date"), tr("The date of the meting lies before 2000.")});
    QStringList seen;
    for (const ZrmScore& s : m.scores) {
        const QString field = QStringLiteral("score:") + s.leefgebied;
        if (instrument && !instrument->leefgebied(s.leefgebied)) {
            errors.push_back({field, QStringLiteral("leefgebied"),
                              tr("\"%1\" is not a leefgebied of %2.").arg(s.leefgebied, instrument->naam())});
            continue;
        }
        if (seen.contains(s.leefgebied))
            errors.push_back({field, QStringLiteral("duplicate"), tr("A leefgebied is scored twice.")});
        seen << s.leefgebied;
        if (s.score && (*s.score < 1 || *s.score > 5))
            errors.push_back({field, QStringLiteral("range"), tr("A score runs from 1 to 5.")});
        if (!s.score && !s.nietBeoordeeld)
            errors.push_back({field, QStringLiteral("reason"), tr("A leefgebied that is not scored needs a reason.")});
        if (s.score && s.nietBeoordeeld)
            errors.push_back(
                {field, QStringLiteral("both"), tr("A leefgebied is either scored or not assessed, not both.")});
        if (s.doelscore && (*s.doelscore < 1 || *s.doelscore > 5))
            errors.push_back({field, QStringLiteral("range"), tr("A target score runs from 1 to 5.")});
    }
    return errors;
}

Result<ZrmMeting> ZrmService::saveMeting(const ZrmMeting& input)
{
    ZrmMeting m = input;
    m.door = m.door.simplified();
    if (const auto errors = validate(m); !errors.empty())
        return rules::invalid(errors);
    try {
        const auto owner = m_ws.inwoners().get(m.inwonerId);
        if (!owner || owner->meta.deleted)
            return Error{ErrorCode::NotFound, tr("This inwoner no longer exists.")};
        db::Transaction tx(m_ws.db());
        const auto before = m.meta.isNew() ? std::nullopt : m_ws.zrm().get(m.meta.id);
        bool changed = !before || !before->sameContent(m);
        if (changed) {
            if (before)
                m.meta.createdAt = before->meta.createdAt;
            m_ws.stamp(m.meta);
            m_ws.zrm().save(m);
        }
        // Scores are matched by leefgebied: an existing row is updated, a missing one tombstoned.
        std::vector<ZrmScore> existing = before ? m_ws.zrm().allScores(m.meta.id) : std::vector<ZrmScore>{};
        for (ZrmScore& s : m.scores) {
            const auto old = std::find_if(existing.begin(), existing.end(),
                                          [&](const ZrmScore& e) { return e.leefgebied == s.leefgebied; });
            s.meta = old != existing.end() ? old->meta : SyncMeta{};
            s.meta.deleted = false;
            if (old != existing.end() && old->sameContent(s))
                continue;
            m_ws.stamp(s.meta);
            m_ws.zrm().save(m.meta.id, s);
            changed = true;
        }
        for (ZrmScore& e : existing) {
            if (e.meta.deleted || m.score(e.leefgebied))
                continue;
            e.meta.deleted = true;
            m_ws.stamp(e.meta);
            m_ws.zrm().save(m.meta.id, e);
            changed = true;
        }
        if (!changed)
            return *before;
        const QString action = !before                                     ? QStringLiteral("create")
                               : (!before->meta.deleted && m.meta.deleted) ? QStringLiteral("delete")
                               : (before->meta.deleted && !m.meta.deleted) ? QStringLiteral("restore")
                                                                           : QStringLiteral("update");
        m_ws.logAudit(action, QStringLiteral("zrm_meting"), m.meta.id);
        tx.commit();
        emit zrmChanged(m.inwonerId);
        return *m_ws.zrm().get(m.meta.id);
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

Status ZrmService::deleteMeting(const QString& id)
{
    auto m = meting(id);
    if (!m)
        return Error{ErrorCode::NotFound, tr("This meting no longer exists.")};
    m->meta.deleted = true;
    auto saved = saveMeting(*m);
    return saved ? Status() : Status(saved.error());
}

std::optional<ZrmMeting> ZrmService::meting(const QString& id) const
{
    try {
        return m_ws.zrm().get(id);
    } catch (const db::DatabaseError&) {
        return std::nullopt;
    }
}

std::vector<ZrmMeting> ZrmService::metingen(const QString& inwonerId) const
{
    try {
        return m_ws.zrm().forInwoner(inwonerId);
    } catch (const db::DatabaseError&) {
        return {};
    }
}

std::map<QString, int> ZrmService::scoresIn2017(const ZrmMeting& meting)
{
    std::map<QString, int> scores;
    const ZrmInstrument* instrument = ZrmInstrument::find(meting.instrument);
    if (!instrument)
        return scores;
    for (const ZrmScore& s : meting.scores) {
        const Leefgebied* lg = instrument->leefgebied(s.leefgebied);
        if (!lg || !s.score)
            continue;
        for (const QString& target : lg->zrm2017)
            scores[target] = *s.score;
    }
    return scores;
}

std::vector<ZrmVergelijking> ZrmService::vergelijk(const ZrmMeting& eerder, const ZrmMeting& later)
{
    const auto a = scoresIn2017(eerder);
    const auto b = scoresIn2017(later);
    std::vector<ZrmVergelijking> rows;
    for (const Leefgebied& lg : ZrmInstrument::find(ZrmInstrument::kZrm2017)->leefgebieden()) {
        ZrmVergelijking v{lg.key, {}, {}, ZrmRichting::Onbekend};
        if (const auto it = a.find(lg.key); it != a.end())
            v.eerder = it->second;
        if (const auto it = b.find(lg.key); it != b.end())
            v.later = it->second;
        if (!v.eerder && !v.later)
            continue;
        if (v.eerder && v.later)
            v.richting = *v.later > *v.eerder   ? ZrmRichting::Beter
                         : *v.later < *v.eerder ? ZrmRichting::Slechter
                                                : ZrmRichting::Gelijk;
        rows.push_back(v);
    }
    return rows;
}

Result<std::vector<repo::ZrmVoortgangRij>> ZrmService::voortgang(const QString& aanspreekpunt) const
{
    try {
        return m_ws.zrm().voortgang(aanspreekpunt);
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
}

Result<int> ZrmService::importIndicatoren(const QByteArray& json)
{
    const auto fail = [this](const QString& what) {
        return Error{ErrorCode::Invalid,
                     tr("The indicator file cannot be imported: %1 Nothing was changed.").arg(what)};
    };
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("it is not JSON (%1).").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("wijkdossier-zrm-indicatoren"))
        return fail(tr("\"format\" must be \"wijkdossier-zrm-indicatoren\"."));
    const ZrmInstrument* instrument = ZrmInstrument::find(root.value(QStringLiteral("instrument")).toString());
    if (!instrument)
        return fail(tr("\"instrument\" must be zrm2017 or zrm2013."));
    const QJsonObject indicatoren = root.value(QStringLiteral("indicatoren")).toObject();
    if (indicatoren.isEmpty())
        return fail(tr("\"indicatoren\" is empty."));
    std::vector<std::tuple<QString, int, QString>> rows;
    for (auto it = indicatoren.begin(); it != indicatoren.end(); ++it) {
        if (!instrument->leefgebied(it.key()))
            return fail(tr("\"%1\" is not a leefgebied of %2.").arg(it.key(), instrument->naam()));
        const QJsonObject levels = it.value().toObject();
        for (auto level = levels.begin(); level != levels.end(); ++level) {
            bool isNumber = false;
            const int score = level.key().toInt(&isNumber);
            if (!isNumber || score < 1 || score > 5)
                return fail(tr("the levels of \"%1\" must be \"1\" to \"5\".").arg(it.key()));
            if (!level.value().isString() || level.value().toString().trimmed().isEmpty())
                return fail(tr("level %1 of \"%2\" has no text.").arg(score).arg(it.key()));
            rows.emplace_back(it.key(), score, level.value().toString().trimmed());
        }
    }
    try {
        db::Transaction tx(m_ws.db());
        m_ws.zrm().replaceIndicatoren(instrument->id(), rows);
        tx.commit();
    } catch (const db::DatabaseError& e) {
        return e.toError();
    }
    return static_cast<int>(rows.size());
}

QString ZrmService::indicator(const QString& instrument, const QString& leefgebied, int score) const
{
    try {
        return m_ws.zrm().indicator(instrument, leefgebied, score);
    } catch (const db::DatabaseError&) {
        return {};
    }
}

} // namespace core
