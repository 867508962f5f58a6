// SPDX-License-Identifier: EUPL-1.2
#include "ConfigurationCheck.h"

#include "documents/DocumentTemplates.h"
#include "rules/AtwKalender.h"

namespace core {

QStringList ConfigurationCheck::warnings()
{
    return warnings(rules::AtwKalender::uitbreidingsPad(), documents::DocumentTemplates::defaultFolder());
}

QStringList ConfigurationCheck::warnings(const QString& calendarPath, const QString& templateFolder)
{
    QStringList found;
    std::optional<Error> calendar;
    rules::AtwKalender::metUitbreidingUit(calendarPath, calendar);
    if (calendar) {
        QString reason = calendar->message;
        while (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        found << tr("%1. Deadlines are counted with the built-in feestdagen only, without the gemeente's own "
                    "gelijkgestelde dagen, until the file is corrected.")
                     .arg(reason);
    }
    for (const char* name : {"ontvangstbevestiging", "verslag", "plan", "inzage", "netwerkkaart"}) {
        const auto loaded = documents::DocumentTemplates::load(QString::fromLatin1(name), templateFolder);
        if (!loaded)
            found << loaded.error().message;
        else
            found << loaded->warnings;
    }
    return found;
}

} // namespace core
