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

// Wmo trajecten: melding, the statutory steps, termijn opschortingen, the beschikking's
// voorzieningen, gesprekken (with aanwezigen, leefgebieden and the mantelzorger's own view) and
// signals from others. Vocabulary columns hold the stable keys of core::Keuzelijst.
constexpr const char* kVersion3 = R"sql(
CREATE TABLE traject ()sql" WD_SYNC_COLUMNS R"sql(
    inwoner_id TEXT NOT NULL REFERENCES inwoner (id) DEFERRABLE INITIALLY DEFERRED,
    domein TEXT NOT NULL,
    melding_datum TEXT NOT NULL,
    kanaal TEXT NOT NULL DEFAULT '',
    verwijzer TEXT NOT NULL DEFAULT '',
    hulpvraag TEXT NOT NULL DEFAULT '',
    urgentie TEXT NOT NULL DEFAULT 'normaal'
);
CREATE INDEX traject_by_inwoner ON traject (inwoner_id, melding_datum);
CREATE INDEX traject_by_hlc ON traject (hlc);

-- One row per statutory step; cliëntondersteuning has one per person it was offered to
-- ("inwoner" or the netwerk person's id in betreft).
CREATE TABLE traject_stap ()sql" WD_SYNC_COLUMNS R"sql(
    traject_id TEXT NOT NULL REFERENCES traject (id) DEFERRABLE INITIALLY DEFERRED,
    soort TEXT NOT NULL,
    betreft TEXT NOT NULL DEFAULT '',
    datum TEXT NOT NULL,
    door TEXT NOT NULL DEFAULT '',
    uitkomst TEXT NOT NULL DEFAULT '',
    toelichting TEXT NOT NULL DEFAULT ''
);
CREATE INDEX traject_stap_by_traject ON traject_stap (traject_id, deleted);
CREATE INDEX traject_stap_by_hlc ON traject_stap (hlc);

CREATE TABLE termijn_opschorting ()sql" WD_SYNC_COLUMNS R"sql(
    traject_id TEXT NOT NULL REFERENCES traject (id) DEFERRABLE INITIALLY DEFERRED,
    termijn TEXT NOT NULL CHECK (termijn IN ('onderzoek', 'beschikking')),
    datum TEXT NOT NULL,
    dagen INTEGER NOT NULL CHECK (dagen BETWEEN 1 AND 365),
    reden TEXT NOT NULL CHECK (reden <> '')
);
CREATE INDEX termijn_opschorting_by_traject ON termijn_opschorting (traject_id, deleted);
CREATE INDEX termijn_opschorting_by_hlc ON termijn_opschorting (hlc);

CREATE TABLE voorziening ()sql" WD_SYNC_COLUMNS R"sql(
    traject_id TEXT NOT NULL REFERENCES traject (id) DEFERRABLE INITIALLY DEFERRED,
    soort TEXT NOT NULL,
    omschrijving TEXT NOT NULL DEFAULT '',
    omvang REAL,
    eenheid TEXT NOT NULL DEFAULT '',
    start TEXT,
    eind TEXT,
    levering TEXT NOT NULL DEFAULT 'natura' CHECK (levering IN ('natura', 'pgb'))
);
CREATE INDEX voorziening_by_traject ON voorziening (traject_id, deleted);
CREATE INDEX voorziening_by_eind ON voorziening (deleted, eind);
CREATE INDEX voorziening_by_hlc ON voorziening (hlc);

CREATE TABLE gesprek ()sql" WD_SYNC_COLUMNS R"sql(
    traject_id TEXT NOT NULL REFERENCES traject (id) DEFERRABLE INITIALLY DEFERRED,
    datum TEXT NOT NULL,
    vorm TEXT NOT NULL,
    samenvatting TEXT NOT NULL DEFAULT '',
    afspraken TEXT NOT NULL DEFAULT '',
    zrm_meting_id TEXT NOT NULL DEFAULT '',
    afgerond INTEGER NOT NULL DEFAULT 0 CHECK (afgerond IN (0, 1)),
    positie TEXT NOT NULL DEFAULT ''
);
CREATE INDEX gesprek_by_traject ON gesprek (traject_id, datum);
CREATE INDEX gesprek_by_hlc ON gesprek (hlc);

CREATE TABLE gesprek_aanwezige ()sql" WD_SYNC_COLUMNS R"sql(
    gesprek_id TEXT NOT NULL REFERENCES gesprek (id) DEFERRABLE INITIALLY DEFERRED,
    rol TEXT NOT NULL,
    netwerk_id TEXT NOT NULL DEFAULT '',
    naam TEXT NOT NULL DEFAULT ''
);
CREATE INDEX gesprek_aanwezige_by_gesprek ON gesprek_aanwezige (gesprek_id, deleted);
CREATE INDEX gesprek_aanwezige_by_hlc ON gesprek_aanwezige (hlc);

CREATE TABLE gesprek_leefgebied ()sql" WD_SYNC_COLUMNS R"sql(
    gesprek_id TEXT NOT NULL REFERENCES gesprek (id) DEFERRABLE INITIALLY DEFERRED,
    leefgebied TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('aandacht', 'geen_probleem', 'niet_besproken')),
    notitie TEXT NOT NULL DEFAULT ''
);
CREATE INDEX gesprek_leefgebied_by_gesprek ON gesprek_leefgebied (gesprek_id, deleted);
CREATE INDEX gesprek_leefgebied_by_hlc ON gesprek_leefgebied (hlc);

