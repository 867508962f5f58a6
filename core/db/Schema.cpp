// SPDX-License-Identifier: EUPL-1.2
// The schema of Wijkdossier, as numbered migration steps. Add a step; never edit a released one.
#include "Database.h"
#include "Migrator.h"

namespace core::db {

namespace {

// Every synced table starts with these columns: a UUID key, timestamps, the hybrid logical clock
// of the last write, the device that wrote it and a tombstone. Rows are never deleted, only
// tombstoned, so that a deletion can travel to other devices.
#define WD_SYNC_COLUMNS                                                                                                \
    "id TEXT PRIMARY KEY NOT NULL,"                                                                                    \
    "created_at TEXT NOT NULL,"                                                                                        \
    "updated_at TEXT NOT NULL,"                                                                                        \
    "hlc INTEGER NOT NULL,"                                                                                            \
    "device TEXT NOT NULL,"                                                                                            \
    "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),"

constexpr const char* kVersion1 = R"sql(
CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE instelling (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE inwoner ()sql" WD_SYNC_COLUMNS R"sql(
    bsn TEXT CHECK (bsn IS NULL OR (length(bsn) = 9 AND bsn NOT GLOB '*[^0-9]*')),
    voornamen TEXT NOT NULL DEFAULT '',
    voorletters TEXT NOT NULL DEFAULT '',
    tussenvoegsel TEXT NOT NULL DEFAULT '',
    geslachtsnaam TEXT NOT NULL CHECK (geslachtsnaam <> ''),
    roepnaam TEXT NOT NULL DEFAULT '',
    geboortedatum TEXT,
    straat TEXT NOT NULL DEFAULT '',
    huisnummer INTEGER,
    huisnummer_toevoeging TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    woonplaats TEXT NOT NULL DEFAULT '',
    telefoon TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    taal TEXT NOT NULL DEFAULT '',
    tolk_nodig INTEGER NOT NULL DEFAULT 0,
    contactvoorkeur TEXT NOT NULL DEFAULT '',
    aanspreekpunt_naam TEXT NOT NULL DEFAULT '',
    aanspreekpunt_telefoon TEXT NOT NULL DEFAULT '',
    sort_key TEXT NOT NULL DEFAULT '',
    zoek_pos INTEGER
);
CREATE INDEX inwoner_by_name ON inwoner (deleted, sort_key);
CREATE INDEX inwoner_by_aanspreekpunt ON inwoner (aanspreekpunt_naam COLLATE NOCASE, deleted, sort_key);
CREATE INDEX inwoner_by_hlc ON inwoner (hlc);

-- Search text per living inwoner (name, BSN, postcode, street, phone), folded to lower case
-- without accents. Trigram: any three characters find a match anywhere. Its rowid is the
-- inwoner's zoek_pos, a number that grows with sort_key, so a search returns its matches already
-- in name order and can stop after the first screenful.
CREATE VIRTUAL TABLE inwoner_zoek USING fts5 (tekst, tokenize = 'trigram');
CREATE INDEX inwoner_by_zoek_pos ON inwoner (zoek_pos) WHERE zoek_pos IS NOT NULL;
CREATE INDEX inwoner_by_name_pos ON inwoner (sort_key, zoek_pos) WHERE zoek_pos IS NOT NULL;

CREATE TABLE huishouden ()sql" WD_SYNC_COLUMNS R"sql(
    naam TEXT NOT NULL DEFAULT ''
);

CREATE TABLE huishoudlid ()sql" WD_SYNC_COLUMNS R"sql(
    huishouden_id TEXT NOT NULL REFERENCES huishouden (id) DEFERRABLE INITIALLY DEFERRED,
    inwoner_id TEXT REFERENCES inwoner (id) DEFERRABLE INITIALLY DEFERRED,
    naam TEXT NOT NULL DEFAULT '',
    rol TEXT NOT NULL DEFAULT '',
    geboortedatum TEXT
);
CREATE INDEX huishoudlid_by_huishouden ON huishoudlid (huishouden_id);
CREATE INDEX huishoudlid_by_inwoner ON huishoudlid (inwoner_id);
CREATE INDEX huishouden_by_hlc ON huishouden (hlc);
CREATE INDEX huishoudlid_by_hlc ON huishoudlid (hlc);

CREATE TABLE netwerkpersoon ()sql" WD_SYNC_COLUMNS R"sql(
    inwoner_id TEXT NOT NULL REFERENCES inwoner (id) DEFERRABLE INITIALLY DEFERRED,
    naam TEXT NOT NULL CHECK (naam <> ''),
    relatie TEXT NOT NULL DEFAULT 'anders',
    organisatie TEXT NOT NULL DEFAULT '',
    doet_nu TEXT NOT NULL DEFAULT '',
    kan_meer TEXT NOT NULL DEFAULT '',
    nabijheid INTEGER NOT NULL DEFAULT 2 CHECK (nabijheid BETWEEN 1 AND 4),
    telefoon TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    adres TEXT NOT NULL DEFAULT '',
    toestemming TEXT NOT NULL DEFAULT 'onbekend' CHECK (toestemming IN ('ja', 'nee', 'onbekend')),
    toestemming_datum TEXT,
    mantelzorger INTEGER NOT NULL DEFAULT 0 CHECK (mantelzorger IN (0, 1)),
    mz_uren_per_week REAL CHECK (mz_uren_per_week IS NULL OR mz_uren_per_week BETWEEN 0 AND 168),
    mz_sinds TEXT,
    mz_taken TEXT NOT NULL DEFAULT '',
    mz_belasting INTEGER CHECK (mz_belasting IS NULL OR mz_belasting BETWEEN 0 AND 15),
    mz_eigen_behoefte TEXT NOT NULL DEFAULT '',
    mz_respijtzorg_wens TEXT NOT NULL DEFAULT ''
);
CREATE INDEX netwerkpersoon_by_inwoner ON netwerkpersoon (inwoner_id);
CREATE INDEX netwerkpersoon_by_hlc ON netwerkpersoon (hlc);

-- Append-only: who did what to which record, and when. No names or other personal data.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    consulent TEXT NOT NULL,
    device TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'open', 'import', 'export')),
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
)sql";

