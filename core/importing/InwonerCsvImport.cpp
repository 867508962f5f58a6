// SPDX-License-Identifier: EUPL-1.2
#include "InwonerCsvImport.h"

#include "CsvColumns.h"
#include "model/Enums.h"
#include "rules/Bsn.h"
#include "rules/Validation.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>

namespace core::importing {

namespace {

using rules::Validation;

enum class Column {
    Bsn,
    Voornamen,
    Voorletters,
    Tussenvoegsel,
    Geslachtsnaam,
    Roepnaam,
    Geboortedatum,
    Straat,
    Huisnummer,
    Toevoeging,
    Postcode,
    Woonplaats,
    Telefoon,
    Email,
    Taal,
    Tolk,
    Contactvoorkeur,
    Aanspreekpunt,
    AanspreekpuntTelefoon,
};
constexpr size_t kColumnCount = static_cast<size_t>(Column::AanspreekpuntTelefoon) + 1;

// The keys are the field names in rejections, shared with rules::Validation's FieldError::field.
constexpr const char* kKeys[kColumnCount] = {
    "bsn",
    "voornamen",
    "voorletters",
    "tussenvoegsel",
    "geslachtsnaam",
    "roepnaam",
    "geboortedatum",
    "straat",
    "huisnummer",
    "toevoeging",
    "postcode",
    "woonplaats",
    "telefoon",
    "email",
    "taal",
    "tolk",
    "contactvoorkeur",
    "aanspreekpunt",
    "aanspreekpunt_telefoon",
};

// When two columns mean the same field, the more specific name wins (the earlier in kAliases):
// an export with both "Naam" (the full name) and "Achternaam" takes the geslachtsnaam from the latter.
using Header = CsvColumns<Column, kColumnCount>;

constexpr CsvAlias<Column> kAliases[] = {
    {Column::Bsn, "bsn"},
    {Column::Bsn, "burgerservicenummer"},
    {Column::Bsn, "sofinummer"},
    {Column::Voornamen, "voornamen"},
    {Column::Voornamen, "voornaam"},
    {Column::Voorletters, "voorletters"},
    {Column::Tussenvoegsel, "tussenvoegsel"},
    {Column::Tussenvoegsel, "tussenvoegsels"},
    {Column::Tussenvoegsel, "voorvoegsel"},
    {Column::Geslachtsnaam, "geslachtsnaam"},
    {Column::Geslachtsnaam, "achternaam"},
    {Column::Geslachtsnaam, "naam"},
    {Column::Roepnaam, "roepnaam"},
    {Column::Geboortedatum, "geboortedatum"},
    {Column::Geboortedatum, "gebdatum"},
    {Column::Geboortedatum, "geboren"},
    {Column::Straat, "straat"},
    {Column::Straat, "straatnaam"},
    {Column::Huisnummer, "huisnummer"},
    {Column::Huisnummer, "huisnr"},
    {Column::Huisnummer, "nr"},
    {Column::Toevoeging, "toevoeging"},
    {Column::Toevoeging, "huisnummertoevoeging"},
    {Column::Toevoeging, "huisletter"},
    {Column::Postcode, "postcode"},
    {Column::Woonplaats, "woonplaats"},
    {Column::Woonplaats, "plaats"},
    {Column::Telefoon, "telefoon"},
    {Column::Telefoon, "telefoonnummer"},
    {Column::Telefoon, "tel"},
    {Column::Telefoon, "mobiel"},
    {Column::Email, "email"},
    {Column::Email, "emailadres"},
    {Column::Taal, "taal"},
    {Column::Tolk, "tolk"},
    {Column::Tolk, "tolknodig"},
    {Column::Contactvoorkeur, "contactvoorkeur"},
    {Column::Aanspreekpunt, "aanspreekpunt"},
    {Column::Aanspreekpunt, "consulent"},
    {Column::Aanspreekpunt, "vastaanspreekpunt"},
    {Column::AanspreekpuntTelefoon, "aanspreekpunttelefoon"},
};

QString key(Column column)
{
    return QString::fromLatin1(kKeys[static_cast<size_t>(column)]);
}

QString cellText(const QString& field)
{
    QString text = field.trimmed();
    // Spreadsheets keep leading zeros (BSN, telephone) by exporting a formula: ="012345672".
    if (text.size() >= 3 && text.startsWith(QLatin1String("=\"")) && text.endsWith(QLatin1Char('"')))
        text = text.mid(2, text.size() - 3).trimmed();
    return text;
}

bool isTime(QStringView text)
{
    if (!text.contains(QLatin1Char(':')))
        return false;
    for (const QChar c : text) {
        if (!c.isDigit() && c != QLatin1Char(':') && c != QLatin1Char('.'))
            return false;
    }
    return true;
}

QDate parseDatum(const QString& text)
{
    const QDate date = Validation::parseDate(text);
    if (date.isValid())
        return date;
    // Date cells may come out with a time: "31-12-1950 00:00:00", "1950-12-31T00:00:00".
    for (const QChar separator : {QLatin1Char(' '), QLatin1Char('T')}) {
        const qsizetype at = text.indexOf(separator);
        if (at > 0 && isTime(QStringView(text).mid(at + 1)))
            return Validation::parseDate(text.left(at));
    }
    return {};
}

struct Huisnummer {
    int nummer = 0;
    QString toevoeging;
};

/// "12" → 12; "12a", "12 A", "12-2" → 12 with toevoeging "a", "A", "2". Nullopt unless the text
/// starts with a number from 1 to 99999.
std::optional<Huisnummer> splitHuisnummer(const QString& text)
{
    qsizetype digits = 0;
    while (digits < text.size() && text.at(digits) >= QLatin1Char('0') && text.at(digits) <= QLatin1Char('9'))
        ++digits;
    if (digits == 0 || digits > 5)
        return std::nullopt;
    const int nummer = QStringView(text).left(digits).toInt();
    if (nummer < 1)
        return std::nullopt;
    qsizetype rest = digits;
    while (rest < text.size() && (text.at(rest) == QLatin1Char(' ') || text.at(rest) == QLatin1Char('-') ||
                                  text.at(rest) == QLatin1Char('/')))
        ++rest;
    return Huisnummer{nummer, text.mid(rest)};
}

std::optional<bool> parseJaNee(const QString& text)
{
    const QString value = text.toLower();
    for (const char* ja : {"ja", "j", "1", "x", "true", "yes", "waar"}) {
        if (value == QLatin1String(ja))
            return true;
    }
    for (const char* nee : {"", "nee", "n", "0", "false", "no", "onwaar"}) {
        if (value == QLatin1String(nee))
            return false;
    }
    return std::nullopt;
}

CsvImportReport withFileError(CsvImportReport report, int line, const QString& code, const QString& message)
{
    report.fileError = CsvRejection{line, QString(), code, message};
    return report;
}

/// Turns records into inwoners, remembering BSNs across rows to find duplicates.
class RowReader {
public:
    RowReader(const Header& header, const QDate& today)
        : m_header(header)
        , m_today(today)
    {
    }

