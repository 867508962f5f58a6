// SPDX-License-Identifier: EUPL-1.2
#include "JsonStream.h"

#include <QCoreApplication>

#include <array>
#include <charconv>
#include <cmath>

namespace core::sync {

namespace {

constexpr size_t kWriteChunk = size_t(64) << 10;
constexpr size_t kReadChunk = size_t(64) << 10;

QString tr(const char* text)
{
    return QCoreApplication::translate("core::sync::JsonReader", text);
}

constexpr char kBase64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

constexpr std::array<signed char, 256> base64Table()
{
    std::array<signed char, 256> table{};
    for (auto& v : table)
        v = -1;
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(kBase64Alphabet[i])] = static_cast<signed char>(i);
    return table;
}

constexpr auto kBase64Table = base64Table();

} // namespace

// --- JsonWriter -------------------------------------------------------------------------------

JsonWriter::JsonWriter(ByteSink& sink)
    : m_sink(sink)
{
    m_buffer.reserve(kWriteChunk + 1024);
}

void JsonWriter::separator()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_buffer.push_back(',');
        m_first.back() = false;
    }
}

void JsonWriter::flushIfFull()
{
    if (m_buffer.size() < kWriteChunk)
        return;
    if (!m_failed && !m_sink.write(m_buffer.data(), m_buffer.size()))
        m_failed = true;
    m_buffer.clear();
}

void JsonWriter::beginObject()
{
    separator();
    m_buffer.push_back('{');
    m_first.push_back(true);
}

void JsonWriter::endObject()
{
    m_buffer.push_back('}');
    m_first.pop_back();
    flushIfFull();
}

void JsonWriter::beginArray()
{
    separator();
    m_buffer.push_back('[');
    m_first.push_back(true);
}

void JsonWriter::endArray()
{
    m_buffer.push_back(']');
    m_first.pop_back();
    flushIfFull();
}

void JsonWriter::key(std::string_view name)
{
    string(name);
    m_buffer.push_back(':');
    m_afterKey = true;
}

void JsonWriter::string(std::string_view utf8)
{
    separator();
    m_buffer.push_back('"');
    size_t plain = 0; // start of the run of characters that need no escaping
    for (size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_buffer.append(utf8.data() + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"':
            m_buffer.append("\\\"");
            break;
        case '\\':
            m_buffer.append("\\\\");
            break;
        case '\n':
            m_buffer.append("\\n");
            break;
        case '\r':
            m_buffer.append("\\r");
            break;
        case '\t':
            m_buffer.append("\\t");
            break;
        default: {
            static constexpr char hex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            m_buffer.append(escaped, sizeof escaped);
        }
        }
    }
    m_buffer.append(utf8.data() + plain, utf8.size() - plain);
    m_buffer.push_back('"');
    flushIfFull();
}

