// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QString>

namespace core {

/// One line of the caseload list: what a consulent needs to recognise an inwoner.
struct CaseloadRow {
    QString id;
    QString sorteernaam; ///< "Berg, Jan van der"
    QDate geboortedatum;
    QString straatregel; ///< "Dorpsstraat 12 A"
    QString postcode;
    QString woonplaats;
    QString bsn;
    QString telefoon;
    QString aanspreekpunt;
};

} // namespace core
