// SPDX-License-Identifier: EUPL-1.2
#include "ZrmChartData.h"

#include "zrm/ZrmInstrument.h"

namespace ui {

namespace {

const core::ZrmInstrument& zrm2017()
{
    return *core::ZrmInstrument::find(core::ZrmInstrument::kZrm2017);
}

std::optional<int> doelscoreIn(const core::ZrmMeting& meting, const QString& key2017)
{
    const auto outcomes = ZrmChartData::in2017(meting);
    const auto it = outcomes.find(key2017);
    return it == outcomes.end() ? std::nullopt : it->second.doelscore;
}

} // namespace

std::map<QString, core::ZrmScore> ZrmChartData::in2017(const core::ZrmMeting& meting)
{
    std::map<QString, core::ZrmScore> result;
    const core::ZrmInstrument* instrument = core::ZrmInstrument::find(meting.instrument);
    if (!instrument)
        return result;
    for (const core::ZrmScore& s : meting.scores) {
        const core::Leefgebied* lg = instrument->leefgebied(s.leefgebied);
        if (!lg)
            continue;
        for (const QString& target : lg->zrm2017) {
            core::ZrmScore mapped = s;
            mapped.leefgebied = target;
            result[target] = mapped;
        }
    }
    return result;
}

std::optional<core::ZrmScore> ZrmChartData::uitkomst(const core::ZrmMeting& meting, const QString& instrument,
                                                     const QString& leefgebied)
{
    if (meting.instrument == instrument) {
        const core::ZrmScore* s = meting.score(leefgebied);
        return s ? std::optional<core::ZrmScore>(*s) : std::nullopt;
    }
    const auto outcomes = in2017(meting);
    if (instrument == core::ZrmInstrument::kZrm2017) {
        const auto it = outcomes.find(leefgebied);
        return it == outcomes.end() ? std::nullopt : std::optional<core::ZrmScore>(it->second);
    }
    // Back to an older instrument: one of its leefgebieden may cover two ZRM 2017 ones; the lower
    // score is the careful reading of the two.
    const core::ZrmInstrument* target = core::ZrmInstrument::find(instrument);
    const core::Leefgebied* lg = target ? target->leefgebied(leefgebied) : nullptr;
    if (!lg)
        return std::nullopt;
    std::optional<core::ZrmScore> found;
    for (const QString& key : lg->zrm2017) {
        const auto it = outcomes.find(key);
        if (it == outcomes.end())
            continue;
        if (!found || (it->second.score && (!found->score || *it->second.score < *found->score)))
            found = it->second;
    }
    if (found)
        found->leefgebied = leefgebied;
    return found;
}

ZrmRadarData ZrmChartData::radar(const std::vector<core::ZrmMeting>& metingen, const QString& titel)
{
    ZrmRadarData data;
    data.titel = titel;
    const core::ZrmMeting* laatste = metingen.empty() ? nullptr : &metingen.back();
    const core::ZrmMeting* vorige = metingen.size() < 2 ? nullptr : &metingen[metingen.size() - 2];
    const auto nu = laatste ? in2017(*laatste) : std::map<QString, core::ZrmScore>{};
    const auto toen = vorige ? in2017(*vorige) : std::map<QString, core::ZrmScore>{};
    const auto value = [](const std::map<QString, core::ZrmScore>& outcomes, const QString& key) {
        const auto it = outcomes.find(key);
        return it == outcomes.end() ? std::nullopt : it->second.score;
    };
    for (const core::Leefgebied& lg : zrm2017().leefgebieden()) {
        data.leefgebieden << lg.naam;
        data.laatste.push_back(value(nu, lg.key));
        data.vorige.push_back(value(toen, lg.key));
        const auto it = nu.find(lg.key);
        data.doel.push_back(it == nu.end() ? std::nullopt : it->second.doelscore);
        data.nietBeoordeeld.push_back(it != nu.end() && it->second.nietBeoordeeld.has_value());
    }
    if (laatste)
        data.laatsteLabel = metingLabel(*laatste);
    if (vorige)
        data.vorigeLabel = metingLabel(*vorige);
    return data;
}

std::vector<ZrmTrendData> ZrmChartData::trend(const std::vector<core::ZrmMeting>& metingen)
{
    std::vector<std::map<QString, core::ZrmScore>> outcomes;
    outcomes.reserve(metingen.size());
    for (const core::ZrmMeting& m : metingen)
        outcomes.push_back(in2017(m));
    std::vector<ZrmTrendData> lines;
    for (const core::Leefgebied& lg : zrm2017().leefgebieden()) {
        ZrmTrendData line;
        line.leefgebied = lg.naam;
        bool any = false;
        for (size_t i = 0; i < metingen.size(); ++i) {
            const auto it = outcomes[i].find(lg.key);
            any = any || it != outcomes[i].end();
            line.punten.emplace_back(metingen[i].datum, it == outcomes[i].end() ? std::nullopt : it->second.score);
        }
        if (!any)
            continue;
        if (!metingen.empty())
            line.doel = doelscoreIn(metingen.back(), lg.key);
        lines.push_back(std::move(line));
    }
    return lines;
}

QString ZrmChartData::metingLabel(const core::ZrmMeting& meting)
{
    return tr("%1 (%2)").arg(meting.datum.toString(QStringLiteral("dd-MM-yyyy")), core::label(meting.moment));
}

QString ZrmChartData::scoreText(const std::optional<core::ZrmScore>& uitkomst)
{
    if (!uitkomst)
        return {};
    if (uitkomst->score)
        return QString::number(*uitkomst->score);
    return uitkomst->nietBeoordeeld ? tr("n.b.") : QString();
}

} // namespace ui
