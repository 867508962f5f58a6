// SPDX-License-Identifier: EUPL-1.2
#include "CsvImportReport.h"

namespace core::importing {

namespace {

// Written by hand because QJsonObject sorts its keys, and the report's key order is part of its
// documented shape.
void appendJsonString(QByteArray& out, const QString& text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (byte < 0x20) {
                out.append("\\u00");
                out.append(hex[byte >> 4]);
                out.append(hex[byte & 0xF]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void appendRejection(QByteArray& out, const CsvRejection& r)
{
    out.append("        {\"line\": ");
    out.append(QByteArray::number(r.line));
    out.append(", \"field\": ");
    appendJsonString(out, r.field);
    out.append(", \"code\": ");
    appendJsonString(out, r.code);
    out.append(", \"message\": ");
    appendJsonString(out, r.message);
    out.append('}');
}

} // namespace

int csvRejectedRows(const std::vector<CsvRejection>& rejected)
{
    int rows = 0;
    int previousLine = -1;
    for (const CsvRejection& r : rejected) {
        if (r.line != previousLine)
            ++rows;
        previousLine = r.line;
    }
    return rows;
}

QByteArray csvReportJson(int imported, const std::vector<CsvRejection>& rejected,
                         const std::optional<CsvRejection>& fileError)
{
    std::vector<const CsvRejection*> entries;
    if (fileError)
        entries.push_back(&*fileError);
    for (const CsvRejection& r : rejected)
        entries.push_back(&r);

    QByteArray out = "{\n    \"imported\": " + QByteArray::number(imported) + ",\n    \"rejected\": [";
    for (size_t i = 0; i < entries.size(); ++i) {
        out.append(i == 0 ? "\n" : ",\n");
        appendRejection(out, *entries[i]);
    }
    out.append(entries.empty() ? "]\n}\n" : "\n    ]\n}\n");
    return out;
}

int CsvImportReport::rejectedRows() const
{
    return csvRejectedRows(rejected);
}

QByteArray CsvImportReport::toJson(int imported) const
{
    return csvReportJson(imported, rejected, fileError);
}

} // namespace core::importing
