// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace core {

/// Writes a file the user asked for (a PDF, a CSV, a picture, an archive copy) whole or not at all.
///
/// The bytes go into a temporary file beside the target, readable by the owner only, which is
/// flushed to disk and only then renamed over the target. On any failure the temporary file is
/// removed, a file that was at the target stays exactly as it was, and the error says why in the
/// language of the user: a full disk names the folder and how much more space is needed. A
/// temporary file left by a program that was killed while writing is removed the next time the
/// same file is written.
class OutputFile {
public:
    static Status write(const QString& path, const QByteArray& bytes);

    /// The prefix of the temporary files of `path` (in the same folder): ".NAME.wd-".
    static QString temporaryPrefix(const QString& path);
};

} // namespace core
