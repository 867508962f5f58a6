// SPDX-License-Identifier: EUPL-1.2
#include "TermijnWeergave.h"

namespace ui {

using core::rules::TermijnStatus;

QString TermijnWeergave::status(const core::rules::TermijnStand& s)
{
    const QString voldaan = s.voldaan.toString(QStringLiteral("dd-MM-yyyy"));
    switch (s.status) {
    case TermijnStatus::Lopend:
    case TermijnStatus::DezeWeek:
        return s.dagenOver == 0 ? tr("due today") : tr("%n day(s) left", nullptr, s.dagenOver);
    case TermijnStatus::TeLaat:
        return tr("%n day(s) overdue", nullptr, -s.dagenOver);
    case TermijnStatus::Gehaald:
        return tr("met on %1").arg(voldaan);
    case TermijnStatus::NietGehaald:
        return tr("not met: done on %1, %n day(s) late", nullptr, static_cast<int>(s.termijn.datum.daysTo(s.voldaan)))
            .arg(voldaan);
    case TermijnStatus::Verstreken:
        return tr("passed without a plan");
    case TermijnStatus::Vervallen:
        return tr("lapsed: the traject is closed");
    }
    return {};
}

QString TermijnWeergave::regel(const core::rules::TermijnStand& s)
{
    return tr("%1: %2 – %3").arg(s.naam(), core::rules::Termijn::datumTekst(s.termijn.datum), status(s));
}

QColor TermijnWeergave::kleur(TermijnStatus status)
{
    switch (status) {
    case TermijnStatus::Lopend:
        return QColor(0xe3, 0xee, 0xfa);
    case TermijnStatus::DezeWeek:
        return QColor(0xfc, 0xe6, 0xc4);
    case TermijnStatus::TeLaat:
    case TermijnStatus::NietGehaald:
        return QColor(0xf8, 0xd0, 0xd0);
    case TermijnStatus::Gehaald:
        return gedaanKleur();
    case TermijnStatus::Verstreken:
    case TermijnStatus::Vervallen:
        return QColor(0xea, 0xea, 0xea);
    }
    return {};
}

QColor TermijnWeergave::gedaanKleur()
{
    return QColor(0xd8, 0xf0, 0xd8);
}

QColor TermijnWeergave::ontbreektKleur()
{
    return QColor(0xfc, 0xe6, 0xc4);
}

} // namespace ui