    /// Appends the inwoner of `record` to `report.valid`, or its rejections to `report.rejected`.
    void read(const CsvReader::Record& record, CsvImportReport& report)
    {
        m_record = &record;
        m_report = &report;
        const size_t rejectionsBefore = report.rejected.size();
        switch (m_header.fit(record)) {
        case Header::Fit::UnterminatedQuote:
            reject(QString(), QStringLiteral("quote"),
                   InwonerCsvImport::tr("A quote in this row is never closed, so the rest of the file was read as "
                                        "part of this row."));
            return;
        case Header::Fit::WrongFieldCount:
            reject(QString(), QStringLiteral("columns"),
                   InwonerCsvImport::tr("This row has %n field(s), but the first line names %1 columns.", nullptr,
                                        static_cast<int>(record.fields.size()))
                       .arg(m_header.size()));
            return;
        case Header::Fit::Fits:
            break;
        }

        Inwoner in;
        in.bsn = cell(Column::Bsn);
        in.voornamen = cell(Column::Voornamen);
        in.voorletters = cell(Column::Voorletters);
        in.tussenvoegsel = cell(Column::Tussenvoegsel);
        in.geslachtsnaam = cell(Column::Geslachtsnaam);
        in.roepnaam = cell(Column::Roepnaam);
        readGeboortedatum(in);
        in.adres.straat = cell(Column::Straat);
        readHuisnummer(in);
        in.adres.postcode = cell(Column::Postcode);
        in.adres.woonplaats = cell(Column::Woonplaats);
        in.telefoon = cell(Column::Telefoon);
        in.email = cell(Column::Email);
        in.taal = cell(Column::Taal);
        readTolk(in);
        readContactvoorkeur(in);
        in.aanspreekpunt.naam = cell(Column::Aanspreekpunt);
        in.aanspreekpunt.telefoon = cell(Column::AanspreekpuntTelefoon);

        Inwoner normalised = Validation::normalised(std::move(in));
        for (const rules::FieldError& error : Validation::check(normalised, m_today))
            reject(error.field, error.code, error.message);
        checkDuplicate(normalised.bsn);

        if (report.rejected.size() == rejectionsBefore) {
            report.valid.push_back(std::move(normalised));
            report.validLines.push_back(record.line);
        }
    }

private:
    QString cell(Column column) const { return cellText(m_header.cell(*m_record, column)); }

