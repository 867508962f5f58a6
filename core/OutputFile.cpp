// SPDX-License-Identifier: EUPL-1.2
#include "OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace core {

namespace {

/// Free bytes for an ordinary user on the file system of `folder`, or -1 when unknown.
qint64 freeBytes(const QString& folder)
{
    struct statvfs fs {};
    if (::statvfs(QFile::encodeName(folder).constData(), &fs) != 0)
        return -1;
    return static_cast<qint64>(fs.f_bavail) * static_cast<qint64>(fs.f_frsize);
}

/// The error of a failed write, in the user's language. (The messages name their context: lupdate
/// files a tr() outside a class under the namespace.)
Error failure(int error, const QString& path, qint64 size)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    switch (error) {
    case ENOSPC:
    case EDQUOT: {
        const qint64 available = freeBytes(QFileInfo(path).absolutePath());
        const QString needed =
            QLocale().formattedDataSize(available >= 0 && available < size ? size - available : size);
        return {ErrorCode::DiskFull,
                QCoreApplication::translate(
                    "core::OutputFile", "The disk of %1 is full: %2 more space is needed. %3 was not written; a file "
                                        "that was there is unchanged.")
                    .arg(folder, needed, shown)};
    }
    case EFBIG:
        return {ErrorCode::DiskFull,
                QCoreApplication::translate(
                    "core::OutputFile", "%1 was not written: the file would be larger than this computer allows (%2). "
                                        "A file that was there is unchanged.")
                    .arg(shown, QLocale().formattedDataSize(size))};
    case EACCES:
    case EPERM:
    case EROFS:
        return {ErrorCode::ReadOnly,
                QCoreApplication::translate("core::OutputFile",
                                            "You may not write in %1. %2 was not written; choose another folder.")
                    .arg(folder, shown)};
    case ENOENT:
    case ENOTDIR:
        return {ErrorCode::Io,
                QCoreApplication::translate("core::OutputFile", "The folder %1 does not exist. %2 was not written.")
                    .arg(folder, shown)};
    default:
        return {ErrorCode::Io, QCoreApplication::translate(
                                   "core::OutputFile", "%1 was not written: %2. A file that was there is unchanged.")
                                   .arg(shown, QString::fromLocal8Bit(std::strerror(error)))};
    }
}

/// Removes what a killed earlier write of `path` left behind.
void removeLeftovers(const QString& path)
{
    const QFileInfo target(path);
    const QString prefix = QFileInfo(OutputFile::temporaryPrefix(path)).fileName();
    QDir folder(target.absolutePath());
    for (const QString& name : folder.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden))
        folder.remove(name);
}

} // namespace

QString OutputFile::temporaryPrefix(const QString& path)
{
    const QFileInfo target(path);
    return target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".wd-");
}

OutputFile::OutputFile(const QString& path)
    : m_path(path)
{
    removeLeftovers(path);
    QByteArray pattern = QFile::encodeName(temporaryPrefix(path)) + "XXXXXX";
    m_fd = ::mkostemp(pattern.data(), O_CLOEXEC); // mode 0600
    if (m_fd < 0)
        m_errno = errno;
    else
        m_temporary = pattern;
}

OutputFile::~OutputFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_committed && !m_temporary.isEmpty())
        ::unlink(m_temporary.constData());
}

Error OutputFile::error() const
{
    return failure(m_errno != 0 ? m_errno : EIO, m_path, m_size);
}

bool OutputFile::append(const char* data, std::size_t size)
{
    if (m_errno != 0 || m_fd < 0)
        return false;
    std::size_t written = 0;
    while (written < size) {
        const ssize_t n = ::write(m_fd, data + written, size - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            m_errno = errno;
            m_size += static_cast<qint64>(size - written);
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    m_size += static_cast<qint64>(size);
    return true;
}

Status OutputFile::commit()
{
    if (m_errno == 0 && m_fd >= 0 && ::fsync(m_fd) != 0)
        m_errno = errno;
    if (m_fd >= 0 && ::close(m_fd) != 0 && m_errno == 0)
        m_errno = errno;
    m_fd = -1;
    if (m_errno == 0 && ::rename(m_temporary.constData(), QFile::encodeName(m_path).constData()) != 0)
        m_errno = errno;
    if (m_errno != 0)
        return error(); // the destructor removes the temporary file
    m_committed = true;
    // The rename is durable once the folder is synced; a failure here leaves a complete file.
    const int folder = ::open(QFile::encodeName(QFileInfo(m_path).absolutePath()).constData(), O_RDONLY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return {};
}

Status OutputFile::write(const QString& path, const QByteArray& bytes)
{
    OutputFile file(path);
    if (!file.append(bytes.constData(), static_cast<std::size_t>(bytes.size())))
        return file.error();
    return file.commit();
}

} // namespace core
