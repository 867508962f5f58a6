// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace core {

/// Writes a file the user asked for (a PDF, a CSV, a picture, an archive copy, a bundle) whole or
/// not at all.
///
/// The bytes go into a temporary file beside the target, readable by the owner only, which is
/// flushed to disk and only then renamed over the target. On any failure, and when the object is
/// destroyed without commit(), the temporary file is removed, a file that was at the target stays
/// exactly as it was, and error() says why in the language of the user: a full disk names the
/// folder and how much more space is needed. A temporary file left by a program that was killed
/// while writing is removed the next time the same file is written.
class OutputFile {
public:
    /// Writes all of `bytes` to `path` at once.
    static Status write(const QString& path, const QByteArray& bytes);
    /// The prefix of the temporary files of `path` (in the same folder): ".NAME.wd-".
    static QString temporaryPrefix(const QString& path);

    /// Starts writing `path` in pieces (append(), then commit()); see ok().
    explicit OutputFile(const QString& path);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    /// False once anything failed (the temporary file could not be made, a write failed).
    bool ok() const { return m_errno == 0; }
    /// Why it failed; only meaningful when !ok() or after a failed commit().
    Error error() const;
    /// Adds bytes; false when they could not be written (then ok() is false too).
    bool append(const char* data, std::size_t size);
    /// Syncs the bytes to disk and puts the file in place of `path`.
    Status commit();

private:
    QString m_path;
    QByteArray m_temporary;
    int m_fd = -1;
    int m_errno = 0;
    qint64 m_size = 0;
    bool m_committed = false;
};

} // namespace core
