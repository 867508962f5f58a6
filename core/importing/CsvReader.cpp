// SPDX-License-Identifier: EUPL-1.2
#include "CsvReader.h"

namespace core::importing {

namespace {

// 0x80–0x9F of Windows-1252; the rest of the code page equals Latin-1. Written out here rather
// than asking QStringDecoder, whose Windows-1252 support depends on how Qt was built (ICU).
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

bool isLineEnd(char16_t c)
{
    return c == u'\n' || c == u'\r';
}

bool isBlankField(const QString& field)
{
    for (const QChar c : field) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('\t'))
            return false;
    }
    return true;
}

} // namespace

bool CsvReader::isValidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b == 0xE0) {
            length = 3;
            low = 0xA0; // below is overlong
        } else if (b == 0xED) {
            length = 3;
            high = 0x9F; // above are UTF-16 surrogates
        } else if (b >= 0xE1 && b <= 0xEF) {
            length = 3;
        } else if (b == 0xF0) {
            length = 4;
            low = 0x90; // below is overlong
        } else if (b >= 0xF1 && b <= 0xF3) {
            length = 4;
        } else if (b == 0xF4) {
            length = 4;
            high = 0x8F; // above is past U+10FFFF
        } else {
            return false;
        }
        if (i + length > n || p[i + 1] < low || p[i + 1] > high)
            return false;
        for (qsizetype k = 2; k < length; ++k) {
            if (p[i + k] < 0x80 || p[i + k] > 0xBF)
                return false;
        }
        i += length;
    }
    return true;
}

QString CsvReader::decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    const auto* in = reinterpret_cast<const unsigned char*>(bytes.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const unsigned char b = in[i];
        out[i] = QChar(b >= 0x80 && b <= 0x9F ? kWindows1252High[b - 0x80] : static_cast<char16_t>(b));
    }
    return text;
}

QString CsvReader::decode(const QByteArray& bytes, Encoding& used)
{
    QByteArrayView view(bytes);
    // A BOM declares UTF-8; a stray invalid byte after it is damage, not a sign of Windows-1252.
    const bool bom = view.startsWith("\xEF\xBB\xBF");
    if (bom)
        view = view.sliced(3);
    if (bom || isValidUtf8(view)) {
        used = Encoding::Utf8;
        return QString::fromUtf8(view);
    }
    used = Encoding::Windows1252;
    return decodeWindows1252(bytes);
}

QString CsvReader::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

QChar CsvReader::detectSeparator(QStringView text)
{
    int semicolons = 0;
    int commas = 0;
    bool inQuotes = false;
    bool seenContent = false;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (inQuotes) {
            continue;
        } else if (c == u';') {
            ++semicolons;
        } else if (c == u',') {
            ++commas;
        } else if (isLineEnd(c) && seenContent) {
            break;
        }
        if (!isLineEnd(c) && c != u' ' && c != u'\t')
            seenContent = true;
    }
    return commas > semicolons ? QLatin1Char(',') : QLatin1Char(';');
}

QString CsvReader::unguard(const QString& field)
{
    if (field.size() < 2 || field.front() != QLatin1Char('\''))
        return field;
    const QChar next = field.at(1);
    const bool guarded = next == QLatin1Char('=') || next == QLatin1Char('+') || next == QLatin1Char('-') ||
                         next == QLatin1Char('@') || next == QLatin1Char('\t') || next == QLatin1Char('\r');
    return guarded ? field.mid(1) : field;
}

std::vector<CsvReader::Record> CsvReader::parse(QStringView text, QChar separator)
{
    const char16_t sep = separator.unicode();
    std::vector<Record> records;
    Record record;
    record.line = 1;
    QString field;
    bool inQuotes = false;
    bool fieldQuoted = false;
    int line = 1;

    auto endField = [&] {
        record.fields.append(unguard(field));
        field.clear();
        fieldQuoted = false;
    };
    auto endRecord = [&] {
        const bool emptyLine = record.fields.isEmpty() && field.isEmpty() && !fieldQuoted;
        if (!emptyLine) {
            endField();
            records.push_back(std::move(record));
        }
        record = Record{};
        field.clear();
        fieldQuoted = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (isLineEnd(c)) {
                if (c == u'\r' && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                    ++i;
                field.append(QLatin1Char('\n'));
                ++line;
            } else {
                field.append(QChar(c));
            }
        } else if (c == sep) {
            endField();
        } else if (isLineEnd(c)) {
            if (c == u'\r' && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else if (c == u'"' && !fieldQuoted && isBlankField(field)) {
            // Hand-written files put a space after the separator: `a, "b, c"`.
            field.clear();
            inQuotes = true;
            fieldQuoted = true;
        } else {
            field.append(QChar(c));
        }
    }
    if (inQuotes)
        record.unterminatedQuote = true;
    endRecord();
    return records;
}

} // namespace core::importing
