// SPDX-License-Identifier: EUPL-1.2
#include "ZrmNiveauUitleg.h"

#include "services/ZrmService.h"
#include "zrm/ZrmInstrument.h"

#include <QStringList>

namespace ui {

QString ZrmNiveauUitleg::html(const core::ZrmService& service, const QString& instrument, const QString& leefgebied,
                              std::optional<int> huidig)
{
    const core::ZrmInstrument* zrm = core::ZrmInstrument::find(instrument);
    QStringList indicators;
    bool anyIndicator = false;
    for (int level = 1; level <= 5; ++level) {
        const QString text = service.indicator(instrument, leefgebied, level);
        anyIndicator = anyIndicator || !text.isEmpty();
        indicators << text;
    }
    QStringList levels;
    for (int level = 1; level <= 5; ++level) {
        const QString niveau = zrm ? zrm->niveau(level) : QString();
        QString line = anyIndicator ? QStringLiteral("%1 %2: %3").arg(level).arg(niveau, indicators[level - 1])
                                    : QStringLiteral("%1 %2").arg(level).arg(niveau);
        line = line.toHtmlEscaped();
        if (huidig == level)
            line = QStringLiteral("<b>▶ %1</b>").arg(line);
        levels << line;
    }
    return levels.join(anyIndicator ? QStringLiteral("<br>") : QStringLiteral(" &nbsp;·&nbsp; "));
}

} // namespace ui
