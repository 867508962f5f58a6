// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Clock.h"
#include "Workspace.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <csignal>
#include <memory>
#include <sys/resource.h>
#include <sys/stat.h>

namespace test {

/// The whole contents of a file (the test fails when it cannot be read).
inline QByteArray contents(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/// Limits the size of every file this process writes (RLIMIT_FSIZE), as a nearly full disk does to
/// the files written on it, until the end of the scope. The signal the kernel sends is ignored, so
/// that a write fails with EFBIG instead of ending the test.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        REQUIRE(::getrlimit(RLIMIT_FSIZE, &m_before) == 0);
        m_signal = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_before;
        limit.rlim_cur = bytes;
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &limit) == 0);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_before);
        std::signal(SIGXFSZ, m_signal);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_before{};
    void (*m_signal)(int) = nullptr;
};

/// The permission bits of a file, e.g. 0600.
inline int mode(const QString& path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return static_cast<int>(st.st_mode & 0777);
}

/// A workspace on a fresh database file in a temporary folder, with a clock that stands still
/// at Tuesday 10 November 2026, 14:00 UTC unless moved.
struct TempWorkspace {
    QTemporaryDir dir;
    core::FixedClock clock{QDateTime(QDate(2026, 11, 10), QTime(14, 0), Qt::UTC)};
    std::unique_ptr<core::Workspace> ws;

    TempWorkspace()
    {
        REQUIRE(dir.isValid());
        auto opened = core::Workspace::open(path(), clock, {.create = true});
        REQUIRE(opened.ok());
        ws = std::move(opened.value());
    }
    QString path() const { return dir.filePath(QStringLiteral("dossier.sqlite")); }
    core::Workspace& operator*() { return *ws; }
    core::Workspace* operator->() { return ws.get(); }
};

} // namespace test
