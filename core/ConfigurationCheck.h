// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace core {

/// The files a gemeente may put in Wijkdossier's configuration folder (the gelijkgestelde dagen of
/// the Algemene termijnenwet, letter templates), checked when a program starts. A file that cannot
/// be used never stops the work: the built-in one is used instead. But the user is told, once, in a
/// notice of the window or on the CLI's stderr, so that deadlines or letters are never silently
/// different from what the gemeente set.
class ConfigurationCheck {
    Q_DECLARE_TR_FUNCTIONS(core::ConfigurationCheck)

public:
    /// What cannot be used in the configuration folder, and what is used instead; translated, no
    /// personal data. Empty when everything there is fine (or nothing is there).
    static QStringList warnings();
    /// The same for a calendar file and a template folder elsewhere (tests).
    static QStringList warnings(const QString& calendarPath, const QString& templateFolder);
};

} // namespace core
