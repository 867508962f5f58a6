// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ByteStream.h"

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace core::sync {

/// Writes JSON to a ByteSink as it goes, so a bundle never has to fit in memory. The caller writes
/// well-formed JSON (commas and colons are added here); strings are escaped, UTF-8 is kept.
class JsonWriter {
public:
    explicit JsonWriter(ByteSink& sink);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view name);
    void string(std::string_view utf8);
    void string(const QString& text);
    void number(std::int64_t value);
    void number(double value);
    void boolean(bool value);
    void null();
    /// Writes `utf8` base64-encoded as a JSON string.
    void base64(std::string_view bytes);
    /// A line break between values, so a bundle opened in an editor shows one row per line.
    void newline();

    /// Flushes the buffer and finishes the sink; false (see error()) when any write failed.
    bool finish();
    bool failed() const { return m_failed; }
    QString error() const { return m_sink.error(); }

private:
    void separator();
    void flushIfFull();

    ByteSink& m_sink;
    std::string m_buffer;
    std::vector<bool> m_first; ///< per open container: nothing written in it yet
    bool m_afterKey = false;
    bool m_failed = false;
};

/// A pull parser for JSON from a ByteSource, with limits, for untrusted bundles: nesting depth,
/// string length and valid UTF-8 are checked, and the first problem is kept as a message with the
/// byte offset where it was found.
class JsonReader {
public:
    enum class Token {
        BeginObject,
        EndObject,
        BeginArray,
        EndArray,
        Key,
        String,
        Integer,
        Real,
        True,
        False,
        Null,
        End,
        Error
    };

    struct Limits {
        int maxDepth = 16;
        size_t maxString = size_t(40) << 20; ///< bytes, after unescaping
    };

    JsonReader(ByteSource& source, Limits limits);
    explicit JsonReader(ByteSource& source);

    /// The next token. After Key and String, text() holds the (unescaped UTF-8) text; after
    /// Integer, integer(); after Real, real(). Error is sticky: see error().
    Token next();
    const std::string& text() const { return m_text; }
    std::int64_t integer() const { return m_integer; }
    double real() const { return m_real; }
    int depth() const { return static_cast<int>(m_stack.size()); }

    /// Skips the value whose first token was `first` (a whole object or array).
    bool skip(Token first);

    QString error() const { return m_error; }
    /// Records a problem found by the caller (the structure was wrong), so error() reports it.
    Token fail(const QString& message);
    long long offset() const { return m_offset; }

private:
    int peekByte();
    int getByte();
    bool fill();
    Token scanValue(int c);
    Token scanString(bool isKey);
    Token scanNumber(int first);
    Token scanLiteral(int first);
    bool appendCodePoint(std::uint32_t cp);
    bool readHex4(std::uint32_t& out);
    int skipWhitespace();

    ByteSource& m_source;
    Limits m_limits;
    std::vector<char> m_buffer;
    size_t m_pos = 0;
    size_t m_end = 0;
    bool m_eof = false;
    long long m_offset = 0;

    // Structure: what the next token may be.
    enum class Frame : std::uint8_t { Object, Array };
    std::vector<Frame> m_stack;
    enum class Expect : std::uint8_t { Value, KeyOrEnd, Key, Colon, CommaOrEnd, ValueOrEnd, Done };
    Expect m_expect = Expect::Value;

    std::string m_text;
    std::int64_t m_integer = 0;
    double m_real = 0;
    QString m_error;
};

/// Decodes standard base64 (RFC 4648, with padding); false for anything else.
bool decodeBase64(std::string_view text, std::string& out);

} // namespace core::sync
