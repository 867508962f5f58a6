// SPDX-License-Identifier: EUPL-1.2
#include "BundleCrypto.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstring>
#include <vector>

namespace core::sync {

namespace {

constexpr unsigned char kVersion = 1;
constexpr size_t kSaltBytes = crypto_pwhash_SALTBYTES;
constexpr size_t kPrefixBytes = sizeof wdx::kMagic + 1 + kSaltBytes + 8 + 8;
constexpr size_t kHeaderBytes = kPrefixBytes + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr size_t kMaxFrame = wdx::kChunk + crypto_secretstream_xchacha20poly1305_ABYTES;

// Above Argon2id's "interactive" limits; what a reader accepts is bounded so that a crafted header
// cannot make it spend minutes or gigabytes.
constexpr unsigned long long kOpsLimit = 3;
constexpr size_t kMemLimit = size_t(128) << 20;
constexpr unsigned long long kMinOps = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr unsigned long long kMaxOps = crypto_pwhash_OPSLIMIT_SENSITIVE;
constexpr size_t kMinMem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
constexpr size_t kMaxMem = size_t(256) << 20;

void putLe64(unsigned char* out, unsigned long long v)
{
    for (int i = 0; i < 8; ++i)
        out[i] = static_cast<unsigned char>(v >> (8 * i));
}

unsigned long long getLe64(const unsigned char* in)
{
    unsigned long long v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | in[i];
    return v;
}

bool deriveKey(unsigned char* key, const QString& passphrase, const unsigned char* salt, unsigned long long ops,
               size_t mem)
{
    const QByteArray utf8 = passphrase.toUtf8();
    const int rc =
        crypto_pwhash(key, crypto_secretstream_xchacha20poly1305_KEYBYTES, utf8.constData(),
                      static_cast<unsigned long long>(utf8.size()), salt, ops, mem, crypto_pwhash_ALG_ARGON2ID13);
    return rc == 0;
}

/// Reads exactly `size` bytes; the number read (less at the end), or -1 on an error.
long long readFully(ByteSource& source, unsigned char* data, size_t size)
{
    size_t done = 0;
    while (done < size) {
        const long long n = source.read(reinterpret_cast<char*>(data) + done, size - done);
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        done += static_cast<size_t>(n);
    }
    return static_cast<long long>(done);
}

} // namespace

bool wdx::looksEncrypted(const QByteArray& firstBytes)
{
    return firstBytes.size() >= static_cast<qsizetype>(sizeof kMagic) &&
           std::memcmp(firstBytes.constData(), kMagic, sizeof kMagic) == 0;
}

// --- EncryptingSink ---------------------------------------------------------------------------

struct EncryptingSink::State {
    crypto_secretstream_xchacha20poly1305_state stream{};
    std::vector<unsigned char> plain;
    std::vector<unsigned char> cipher;
    bool ready = false;
    bool finished = false;
};

EncryptingSink::EncryptingSink(ByteSink& inner, const QString& passphrase)
    : m_state(std::make_unique<State>())
    , m_inner(inner)
{
    if (sodium_init() < 0) {
        m_error = tr("The encryption library could not be started.");
        return;
    }
    unsigned char header[kHeaderBytes];
    std::memcpy(header, wdx::kMagic, sizeof wdx::kMagic);
    header[sizeof wdx::kMagic] = kVersion;
    unsigned char* salt = header + sizeof wdx::kMagic + 1;
    randombytes_buf(salt, kSaltBytes);
    putLe64(salt + kSaltBytes, kOpsLimit);
    putLe64(salt + kSaltBytes + 8, kMemLimit);
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    if (!deriveKey(key, passphrase, salt, kOpsLimit, kMemLimit)) {
        m_error = tr("There is not enough memory to derive the key from the passphrase.");
        return;
    }
    crypto_secretstream_xchacha20poly1305_init_push(&m_state->stream, header + kPrefixBytes, key);
    sodium_memzero(key, sizeof key);
    if (!m_inner.write(reinterpret_cast<const char*>(header), sizeof header)) {
        m_error = m_inner.error();
        return;
    }
    // An empty first chunk binds the header (salt and limits) to the key: a wrong passphrase is
    // found before any data is read, and a changed header cannot go unnoticed.
    m_state->cipher.resize(kMaxFrame + 4);
    m_state->ready = true;
    if (!pushChunk(0, header, kPrefixBytes))
        return;
    m_state->plain.reserve(wdx::kChunk);
}

EncryptingSink::~EncryptingSink()
{
    if (m_state)
        sodium_memzero(&m_state->stream, sizeof m_state->stream);
}

bool EncryptingSink::pushChunk(unsigned char tag, const unsigned char* ad, size_t adSize)
{
    unsigned long long len = 0;
    crypto_secretstream_xchacha20poly1305_push(&m_state->stream, m_state->cipher.data() + 4, &len,
                                               m_state->plain.data(), m_state->plain.size(), ad, adSize, tag);
    for (int i = 0; i < 4; ++i)
        m_state->cipher[static_cast<size_t>(i)] = static_cast<unsigned char>(len >> (8 * i));
    m_state->plain.clear();
    if (!m_inner.write(reinterpret_cast<const char*>(m_state->cipher.data()), 4 + len)) {
        m_error = m_inner.error();
        m_state->ready = false;
        return false;
    }
    return true;
}

bool EncryptingSink::write(const char* data, size_t size)
{
    if (!m_state->ready)
        return false;
    while (size > 0) {
        const size_t room = wdx::kChunk - m_state->plain.size();
        const size_t take = std::min(room, size);
        m_state->plain.insert(m_state->plain.end(), reinterpret_cast<const unsigned char*>(data),
                              reinterpret_cast<const unsigned char*>(data) + take);
        data += take;
        size -= take;
        if (m_state->plain.size() == wdx::kChunk && !pushChunk(crypto_secretstream_xchacha20poly1305_TAG_MESSAGE))
            return false;
    }
    return true;
}

bool EncryptingSink::finish()
{
    if (!m_state->ready || m_state->finished)
        return m_state->finished;
    if (!pushChunk(crypto_secretstream_xchacha20poly1305_TAG_FINAL))
        return false;
    m_state->finished = true;
    return m_inner.finish();
}

QString EncryptingSink::error() const
{
    return m_error;
}

// --- DecryptingSource -------------------------------------------------------------------------

struct DecryptingSource::State {
    crypto_secretstream_xchacha20poly1305_state stream{};
    std::vector<unsigned char> cipher;
    std::vector<unsigned char> plain;
    size_t pos = 0;
    bool ready = false;
    bool final = false;
};

DecryptingSource::DecryptingSource(ByteSource& inner, const QString& passphrase)
    : m_state(std::make_unique<State>())
    , m_inner(inner)
{
    m_state->ready = readHeader(passphrase);
}

DecryptingSource::~DecryptingSource()
{
    if (m_state)
        sodium_memzero(&m_state->stream, sizeof m_state->stream);
}

bool DecryptingSource::headerOk() const
{
    return m_state->ready;
}

long long DecryptingSource::failWith(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_state->ready = false;
    return -1;
}

bool DecryptingSource::readHeader(const QString& passphrase)
{
    if (sodium_init() < 0) {
        failWith(tr("The encryption library could not be started."));
        return false;
    }
    unsigned char header[kHeaderBytes];
    const long long n = readFully(m_inner, header, sizeof header);
    if (n < 0) {
        failWith(m_inner.error());
        return false;
    }
    if (n < static_cast<long long>(sizeof wdx::kMagic) || std::memcmp(header, wdx::kMagic, sizeof wdx::kMagic) != 0) {
        failWith(tr("This file is not an encrypted Wijkdossier bundle."));
        return false;
    }
    if (n < static_cast<long long>(sizeof header)) {
        failWith(tr("The bundle is incomplete: the file was cut off."));
        return false;
    }
    if (header[sizeof wdx::kMagic] != kVersion) {
        failWith(tr("This bundle was encrypted by a newer version of Wijkdossier (encryption version %1).")
                     .arg(header[sizeof wdx::kMagic]));
        return false;
    }
    const unsigned char* salt = header + sizeof wdx::kMagic + 1;
    const unsigned long long ops = getLe64(salt + kSaltBytes);
    const unsigned long long mem = getLe64(salt + kSaltBytes + 8);
    if (ops < kMinOps || ops > kMaxOps || mem < kMinMem || mem > kMaxMem) {
        failWith(tr("The bundle's key settings are outside what Wijkdossier accepts; the file was changed or "
                    "damaged."));
        return false;
    }
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    if (!deriveKey(key, passphrase, salt, ops, static_cast<size_t>(mem))) {
        failWith(tr("There is not enough memory to derive the key from the passphrase."));
        return false;
    }
    const int rc = crypto_secretstream_xchacha20poly1305_init_pull(&m_state->stream, header + kPrefixBytes, key);
    sodium_memzero(key, sizeof key);
    if (rc != 0) {
        failWith(tr("The bundle is damaged: its header is invalid."));
        return false;
    }
    m_state->cipher.resize(kMaxFrame);
    m_state->plain.resize(wdx::kChunk);
    // The empty first chunk authenticates the header with the key: a wrong passphrase shows here.
    unsigned char frame[4];
    const long long got = readFully(m_inner, frame, 4);
    if (got != 4) {
        failWith(got < 0 ? m_inner.error() : tr("The bundle is incomplete: the file was cut off."));
        return false;
    }
    const size_t len = size_t(frame[0]) | size_t(frame[1]) << 8 | size_t(frame[2]) << 16 | size_t(frame[3]) << 24;
    if (len != crypto_secretstream_xchacha20poly1305_ABYTES) {
        failWith(tr("The passphrase is wrong, or the bundle was changed."));
        return false;
    }
    if (readFully(m_inner, m_state->cipher.data(), len) != static_cast<long long>(len)) {
        failWith(tr("The bundle is incomplete: the file was cut off."));
        return false;
    }
    unsigned long long plainLen = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&m_state->stream, m_state->plain.data(), &plainLen, &tag,
                                                   m_state->cipher.data(), len, header, kPrefixBytes) != 0 ||
        tag != 0) {
        failWith(tr("The passphrase is wrong, or the bundle was changed."));
        return false;
    }
    m_state->plain.clear();
    return true;
}