// Zelfredzaamheid-Matrix: a meting per inwoner and moment, with one row per leefgebied that was
// scored or deliberately not scored (nothing forces all leefgebieden).
constexpr const char* kVersion2 = R"sql(
CREATE TABLE zrm_meting ()sql" WD_SYNC_COLUMNS R"sql(
    inwoner_id TEXT NOT NULL REFERENCES inwoner (id) DEFERRABLE INITIALLY DEFERRED,
    instrument TEXT NOT NULL,
    datum TEXT NOT NULL,
    moment TEXT NOT NULL CHECK (moment IN ('intake', 'tussentijds', 'evaluatie', 'afsluiting')),
    door TEXT NOT NULL DEFAULT ''
);
CREATE INDEX zrm_meting_by_inwoner ON zrm_meting (inwoner_id, datum);
CREATE INDEX zrm_meting_by_hlc ON zrm_meting (hlc);

CREATE TABLE zrm_score ()sql" WD_SYNC_COLUMNS R"sql(
    meting_id TEXT NOT NULL REFERENCES zrm_meting (id) DEFERRABLE INITIALLY DEFERRED,
    leefgebied TEXT NOT NULL,
    score INTEGER CHECK (score IS NULL OR score BETWEEN 1 AND 5),
    niet_beoordeeld TEXT CHECK (niet_beoordeeld IS NULL OR
                                niet_beoordeeld IN ('niet_relevant', 'onvoldoende_informatie', 'inwoner_wil_niet')),
    doelscore INTEGER CHECK (doelscore IS NULL OR doelscore BETWEEN 1 AND 5),
    toelichting TEXT NOT NULL DEFAULT '',
    CHECK ((score IS NULL) <> (niet_beoordeeld IS NULL))
);
-- Covers the progress report, which reads every living score of every meting.
CREATE INDEX zrm_score_by_meting ON zrm_score (meting_id, leefgebied, deleted, score);
CREATE INDEX zrm_score_by_hlc ON zrm_score (hlc);

-- The licensed indicator texts of GGD Amsterdam, imported by a gemeente that holds the licence.
-- Configuration of this installation, not dossier data: not synced.
CREATE TABLE zrm_indicator (
    instrument TEXT NOT NULL,
    leefgebied TEXT NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    tekst TEXT NOT NULL,
    PRIMARY KEY (instrument, leefgebied, score)
);
)sql";

#undef WD_SYNC_COLUMNS

} // namespace

std::vector<Migration> Migrator::builtIn()
{
    return {
        {1, QStringLiteral("inwoners, huishoudens, netwerk, mantelzorg, audit log"),
         [](Database& db) { db.exec(kVersion1); }},
        {2, QStringLiteral("Zelfredzaamheid-Matrix: metingen, scores, indicatorteksten"),
         [](Database& db) { db.exec(kVersion2); }},
    };
}

} // namespace core::db
