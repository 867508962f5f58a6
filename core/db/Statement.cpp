// SPDX-License-Identifier: EUPL-1.2
#include "Statement.h"

#include "DatabaseError.h"

#include <sqlite3.h>

namespace core::db {

namespace {

[[noreturn]] void fail(sqlite3* db, int rc)
{
    throw DatabaseError(rc, QString::fromUtf8(sqlite3_errmsg(db)));
}

} // namespace

Statement::Statement(sqlite3* db, std::string_view sql)
    : m_db(db)
{
    const int rc =
        sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(db, rc);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    return bind(index, std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

Statement& Statement::bind(int index, std::string_view utf8)
{
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

Statement& Statement::bind(int index, const QDate& value)
{
    return value.isValid() ? bind(index, value.toString(Qt::ISODate)) : bindNull(index);
}

Statement& Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes)
{
    const int rc = sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

Statement& Statement::bindIfPresent(const char* name, qint64 value)
{
    const int index = sqlite3_bind_parameter_index(m_stmt, name);
    return index > 0 ? bind(index, value) : *this;
}

Statement::Kind Statement::kind(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return Kind::Integer;
    case SQLITE_FLOAT:
        return Kind::Real;
    case SQLITE_TEXT:
        return Kind::Text;
    case SQLITE_BLOB:
        return Kind::Blob;
    default:
        return Kind::Null;
    }
}

std::string_view Statement::bytes(int column) const
{
    const void* data = sqlite3_column_type(m_stmt, column) == SQLITE_BLOB ? sqlite3_column_blob(m_stmt, column)
                                                                          : sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string_view(static_cast<const char*>(data), static_cast<size_t>(size)) : std::string_view();
}

Statement& Statement::bindOptional(int index, const QString& value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    fail(m_db, rc);
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QDate Statement::date(int column) const
{
    // Dates are stored as ISO text ("1941-03-02"); read the digits directly, as lists read many.
    const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!t || sqlite3_column_bytes(m_stmt, column) != 10 || t[4] != '-' || t[7] != '-')
        return t ? QDate::fromString(text(column), Qt::ISODate) : QDate();
    auto number = [t](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i)
            value = value * 10 + (t[i] - '0');
        return value;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

Statement& Statement::bind(int index, const QDateTime& value)
{
    // By hand, as every synced write binds two of these: QDateTime::toString goes through the
    // general formatter and costs seconds over the XL demo.
    if (!value.isValid())
        return bind(index, std::string_view("", 0));
    const QDateTime utc = value.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 1000 || d.year() > 9999)
        return bind(index, utc.toString(Qt::ISODateWithMs));
    char buffer[24];
    const auto put = [&buffer](int at, int number, int digits) {
        for (int i = digits - 1; i >= 0; --i, number /= 10)
            buffer[at + i] = static_cast<char>('0' + number % 10);
    };
    put(0, d.year(), 4);
    buffer[4] = '-';
    put(5, d.month(), 2);
    buffer[7] = '-';
    put(8, d.day(), 2);
    buffer[10] = 'T';
    put(11, t.hour(), 2);
    buffer[13] = ':';
    put(14, t.minute(), 2);
    buffer[16] = ':';
    put(17, t.second(), 2);
    buffer[19] = '.';
    put(20, t.msec(), 3);
    buffer[23] = 'Z';
    return bind(index, std::string_view(buffer, sizeof buffer));
}

QDateTime Statement::timestamp(int column) const
{
    const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = t ? sqlite3_column_bytes(m_stmt, column) : 0;
    const bool usual = size == 24 && t[4] == '-' && t[7] == '-' && t[10] == 'T' && t[13] == ':' && t[16] == ':' &&
                       t[19] == '.' && t[23] == 'Z';
    if (!usual)
        return size ? QDateTime::fromString(text(column), Qt::ISODateWithMs) : QDateTime();
    auto number = [t](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i)
            value = value * 10 + (t[i] - '0');
        return value;
    };
    return QDateTime(QDate(number(0, 4), number(5, 2), number(8, 2)),
                     QTime(number(11, 2), number(14, 2), number(17, 2), number(20, 3)), Qt::UTC);
}

std::optional<double> Statement::optionalReal(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

std::optional<int> Statement::optionalInt(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<int>(int32(column));
}

} // namespace core::db
