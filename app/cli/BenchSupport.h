// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Bench.h"

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace cli::bench {

/// The translation of `text` in the context lupdate gives the tr() calls of the bench files, which
/// sit in this namespace: "cli::bench".
QString tr(const char* text);

/// A raw sqlite3 connection to a bench file with the settings Wijkdossier opens it with: the
/// baseline the measurements compare with. Owns the connection and every statement it prepared.
class RawConnection {
public:
    RawConnection(const QString& path, bool write);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    /// nullptr when the SQL does not compile.
    sqlite3_stmt* prepare(const std::string& sql);
    bool exec(const char* sql);
    /// Rows changed by the last statement.
    int changes() const;

private:
    sqlite3* m_db = nullptr;
    std::vector<sqlite3_stmt*> m_statements;
};

/// Steps through every row, reading every column as text (as the repositories read them), then
/// resets `st`; returns the number of rows.
size_t readAll(sqlite3_stmt* st);

/// Search as you type: every prefix of every query (one character more each time), all of them
/// `repeats` times, in that order.
std::vector<QString> keystrokes(const QStringList& queries, int repeats);

/// Runs `work`, appends the milliseconds it took to `times` and returns what `work` returned.
template <typename Work> auto timed(std::vector<double>& times, Work&& work)
{
    QElapsedTimer timer;
    timer.start();
    auto result = work();
    times.push_back(elapsedMs(timer));
    return result;
}

} // namespace cli::bench
