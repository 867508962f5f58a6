// SPDX-License-Identifier: EUPL-1.2
#include "InwonerRepository.h"

#include "SyncColumns.h"
#include "db/Database.h"
#include "rules/NameOrder.h"

#include <QStringList>

namespace core::repo {

namespace {

using rules::NameOrder;

constexpr const char* kSelectCaseload =
    "SELECT i.id, i.geslachtsnaam, i.voornamen, i.voorletters, i.tussenvoegsel, i.roepnaam, i.geboortedatum, "
    "i.straat, i.huisnummer, i.huisnummer_toevoeging, i.postcode, i.woonplaats, i.bsn, i.telefoon, "
    "i.aanspreekpunt_naam ";

CaseloadRow caseloadRow(const db::Statement& st)
{
    Adres adres{st.text(7), st.int32(8), st.text(9), {}, {}};
    return CaseloadRow{st.text(0),  Inwoner::sorteernaam(st.text(1), st.text(5), st.text(2), st.text(3), st.text(4)),
                       st.date(6),  adres.straatregel(),
                       st.text(10), st.text(11),
                       st.text(12), st.text(13),
                       st.text(14)};
}

QString digitsOnly(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

// The smallest key greater than every key that starts with `prefix`.
QString prefixEnd(const QString& prefix)
{
    QString end = prefix;
    end.append(QChar(0xFFFF));
    return end;
}

} // namespace

InwonerRepository::InwonerRepository(db::Database& db)
    : m_db(db)
    , m_zoekIndex(db)
{
}

std::optional<Inwoner> InwonerRepository::get(const QString& id) const
{
    auto& st = m_db.cached("SELECT " WD_SYNC_SELECT ", bsn, voornamen, voorletters, tussenvoegsel, geslachtsnaam, "
                           "roepnaam, geboortedatum, straat, huisnummer, huisnummer_toevoeging, postcode, woonplaats, "
                           "telefoon, email, taal, tolk_nodig, contactvoorkeur, aanspreekpunt_naam, "
                           "aanspreekpunt_telefoon FROM inwoner WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Inwoner in;
    in.meta = readSyncMeta(st);
    int c = kSyncColumnCount;
    in.bsn = st.text(c++);
    in.voornamen = st.text(c++);
    in.voorletters = st.text(c++);
    in.tussenvoegsel = st.text(c++);
    in.geslachtsnaam = st.text(c++);
    in.roepnaam = st.text(c++);
    in.geboortedatum = st.date(c++);
    in.adres.straat = st.text(c++);
    in.adres.huisnummer = st.int32(c++);
    in.adres.toevoeging = st.text(c++);
    in.adres.postcode = st.text(c++);
    in.adres.woonplaats = st.text(c++);
    in.telefoon = st.text(c++);
    in.email = st.text(c++);
    in.taal = st.text(c++);
    in.tolkNodig = st.int64(c++) != 0;
    in.contactvoorkeur = contactkanaalFromKey(st.text(c++)).value_or(Contactkanaal::Geen);
    in.aanspreekpunt.naam = st.text(c++);
    in.aanspreekpunt.telefoon = st.text(c++);
    st.reset();
    return in;
}

void InwonerRepository::save(const Inwoner& in)
{
    auto& st = m_db.cached(
        "INSERT INTO inwoner (" WD_SYNC_SELECT ", bsn, voornamen, voorletters, tussenvoegsel, geslachtsnaam, roepnaam, "
        "geboortedatum, straat, huisnummer, huisnummer_toevoeging, postcode, woonplaats, telefoon, email, taal, "
        "tolk_nodig, contactvoorkeur, aanspreekpunt_naam, aanspreekpunt_telefoon, sort_key) VALUES (" WD_SYNC_PARAMS
        ", ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26) "
        "ON CONFLICT (id) DO UPDATE SET " WD_SYNC_UPDATE ", bsn = ?7, voornamen = ?8, voorletters = ?9, "
        "tussenvoegsel = ?10, geslachtsnaam = ?11, roepnaam = ?12, geboortedatum = ?13, straat = ?14, huisnummer = "
        "?15, huisnummer_toevoeging = ?16, postcode = ?17, woonplaats = ?18, telefoon = ?19, email = ?20, taal = ?21, "
        "tolk_nodig = ?22, contactvoorkeur = ?23, aanspreekpunt_naam = ?24, aanspreekpunt_telefoon = ?25, "
        "sort_key = ?26");
    bindSyncMeta(st, in.meta);
    st.bindOptional(7, in.bsn);
    st.bind(8, in.voornamen).bind(9, in.voorletters).bind(10, in.tussenvoegsel).bind(11, in.geslachtsnaam);
    st.bind(12, in.roepnaam).bind(13, in.geboortedatum).bind(14, in.adres.straat);
    if (in.adres.huisnummer > 0)
        st.bind(15, in.adres.huisnummer);
    else
        st.bindNull(15);
    st.bind(16, in.adres.toevoeging).bind(17, in.adres.postcode).bind(18, in.adres.woonplaats);
    st.bind(19, in.telefoon).bind(20, in.email).bind(21, in.taal).bind(22, in.tolkNodig);
    st.bind(23, key(in.contactvoorkeur)).bind(24, in.aanspreekpunt.naam).bind(25, in.aanspreekpunt.telefoon);
    const QString sortKey = NameOrder::sortKey(in);
    st.bind(26, sortKey);
    st.run();
    if (in.meta.deleted)
        m_zoekIndex.remove(in.meta.id);
    else
        m_zoekIndex.put(in.meta.id, sortKey, zoektekst(in));
}

void InwonerRepository::reindex(const QString& id)
{
    const auto in = get(id);
    if (!in)
        return;
    const QString sortKey = NameOrder::sortKey(*in);
    m_db.cached("UPDATE inwoner SET sort_key = ?2 WHERE id = ?1").bind(1, id).bind(2, sortKey).run();
    if (in->meta.deleted)
        m_zoekIndex.remove(id);
    else
        m_zoekIndex.put(id, sortKey, zoektekst(*in));
}

std::vector<CaseloadRow> InwonerRepository::caseload(const CaseloadQuery& query) const
{
    const QString match = matchExpression(query.zoektekst);
    const QString prefix = NameOrder::fold(query.zoektekst).section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    const bool mine = !query.aanspreekpunt.isEmpty();

    std::string sql = kSelectCaseload;
    if (!match.isEmpty())
        // The full-text index is the outer loop and its rowids are in name order (see ZoekIndex),
        // so SQLite reads matches in the order shown and stops at the limit: no sort.
        sql += "FROM inwoner_zoek z CROSS JOIN inwoner i ON i.zoek_pos = z.rowid "
               "WHERE z.inwoner_zoek MATCH ?1 AND i.deleted = 0 ";
    else if (!prefix.isEmpty())
        sql += "FROM inwoner i WHERE i.deleted = 0 AND i.sort_key >= ?1 AND i.sort_key < ?4 ";
    else
        sql += "FROM inwoner i WHERE i.deleted = 0 ";
    if (mine)
        sql += "AND i.aanspreekpunt_naam = ?2 COLLATE NOCASE ";
    sql += match.isEmpty() ? "ORDER BY i.sort_key LIMIT ?3" : "ORDER BY z.rowid LIMIT ?3";

    // Each shape of the query (match / prefix / all, mine / everyone) is prepared once and kept.
    db::Statement& st = m_db.cached(sql.c_str());
    if (!match.isEmpty())
        st.bind(1, match);
    else if (!prefix.isEmpty())
        st.bind(1, prefix).bind(4, prefixEnd(prefix));
    if (mine)
        st.bind(2, query.aanspreekpunt);
    st.bind(3, static_cast<qint64>(query.limit));

    std::vector<CaseloadRow> rows;
    while (st.step())
        rows.push_back(caseloadRow(st));
    st.reset();
    return rows;
}

qint64 InwonerRepository::count() const
{
    auto& st = m_db.cached("SELECT count(*) FROM inwoner WHERE deleted = 0");
    st.step();
    const qint64 n = st.int64(0);
    st.reset();
    return n;
}

std::optional<QString> InwonerRepository::idForBsn(const QString& bsn) const
{
    auto& st = m_db.cached("SELECT id FROM inwoner WHERE bsn = ?1 AND deleted = 0 LIMIT 1");
    st.bind(1, bsn);
    std::optional<QString> id;
    if (st.step())
        id = st.text(0);
    st.reset();
    return id;
}

QString InwonerRepository::matchExpression(const QString& zoektekst)
{
    // Short words are joined to the word before them, so "van d" stays one phrase; phrases of
    // fewer than three characters cannot use the trigram index and are left out.
    QStringList phrases;
    for (const QString& word : NameOrder::fold(zoektekst).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.size() < 3 && !phrases.isEmpty())
            phrases.last() += QLatin1Char(' ') + word;
        else
            phrases << word;
    }
    QStringList terms;
    for (QString phrase : phrases) {
        if (phrase.size() < 3)
            continue;
        phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QLatin1Char('"') + phrase + QLatin1Char('"');
    }
    return terms.join(QLatin1String(" AND "));
}

QString InwonerRepository::zoektekst(const Inwoner& in)
{
    const QString postcodeCompact = QString(in.adres.postcode).remove(QLatin1Char(' '));
    const QStringList parts = {in.voornamen,        in.roepnaam,      in.voorletters,
                               in.tussenvoegsel,    in.geslachtsnaam, in.bsn,
                               in.adres.postcode,   postcodeCompact,  in.adres.straatregel(),
                               in.adres.woonplaats, in.telefoon,      digitsOnly(in.telefoon)};
    QStringList present;
    for (const QString& p : parts) {
        if (!p.isEmpty())
            present << p;
    }
    // Name parts in reading order too, so "jan van d" finds "Jan van der Berg".
    present << in.weergavenaam();
    return NameOrder::fold(present.join(QLatin1String(" | ")));
}

} // namespace core::repo