-- The mantelzorger's own view, recorded apart from the inwoner's.
CREATE TABLE gesprek_mantelzorg ()sql" WD_SYNC_COLUMNS R"sql(
    gesprek_id TEXT NOT NULL REFERENCES gesprek (id) DEFERRABLE INITIALLY DEFERRED,
    netwerk_id TEXT NOT NULL,
    visie TEXT NOT NULL DEFAULT '',
    behoefte TEXT NOT NULL DEFAULT ''
);
CREATE INDEX gesprek_mantelzorg_by_gesprek ON gesprek_mantelzorg (gesprek_id, deleted);
CREATE INDEX gesprek_mantelzorg_by_hlc ON gesprek_mantelzorg (hlc);

CREATE TABLE signaal ()sql" WD_SYNC_COLUMNS R"sql(
    inwoner_id TEXT NOT NULL REFERENCES inwoner (id) DEFERRABLE INITIALLY DEFERRED,
    traject_id TEXT NOT NULL DEFAULT '',
    datum TEXT NOT NULL,
    bron TEXT NOT NULL,
    bron_naam TEXT NOT NULL DEFAULT '',
    inhoud TEXT NOT NULL CHECK (inhoud <> '')
);
CREATE INDEX signaal_by_inwoner ON signaal (inwoner_id, datum);
CREATE INDEX signaal_by_hlc ON signaal (hlc);
)sql";

