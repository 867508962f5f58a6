// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "FieldError.h"

#include <QDate>

#include <optional>

namespace core {
struct Inwoner;
struct NetwerkPersoon;
struct MijnGegevens;
} // namespace core

namespace core::rules {

/// The rules a record must satisfy before it is saved. Each function returns every failure, so
/// a form can show them all at once.
class Validation {
public:
    /// Returns the inwoner with BSN, postcode and text fields normalised (trimmed, "1234 AB").
    static Inwoner normalised(Inwoner inwoner);
    static FieldErrors check(const Inwoner& inwoner, const QDate& today);
    static FieldErrors check(const NetwerkPersoon& persoon, const QDate& today);

    /// Single-field checks, shared by forms and imports.
    static std::optional<FieldError> checkBsn(const QString& bsn);
    static std::optional<FieldError> checkPostcode(const QString& postcode);
    static std::optional<FieldError> checkGeboortedatum(const QDate& date, const QDate& today);
    static std::optional<FieldError> checkEmail(const QString& field, const QString& email);
    static std::optional<FieldError> checkTelefoon(const QString& field, const QString& telefoon);

    /// Parses the date formats found in Dutch spreadsheets and forms: 31-12-1950, 31/12/1950,
    /// 31.12.1950, 1950-12-31. An invalid QDate when the text is none of these.
    static QDate parseDate(const QString& text);
};

} // namespace core::rules
