// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ByteStream.h"
#include "OutputFile.h"

#include <QFile>

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>

namespace core::sync {

/// Writes into a core::OutputFile: nothing replaces the target until OutputFile::commit().
class OutputFileSink : public ByteSink {
public:
    explicit OutputFileSink(OutputFile& file)
        : m_file(file)
    {
    }
    bool write(const char* data, size_t size) override { return m_file.append(data, size); }
    /// The bytes are already with the system; OutputFile::commit() syncs and renames them.
    bool finish() override { return m_file.ok(); }
    QString error() const override { return m_file.error().message; }

private:
    OutputFile& m_file;
};

/// Reads a QFile, reporting how far it got.
class FileSource : public ByteSource {
public:
    FileSource(QFile& file, std::function<void(qint64 read, qint64 size)> progress = {})
        : m_file(file)
        , m_size(file.size())
        , m_progress(std::move(progress))
    {
    }
    long long read(char* data, size_t size) override
    {
        const qint64 n = m_file.read(data, static_cast<qint64>(size));
        if (n > 0) {
            m_read += n;
            if (m_progress)
                m_progress(m_read, m_size);
        }
        return n;
    }
    QString error() const override { return m_file.errorString(); }

private:
    QFile& m_file;
    qint64 m_size = 0;
    qint64 m_read = 0;
    std::function<void(qint64, qint64)> m_progress;
};

/// Reads bytes held in memory (tests, the fuzzer, a conflict's stored version).
class MemorySource : public ByteSource {
public:
    explicit MemorySource(std::string_view bytes)
        : m_bytes(bytes)
    {
    }
    long long read(char* data, size_t size) override
    {
        const size_t n = std::min(size, m_bytes.size() - m_pos);
        std::copy_n(m_bytes.data() + m_pos, n, data);
        m_pos += n;
        return static_cast<long long>(n);
    }
    QString error() const override { return {}; }

private:
    std::string_view m_bytes;
    size_t m_pos = 0;
};

/// Collects written bytes in memory.
class MemorySink : public ByteSink {
public:
    bool write(const char* data, size_t size) override
    {
        bytes.append(data, size);
        return true;
    }
    bool finish() override { return true; }
    QString error() const override { return {}; }
    std::string bytes;
};

} // namespace core::sync