void JsonWriter::string(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    string(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

void JsonWriter::number(std::int64_t value)
{
    separator();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_buffer.append(digits, static_cast<size_t>(end - digits));
}

void JsonWriter::number(double value)
{
    separator();
    if (!std::isfinite(value)) {
        m_buffer.append("null");
        return;
    }
    char digits[32];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    std::string_view text(digits, static_cast<size_t>(end - digits));
    m_buffer.append(text);
    // Keep it a real on the way back: 2 would read as an integer.
    if (text.find_first_of(".eE") == std::string_view::npos)
        m_buffer.append(".0");
}

void JsonWriter::boolean(bool value)
{
    separator();
    m_buffer.append(value ? "true" : "false");
}

void JsonWriter::null()
{
    separator();
    m_buffer.append("null");
}

void JsonWriter::base64(std::string_view bytes)
{
    separator();
    m_buffer.push_back('"');
    size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const auto a = static_cast<unsigned char>(bytes[i]);
        const auto b = static_cast<unsigned char>(bytes[i + 1]);
        const auto c = static_cast<unsigned char>(bytes[i + 2]);
        const char quad[] = {kBase64Alphabet[a >> 2], kBase64Alphabet[((a & 3) << 4) | (b >> 4)],
                             kBase64Alphabet[((b & 15) << 2) | (c >> 6)], kBase64Alphabet[c & 63]};
        m_buffer.append(quad, 4);
        if (m_buffer.size() >= kWriteChunk * 4)
            flushIfFull();
    }
    const size_t rest = bytes.size() - i;
    if (rest > 0) {
        const auto a = static_cast<unsigned char>(bytes[i]);
        const auto b = rest > 1 ? static_cast<unsigned char>(bytes[i + 1]) : 0;
        const char quad[] = {kBase64Alphabet[a >> 2], kBase64Alphabet[((a & 3) << 4) | (b >> 4)],
                             rest > 1 ? kBase64Alphabet[(b & 15) << 2] : '=', '='};
        m_buffer.append(quad, 4);
    }
    m_buffer.push_back('"');
    flushIfFull();
}

void JsonWriter::newline()
{
    m_buffer.push_back('\n');
}

bool JsonWriter::finish()
{
    if (!m_failed && !m_buffer.empty() && !m_sink.write(m_buffer.data(), m_buffer.size()))
        m_failed = true;
    m_buffer.clear();
    if (!m_failed && !m_sink.finish())
        m_failed = true;
    return !m_failed;
}

bool decodeBase64(std::string_view text, std::string& out)
{
    out.clear();
    if (text.size() % 4 != 0)
        return false;
    out.reserve(text.size() / 4 * 3);
    for (size_t i = 0; i < text.size(); i += 4) {
        const bool last = i + 4 == text.size();
        int v[4];
        int padding = 0;
        for (int k = 0; k < 4; ++k) {
            const char ch = text[i + static_cast<size_t>(k)];
            if (ch == '=' && last && k >= 2) {
                v[k] = 0;
                ++padding;
                continue;
            }
            if (padding > 0)
                return false; // data after padding
            v[k] = kBase64Table[static_cast<unsigned char>(ch)];
            if (v[k] < 0)
                return false;
        }
        out.push_back(static_cast<char>((v[0] << 2) | (v[1] >> 4)));
        if (padding < 2)
            out.push_back(static_cast<char>(((v[1] & 15) << 4) | (v[2] >> 2)));
        if (padding < 1)
            out.push_back(static_cast<char>(((v[2] & 3) << 6) | v[3]));
    }
    return true;
}

// --- JsonReader -------------------------------------------------------------------------------

JsonReader::JsonReader(ByteSource& source, Limits limits)
    : m_source(source)
    , m_limits(limits)
    , m_buffer(kReadChunk)
{
}

JsonReader::JsonReader(ByteSource& source)
    : JsonReader(source, Limits{})
{
}

bool JsonReader::fill()
{
    if (m_eof)
        return false;
    m_offset += static_cast<long long>(m_end);
    m_pos = 0;
    m_end = 0;
    const long long n = m_source.read(m_buffer.data(), m_buffer.size());
    if (n < 0) {
        m_eof = true;
        fail(m_source.error());
        return false;
    }
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_end = static_cast<size_t>(n);
    return true;
}

inline int JsonReader::peekByte()
{
    if (m_pos == m_end && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer[m_pos]);
}

inline int JsonReader::getByte()
{
    if (m_pos == m_end && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer[m_pos++]);
}

int JsonReader::skipWhitespace()
{
    for (;;) {
        const int c = peekByte();
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            ++m_pos;
            continue;
        }
        return c;
    }
}

JsonReader::Token JsonReader::fail(const QString& message)
{
    if (m_error.isEmpty()) {
        m_error = tr("%1 (at byte %2)").arg(message).arg(m_offset + static_cast<long long>(m_pos));
    }
    m_expect = Expect::Done;
    return Token::Error;
}