// Ondersteuningsplannen in versions, their doelen and acties, and the sociale kaart they draw on.
// A beschikking's voorziening can now name the sociale kaart entry it is.
constexpr const char* kVersion4 = R"sql(
CREATE TABLE sociale_kaart ()sql" WD_SYNC_COLUMNS R"sql(
    naam TEXT NOT NULL CHECK (naam <> ''),
    vorm TEXT NOT NULL CHECK (vorm IN ('algemeen', 'maatwerk')),
    wet TEXT NOT NULL DEFAULT 'wmo',
    categorie TEXT NOT NULL DEFAULT 'anders',
    aanbieder TEXT NOT NULL DEFAULT '',
    telefoon TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    adres TEXT NOT NULL DEFAULT '',
    notities TEXT NOT NULL DEFAULT '',
    actief INTEGER NOT NULL DEFAULT 1 CHECK (actief IN (0, 1)),
    -- naam, aanbieder, categorie and notities folded to lower case without accents, for search
    zoektekst TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sociale_kaart_by_naam ON sociale_kaart (deleted, naam COLLATE NOCASE);
CREATE INDEX sociale_kaart_by_hlc ON sociale_kaart (hlc);

ALTER TABLE voorziening ADD COLUMN sociale_kaart_id TEXT NOT NULL DEFAULT '';
CREATE INDEX voorziening_by_sociale_kaart ON voorziening (sociale_kaart_id) WHERE sociale_kaart_id <> '';

CREATE TABLE plan ()sql" WD_SYNC_COLUMNS R"sql(
    inwoner_id TEXT NOT NULL REFERENCES inwoner (id) DEFERRABLE INITIALLY DEFERRED,
    traject_id TEXT NOT NULL DEFAULT '',
    huishouden_id TEXT NOT NULL DEFAULT '',
    reeks_id TEXT NOT NULL,
    versie INTEGER NOT NULL CHECK (versie >= 1),
    vorige_id TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('concept', 'vastgesteld', 'geevalueerd')),
    regisseur TEXT NOT NULL DEFAULT '',
    regisseur_rol TEXT NOT NULL DEFAULT '',
    wederkerigheid TEXT NOT NULL DEFAULT '',
    vastgesteld_op TEXT,
    geevalueerd_op TEXT,
    evaluatie_notitie TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_by_inwoner ON plan (inwoner_id, deleted);
CREATE INDEX plan_by_huishouden ON plan (huishouden_id, deleted) WHERE huishouden_id <> '';
CREATE INDEX plan_by_reeks ON plan (reeks_id, versie);
CREATE INDEX plan_by_hlc ON plan (hlc);

CREATE TABLE plan_doel ()sql" WD_SYNC_COLUMNS R"sql(
    plan_id TEXT NOT NULL REFERENCES plan (id) DEFERRABLE INITIALLY DEFERRED,
    inwoner_id TEXT NOT NULL DEFAULT '',
    leefgebied TEXT NOT NULL DEFAULT '',
    wens TEXT NOT NULL,
    gewenste_situatie TEXT NOT NULL DEFAULT '',
    soort TEXT NOT NULL DEFAULT 'verbeteren',
    doelscore INTEGER CHECK (doelscore BETWEEN 1 AND 5),
    evaluatie_datum TEXT,
    eigen_oplossing TEXT NOT NULL DEFAULT '',
    reden_niet_gevolgd TEXT NOT NULL DEFAULT '',
    evaluatie TEXT NOT NULL DEFAULT '',
    evaluatie_notitie TEXT NOT NULL DEFAULT '',
    positie INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX plan_doel_by_plan ON plan_doel (plan_id, deleted, positie);
CREATE INDEX plan_doel_by_hlc ON plan_doel (hlc);

CREATE TABLE plan_actie ()sql" WD_SYNC_COLUMNS R"sql(
    doel_id TEXT NOT NULL REFERENCES plan_doel (id) DEFERRABLE INITIALLY DEFERRED,
    niveau TEXT NOT NULL,
    wat TEXT NOT NULL,
    netwerk_id TEXT NOT NULL DEFAULT '',
    voorziening_id TEXT NOT NULL DEFAULT '',
    beschikking_id TEXT NOT NULL DEFAULT '',
    uitvoerder TEXT NOT NULL DEFAULT '',
    van TEXT,
    tot TEXT,
    omvang REAL,
    eenheid TEXT NOT NULL DEFAULT '',
    onderbouwing TEXT NOT NULL DEFAULT '',
    respijt_overwogen INTEGER NOT NULL DEFAULT 0 CHECK (respijt_overwogen IN (0, 1)),
    positie INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX plan_actie_by_doel ON plan_actie (doel_id, deleted, positie);
CREATE INDEX plan_actie_by_voorziening ON plan_actie (voorziening_id) WHERE voorziening_id <> '';
CREATE INDEX plan_actie_by_hlc ON plan_actie (hlc);
)sql";

// Issued documents and sync by export. An archive copy is the PDF/A exactly as it was issued, with
// its hash and the template it came from; signing a verslag adds the signature fields and a scan.
// Conflicts keep the version that lost a concurrent edit; peers remember the last exchange.
constexpr const char* kVersion5 = R"sql(
CREATE TABLE document_archief ()sql" WD_SYNC_COLUMNS R"sql(
    inwoner_id TEXT NOT NULL REFERENCES inwoner (id) DEFERRABLE INITIALLY DEFERRED,
    traject_id TEXT NOT NULL DEFAULT '',
    soort TEXT NOT NULL CHECK (soort IN ('verslag', 'ontvangstbevestiging', 'plan', 'inzage', 'netwerkkaart')),
    betreft TEXT NOT NULL DEFAULT '',
    uitgegeven_op TEXT NOT NULL,
    sjabloon TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    pdf BLOB NOT NULL,
    ondertekend_op TEXT,
    ondertekening TEXT NOT NULL DEFAULT '' CHECK (ondertekening IN ('', 'akkoord', 'voor_gezien')),
    aanvraag INTEGER NOT NULL DEFAULT 0 CHECK (aanvraag IN (0, 1)),
    opmerkingen TEXT NOT NULL DEFAULT ''
);
CREATE INDEX document_archief_by_traject ON document_archief (traject_id, deleted, uitgegeven_op);
CREATE INDEX document_archief_by_inwoner ON document_archief (inwoner_id, deleted, uitgegeven_op);
CREATE INDEX document_archief_by_hlc ON document_archief (hlc);

CREATE TABLE document_bijlage ()sql" WD_SYNC_COLUMNS R"sql(
    archief_id TEXT NOT NULL REFERENCES document_archief (id) DEFERRABLE INITIALLY DEFERRED,
    bestandsnaam TEXT NOT NULL DEFAULT '',
    mime TEXT NOT NULL CHECK (mime IN ('application/pdf', 'image/jpeg', 'image/png')),
    grootte INTEGER NOT NULL CHECK (grootte BETWEEN 1 AND 20971520),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    inhoud BLOB NOT NULL
);
CREATE INDEX document_bijlage_by_archief ON document_bijlage (archief_id, deleted);
CREATE INDEX document_bijlage_by_hlc ON document_bijlage (hlc);

-- A version of a row that lost a concurrent edit (or an edit that lost against a deletion), kept
-- whole as JSON until the consulent has looked at it. Its id is derived from the row and the
-- losing version, so every device that meets the same conflict records the same row.
CREATE TABLE sync_conflict ()sql" WD_SYNC_COLUMNS R"sql(
    tabel TEXT NOT NULL,
    rij_id TEXT NOT NULL,
    soort TEXT NOT NULL CHECK (soort IN ('gelijktijdig', 'verwijderd')),
    verliezer TEXT NOT NULL,
    verliezer_hlc INTEGER NOT NULL,
    verliezer_device TEXT NOT NULL,
    winnaar_hlc INTEGER NOT NULL,
    winnaar_device TEXT NOT NULL,
    opgelost_op TEXT,
    keuze TEXT NOT NULL DEFAULT '' CHECK (keuze IN ('', 'winnaar', 'verliezer', 'samengevoegd'))
);
CREATE INDEX sync_conflict_by_rij ON sync_conflict (tabel, rij_id);
CREATE INDEX sync_conflict_open ON sync_conflict (deleted, opgelost_op);
CREATE INDEX sync_conflict_by_hlc ON sync_conflict (hlc);

-- Who this device exchanged bundles with, and up to which clock value it sent them everything.
-- Local to this device: not synced.
CREATE TABLE sync_peer (
    naam TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
    verzonden_tot INTEGER NOT NULL DEFAULT 0,
    laatste_export TEXT,
    laatste_import TEXT,
    ontvangen_device TEXT NOT NULL DEFAULT ''
);
)sql";

// The tables whose rows travel in bundles at schema 5. Every one gets a version vector column:
// JSON {device: hlc} of the newest write each device made to the row. Empty means
// {device: hlc} of the row itself (a row only this device's history touched); an import always
// stores it in full, and from then on a local write adds its own entry (trigger below).
constexpr const char* kSyncedTablesV5[] = {
    "inwoner",
    "huishouden",
    "huishoudlid",
    "netwerkpersoon",
    "zrm_meting",
    "zrm_score",
    "traject",
    "traject_stap",
    "termijn_opschorting",
    "voorziening",
    "gesprek",
    "gesprek_aanwezige",
    "gesprek_leefgebied",
    "gesprek_mantelzorg",
    "signaal",
    "sociale_kaart",
    "plan",
    "plan_doel",
    "plan_actie",
    "document_archief",
    "document_bijlage",
    "sync_conflict",
};

void applyVersion5(Database& db)
{
    db.exec(kVersion5);
    for (const char* table : kSyncedTablesV5) {
        const std::string t(table);
        db.exec("ALTER TABLE " + t + " ADD COLUMN vv TEXT NOT NULL DEFAULT ''");
        db.exec("CREATE TRIGGER " + t + "_vv AFTER UPDATE OF hlc ON " + t +
                " WHEN OLD.vv <> '' AND NEW.vv = OLD.vv AND NEW.hlc <> OLD.hlc BEGIN UPDATE " + t +
                " SET vv = json_set(OLD.vv, '$.\"' || NEW.device || '\"', NEW.hlc) WHERE id = NEW.id; END");
    }
}

#undef WD_SYNC_COLUMNS

} // namespace

std::vector<Migration> Migrator::builtIn()
{
    return {
        {1, QStringLiteral("inwoners, huishoudens, netwerk, mantelzorg, audit log"),
         [](Database& db) { db.exec(kVersion1); }},
        {2, QStringLiteral("Zelfredzaamheid-Matrix: metingen, scores, indicatorteksten"),
         [](Database& db) { db.exec(kVersion2); }},
        {3, QStringLiteral("Wmo-trajecten: stappen, termijnen, voorzieningen, gesprekken, signalen"),
         [](Database& db) { db.exec(kVersion3); }},
        {4, QStringLiteral("Ondersteuningsplannen: versies, doelen, acties; de sociale kaart"),
         [](Database& db) { db.exec(kVersion4); }},
        {5,
         QStringLiteral("Archiefkopieën en ondertekening van documenten; synchronisatie: versievectoren, conflicten"),
         applyVersion5},
    };
}

} // namespace core::db
