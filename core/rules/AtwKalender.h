// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <map>
#include <optional>

namespace core::rules {

/// Which days are not working days under the Algemene termijnenwet (Atw): Saturdays, Sundays,
/// the algemeen erkende feestdagen of art. 3 and the days gelijkgesteld by decree. The feestdagen
/// are computed; the gelijkgestelde dagen are data (`:/termijnen/gelijkgestelde-dagen.json`, which a
/// gemeente can extend with a file of the same name in the configuration folder).
class AtwKalender {
    Q_DECLARE_TR_FUNCTIONS(core::rules::AtwKalender)

public:
    /// The format name every gelijkgestelde-dagen file carries in its "format" field.
    static constexpr const char* kFormat = "wijkdossier-gelijkgestelde-dagen";
    /// The file name of the built-in list and of a gemeente's extension in the configuration folder.
    static constexpr const char* kBestandsnaam = "gelijkgestelde-dagen.json";

    /// The built-in feestdagen and the built-in gelijkgestelde dagen.
    static AtwKalender standaard();
    /// The built-in calendar plus the days of `json` (format: see resources/termijnen). A malformed
    /// file gives ErrorCode::Invalid with a message that names what is wrong.
    static Result<AtwKalender> metUitbreiding(const QByteArray& json);
    /// The path of a gemeente's extension file: `kBestandsnaam` in the AppConfigLocation folder.
    static QString uitbreidingsPad();
    /// The built-in calendar plus the extension file at `pad` when it exists. When it cannot be read
    /// or is malformed, `fout` gets the error and the built-in calendar is returned.
    static AtwKalender metUitbreidingUit(const QString& pad, std::optional<Error>& fout);

    /// Easter Sunday of `jaar` (Gregorian computus).
    static QDate pasen(int jaar);

    /// A stable key for the feestdag or gelijkgestelde dag on `datum` ("koningsdag", "gelijkgesteld"…).
    std::optional<QString> feestdagSleutel(const QDate& datum) const;
    /// The name of the feestdag on `datum` in the application language, or nullopt.
    std::optional<QString> feestdag(const QDate& datum) const;
    bool isWeekend(const QDate& datum) const;
    /// Weekend, feestdag or gelijkgestelde dag: a day on which an Atw term does not end.
    bool isVrijeDag(const QDate& datum) const;

private:
    /// Gelijkgestelde dagen: date → omschrijving (data, not translated).
    std::map<QDate, QString> m_gelijkgesteld;
};

} // namespace core::rules