JsonReader::Token JsonReader::next()
{
    if (!m_error.isEmpty())
        return Token::Error;
    for (;;) {
        const int c = skipWhitespace();
        if (!m_error.isEmpty())
            return Token::Error;
        switch (m_expect) {
        case Expect::Done:
            if (c == -1)
                return Token::End;
            return fail(tr("Unexpected data after the end of the JSON document"));
        case Expect::Colon:
            if (c != ':')
                return fail(tr("Expected ':' after a key"));
            ++m_pos;
            m_expect = Expect::Value;
            continue;
        case Expect::CommaOrEnd:
            if (c == ',') {
                ++m_pos;
                m_expect = m_stack.back() == Frame::Object ? Expect::Key : Expect::Value;
                continue;
            }
            if (c == '}' && m_stack.back() == Frame::Object) {
                ++m_pos;
                m_stack.pop_back();
                m_expect = m_stack.empty() ? Expect::Done : Expect::CommaOrEnd;
                return Token::EndObject;
            }
            if (c == ']' && m_stack.back() == Frame::Array) {
                ++m_pos;
                m_stack.pop_back();
                m_expect = m_stack.empty() ? Expect::Done : Expect::CommaOrEnd;
                return Token::EndArray;
            }
            return fail(c == -1 ? tr("The JSON document ends too early")
                                : tr("Expected ',' or the end of a list or object"));
        case Expect::KeyOrEnd:
            if (c == '}') {
                ++m_pos;
                m_stack.pop_back();
                m_expect = m_stack.empty() ? Expect::Done : Expect::CommaOrEnd;
                return Token::EndObject;
            }
            [[fallthrough]];
        case Expect::Key:
            if (c != '"')
                return fail(c == -1 ? tr("The JSON document ends too early") : tr("Expected a key in quotes"));
            ++m_pos;
            return scanString(true);
        case Expect::ValueOrEnd:
            if (c == ']') {
                ++m_pos;
                m_stack.pop_back();
                m_expect = m_stack.empty() ? Expect::Done : Expect::CommaOrEnd;
                return Token::EndArray;
            }
            [[fallthrough]];
        case Expect::Value:
            if (c == -1)
                return fail(tr("The JSON document ends too early"));
            return scanValue(c);
        }
    }
}

JsonReader::Token JsonReader::scanValue(int c)
{
    auto afterScalar = [this](Token t) {
        if (t != Token::Error)
            m_expect = m_stack.empty() ? Expect::Done : Expect::CommaOrEnd;
        return t;
    };
    if (c == '{' || c == '[') {
        if (static_cast<int>(m_stack.size()) >= m_limits.maxDepth)
            return fail(tr("The JSON is nested more than %1 levels deep").arg(m_limits.maxDepth));
        ++m_pos;
        m_stack.push_back(c == '{' ? Frame::Object : Frame::Array);
        m_expect = c == '{' ? Expect::KeyOrEnd : Expect::ValueOrEnd;
        return c == '{' ? Token::BeginObject : Token::BeginArray;
    }
    if (c == '"') {
        ++m_pos;
        return afterScalar(scanString(false));
    }
    if (c == '-' || (c >= '0' && c <= '9'))
        return afterScalar(scanNumber(c));
    return afterScalar(scanLiteral(c));
}

bool JsonReader::appendCodePoint(std::uint32_t cp)
{
    if (cp < 0x80) {
        m_text.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        m_text.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        m_text.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        m_text.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        m_text.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        m_text.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        m_text.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        m_text.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        m_text.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        m_text.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
    return true;
}

bool JsonReader::readHex4(std::uint32_t& out)
{
    out = 0;
    for (int i = 0; i < 4; ++i) {
        const int c = getByte();
        int v = -1;
        if (c >= '0' && c <= '9')
            v = c - '0';
        else if (c >= 'a' && c <= 'f')
            v = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v = c - 'A' + 10;
        if (v < 0)
            return false;
        out = (out << 4) | static_cast<std::uint32_t>(v);
    }
    return true;
}

JsonReader::Token JsonReader::scanString(bool isKey)
{
    m_text.clear();
    for (;;) {
        // Copy the run of plain ASCII in the buffer at once.
        size_t run = m_pos;
        while (run < m_end) {
            const auto b = static_cast<unsigned char>(m_buffer[run]);
            if (b < 0x20 || b >= 0x80 || b == '"' || b == '\\')
                break;
            ++run;
        }
        m_text.append(m_buffer.data() + m_pos, run - m_pos);
        m_pos = run;
        if (m_text.size() > m_limits.maxString)
            return fail(tr("A text in the JSON is longer than %1 MB").arg(m_limits.maxString >> 20));
        const int c = getByte();
        if (c == -1)
            return fail(tr("A text in the JSON is not closed"));
        if (c == '"')
            break;
        if (c < 0x20)
            return fail(tr("A text in the JSON contains a control character"));
        if (c < 0x80 && c != '\\') {
            m_text.push_back(static_cast<char>(c)); // the run stopped at the end of the buffer
            continue;
        }
        if (c == '\\') {
            const int e = getByte();
            switch (e) {
            case '"':
            case '\\':
            case '/':
                m_text.push_back(static_cast<char>(e));
                break;
            case 'b':
                m_text.push_back('\b');
                break;
            case 'f':
                m_text.push_back('\f');
                break;
            case 'n':
                m_text.push_back('\n');
                break;
            case 'r':
                m_text.push_back('\r');
                break;
            case 't':
                m_text.push_back('\t');
                break;
            case 'u': {
                std::uint32_t cp = 0;
                if (!readHex4(cp))
                    return fail(tr("A \\u escape in the JSON is malformed"));
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    std::uint32_t low = 0;
                    if (getByte() != '\\' || getByte() != 'u' || !readHex4(low) || low < 0xDC00 || low > 0xDFFF)
                        return fail(tr("A \\u escape in the JSON is malformed"));
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return fail(tr("A \\u escape in the JSON is malformed"));
                }
                appendCodePoint(cp);
                break;
            }
            default:
                return fail(tr("A text in the JSON has an unknown escape"));
            }
            continue;
        }
        // A multi-byte UTF-8 sequence: check it is well-formed (no overlong forms, no surrogates).
        int more = 0;
        int low = 0x80;
        int high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            if (c == 0xE0)
                low = 0xA0;
            if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            if (c == 0xF0)
                low = 0x90;
            if (c == 0xF4)
                high = 0x8F;
        } else {
            return fail(tr("The JSON is not valid UTF-8"));
        }
        m_text.push_back(static_cast<char>(c));
        for (int k = 0; k < more; ++k) {
            const int b = getByte();
            if (b < low || b > high)
                return fail(tr("The JSON is not valid UTF-8"));
            low = 0x80;
            high = 0xBF;
            m_text.push_back(static_cast<char>(b));
        }
    }
    if (isKey) {
        m_expect = Expect::Colon;
        return Token::Key;
    }
    return Token::String;
}

