// SPDX-License-Identifier: EUPL-1.2
#include "SocialeKaartRepository.h"

#include "SyncColumns.h"
#include "db/Database.h"
#include "model/Keuzelijst.h"

namespace core::repo {

namespace {

#define WD_SOCIALE_KAART_COLUMNS                                                                                       \
    "naam, vorm, wet, categorie, aanbieder, telefoon, email, website, adres, notities, actief"

/// Statements with more words than this are prepared per call instead of kept in the cache, so
/// that pasting a paragraph into the search field does not fill the cache.
constexpr qsizetype kMaxCachedWords = 8;

SocialeKaartItem readItem(const db::Statement& st)
{
    SocialeKaartItem item;
    item.meta = readSyncMeta(st);
    item.naam = st.text(6);
    item.vorm = st.text(7);
    item.wet = st.text(8);
    item.categorie = st.text(9);
    item.aanbieder = st.text(10);
    item.telefoon = st.text(11);
    item.email = st.text(12);
    item.website = st.text(13);
    item.adres = st.text(14);
    item.notities = st.text(15);
    item.actief = st.int64(16) != 0;
    return item;
}

/// What search compares against: naam first (find() relies on that), then aanbieder, the
/// categorie's key and its Dutch label, and notities.
QString zoektekst(const SocialeKaartItem& item)
{
    return SocialeKaartRepository::zoekVorm(QStringList{item.naam, item.aanbieder, item.categorie,
                                                        keuzeLabelNl(Keuzelijst::VoorzieningCategorie, item.categorie),
                                                        item.notities}
                                                .join(QLatin1Char(' ')));
}

/// The LIKE pattern that finds `woord` anywhere, with LIKE's own wildcards escaped.
QString likeAnywhere(QString woord)
{
    woord.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    woord.replace(QLatin1Char('%'), QLatin1String("\\%"));
    woord.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + woord + QLatin1Char('%');
}

/// The search statement for `words` words (bound as ?1 … ?words), the vorm (when filtered) as the
/// next parameter and the limit (when set) after that.
std::string zoekStatement(qsizetype words, bool perVorm, bool alleenActief, bool limit)
{
    std::string sql = "SELECT " WD_SYNC_SELECT ", " WD_SOCIALE_KAART_COLUMNS " FROM sociale_kaart WHERE deleted = 0";
    int param = 1;
    for (qsizetype i = 0; i < words; ++i)
        sql += " AND zoektekst LIKE ?" + std::to_string(param++) + " ESCAPE '\\'";
    if (perVorm)
        sql += " AND vorm = ?" + std::to_string(param++);
    if (alleenActief)
        sql += " AND actief = 1";
    sql += " ORDER BY naam COLLATE NOCASE, id";
    if (limit)
        sql += " LIMIT ?" + std::to_string(param);
    return sql;
}

} // namespace

SocialeKaartRepository::SocialeKaartRepository(db::Database& db)
    : m_db(db)
{
}

std::optional<SocialeKaartItem> SocialeKaartRepository::get(const QString& id) const
{
    auto& st = m_db.cached("SELECT " WD_SYNC_SELECT ", " WD_SOCIALE_KAART_COLUMNS " FROM sociale_kaart WHERE id = ?1");
    st.bind(1, id);
    std::optional<SocialeKaartItem> result;
    if (st.step())
        result = readItem(st);
    st.reset();
    return result;
}

std::vector<SocialeKaartItem> SocialeKaartRepository::zoek(const QStringList& woorden, const QString& vorm,
                                                           bool alleenActief, int limit) const
{
    const std::string sql = zoekStatement(woorden.size(), !vorm.isEmpty(), alleenActief, limit > 0);
    std::optional<db::Statement> eigen;
    db::Statement* st = nullptr;
    if (woorden.size() > kMaxCachedWords) {
        eigen.emplace(m_db.prepare(sql));
        st = &*eigen;
    } else {
        st = &m_db.cached(sql.c_str());
    }
    int param = 1;
    for (const QString& woord : woorden)
        st->bind(param++, likeAnywhere(woord));
    if (!vorm.isEmpty())
        st->bind(param++, vorm);
    if (limit > 0)
        st->bind(param, limit);
    std::vector<SocialeKaartItem> result;
    while (st->step())
        result.push_back(readItem(*st));
    st->reset();
    return result;
}

std::string SocialeKaartRepository::zoekSql()
{
    // What the search field runs for one word: every vorm, active entries only, no limit.
    return zoekStatement(1, false, true, false);
}

std::optional<SocialeKaartItem> SocialeKaartRepository::find(const QString& naam, const QString& aanbieder) const
{
    // NOCASE folds ASCII only. The names that start with the ASCII part of `naam` (in any case) come
    // from the index; Qt then compares the candidates in full Unicode.
    qsizetype ascii = 0;
    while (ascii < naam.size() && naam.at(ascii).unicode() < 0x80)
        ++ascii;
    const QString van = naam.left(ascii);
    const QString tot = van + QString::fromUcs4(U"\U0010FFFF", 1);
    auto& st = m_db.cached("SELECT " WD_SYNC_SELECT ", " WD_SOCIALE_KAART_COLUMNS
                           " FROM sociale_kaart WHERE deleted = 0 AND naam >= ?1 COLLATE NOCASE "
                           "AND naam < ?2 COLLATE NOCASE ORDER BY created_at, id");
    st.bind(1, van).bind(2, tot);
    std::optional<SocialeKaartItem> result;
    while (st.step()) {
        SocialeKaartItem item = readItem(st);
        if (item.naam.compare(naam, Qt::CaseInsensitive) == 0 &&
            item.aanbieder.compare(aanbieder, Qt::CaseInsensitive) == 0) {
            result = std::move(item);
            break;
        }
    }
    st.reset();
    return result;
}

void SocialeKaartRepository::reindex(const QString& id)
{
    if (const auto item = get(id))
        m_db.cached("UPDATE sociale_kaart SET zoektekst = ?2 WHERE id = ?1")
            .bind(1, id)
            .bind(2, zoektekst(*item))
            .run();
}

void SocialeKaartRepository::save(const SocialeKaartItem& item)
{
    auto& st = m_db.cached("INSERT INTO sociale_kaart (" WD_SYNC_SELECT ", " WD_SOCIALE_KAART_COLUMNS
                           ", zoektekst) VALUES (" WD_SYNC_PARAMS
                           ", ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18) ON CONFLICT (id) DO UPDATE "
                           "SET " WD_SYNC_UPDATE ", naam = ?7, vorm = ?8, wet = ?9, categorie = ?10, aanbieder = ?11, "
                           "telefoon = ?12, email = ?13, website = ?14, adres = ?15, notities = ?16, actief = ?17, "
                           "zoektekst = ?18");
    bindSyncMeta(st, item.meta);
    st.bind(7, item.naam).bind(8, item.vorm).bind(9, item.wet).bind(10, item.categorie).bind(11, item.aanbieder);
    st.bind(12, item.telefoon).bind(13, item.email).bind(14, item.website).bind(15, item.adres);
    st.bind(16, item.notities).bind(17, item.actief).bind(18, zoektekst(item)).run();
}

int SocialeKaartRepository::count() const
{
    auto& st = m_db.cached("SELECT count(*) FROM sociale_kaart WHERE deleted = 0");
    st.step();
    const int n = st.int32(0);
    st.reset();
    return n;
}

std::vector<VoorzieningGebruik> SocialeKaartRepository::gebruik() const
{
    // One row per entry, inwoner and route, then per entry and inwoner (so that someone who has
    // it both ways counts once in inwoners), then per entry. An actie's inwoner is its doel's (in
    // a huishouden plan, one of the members), else the plan's. Only the newest version of a plan counts:
    // what an inwoner dropped in a new version is no longer in use.
    auto& st = m_db.cached(
        "WITH gebruik (sociale_kaart_id, inwoner_id, via_plan, via_beschikking) AS ("
        " SELECT a.voorziening_id, CASE WHEN d.inwoner_id <> '' THEN d.inwoner_id ELSE p.inwoner_id END, 1, 0"
        " FROM plan_actie a JOIN plan_doel d ON d.id = a.doel_id AND d.deleted = 0"
        " JOIN plan p ON p.id = d.plan_id AND p.deleted = 0"
        " WHERE a.deleted = 0 AND a.voorziening_id <> ''"
        " AND NOT EXISTS (SELECT 1 FROM plan n WHERE n.reeks_id = p.reeks_id AND n.deleted = 0 AND n.versie > p.versie)"
        " UNION ALL"
        " SELECT v.sociale_kaart_id, t.inwoner_id, 0, 1"
        " FROM voorziening v JOIN traject t ON t.id = v.traject_id AND t.deleted = 0"
        " WHERE v.deleted = 0 AND v.sociale_kaart_id <> ''), "
        "per_inwoner AS (SELECT sociale_kaart_id, max(via_plan) AS via_plan, max(via_beschikking) AS via_beschikking"
        " FROM gebruik GROUP BY sociale_kaart_id, inwoner_id), "
        "telling AS (SELECT sociale_kaart_id, sum(via_plan) AS via_plan, sum(via_beschikking) AS via_beschikking,"
        " count(*) AS inwoners FROM per_inwoner GROUP BY sociale_kaart_id) "
        "SELECT s.id, s.naam, s.vorm, s.categorie, s.aanbieder, coalesce(t.via_plan, 0),"
        " coalesce(t.via_beschikking, 0), coalesce(t.inwoners, 0)"
        " FROM sociale_kaart s LEFT JOIN telling t ON t.sociale_kaart_id = s.id WHERE s.deleted = 0"
        " ORDER BY CASE s.vorm WHEN 'algemeen' THEN 0 ELSE 1 END, s.naam COLLATE NOCASE, s.id");
    std::vector<VoorzieningGebruik> result;
    while (st.step()) {
        result.push_back(
            {st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.int32(5), st.int32(6), st.int32(7)});
    }
    st.reset();
    return result;
}

QString SocialeKaartRepository::zoekVorm(const QString& tekst)
{
    const QString decomposed = tekst.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        if (c == QChar(0x0133) || c == QChar(0x0132)) // ĳ / Ĳ, should a form keep them
            result.append(QLatin1String("ij"));
        else if (c.isLetterOrNumber())
            result.append(c.toLower());
        else
            result.append(QLatin1Char(' '));
    }
    return result.simplified();
}

} // namespace core::repo