    void reject(const QString& field, const QString& code, const QString& message)
    {
        m_report->rejected.push_back({m_record->line, field, code, message});
    }

    void readGeboortedatum(Inwoner& in)
    {
        const QString text = cell(Column::Geboortedatum);
        if (text.isEmpty())
            return;
        in.geboortedatum = parseDatum(text);
        if (!in.geboortedatum.isValid())
            reject(key(Column::Geboortedatum), QStringLiteral("date"),
                   InwonerCsvImport::tr("“%1” is not a date. Write it as 31-12-1950.").arg(text));
    }

    void readHuisnummer(Inwoner& in)
    {
        in.adres.toevoeging = cell(Column::Toevoeging);
        const QString text = cell(Column::Huisnummer);
        if (text.isEmpty())
            return;
        const std::optional<Huisnummer> split = splitHuisnummer(text);
        if (!split) {
            reject(key(Column::Huisnummer), QStringLiteral("huisnummer"),
                   InwonerCsvImport::tr("A house number starts with a whole number from 1 to 99999, such as 12 or "
                                        "12a."));
            return;
        }
        in.adres.huisnummer = split->nummer;
        if (split->toevoeging.isEmpty())
            return;
        if (!in.adres.toevoeging.isEmpty()) {
            reject(key(Column::Huisnummer), QStringLiteral("huisnummer"),
                   InwonerCsvImport::tr("The house number has an addition and the column toevoeging has one too. "
                                        "Keep only one of them."));
            return;
        }
        in.adres.toevoeging = split->toevoeging;
    }

    void readTolk(Inwoner& in)
    {
        const std::optional<bool> tolk = parseJaNee(cell(Column::Tolk));
        if (tolk)
            in.tolkNodig = *tolk;
        else
            reject(key(Column::Tolk), QStringLiteral("tolk"),
                   InwonerCsvImport::tr("Write ja or nee (1 or 0 also work)."));
    }

    void readContactvoorkeur(Inwoner& in)
    {
        QString text = cell(Column::Contactvoorkeur);
        text.remove(QLatin1Char('-'));
        const std::optional<Contactkanaal> kanaal = contactkanaalFromKey(text);
        if (kanaal)
            in.contactvoorkeur = *kanaal;
        else
            reject(key(Column::Contactvoorkeur), QStringLiteral("contactvoorkeur"),
                   InwonerCsvImport::tr("Write telefoon, email, post, huisbezoek or sms, or leave it empty."));
    }

    void checkDuplicate(const QString& bsn)
    {
        if (bsn.isEmpty() || !rules::Bsn::isValid(bsn))
            return;
        const auto first = m_firstLineOfBsn.constFind(bsn);
        if (first == m_firstLineOfBsn.cend()) {
            m_firstLineOfBsn.insert(bsn, m_record->line);
            return;
        }
        reject(key(Column::Bsn), QStringLiteral("duplicate"),
               InwonerCsvImport::tr("This BSN is already on line %1 of the file.").arg(*first));
    }

    const Header& m_header;
    QDate m_today;
    QHash<QString, int> m_firstLineOfBsn;
    const CsvReader::Record* m_record = nullptr;
    CsvImportReport* m_report = nullptr;
};

} // namespace

CsvImportReport InwonerCsvImport::read(const QByteArray& bytes, const QDate& today)
{
    CsvImportReport report;
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
    if (header[Column::Geslachtsnaam] < 0) {
        report.ignoredColumns.clear();
        return withFileError(std::move(report), table.header().line, QStringLiteral("header"),
                             tr("The first line must name the columns, with one for the surname: geslachtsnaam "
                                "or achternaam."));
    }

    RowReader rows(header, today);
    for (const CsvReader::Record* record : table.dataRows()) {
        ++report.rowsRead;
        rows.read(*record, report);
    }
    return report;
}

CsvImportReport InwonerCsvImport::readFile(const QString& path, const QDate& today)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return withFileError(CsvImportReport{}, 0, QStringLiteral("io"),
                             tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
    return read(file.readAll(), today);
}

} // namespace core::importing
