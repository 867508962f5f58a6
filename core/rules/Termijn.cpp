// SPDX-License-Identifier: EUPL-1.2
#include "rules/Termijn.h"

#include <QCoreApplication>
#include <QLocale>

namespace core::rules {

namespace {

QString opsomming(const std::vector<QString>& delen)
{
    if (delen.empty())
        return {};
    QString lijst = delen.front();
    for (std::size_t i = 1; i < delen.size(); ++i) {
        if (i + 1 == delen.size())
            lijst = QCoreApplication::translate("core::rules::Termijn", "%1 and %2").arg(lijst, delen[i]);
        else
            lijst = QCoreApplication::translate("core::rules::Termijn", "%1, %2").arg(lijst, delen[i]);
    }
    return lijst;
}

} // namespace

QString Termijn::datumTekst(const QDate& datum)
{
    if (!datum.isValid())
        return {};
    // Dutch weekday abbreviations (ma di wo do vr za zo) whatever the system locale: the deadlines
    // are Dutch law, read next to Dutch letters. Some CLDR versions end them with a dot.
    QString dag = QLocale(QLocale::Dutch, QLocale::Netherlands).dayName(datum.dayOfWeek(), QLocale::ShortFormat);
    if (dag.endsWith(QLatin1Char('.')))
        dag.chop(1);
    return QStringLiteral("%1 %2").arg(dag, datum.toString(QStringLiteral("dd-MM-yyyy")));
}

QString Termijn::uitleg() const
{
    if (!verschoven())
        return datumTekst(datum);
    return QCoreApplication::translate("core::rules::Termijn", "%1, moved from %2: %3")
        .arg(datumTekst(datum), datumTekst(wettelijk), opsomming(redenen));
}

} // namespace core::rules
