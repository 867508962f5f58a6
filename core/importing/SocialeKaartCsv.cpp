// SPDX-License-Identifier: EUPL-1.2
#include "SocialeKaartCsv.h"

#include "CsvColumns.h"
#include "CsvWriter.h"
#include "model/Keuzelijst.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <iterator>

namespace core::importing {

namespace {

enum class Column { Id, Naam, Vorm, Wet, Categorie, Aanbieder, Telefoon, Email, Website, Adres, Notities, Actief };
constexpr size_t kColumnCount = static_cast<size_t>(Column::Actief) + 1;

// The keys are the field names in rejections and, in this order, the header write() writes.
constexpr const char* kKeys[kColumnCount] = {"id",       "naam",  "vorm",    "wet",   "categorie", "aanbieder",
                                             "telefoon", "email", "website", "adres", "notities",  "actief"};

using Header = CsvColumns<Column, kColumnCount>;

// The more specific name of a field first: it wins when a file has two columns for one field.
constexpr CsvAlias<Column> kAliases[] = {
    {Column::Id, "id"},
    {Column::Id, "uuid"},
    {Column::Naam, "naam"},
    {Column::Naam, "naamvoorziening"},
    {Column::Naam, "voorziening"},
    {Column::Naam, "name"},
    {Column::Vorm, "vorm"},
    {Column::Vorm, "soortvoorziening"},
    {Column::Vorm, "form"},
    {Column::Vorm, "type"},
    {Column::Wet, "wet"},
    {Column::Wet, "wetgeving"},
    {Column::Wet, "law"},
    {Column::Categorie, "categorie"},
    {Column::Categorie, "category"},
    {Column::Categorie, "rubriek"},
    {Column::Aanbieder, "aanbieder"},
    {Column::Aanbieder, "organisatie"},
    {Column::Aanbieder, "provider"},
    {Column::Aanbieder, "organisation"},
    {Column::Aanbieder, "organization"},
    {Column::Telefoon, "telefoon"},
    {Column::Telefoon, "telefoonnummer"},
    {Column::Telefoon, "tel"},
    {Column::Telefoon, "phone"},
    {Column::Telefoon, "telephone"},
    {Column::Email, "email"},
    {Column::Email, "emailadres"},
    {Column::Email, "mail"},
    {Column::Website, "website"},
    {Column::Website, "url"},
    {Column::Website, "internet"},
    {Column::Website, "web"},
    {Column::Adres, "adres"},
    {Column::Adres, "bezoekadres"},
    {Column::Adres, "address"},
    {Column::Notities, "notities"},
    {Column::Notities, "notitie"},
    {Column::Notities, "opmerkingen"},
    {Column::Notities, "toelichting"},
    {Column::Notities, "omschrijving"},
    {Column::Notities, "notes"},
    {Column::Notities, "description"},
    {Column::Actief, "actief"},
    {Column::Actief, "active"},
};

QString key(Column column)
{
    return QString::fromLatin1(kKeys[static_cast<size_t>(column)]);
}

/// The key of `lijst` that `text` names: the key itself or its label (Dutch, or in the
/// application language), case-insensitively. Empty when it names none.
QString keuzeFor(Keuzelijst lijst, const QString& text)
{
    for (const QString& k : keuzeKeys(lijst)) {
        if (text.compare(k, Qt::CaseInsensitive) == 0 ||
            text.compare(keuzeLabelNl(lijst, k), Qt::CaseInsensitive) == 0 ||
            text.compare(keuzeLabel(lijst, k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return {};
}

QString vormFor(const QString& text)
{
    const QString lower = text.toLower();
    if (lower == QLatin1String("algemene voorziening"))
        return QStringLiteral("algemeen");
    if (lower == QLatin1String("maatwerkvoorziening"))
        return QStringLiteral("maatwerk");
    return keuzeFor(Keuzelijst::VoorzieningVorm, text);
}

std::optional<bool> parseActief(const QString& text)
{
    const QString value = text.toLower();
    for (const char* ja : {"", "ja", "j", "yes", "true", "1"}) {
        if (value == QLatin1String(ja))
            return true;
    }
    for (const char* nee : {"nee", "n", "no", "false", "0"}) {
        if (value == QLatin1String(nee))
            return false;
    }
    return std::nullopt;
}

bool isUuid(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return text.size() == 36 && pattern.match(text).hasMatch();
}

SocialeKaartCsvReport withFileError(SocialeKaartCsvReport report, int line, const QString& code, const QString& message)
{
    report.fileError = CsvRejection{line, QString(), code, message};
    return report;
}

/// Turns records into entries, remembering ids across rows to find duplicates.
class RowReader {
public:
    explicit RowReader(const Header& header)
        : m_header(header)
    {
    }

    void read(const CsvReader::Record& record, SocialeKaartCsvReport& report)
    {
        m_record = &record;
        m_report = &report;
        const size_t rejectionsBefore = report.rejected.size();
        switch (m_header.fit(record)) {
        case Header::Fit::UnterminatedQuote:
            reject(QString(), QStringLiteral("quote"),
                   SocialeKaartCsv::tr("A quote in this row is never closed, so the rest of the file was read as "
                                       "part of this row."));
            return;
        case Header::Fit::WrongFieldCount:
            reject(QString(), QStringLiteral("columns"),
                   SocialeKaartCsv::tr("This row has %n field(s), but the first line names %1 columns.", nullptr,
                                       static_cast<int>(record.fields.size()))
                       .arg(m_header.size()));
            return;
        case Header::Fit::Fits:
            break;
        }

        SocialeKaartItem item;
        readId(item);
        item.naam = cell(Column::Naam).simplified();
        if (item.naam.isEmpty())
            reject(key(Column::Naam), QStringLiteral("required"),
                   SocialeKaartCsv::tr("Enter the name of the voorziening."));
        readVorm(item);
        item.wet = readKeuze(Column::Wet, Keuzelijst::Wet, QStringLiteral("wmo"),
                             SocialeKaartCsv::tr("“%1” is not a law the sociale kaart knows. Write one of: %2."));
        item.categorie = readKeuze(Column::Categorie, Keuzelijst::VoorzieningCategorie, QStringLiteral("anders"),
                                   SocialeKaartCsv::tr("“%1” is not a category of the sociale kaart. Write one of: "
                                                       "%2."));
        item.aanbieder = cell(Column::Aanbieder).simplified();
        item.telefoon = telefoon();
        item.email = cell(Column::Email).simplified();
        item.website = cell(Column::Website).simplified();
        item.adres = cell(Column::Adres).simplified();
        item.notities = cell(Column::Notities).trimmed();
        readActief(item);

        if (report.rejected.size() == rejectionsBefore)
            report.valid.push_back(std::move(item));
    }

private:
    QString cell(Column column) const { return m_header.cell(*m_record, column); }

    void reject(const QString& field, const QString& code, const QString& message)
    {
        m_report->rejected.push_back({m_record->line, field, code, message});
    }

    void readId(SocialeKaartItem& item)
    {
        const QString id = cell(Column::Id).trimmed().toLower();
        if (id.isEmpty())
            return;
        if (!isUuid(id)) {
            reject(key(Column::Id), QStringLiteral("id"),
                   SocialeKaartCsv::tr("“%1” is not an id of the sociale kaart. Leave the column id empty for a new "
                                       "entry.")
                       .arg(id));
            return;
        }
        const auto first = m_firstLineOfId.constFind(id);
        if (first != m_firstLineOfId.cend()) {
            reject(key(Column::Id), QStringLiteral("duplicate"),
                   SocialeKaartCsv::tr("This id is already on line %1 of the file.").arg(*first));
            return;
        }
        m_firstLineOfId.insert(id, m_record->line);
        item.meta.id = id;
    }

    void readVorm(SocialeKaartItem& item)
    {
        const QString text = cell(Column::Vorm).simplified();
        if (text.isEmpty()) {
            reject(key(Column::Vorm), QStringLiteral("required"),
                   SocialeKaartCsv::tr("Write algemeen or maatwerk in the column vorm."));
            return;
        }
        item.vorm = vormFor(text);
        if (item.vorm.isEmpty())
            reject(key(Column::Vorm), QStringLiteral("vorm"),
                   SocialeKaartCsv::tr("“%1” is not a vorm. Write algemeen or maatwerk.").arg(text));
    }

    /// The key in the column, `fallback` when it is empty; rejects the row for an unknown value.
    QString readKeuze(Column column, Keuzelijst lijst, const QString& fallback, const QString& message)
    {
        const QString text = cell(column).simplified();
        if (text.isEmpty())
            return fallback;
        const QString k = keuzeFor(lijst, text);
        if (k.isEmpty())
            reject(key(column), key(column), message.arg(text, keuzeKeys(lijst).join(QStringLiteral(", "))));
        return k;
    }

    QString telefoon() const
    {
        QString text = cell(Column::Telefoon).simplified();
        // Spreadsheets keep a leading zero by exporting a formula: ="0201234567".
        if (text.size() >= 3 && text.startsWith(QLatin1String("=\"")) && text.endsWith(QLatin1Char('"')))
            text = text.mid(2, text.size() - 3).trimmed();
        return text;
    }

    void readActief(SocialeKaartItem& item)
    {
        const std::optional<bool> actief = parseActief(cell(Column::Actief).trimmed());
        if (actief)
            item.actief = *actief;
        else
            reject(key(Column::Actief), QStringLiteral("actief"),
                   SocialeKaartCsv::tr("Write ja or nee in the column actief (1 or 0 also work), or leave it empty."));
    }

    const Header& m_header;
    QHash<QString, int> m_firstLineOfId;
    const CsvReader::Record* m_record = nullptr;
    SocialeKaartCsvReport* m_report = nullptr;
};

} // namespace

int SocialeKaartCsvReport::rejectedRows() const
{
    return csvRejectedRows(rejected);
}

QByteArray SocialeKaartCsvReport::toJson(int imported) const
{
    return csvReportJson(imported, rejected, fileError);
}

SocialeKaartCsvReport SocialeKaartCsv::read(const QByteArray& bytes)
{
    SocialeKaartCsvReport report;
    const CsvTable table = CsvTable::open(bytes);
    report.encoding = table.encoding;
    report.separator = table.separator;
    if (table.problem == CsvTable::Problem::NotText)
        return withFileError(std::move(report), 0, QStringLiteral("encoding"),
                             tr("This is not a CSV text file. In the spreadsheet, use Save as and choose a CSV "
                                "file type."));
    if (table.problem == CsvTable::Problem::Empty)
        return withFileError(std::move(report), 0, QStringLiteral("empty"), tr("The file is empty."));
    const Header header(table.header().fields, kAliases, report.ignoredColumns);
    if (header[Column::Naam] < 0 || header[Column::Vorm] < 0) {
        report.ignoredColumns.clear();
        return withFileError(std::move(report), table.header().line, QStringLiteral("header"),
                             tr("The first line must name the columns, with at least naam and vorm."));
    }

    RowReader rows(header);
    for (const CsvReader::Record* record : table.dataRows()) {
        ++report.rowsRead;
        rows.read(*record, report);
    }
    return report;
}

SocialeKaartCsvReport SocialeKaartCsv::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return withFileError(SocialeKaartCsvReport{}, 0, QStringLiteral("io"),
                             tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
    return read(file.readAll());
}

QByteArray SocialeKaartCsv::write(const std::vector<SocialeKaartItem>& items)
{
    QStringList header;
    for (const char* k : kKeys)
        header << QString::fromLatin1(k);
    QString text = header.join(QLatin1Char(';')) + QLatin1String("\r\n");
    for (const SocialeKaartItem& item : items) {
        const QStringList fields{
            item.meta.id,   item.naam,      item.vorm,     item.wet,
            item.categorie, item.aanbieder, item.telefoon, item.email,
            item.website,   item.adres,     item.notities, item.actief ? QStringLiteral("ja") : QStringLiteral("nee")};
        text += CsvWriter::row(fields, QLatin1Char(';')) + QLatin1String("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace core::importing
