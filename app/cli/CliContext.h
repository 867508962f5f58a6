// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStringList>
#include <QTextStream>

namespace cli {

/// Exit codes of wijkdossier-cli.
enum Exit : int { Success = 0, InvalidInput = 1, Usage = 2 };

/// What every command gets: its own arguments, the database path and the output streams.
struct CliContext {
    QStringList arguments; ///< the command name first, then its options
    QString databasePath;
    bool breakLock = false; ///< --break-lock: remove a lock another computer left behind
    QTextStream& out;
    QTextStream& err;
};

} // namespace cli