bool DecryptingSource::pullChunk()
{
    unsigned char frame[4];
    const long long got = readFully(m_inner, frame, 4);
    if (got < 0)
        return failWith(m_inner.error()), false;
    if (got != 4)
        return failWith(tr("The bundle is incomplete: the file was cut off.")), false;
    const size_t len = size_t(frame[0]) | size_t(frame[1]) << 8 | size_t(frame[2]) << 16 | size_t(frame[3]) << 24;
    if (len < crypto_secretstream_xchacha20poly1305_ABYTES || len > kMaxFrame)
        return failWith(tr("The bundle was changed or is damaged: its contents do not authenticate.")), false;
    const long long read = readFully(m_inner, m_state->cipher.data(), len);
    if (read < 0)
        return failWith(m_inner.error()), false;
    if (read != static_cast<long long>(len))
        return failWith(tr("The bundle is incomplete: the file was cut off.")), false;
    m_state->plain.resize(wdx::kChunk);
    unsigned long long plainLen = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&m_state->stream, m_state->plain.data(), &plainLen, &tag,
                                                   m_state->cipher.data(), len, nullptr, 0) != 0) {
        return failWith(tr("The bundle was changed or is damaged: its contents do not authenticate.")), false;
    }
    m_state->plain.resize(static_cast<size_t>(plainLen));
    m_state->pos = 0;
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        m_state->final = true;
        // Nothing may follow the last chunk.
        unsigned char extra;
        const long long more = m_inner.read(reinterpret_cast<char*>(&extra), 1);
        if (more != 0)
            return failWith(tr("The bundle was changed: there is data after its end.")), false;
    }
    return true;
}

long long DecryptingSource::read(char* data, size_t size)
{
    if (!m_state->ready)
        return -1;
    while (m_state->pos == m_state->plain.size()) {
        if (m_state->final)
            return 0;
        if (!pullChunk())
            return -1;
    }
    const size_t take = std::min(size, m_state->plain.size() - m_state->pos);
    std::memcpy(data, m_state->plain.data() + m_state->pos, take);
    m_state->pos += take;
    return static_cast<long long>(take);
}

} // namespace core::sync