JsonReader::Token JsonReader::scanNumber(int first)
{
    char digits[64];
    size_t n = 0;
    bool isReal = false;
    int c = first;
    auto take = [&] {
        if (n + 1 >= sizeof digits)
            return false;
        digits[n++] = static_cast<char>(c);
        ++m_pos;
        c = peekByte();
        return true;
    };
    auto takeDigits = [&] {
        bool any = false;
        while (c >= '0' && c <= '9') {
            if (!take())
                return false;
            any = true;
        }
        return any;
    };
    if (c == '-' && !take())
        return fail(tr("A number in the JSON is too long"));
    if (c == '0') {
        take();
    } else if (!takeDigits()) {
        return fail(tr("A number in the JSON is malformed"));
    }
    if (c == '.') {
        isReal = true;
        if (!take() || !takeDigits())
            return fail(tr("A number in the JSON is malformed"));
    }
    if (c == 'e' || c == 'E') {
        isReal = true;
        if (!take())
            return fail(tr("A number in the JSON is malformed"));
        if ((c == '+' || c == '-') && !take())
            return fail(tr("A number in the JSON is malformed"));
        if (!takeDigits())
            return fail(tr("A number in the JSON is malformed"));
    }
    if (!isReal) {
        const auto [ptr, ec] = std::from_chars(digits, digits + n, m_integer);
        if (ec != std::errc() || ptr != digits + n)
            return fail(tr("A number in the JSON is too large"));
        return Token::Integer;
    }
    const auto [ptr, ec] = std::from_chars(digits, digits + n, m_real);
    if (ec != std::errc() || ptr != digits + n || !std::isfinite(m_real))
        return fail(tr("A number in the JSON is out of range"));
    return Token::Real;
}

JsonReader::Token JsonReader::scanLiteral(int first)
{
    const char* word = first == 't' ? "true" : first == 'f' ? "false" : first == 'n' ? "null" : nullptr;
    if (!word)
        return fail(tr("Unexpected character in the JSON"));
    for (const char* p = word; *p; ++p) {
        if (getByte() != *p)
            return fail(tr("Unexpected character in the JSON"));
    }
    return first == 't' ? Token::True : first == 'f' ? Token::False : Token::Null;
}

bool JsonReader::skip(Token first)
{
    if (first != Token::BeginObject && first != Token::BeginArray)
        return first != Token::Error;
    const int target = depth() - 1;
    while (depth() > target) {
        const Token t = next();
        if (t == Token::Error || t == Token::End)
            return false;
    }
    return true;
}

} // namespace core::sync
