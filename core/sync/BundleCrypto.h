// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ByteStream.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <array>
#include <memory>

namespace core::sync {

/// The encrypted bundle file (.wdx): a fixed header, then the JSON in authenticated chunks.
///
///   magic "WDXBUNDL" (8) · version 1 (1) · Argon2id salt (16) · opslimit (8, LE) · memlimit (8, LE)
///   · secretstream header (24) · chunks: length (4, LE) + XChaCha20-Poly1305 ciphertext
///
/// The key comes from the passphrase with crypto_pwhash (Argon2id13); the header bytes before the
/// secretstream header are authenticated as additional data of the first chunk, and the last chunk
/// carries the FINAL tag, so a changed header, a flipped byte, a reordered, missing or extra chunk
/// and a truncated file all fail authentication.
namespace wdx {
constexpr char kMagic[8] = {'W', 'D', 'X', 'B', 'U', 'N', 'D', 'L'};
constexpr size_t kChunk = size_t(64) << 10; ///< plaintext bytes per chunk
bool looksEncrypted(const QByteArray& firstBytes);
} // namespace wdx

/// Encrypts what is written into `inner`. The passphrase is used once to derive the key and is not
/// kept. A failed key derivation (out of memory) makes every write fail.
class EncryptingSink : public ByteSink {
    Q_DECLARE_TR_FUNCTIONS(core::sync::EncryptingSink)
public:
    EncryptingSink(ByteSink& inner, const QString& passphrase);
    ~EncryptingSink() override;

    bool write(const char* data, size_t size) override;
    bool finish() override;
    QString error() const override;

private:
    bool pushChunk(unsigned char tag, const unsigned char* ad = nullptr, size_t adSize = 0);

    struct State;
    std::unique_ptr<State> m_state;
    ByteSink& m_inner;
    QString m_error;
};

/// Decrypts a .wdx from `inner`; read() fails with a clear message when the passphrase is wrong,
/// the file is not a bundle, or any byte was changed or cut off.
class DecryptingSource : public ByteSource {
    Q_DECLARE_TR_FUNCTIONS(core::sync::DecryptingSource)
public:
    DecryptingSource(ByteSource& inner, const QString& passphrase);
    ~DecryptingSource() override;

    long long read(char* data, size_t size) override;
    QString error() const override { return m_error; }
    /// True when the header was read and the key derived; the first read() tells whether the
    /// passphrase is right.
    bool headerOk() const;

private:
    bool readHeader(const QString& passphrase);
    bool pullChunk();
    long long failWith(const QString& message);

    struct State;
    std::unique_ptr<State> m_state;
    ByteSource& m_inner;
    QString m_error;
};

} // namespace core::sync
