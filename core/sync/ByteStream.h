// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <cstddef>

namespace core::sync {

/// Where a bundle's bytes go: a file, an encrypting layer in front of a file, memory in tests.
class ByteSink {
public:
    virtual ~ByteSink() = default;
    /// False when the bytes could not be written; error() says why.
    virtual bool write(const char* data, size_t size) = 0;
    /// Writes what is still buffered and marks the end; false when that failed.
    virtual bool finish() = 0;
    virtual QString error() const = 0;
};

/// Where a bundle's bytes come from.
class ByteSource {
public:
    virtual ~ByteSource() = default;
    /// Up to `size` bytes into `data`: the number read, 0 at the end, -1 on an error (see error()).
    virtual long long read(char* data, size_t size) = 0;
    virtual QString error() const = 0;
};

} // namespace core::sync
