// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "charts/ZrmCharts.h"
#include "model/ZrmMeting.h"

#include <QCoreApplication>

#include <map>
#include <vector>

namespace ui {

/// Turns an inwoner's metingen into what the ZRM screens show, always in ZRM 2017 leefgebieden and
/// order: ZRM 2013 outcomes are carried over through the instrument's mapping, so trends stay
/// comparable across the change of instrument.
class ZrmChartData {
    Q_DECLARE_TR_FUNCTIONS(ui::ZrmChartData)
public:
    /// Per ZRM 2017 key, the outcome of `meting` there (score or niet beoordeeld, doelscore,
    /// toelichting). A ZRM 2013 leefgebied that maps onto two ZRM 2017 ones fills both.
    static std::map<QString, core::ZrmScore> in2017(const core::ZrmMeting& meting);
    /// The outcome of `meting` for `leefgebied` of `instrument` (which may differ from the
    /// meting's); nullopt when the meting says nothing about it. Used for the "previous" column.
    static std::optional<core::ZrmScore> uitkomst(const core::ZrmMeting& meting, const QString& instrument,
                                                  const QString& leefgebied);

    /// The latest meting against the one before it and the latest doelscores. `metingen` oldest
    /// first, as ZrmService::metingen returns them.
    static ZrmRadarData radar(const std::vector<core::ZrmMeting>& metingen, const QString& titel);
    /// One step line per ZRM 2017 leefgebied that any meting scored or skipped.
    static std::vector<ZrmTrendData> trend(const std::vector<core::ZrmMeting>& metingen);

    /// "12-05-2026 (Evaluation)": how a meting is named in lists and legends.
    static QString metingLabel(const core::ZrmMeting& meting);
    /// A score as shown in a cell: "3", "n.b." for niet beoordeeld, empty when absent.
    static QString scoreText(const std::optional<core::ZrmScore>& uitkomst);
};

} // namespace ui
