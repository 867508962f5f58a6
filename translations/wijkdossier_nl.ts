<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>cli</name>
    <message>
        <source>measurement</source>
        <translation>meting</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>eigen</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>referentie</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>factor</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>result</source>
        <translation>uitkomst</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>OVER BUDGET</source>
        <translation>BOVEN BUDGET</translation>
    </message>
    <message>
        <source>Usage: wijkdossier-cli bench [--size L|XL] [--format json]</source>
        <translation>Gebruik: wijkdossier-cli bench [--size L|XL] [--format json]</translation>
    </message>
    <message>
        <source>Generating demo data (%1)…</source>
        <translation>Demodata maken (%1)…</translation>
    </message>
    <message>
        <source>Measuring search per keystroke…</source>
        <translation>Zoeken per toetsaanslag meten…</translation>
    </message>
    <message>
        <source>Search baseline disagrees on &apos;%1&apos;</source>
        <translation>De referentie voor zoeken geeft een andere uitkomst voor &apos;%1&apos;</translation>
    </message>
    <message>
        <source>search per keystroke, p50 (ms)</source>
        <translation>zoeken per toetsaanslag, p50 (ms)</translation>
    </message>
    <message>
        <source>search per keystroke, p95 (ms)</source>
        <translation>zoeken per toetsaanslag, p95 (ms)</translation>
    </message>
    <message>
        <source>all inwoners, %1 keystrokes over %2 queries, at most %3 rows each</source>
        <translation>alle inwoners, %1 toetsaanslagen in %2 zoekopdrachten, hoogstens %3 rijen per keer</translation>
    </message>
    <message>
        <source>Measuring opening a dossier…</source>
        <translation>Openen van een dossier meten…</translation>
    </message>
    <message>
        <source>open dossier with netwerk, p95 (ms)</source>
        <translation>dossier met netwerk openen, p95 (ms)</translation>
    </message>
    <message>
        <source>includes the audit log entry</source>
        <translation>inclusief de regel in het auditlog</translation>
    </message>
    <message>
        <source>Measuring start-up…</source>
        <translation>Opstarten meten…</translation>
    </message>
    <message>
        <source>The start-up benchmark could not run the programs.</source>
        <translation>De opstartmeting kon de programma&apos;s niet starten.</translation>
    </message>
    <message>
        <source>GUI cold start to filled caseload (ms)</source>
        <translation>koude start GUI tot gevulde caseload (ms)</translation>
    </message>
    <message>
        <source>GUI peak memory (MB)</source>
        <translation>piekgeheugen GUI (MB)</translation>
    </message>
    <message>
        <source>after showing my caseload and then all inwoners</source>
        <translation>na tonen van mijn caseload en daarna alle inwoners</translation>
    </message>
    <message>
        <source>Start-up not measured: wijkdossier and wijkdossier-startup-baseline are not next to this program.</source>
        <translation>Opstarten niet gemeten: wijkdossier en wijkdossier-startup-baseline staan niet in dezelfde map als dit programma.</translation>
    </message>
    <message>
        <source>Run wijkdossier-cli --help for the commands and options.</source>
        <translation>Voer wijkdossier-cli --help uit voor de opdrachten en opties.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Database klaar: %1 (schema %2)</translation>
    </message>
    <message>
        <source>--size must be S, M, L or XL.</source>
        <translation>--size moet S, M, L of XL zijn.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed moet een heel getal zijn.</translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation>schemaversie: %1</translation>
    </message>
    <message>
        <source>inwoners: %1</source>
        <translation>inwoners: %1</translation>
    </message>
    <message>
        <source>integrity: problems found</source>
        <translation>integriteit: problemen gevonden</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>integriteit: ok</translation>
    </message>
    <message>
        <source>--format must be table, csv or json.</source>
        <translation>--format moet table, csv of json zijn.</translation>
    </message>
    <message>
        <source>import-csv needs exactly one file.</source>
        <translation>import-csv heeft precies één bestand nodig.</translation>
    </message>
    <message>
        <source>--report must be json.</source>
        <translation>--report moet json zijn.</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>regel %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 rows can be imported, %2 rows rejected (nothing was written).</source>
        <translation>%1 rijen kunnen worden geïmporteerd, %2 rijen afgekeurd (er is niets opgeslagen).</translation>
    </message>
    <message>
        <source>%1 inwoners imported, %2 rows rejected.</source>
        <translation>%1 inwoners geïmporteerd, %2 rijen afgekeurd.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 heeft een waarde nodig.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Onbekende optie: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Onbekende opdracht: %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>exitcode %1</translation>
    </message>
    <message>
        <source>%1 inwoners, %2 netwerk persons, %3 ZRM metingen</source>
        <translation>%1 inwoners, %2 personen in het netwerk, %3 ZRM-metingen</translation>
    </message>
    <message>
        <source>Measuring the ZRM progress report…</source>
        <translation>De ZRM-voortgangsrapportage meten…</translation>
    </message>
    <message>
        <source>The ZRM progress report disagrees with its baseline.</source>
        <translation>De ZRM-voortgangsrapportage geeft een andere uitkomst dan de referentie.</translation>
    </message>
    <message>
        <source>ZRM progress report (s)</source>
        <translation>ZRM-voortgangsrapportage (s)</translation>
    </message>
    <message>
        <source>median of %1; all inwoners, %2 metingen; baseline: the same SQL on a raw connection</source>
        <translation>mediaan van %1; alle inwoners, %2 metingen; referentie: dezelfde SQL op een kale verbinding</translation>
    </message>
    <message>
        <source>Measuring the ZRM radar…</source>
        <translation>De ZRM-radar meten…</translation>
    </message>
    <message>
        <source>ZRM radar for one inwoner (ms)</source>
        <translation>ZRM-radar voor één inwoner (ms)</translation>
    </message>
    <message>
        <source>p95 of %1 renders at 800×800 for %2 inwoners (p50 %3 ms); baseline: the same radar drawn with QPainter; once before: loading the plugin %4 ms, first render %5 ms</source>
        <translation>p95 van %1 keer tekenen op 800×800 voor %2 inwoners (p50 %3 ms); referentie: dezelfde radar getekend met QPainter; eenmalig vooraf: laden van de plug-in %4 ms, eerste keer tekenen %5 ms</translation>
    </message>
    <message>
        <source>ZRM radar not measured: %1</source>
        <translation>ZRM-radar niet gemeten: %1</translation>
    </message>
    <message>
        <source>ZRM radar not measured: wijkdossier-bench-charts is not next to this program.</source>
        <translation>ZRM-radar niet gemeten: wijkdossier-bench-charts staat niet in dezelfde map als dit programma.</translation>
    </message>
    <message>
        <source>Demo data added: %1 inwoners, %2 households, %3 netwerk persons of whom %4 mantelzorgers, %5 consulenten, %7 ZRM metingen (%6 s).</source>
        <translation>Demodata toegevoegd: %1 inwoners, %2 huishoudens, %3 personen in het netwerk van wie %4 mantelzorgers, %5 consulenten, %7 ZRM-metingen (%6 s).</translation>
    </message>
    <message>
        <source>Known reports: zrm-voortgang.</source>
        <translation>Bekende rapportages: zrm-voortgang.</translation>
    </message>
    <message>
        <source>--format must be csv or json.</source>
        <translation>--format moet csv of json zijn.</translation>
    </message>
    <message>
        <source>Usage: wijkdossier-cli instrument import FILE.json</source>
        <translation>Gebruik: wijkdossier-cli instrument import FILE.json</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Het bestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 indicator texts imported.</source>
        <translation>%1 indicatorteksten geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n inwoner(s)</source>
        <translation>
            <numerusform>%n inwoner</numerusform>
            <numerusform>%n inwoners</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Onverwacht argument: %1</translation>
    </message>
    <message>
        <source>termijnen needs --melding YYYY-MM-DD.</source>
        <translation>termijnen heeft --melding JJJJ-MM-DD nodig.</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format moet text of json zijn.</translation>
    </message>
    <message>
        <source>--melding must be an existing date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--melding moet een bestaande datum zijn als JJJJ-MM-DD, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--aanvraag must be an existing date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--aanvraag moet een bestaande datum zijn als JJJJ-MM-DD, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Persoonlijk plan (7 days): %1</source>
        <translation>Persoonlijk plan (7 dagen): %1</translation>
    </message>
    <message>
        <source>Onderzoek (6 weeks): %1</source>
        <translation>Onderzoek (6 weken): %1</translation>
    </message>
    <message>
        <source>Beschikking (2 weeks): %1</source>
        <translation>Beschikking (2 weken): %1</translation>
    </message>
    <message>
        <source>median of 9 after a warm-up run; from starting the process to its first paint; baseline: plain QTableView</source>
        <translation>mediaan van 9 na een opwarmronde; vanaf het starten van het proces tot het eerste tekenen; referentie: kale QTableView</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>print needs a document: inzage.</source>
        <translation>print heeft een document nodig: inzage.</translation>
    </message>
    <message>
        <source>print inzage needs --inwoner ID and --out FILE.pdf.</source>
        <translation>print inzage heeft --inwoner ID en --out BESTAND.pdf nodig.</translation>
    </message>
    <message>
        <source>There is no inwoner with id %1.</source>
        <translation>Er is geen inwoner met id %1.</translation>
    </message>
    <message>
        <source>Usage: wijkdossier-cli [--db FILE] [--lang nl|en] COMMAND [OPTIONS]

Commands:
  init                              create an empty database
  demo --size S|M|L|XL [--seed N]   fill the database with synthetic demo data
  check                             integrity check and schema version (exit 0 when sound)
  list [--format table|csv|json] [--all] [--search TEXT]
                                    the caseload (--all: every inwoner)
  import-csv FILE [--check] [--report json]
                                    import inwoners from a spreadsheet export
  report zrm-voortgang [--format csv|json] [--aanspreekpunt NAME]
                                    per ZRM leefgebied: latest levels and movement
  instrument import FILE            import licensed ZRM indicator texts (JSON)
  termijnen --melding DATE [--aanvraag DATE] [--format json]
                                    Wmo deadlines (plan, onderzoek, beschikking) and why they moved
  print inzage --inwoner ID --out FILE.pdf
                                    everything the file holds about one inwoner, as PDF
  bench [--size L|XL] [--format json]
                                    measure search, dossier, start-up and demo speed

Options:
  --db FILE     the database (default: %1)
  --lang LANG   language of messages: nl (default) or en
  --version     print the version
  --help        print this help

Exit status: 0 success, 1 invalid input, 2 usage error.
</source>
        <translation>Gebruik: wijkdossier-cli [--db FILE] [--lang nl|en] COMMAND [OPTIONS]

Opdrachten:
  init                              maak een lege database
  demo --size S|M|L|XL [--seed N]   vul de database met fictieve demodata
  check                             controleer integriteit en toon schemaversie (exitcode 0 als alles klopt)
  list [--format table|csv|json] [--all] [--search TEXT]
                                    de caseload (--all: alle inwoners)
  import-csv FILE [--check] [--report json]
                                    importeer inwoners uit een export van een spreadsheet
  report zrm-voortgang [--format csv|json] [--aanspreekpunt NAME]
                                    per ZRM-leefgebied: laatste niveaus en verandering
  instrument import FILE            importeer de ZRM-indicatorteksten met licentie (JSON)
  termijnen --melding DATE [--aanvraag DATE] [--format json]
                                    Wmo-termijnen (plan, onderzoek, beschikking) en waarom ze zijn verschoven
  print inzage --inwoner ID --out FILE.pdf
                                    alles wat het bestand over één inwoner bevat, als PDF
  bench [--size L|XL] [--format json]
                                    meet de snelheid van zoeken, dossier, opstarten en demodata

Opties:
  --db FILE     de database (standaard: %1)
  --lang LANG   taal van de meldingen: nl (standaard) of en
  --version     toon het versienummer
  --help        toon deze hulp

Exitstatus: 0 gelukt, 1 ongeldige invoer, 2 verkeerd gebruik.
</translation>
    </message>
    <message>
        <source>Wrote the inzage overview of inwoner %1 to %2.</source>
        <translation>Het inzageoverzicht van inwoner %1 is opgeslagen in %2.</translation>
    </message>
</context>
<context>
    <name>core::Belasting</name>
    <message>
        <source>not burdened</source>
        <translation>geen belasting</translation>
    </message>
    <message>
        <source>lightly burdened</source>
        <translation>licht belast</translation>
    </message>
    <message>
        <source>moderately burdened</source>
        <translation>matig belast</translation>
    </message>
    <message>
        <source>heavily burdened</source>
        <translation>zwaar belast</translation>
    </message>
</context>
<context>
    <name>core::Contactkanaal</name>
    <message>
        <source>No preference</source>
        <translation>Geen voorkeur</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
</context>
<context>
    <name>core::DossierService</name>
    <message>
        <source>Another inwoner in this file already has this BSN.</source>
        <translation>Een andere inwoner in dit bestand heeft al dit BSN.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Het importeren is afgebroken; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Enter the name of the household member.</source>
        <translation>Vul de naam van het huishoudlid in.</translation>
    </message>
    <message>
        <source>The inwoner is already a member of this household.</source>
        <translation>De inwoner hoort al bij dit huishouden.</translation>
    </message>
    <message>
        <source>This inwoner already belongs to another household.</source>
        <translation>Deze inwoner hoort al bij een ander huishouden.</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>Huishouden %1</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Deze gegevens bestaan niet meer.</translation>
    </message>
</context>
<context>
    <name>core::InstellingenService</name>
    <message>
        <source>Enter your name.</source>
        <translation>Vul uw naam in.</translation>
    </message>
</context>
<context>
    <name>core::NietBeoordeeld</name>
    <message>
        <source>not relevant to the request for help</source>
        <translation>niet relevant voor de hulpvraag</translation>
    </message>
    <message>
        <source>not enough information</source>
        <translation>onvoldoende informatie</translation>
    </message>
    <message>
        <source>the inwoner does not want to</source>
        <translation>inwoner wil niet</translation>
    </message>
</context>
<context>
    <name>core::Relatie</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Buur</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Vriend</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Huisarts</translation>
    </message>
    <message>
        <source>District nurse</source>
        <translation>Wijkverpleegkundige</translation>
    </message>
    <message>
        <source>Care provider</source>
        <translation>Zorgaanbieder</translation>
    </message>
    <message>
        <source>Other professional</source>
        <translation>Andere professional</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
</context>
<context>
    <name>core::Toestemming</name>
    <message>
        <source>Not asked yet</source>
        <translation>Nog niet gevraagd</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>core::ZrmInstrument</name>
    <message>
        <source>it is not JSON (%1).</source>
        <translation>het is geen JSON (%1).</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;wijkdossier-zrm-instrument&quot;.</source>
        <translation>&quot;format&quot; moet &quot;wijkdossier-zrm-instrument&quot; zijn.</translation>
    </message>
    <message>
        <source>&quot;id&quot; and &quot;naam&quot; are required.</source>
        <translation>&quot;id&quot; en &quot;naam&quot; zijn verplicht.</translation>
    </message>
    <message>
        <source>there must be exactly five levels.</source>
        <translation>er moeten precies vijf niveaus zijn.</translation>
    </message>
    <message>
        <source>level %1 needs &quot;score&quot;: %1 and a &quot;label&quot;.</source>
        <translation>niveau %1 heeft &quot;score&quot;: %1 en een &quot;label&quot; nodig.</translation>
    </message>
    <message>
        <source>&quot;leefgebieden&quot; is empty.</source>
        <translation>&quot;leefgebieden&quot; is leeg.</translation>
    </message>
    <message>
        <source>every leefgebied needs a &quot;key&quot; and a &quot;naam&quot;.</source>
        <translation>elk leefgebied heeft een &quot;key&quot; en een &quot;naam&quot; nodig.</translation>
    </message>
    <message>
        <source>the leefgebied &quot;%1&quot; appears twice.</source>
        <translation>het leefgebied &quot;%1&quot; staat er twee keer in.</translation>
    </message>
    <message>
        <source>the leefgebied &quot;%1&quot; does not say which ZRM 2017 leefgebied it maps onto.</source>
        <translation>bij het leefgebied &quot;%1&quot; staat niet bij welk leefgebied van ZRM 2017 het hoort.</translation>
    </message>
    <message>
        <source>This is not a valid ZRM instrument file: %1</source>
        <translation>Dit is geen geldig ZRM-instrumentbestand: %1</translation>
    </message>
</context>
<context>
    <name>core::ZrmMoment</name>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Interim</source>
        <translation>Tussentijds</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afsluiting</translation>
    </message>
</context>
<context>
    <name>core::ZrmService</name>
    <message>
        <source>Unknown instrument: %1.</source>
        <translation>Onbekend instrument: %1.</translation>
    </message>
    <message>
        <source>Enter the date of the meting.</source>
        <translation>Vul de datum van de meting in.</translation>
    </message>
    <message>
        <source>The date of the meting lies in the future.</source>
        <translation>De datum van de meting ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The date of the meting lies before 2000.</source>
        <translation>De datum van de meting ligt voor 2000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a leefgebied of %2.</source>
        <translation>&quot;%1&quot; is geen leefgebied van %2.</translation>
    </message>
    <message>
        <source>A leefgebied is scored twice.</source>
        <translation>Een leefgebied heeft twee keer een score.</translation>
    </message>
    <message>
        <source>A score runs from 1 to 5.</source>
        <translation>Een score loopt van 1 tot en met 5.</translation>
    </message>
    <message>
        <source>A leefgebied that is not scored needs a reason.</source>
        <translation>Een leefgebied zonder score heeft een reden nodig.</translation>
    </message>
    <message>
        <source>A leefgebied is either scored or not assessed, not both.</source>
        <translation>Een leefgebied heeft een score of is niet beoordeeld, niet allebei.</translation>
    </message>
    <message>
        <source>A target score runs from 1 to 5.</source>
        <translation>Een doelscore loopt van 1 tot en met 5.</translation>
    </message>
    <message>
        <source>This inwoner no longer exists.</source>
        <translation>Deze inwoner bestaat niet meer.</translation>
    </message>
    <message>
        <source>This meting no longer exists.</source>
        <translation>Deze meting bestaat niet meer.</translation>
    </message>
    <message>
        <source>The indicator file cannot be imported: %1 Nothing was changed.</source>
        <translation>Het indicatorbestand kan niet worden geïmporteerd: %1 Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>it is not JSON (%1).</source>
        <translation>het is geen JSON (%1).</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;wijkdossier-zrm-indicatoren&quot;.</source>
        <translation>&quot;format&quot; moet &quot;wijkdossier-zrm-indicatoren&quot; zijn.</translation>
    </message>
    <message>
        <source>&quot;instrument&quot; must be zrm2017 or zrm2013.</source>
        <translation>&quot;instrument&quot; moet zrm2017 of zrm2013 zijn.</translation>
    </message>
    <message>
        <source>&quot;indicatoren&quot; is empty.</source>
        <translation>&quot;indicatoren&quot; is leeg.</translation>
    </message>
    <message>
        <source>the levels of &quot;%1&quot; must be &quot;1&quot; to &quot;5&quot;.</source>
        <translation>de niveaus van &quot;%1&quot; moeten &quot;1&quot; tot en met &quot;5&quot; zijn.</translation>
    </message>
    <message>
        <source>level %1 of &quot;%2&quot; has no text.</source>
        <translation>niveau %1 van &quot;%2&quot; heeft geen tekst.</translation>
    </message>
</context>
<context>
    <name>core::db::DatabaseError</name>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>De schijf is vol. Er is niets opgeslagen; maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database file cannot be written. Nothing was saved.</source>
        <translation>Wijkdossier kan niet schrijven naar het databasebestand. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The file is not a Wijkdossier database or it is damaged.</source>
        <translation>Het bestand is geen database van Wijkdossier, of het is beschadigd.</translation>
    </message>
    <message>
        <source>The database is busy in another program. Nothing was saved.</source>
        <translation>De database is bezet door een ander programma. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>De database meldt een fout: %1</translation>
    </message>
</context>
<context>
    <name>core::db::DatabaseFile</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is geen bestand.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>De map %1 kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>%1 is not a Wijkdossier database. The file was not changed.</source>
        <translation>%1 is geen database van Wijkdossier. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Wijkdossier cannot write to %1. Choose a location where you may save files. The file was not changed.</source>
        <translation>Wijkdossier kan niet schrijven naar %1. Kies een plek waar opslaan wel mag. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>This database is already open in another Wijkdossier window. Close that window first; the file was not changed.</source>
        <translation>Deze database is al open in een ander venster van Wijkdossier. Sluit eerst dat venster; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Wijkdossier cannot lock %1. The file was not changed.</source>
        <translation>Wijkdossier kan %1 niet vergrendelen. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The database %1 cannot be created.</source>
        <translation>De database %1 kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Wijkdossier (schema %1; this version knows up to %2). Install the newer version; the file was not changed.</source>
        <translation>Deze database is gemaakt met een nieuwere versie van Wijkdossier (schema %1; deze versie kent tot en met %2). Installeer de nieuwere versie; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The database could not be prepared: %1</source>
        <translation>De database kon niet worden voorbereid: %1</translation>
    </message>
</context>
<context>
    <name>core::documents::InzageDocument</name>
    <message>
        <source>The inzage template cannot be read.</source>
        <translation>Het sjabloon voor het inzageoverzicht kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The inzage template is broken: %1</source>
        <translation>Het sjabloon voor het inzageoverzicht bevat een fout: %1</translation>
    </message>
    <message>
        <source>There is no inwoner with id %1.</source>
        <translation>Er is geen inwoner met id %1.</translation>
    </message>
</context>
<context>
    <name>core::importing::InwonerCsvImport</name>
    <message>
        <source>A quote in this row is never closed, so the rest of the file was read as part of this row.</source>
        <translation>Een aanhalingsteken in deze rij wordt nergens gesloten. Daardoor is de rest van het bestand gelezen als deel van deze rij.</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s), but the first line names %1 columns.</source>
        <translation>
            <numerusform>Deze rij heeft %n veld, maar de eerste regel noemt %1 kolommen.</numerusform>
            <numerusform>Deze rij heeft %n velden, maar de eerste regel noemt %1 kolommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as 31-12-1950.</source>
        <translation>“%1” is geen datum. Schrijf de datum als 31-12-1950.</translation>
    </message>
    <message>
        <source>A house number starts with a whole number from 1 to 99999, such as 12 or 12a.</source>
        <translation>Een huisnummer begint met een heel getal van 1 tot en met 99999, zoals 12 of 12a.</translation>
    </message>
    <message>
        <source>The house number has an addition and the column toevoeging has one too. Keep only one of them.</source>
        <translation>Het huisnummer heeft een toevoeging en de kolom toevoeging ook. Houd er maar één over.</translation>
    </message>
    <message>
        <source>Write ja or nee (1 or 0 also work).</source>
        <translation>Schrijf ja of nee (1 of 0 mag ook).</translation>
    </message>
    <message>
        <source>Write telefoon, email, post, huisbezoek or sms, or leave it empty.</source>
        <translation>Schrijf telefoon, email, post, huisbezoek of sms, of laat het leeg.</translation>
    </message>
    <message>
        <source>This BSN is already on line %1 of the file.</source>
        <translation>Dit BSN staat al op regel %1 van het bestand.</translation>
    </message>
    <message>
        <source>This is not a CSV text file. In the spreadsheet, use Save as and choose a CSV file type.</source>
        <translation>Dit is geen CSV-tekstbestand. Kies in het spreadsheetprogramma Opslaan als, met een CSV-bestandstype.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with one for the surname: geslachtsnaam or achternaam.</source>
        <translation>De eerste regel moet de namen van de kolommen geven, met een kolom voor de achternaam: geslachtsnaam of achternaam.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Het bestand %1 kan niet worden gelezen: %2</translation>
    </message>
</context>
<context>
    <name>core::rules::AtwKalender</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Nieuwjaarsdag</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Goede Vrijdag</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>tweede Paasdag</translation>
    </message>
    <message>
        <source>King&apos;s Day</source>
        <translation>Koningsdag</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>Bevrijdingsdag</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Hemelvaartsdag</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>tweede Pinksterdag</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>eerste Kerstdag</translation>
    </message>
    <message>
        <source>Second Christmas Day</source>
        <translation>tweede Kerstdag</translation>
    </message>
    <message>
        <source>The list of gelijkgestelde dagen is not valid JSON: %1 (at character %2).</source>
        <translation>De lijst met gelijkgestelde dagen is geen geldige JSON: %1 (bij teken %2).</translation>
    </message>
    <message>
        <source>The list of gelijkgestelde dagen must be an object with &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>De lijst met gelijkgestelde dagen moet een object zijn met &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The list of gelijkgestelde dagen needs a &quot;dagen&quot; list.</source>
        <translation>De lijst met gelijkgestelde dagen heeft een lijst &quot;dagen&quot; nodig.</translation>
    </message>
    <message>
        <source>Gelijkgestelde dag %1: &quot;datum&quot; must be a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>Gelijkgestelde dag %1: &quot;datum&quot; moet een datum zijn als JJJJ-MM-DD, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Gelijkgestelde dag %1 (%2) needs an &quot;omschrijving&quot;.</source>
        <translation>Gelijkgestelde dag %1 (%2) heeft een &quot;omschrijving&quot; nodig.</translation>
    </message>
    <message>
        <source>Gelijkgestelde dag %1 (%2) needs a &quot;bron&quot;: the decree it comes from.</source>
        <translation>Gelijkgestelde dag %1 (%2) heeft een &quot;bron&quot; nodig: het besluit waar de dag uit komt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 is ignored: %2</source>
        <translation>%1 wordt niet gebruikt: %2</translation>
    </message>
</context>
<context>
    <name>core::rules::Termijn</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, moved from %2: %3</source>
        <translation>%1, verschoven van %2: %3</translation>
    </message>
</context>
<context>
    <name>core::rules::Termijnen</name>
    <message numerus="yes">
        <source>suspended %n day(s)</source>
        <translation>
            <numerusform>%n dag opgeschort</numerusform>
            <numerusform>%n dagen opgeschort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>suspended %n day(s): %1</source>
        <translation>
            <numerusform>%n dag opgeschort: %1</numerusform>
            <numerusform>%n dagen opgeschort: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>weekend</translation>
    </message>
    <message>
        <source>at least two working days in the term (Atw art. 2)</source>
        <translation>ten minste twee werkdagen in de termijn (Atw art. 2)</translation>
    </message>
</context>
<context>
    <name>core::rules::Validation</name>
    <message>
        <source>A BSN has nine digits (eight is also accepted).</source>
        <translation>Een BSN heeft negen cijfers (acht mag ook).</translation>
    </message>
    <message>
        <source>This BSN does not exist: it fails the elfproef. Check for a typing error.</source>
        <translation>Dit BSN bestaat niet: het klopt niet volgens de elfproef. Kijk of er een typefout in zit.</translation>
    </message>
    <message>
        <source>A postcode is four digits and two letters, such as 1234 AB.</source>
        <translation>Een postcode bestaat uit vier cijfers en twee letters, zoals 1234 AB.</translation>
    </message>
    <message>
        <source>The date of birth lies in the future.</source>
        <translation>De geboortedatum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The date of birth lies before 1900.</source>
        <translation>De geboortedatum ligt voor 1900.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces, dashes and an optional +.</source>
        <translation>Een telefoonnummer bevat alleen cijfers, spaties, streepjes en eventueel een +.</translation>
    </message>
    <message>
        <source>Enter the surname.</source>
        <translation>Vul de geslachtsnaam in.</translation>
    </message>
    <message>
        <source>A house number is a whole number from 1 to 99999.</source>
        <translation>Een huisnummer is een heel getal van 1 tot en met 99999.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Vul een naam in.</translation>
    </message>
    <message>
        <source>Closeness runs from 1 (closest) to 4.</source>
        <translation>Nabijheid loopt van 1 (dichtstbij) tot en met 4.</translation>
    </message>
    <message>
        <source>The date of consent lies in the future.</source>
        <translation>De datum van de toestemming ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Hours per week run from 0 to 168.</source>
        <translation>Het aantal uur per week ligt tussen 0 en 168.</translation>
    </message>
    <message>
        <source>The start of the care lies in the future.</source>
        <translation>De begindatum van de zorg ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The EDIZ-plus score runs from 0 to 15.</source>
        <translation>De EDIZ-plus-score loopt van 0 tot en met 15.</translation>
    </message>
    <message>
        <source>This is not an e-mail address. Write it like naam@voorbeeld.nl.</source>
        <translation>Dit is geen e-mailadres. Schrijf het zoals naam@voorbeeld.nl.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Wijkdossier cannot open the file</source>
        <translation>Wijkdossier kan het bestand niet openen</translation>
    </message>
    <message>
        <source>Wijkdossier</source>
        <translation>Wijkdossier</translation>
    </message>
    <message>
        <source> (demo data)</source>
        <translation> (demodata)</translation>
    </message>
</context>
<context>
    <name>ui::CaseloadModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
</context>
<context>
    <name>ui::CaseloadView</name>
    <message>
        <source>Search by name, BSN, postcode, street or phone</source>
        <translation>Zoek op naam, BSN, postcode, straat of telefoon</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>Mijn caseload</translation>
    </message>
    <message>
        <source>All inwoners</source>
        <translation>Alle inwoners</translation>
    </message>
    <message>
        <source>Which inwoners</source>
        <translation>Welke inwoners</translation>
    </message>
    <message numerus="yes">
        <source>The first %n inwoners are shown; type more to narrow the list.</source>
        <translation>
            <numerusform>De eerste %n inwoner wordt getoond; typ verder om de lijst korter te maken.</numerusform>
            <numerusform>De eerste %n inwoners worden getoond; typ verder om de lijst korter te maken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inwoner(s)</source>
        <translation>
            <numerusform>%n inwoner</numerusform>
            <numerusform>%n inwoners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inwoner(s) found</source>
        <translation>
            <numerusform>%n inwoner gevonden</numerusform>
            <numerusform>%n inwoners gevonden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::CsvImportDialog</name>
    <message>
        <source>No file chosen yet.</source>
        <translation>Nog geen bestand gekozen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Import inwoners from a spreadsheet</source>
        <translation>Inwoners importeren uit een spreadsheet</translation>
    </message>
    <message>
        <source>Choose a CSV file saved from a spreadsheet (UTF-8 or Windows-1252, separated by ; or ,). The first line must name the columns; at least Geslachtsnaam or Achternaam is required. Nothing is written until you press Import.</source>
        <translation>Kies een CSV-bestand dat is opgeslagen vanuit een spreadsheet (UTF-8 of Windows-1252, gescheiden door ; of ,). De eerste regel moet de namen van de kolommen geven; Geslachtsnaam of Achternaam is verplicht. Er wordt pas iets opgeslagen na een klik op Importeren.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Kies een CSV-bestand</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Dit bestand kan niet worden geïmporteerd: %1</translation>
    </message>
    <message>
        <source>%1 rows read (%2, separated by &apos;%3&apos;): %4 can be imported, %5 are rejected and listed below.</source>
        <translation>%1 rijen gelezen (%2, gescheiden door &apos;%3&apos;): %4 kunnen worden geïmporteerd, %5 zijn afgekeurd en staan hieronder.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n inwoner(s)</source>
        <translation>
            <numerusform>%n inwoner &amp;importeren</numerusform>
            <numerusform>%n inwoners &amp;importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <source>%n inwoner(s) imported.</source>
        <translation>
            <numerusform>%n inwoner geïmporteerd.</numerusform>
            <numerusform>%n inwoners geïmporteerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::DossierEditor</name>
    <message>
        <source>Wijkdossier</source>
        <translation>Wijkdossier</translation>
    </message>
    <message>
        <source>new inwoner</source>
        <translation>nieuwe inwoner</translation>
    </message>
    <message>
        <source>edit persoonsgegevens</source>
        <translation>persoonsgegevens bewerken</translation>
    </message>
    <message>
        <source>Delete %1 from the file? You can undo this with Edit → Undo.</source>
        <translation>%1 uit het bestand verwijderen? Dit is terug te draaien met Bewerken → Ongedaan maken.</translation>
    </message>
    <message>
        <source>delete inwoner</source>
        <translation>inwoner verwijderen</translation>
    </message>
    <message>
        <source>add to netwerk</source>
        <translation>toevoegen aan netwerk</translation>
    </message>
    <message>
        <source>edit netwerk person</source>
        <translation>persoon in netwerk bewerken</translation>
    </message>
    <message>
        <source>Remove %1 from the netwerk?</source>
        <translation>%1 uit het netwerk verwijderen?</translation>
    </message>
    <message>
        <source>remove from netwerk</source>
        <translation>verwijderen uit netwerk</translation>
    </message>
    <message>
        <source>add household member</source>
        <translation>huishoudlid toevoegen</translation>
    </message>
    <message>
        <source>Remove %1 from the household?</source>
        <translation>%1 uit het huishouden verwijderen?</translation>
    </message>
    <message>
        <source>remove household member</source>
        <translation>huishoudlid verwijderen</translation>
    </message>
    <message>
        <source>new ZRM meting</source>
        <translation>nieuwe ZRM-meting</translation>
    </message>
    <message>
        <source>edit ZRM meting</source>
        <translation>ZRM-meting bewerken</translation>
    </message>
    <message>
        <source>Delete the ZRM meting of %1? You can undo this with Edit → Undo.</source>
        <translation>De ZRM-meting van %1 verwijderen? Dit is terug te draaien met Bewerken → Ongedaan maken.</translation>
    </message>
    <message>
        <source>delete ZRM meting</source>
        <translation>ZRM-meting verwijderen</translation>
    </message>
</context>
<context>
    <name>ui::DossierView</name>
    <message>
        <source>Choose an inwoner from the list, or create a new one with Ctrl+N.</source>
        <translation>Kies een inwoner uit de lijst, of maak een nieuwe inwoner met Ctrl+N.</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>&amp;Opslaan als PNG…</translation>
    </message>
    <message>
        <source>&amp;Persoonsgegevens</source>
        <translation>&amp;Persoonsgegevens</translation>
    </message>
    <message>
        <source>&amp;Huishouden</source>
        <translation>H&amp;uishouden</translation>
    </message>
    <message>
        <source>&amp;Netwerk &amp;&amp; mantelzorg</source>
        <translation>&amp;Netwerk &amp;&amp; mantelzorg</translation>
    </message>
    <message>
        <source>Netwerk&amp;kaart</source>
        <translation>Netwerk&amp;kaart</translation>
    </message>
    <message>
        <source>born %1 (%2)</source>
        <translation>geboren %1 (%2 jaar)</translation>
    </message>
    <message>
        <source>interpreter needed (%1)</source>
        <translation>tolk nodig (%1)</translation>
    </message>
    <message>
        <source>Save netwerkkaart</source>
        <translation>Netwerkkaart opslaan</translation>
    </message>
    <message>
        <source>netwerkkaart.png</source>
        <translation>netwerkkaart.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>The image could not be saved to %1.</source>
        <translation>De afbeelding kon niet worden opgeslagen in %1.</translation>
    </message>
    <message>
        <source>&amp;Zelfredzaamheid</source>
        <translation>&amp;Zelfredzaamheid</translation>
    </message>
</context>
<context>
    <name>ui::HuishoudenPanel</name>
    <message>
        <source>Inwoner</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Housemate</source>
        <translation>Huisgenoot</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>&amp;Remove from household</source>
        <translation>&amp;Verwijderen uit huishouden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>In this file</source>
        <translation>In dit bestand</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>Lid &amp;toevoegen…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in this household. Double-click an inwoner to open their file.</source>
        <translation>
            <numerusform>%n lid in dit huishouden. Dubbelklik op een inwoner om het dossier te openen.</numerusform>
            <numerusform>%n leden in dit huishouden. Dubbelklik op een inwoner om het dossier te openen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No household recorded yet: the inwoner lives alone or nobody was added.</source>
        <translation>Nog geen huishouden vastgelegd: de inwoner woont alleen, of er is nog niemand toegevoegd.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>ui::HuishoudlidDialog</name>
    <message>
        <source>A person (not an inwoner in this file)</source>
        <translation>Een persoon (geen inwoner in dit bestand)</translation>
    </message>
    <message>
        <source>An inwoner from this file</source>
        <translation>Een inwoner uit dit bestand</translation>
    </message>
    <message>
        <source>Add household member</source>
        <translation>Huishoudlid toevoegen</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Housemate</source>
        <translation>Huisgenoot</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Search by name, BSN or postcode</source>
        <translation>Zoek op naam, BSN of postcode</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Geboorte&amp;datum</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Enter the name of the household member.</source>
        <translation>Vul de naam van het huishoudlid in.</translation>
    </message>
    <message>
        <source>This is not a date. Write it as day-month-year, e.g. 02-03-1941.</source>
        <translation>Dit is geen datum. Schrijf de datum als dag-maand-jaar, bijvoorbeeld 02-03-1941.</translation>
    </message>
    <message>
        <source>Search for the inwoner and select them in the list.</source>
        <translation>Zoek de inwoner en selecteer deze in de lijst.</translation>
    </message>
</context>
<context>
    <name>ui::InwonerDialog</name>
    <message>
        <source>New inwoner</source>
        <translation>Nieuwe inwoner</translation>
    </message>
    <message>
        <source>Edit persoonsgegevens</source>
        <translation>Persoonsgegevens bewerken</translation>
    </message>
    <message>
        <source>Name (as in the BRP)</source>
        <translation>Naam (zoals in de BRP)</translation>
    </message>
    <message>
        <source>&amp;Voornamen</source>
        <translation>&amp;Voornamen</translation>
    </message>
    <message>
        <source>Voor&amp;letters</source>
        <translation>Voor&amp;letters</translation>
    </message>
    <message>
        <source>e.g. J.H.</source>
        <translation>bijv. J.H.</translation>
    </message>
    <message>
        <source>&amp;Tussenvoegsel</source>
        <translation>&amp;Tussenvoegsel</translation>
    </message>
    <message>
        <source>e.g. van der</source>
        <translation>bijv. van der</translation>
    </message>
    <message>
        <source>&amp;Geslachtsnaam *</source>
        <translation>&amp;Geslachtsnaam *</translation>
    </message>
    <message>
        <source>&amp;Roepnaam</source>
        <translation>&amp;Roepnaam</translation>
    </message>
    <message>
        <source>&amp;BSN</source>
        <translation>&amp;BSN</translation>
    </message>
    <message>
        <source>optional, 9 digits</source>
        <translation>niet verplicht, 9 cijfers</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Geboorte&amp;datum</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Adres en contact</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Straat</translation>
    </message>
    <message>
        <source>House &amp;number</source>
        <translation>Huis&amp;nummer</translation>
    </message>
    <message>
        <source>&amp;Addition</source>
        <translation>T&amp;oevoeging</translation>
    </message>
    <message>
        <source>e.g. A or 2</source>
        <translation>bijv. A of 2</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <source>T&amp;own</source>
        <translation>&amp;Woonplaats</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>T&amp;aal</translation>
    </message>
    <message>
        <source>when not Dutch</source>
        <translation>als dit niet Nederlands is</translation>
    </message>
    <message>
        <source>An interpreter is needed</source>
        <translation>Er is een tolk nodig</translation>
    </message>
    <message>
        <source>Preferred &amp;contact</source>
        <translation>Voorkeur &amp;contact</translation>
    </message>
    <message>
        <source>Vast aanspreekpunt</source>
        <translation>Vast aanspreekpunt</translation>
    </message>
    <message>
        <source>Consulent</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <source>Direct phone</source>
        <translation>Direct telefoonnummer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Velden met * zijn verplicht.</translation>
    </message>
    <message>
        <source>This is not a date. Write it as day-month-year, e.g. 02-03-1941.</source>
        <translation>Dit is geen datum. Schrijf de datum als dag-maand-jaar, bijvoorbeeld 02-03-1941.</translation>
    </message>
    <message>
        <source>Write only the number here; letters go in Addition.</source>
        <translation>Vul hier alleen het nummer in; letters horen bij Toevoeging.</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Wijkdossier</source>
        <translation>Wijkdossier</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New inwoner…</source>
        <translation>&amp;Nieuwe inwoner…</translation>
    </message>
    <message>
        <source>&amp;Import inwoners from spreadsheet…</source>
        <translation>&amp;Inwoners importeren uit spreadsheet…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <source>&amp;Find inwoner</source>
        <translation>Inwoner &amp;zoeken</translation>
    </message>
    <message>
        <source>Edit &amp;persoonsgegevens…</source>
        <translation>&amp;Persoonsgegevens bewerken…</translation>
    </message>
    <message>
        <source>Add person to &amp;netwerk…</source>
        <translation>Persoon aan netwerk &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;My details…</source>
        <translation>&amp;Mijn gegevens…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Wijkdossier</source>
        <translation>&amp;Over Wijkdossier</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>Wijkdossier – %1</source>
        <translation>Wijkdossier – %1</translation>
    </message>
    <message>
        <source>About Wijkdossier</source>
        <translation>Over Wijkdossier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Wijkdossier %1&lt;/h3&gt;&lt;p&gt;The dossier for wijkteam consulenten: caseload, netwerk and mantelzorg, on this computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wijkdossier %1&lt;/h3&gt;&lt;p&gt;Het dossier voor consulenten van het wijkteam: caseload, netwerk en mantelzorg, op deze computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licentie: EUPL-1.2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New ZRM &amp;meting…</source>
        <translation>Nieuwe ZRM-&amp;meting…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapportages</translation>
    </message>
    <message>
        <source>&amp;ZRM progress…</source>
        <translation>&amp;ZRM-voortgang…</translation>
    </message>
    <message>
        <source>Open a dossier first to score the Zelfredzaamheid-Matrix.</source>
        <translation>Open eerst een dossier om de Zelfredzaamheid-Matrix te scoren.</translation>
    </message>
</context>
<context>
    <name>ui::MijnGegevensDialog</name>
    <message>
        <source>My details</source>
        <translation>Mijn gegevens</translation>
    </message>
    <message>
        <source>These details appear as vast aanspreekpunt for new inwoners and on letters.</source>
        <translation>Deze gegevens staan als vast aanspreekpunt bij nieuwe inwoners en op brieven.</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Naam *</translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <source>&amp;Direct phone</source>
        <translation>&amp;Direct telefoonnummer</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Gemeente</translation>
    </message>
</context>
<context>
    <name>ui::NetwerkPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>B&amp;ewerken…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Nabijheid</translation>
    </message>
    <message>
        <source>Does now</source>
        <translation>Doet nu</translation>
    </message>
    <message>
        <source>Could do more</source>
        <translation>Kan meer doen</translation>
    </message>
    <message>
        <source>Mantelzorg</source>
        <translation>Mantelzorg</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Persoon &amp;toevoegen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 h/week</source>
        <translation>%1 uur/week</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the netwerk</source>
        <translation>
            <numerusform>%n persoon in het netwerk</numerusform>
            <numerusform>%n personen in het netwerk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mantelzorger(s)</source>
        <translation>
            <numerusform>%n mantelzorger</numerusform>
            <numerusform>%n mantelzorgers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n heavily burdened: discuss respite care and support</source>
        <translation>
            <numerusform>%n zwaar belast: bespreek respijtzorg en ondersteuning</numerusform>
            <numerusform>%n zwaar belast: bespreek respijtzorg en ondersteuning</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a person to see everything recorded about them.</source>
        <translation>Kies een persoon om alles te zien wat over hem of haar is vastgelegd.</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Does now:</source>
        <translation>Doet nu:</translation>
    </message>
    <message>
        <source>Could do more:</source>
        <translation>Kan meer doen:</translation>
    </message>
    <message>
        <source>%1 hours a week</source>
        <translation>%1 uur per week</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <source>more than 8 hours a week for over 3 months</source>
        <translation>meer dan 8 uur per week, al langer dan 3 maanden</translation>
    </message>
    <message>
        <source>Mantelzorg:</source>
        <translation>Mantelzorg:</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Taken:</translation>
    </message>
    <message>
        <source>Belasting:</source>
        <translation>Belasting:</translation>
    </message>
    <message>
        <source>%1 (EDIZ-plus %2)</source>
        <translation>%1 (EDIZ-plus %2)</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>nog niet gemeten</translation>
    </message>
    <message>
        <source>Own support need:</source>
        <translation>Eigen ondersteuningsbehoefte:</translation>
    </message>
    <message>
        <source>Respite care wish:</source>
        <translation>Wens respijtzorg:</translation>
    </message>
</context>
<context>
    <name>ui::NetwerkPersoonDialog</name>
    <message>
        <source>This person is a mantelzorger</source>
        <translation>Deze persoon is mantelzorger</translation>
    </message>
    <message>
        <source>Add to the netwerk</source>
        <translation>Toevoegen aan het netwerk</translation>
    </message>
    <message>
        <source>Edit netwerk person</source>
        <translation>Persoon in netwerk bewerken</translation>
    </message>
    <message>
        <source>2 – close</source>
        <translation>2 – nabij</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Naam *</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>&amp;Relatie</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Closeness</source>
        <translation>Na&amp;bijheid</translation>
    </message>
    <message>
        <source>What they &amp;do now</source>
        <translation>Wat &amp;doet deze persoon nu</translation>
    </message>
    <message>
        <source>What they could do &amp;more</source>
        <translation>Wat zou deze persoon &amp;meer kunnen doen</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>Consent to contact</source>
        <translation>Toestemming voor contact</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Toestemming gegeven op</translation>
    </message>
    <message>
        <source> hours a week</source>
        <translation> uur per week</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>niet gemeten</translation>
    </message>
    <message>
        <source>In the mantelzorger&apos;s own words</source>
        <translation>In de woorden van de mantelzorger zelf</translation>
    </message>
    <message>
        <source>Care given</source>
        <translation>Gegeven zorg</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Sinds</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Taken</translation>
    </message>
    <message>
        <source>Belasting (EDIZ-plus 0–15)</source>
        <translation>Belasting (EDIZ-plus 0–15)</translation>
    </message>
    <message>
        <source>Own support need</source>
        <translation>Eigen ondersteuningsbehoefte</translation>
    </message>
    <message>
        <source>Respite care wish</source>
        <translation>Wens respijtzorg</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>This is not a date. Write it as day-month-year, e.g. 02-03-2024.</source>
        <translation>Dit is geen datum. Schrijf de datum als dag-maand-jaar, bijvoorbeeld 02-03-2024.</translation>
    </message>
    <message>
        <source>1 – closest</source>
        <translation>1 – dichtbij</translation>
    </message>
    <message>
        <source>3 – further away</source>
        <translation>3 – verder weg</translation>
    </message>
    <message>
        <source>4 – furthest away</source>
        <translation>4 – het verst weg</translation>
    </message>
</context>
<context>
    <name>ui::NetwerkkaartLegend</name>
    <message>
        <source>Mantelzorgers</source>
        <translation>Mantelzorgers</translation>
    </message>
    <message>
        <source>not or lightly burdened</source>
        <translation>niet of licht belast</translation>
    </message>
    <message>
        <source>EDIZ-plus 0–3</source>
        <translation>EDIZ-plus 0–3</translation>
    </message>
    <message>
        <source>EDIZ-plus 4–8</source>
        <translation>EDIZ-plus 4–8</translation>
    </message>
    <message>
        <source>EDIZ-plus 9–15</source>
        <translation>EDIZ-plus 9–15</translation>
    </message>
    <message>
        <source>burden not measured</source>
        <translation>belasting niet gemeten</translation>
    </message>
    <message>
        <source>Others in the netwerk</source>
        <translation>Anderen in het netwerk</translation>
    </message>
    <message>
        <source>family, friend, neighbour or volunteer</source>
        <translation>familie, vriend, buur of vrijwilliger</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <source>The closer to the middle, the closer the contact.</source>
        <translation>Hoe dichter bij het midden, hoe nauwer het contact.</translation>
    </message>
</context>
<context>
    <name>ui::NetwerkkaartRenderer</name>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Friends and neighbours</source>
        <translation>Vrienden en buren</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>1 closest</source>
        <translation>1 dichtbij</translation>
    </message>
    <message>
        <source>2 close</source>
        <translation>2 nabij</translation>
    </message>
    <message>
        <source>3 further away</source>
        <translation>3 verder weg</translation>
    </message>
    <message>
        <source>4 furthest away</source>
        <translation>4 het verst weg</translation>
    </message>
    <message>
        <source>%1 · EDIZ %2</source>
        <translation>%1 · EDIZ %2</translation>
    </message>
    <message>
        <source>Netwerkkaart</source>
        <translation>Netwerkkaart</translation>
    </message>
    <message>
        <source>Netwerkkaart of %1</source>
        <translation>Netwerkkaart van %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the netwerk</source>
        <translation>
            <numerusform>%n persoon in het netwerk</numerusform>
            <numerusform>%n personen in het netwerk</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, of whom %2</source>
        <translation>%1, van wie %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mantelzorger(s)</source>
        <translation>
            <numerusform>%n mantelzorger</numerusform>
            <numerusform>%n mantelzorgers</numerusform>
        </translation>
    </message>
    <message>
        <source>No netwerk recorded yet</source>
        <translation>Nog geen netwerk vastgelegd</translation>
    </message>
</context>
<context>
    <name>ui::NetwerkkaartWidget</name>
    <message>
        <source>Netwerkkaart</source>
        <translation>Netwerkkaart</translation>
    </message>
</context>
<context>
    <name>ui::PersoonsgegevensPanel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Voornamen</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Voorletters</source>
        <translation>Voorletters</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Geslachtsnaam</source>
        <translation>Geslachtsnaam</translation>
    </message>
    <message>
        <source>Roepnaam</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Adres en contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>Postcode en woonplaats</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>Voorkeur contact</translation>
    </message>
    <message>
        <source>Vast aanspreekpunt</source>
        <translation>Vast aanspreekpunt</translation>
    </message>
    <message>
        <source>Consulent</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <source>Direct phone</source>
        <translation>Direct telefoonnummer</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>B&amp;ewerken…</translation>
    </message>
    <message>
        <source>Delete inwoner</source>
        <translation>Inwoner verwijderen</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 jaar)</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>%1 – interpreter needed</source>
        <translation>%1 – tolk nodig</translation>
    </message>
</context>
<context>
    <name>ui::ZrmChartData</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>n.b.</source>
        <translation>n.b.</translation>
    </message>
</context>
<context>
    <name>ui::ZrmChartPage</name>
    <message>
        <source>Sa&amp;ve as PNG…</source>
        <translation>&amp;Opslaan als PNG…</translation>
    </message>
    <message>
        <source>The charts cannot be shown: %1</source>
        <translation>De grafieken kunnen niet worden getoond: %1</translation>
    </message>
    <message>
        <source>There are no metingen yet.</source>
        <translation>Er zijn nog geen metingen.</translation>
    </message>
    <message>
        <source>Save ZRM radar</source>
        <translation>ZRM-radar opslaan</translation>
    </message>
    <message>
        <source>Save ZRM trend</source>
        <translation>ZRM-trend opslaan</translation>
    </message>
    <message>
        <source>zrm-radar.png</source>
        <translation>zrm-radar.png</translation>
    </message>
    <message>
        <source>zrm-trend.png</source>
        <translation>zrm-trend.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>The image could not be saved to %1.</source>
        <translation>De afbeelding kon niet worden opgeslagen in %1.</translation>
    </message>
</context>
<context>
    <name>ui::ZrmChartStyle</name>
    <message>
        <source>1 acute problematiek</source>
        <translation>1 acute problematiek</translation>
    </message>
    <message>
        <source>2 niet zelfredzaam</source>
        <translation>2 niet zelfredzaam</translation>
    </message>
    <message>
        <source>3 beperkt zelfredzaam</source>
        <translation>3 beperkt zelfredzaam</translation>
    </message>
    <message>
        <source>4 voldoende zelfredzaam</source>
        <translation>4 voldoende zelfredzaam</translation>
    </message>
    <message>
        <source>5 volledig zelfredzaam</source>
        <translation>5 volledig zelfredzaam</translation>
    </message>
</context>
<context>
    <name>ui::ZrmCharts</name>
    <message>
        <source>%1 is not a ZRM charts plugin.</source>
        <translation>%1 is geen plug-in voor ZRM-grafieken.</translation>
    </message>
    <message>
        <source>The charts plugin was not found: %1.</source>
        <translation>De plug-in voor grafieken is niet gevonden: %1.</translation>
    </message>
</context>
<context>
    <name>ui::ZrmMetingDialog</name>
    <message>
        <source>New ZRM meting</source>
        <translation>Nieuwe ZRM-meting</translation>
    </message>
    <message>
        <source>Edit ZRM meting</source>
        <translation>ZRM-meting bewerken</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Who scored</source>
        <translation>Wie heeft gescoord</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Moment</source>
        <translation>&amp;Moment</translation>
    </message>
    <message>
        <source>Scored &amp;by</source>
        <translation>&amp;Gescoord door</translation>
    </message>
    <message>
        <source>&amp;Instrument</source>
        <translation>&amp;Instrument</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>This is not a date. Write it as day-month-year, e.g. 02-03-2024.</source>
        <translation>Dit is geen datum. Schrijf de datum als dag-maand-jaar, bijvoorbeeld 02-03-2024.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close without saving the scores you entered?</source>
        <translation>Sluiten zonder de ingevulde scores op te slaan?</translation>
    </message>
</context>
<context>
    <name>ui::ZrmPanel</name>
    <message>
        <source>Zelfredzaamheid-Matrix – %1</source>
        <translation>Zelfredzaamheid-Matrix – %1</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>B&amp;ewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Gescoord door</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Gescoord</translation>
    </message>
    <message>
        <source>niet beoordeeld</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>New &amp;meting…</source>
        <translation>Nieuwe &amp;meting…</translation>
    </message>
    <message>
        <source>Score the Zelfredzaamheid-Matrix (Ctrl+M)</source>
        <translation>De Zelfredzaamheid-Matrix scoren (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Ver&amp;gelijking</translation>
    </message>
    <message>
        <source>R&amp;adar</source>
        <translation>R&amp;adar</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Trend</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>No metingen yet. Score the Zelfredzaamheid-Matrix with New meting… (Ctrl+M); only the leefgebieden that matter for the hulpvraag.</source>
        <translation>Nog geen metingen. Scoor de Zelfredzaamheid-Matrix met Nieuwe meting… (Ctrl+M); alleen de leefgebieden die van belang zijn voor de hulpvraag.</translation>
    </message>
    <message numerus="yes">
        <source>%n meting(s); the latest on %1.</source>
        <translation>
            <numerusform>%n meting; de laatste op %1.</numerusform>
            <numerusform>%n metingen; de laatste op %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>These metingen use ZRM 2013 and ZRM 2017: comparison, radar and trend show ZRM 2013 scores at the ZRM 2017 leefgebieden they map onto (ADL counts for basale and instrumentele ADL, Dagbesteding for werk &amp; opleiding and tijdsbesteding).</source>
        <translation>Deze metingen gebruiken ZRM 2013 en ZRM 2017: vergelijking, radar en trend tonen scores uit ZRM 2013 bij de leefgebieden van ZRM 2017 waar ze bij horen (ADL telt voor basale en instrumentele ADL, Dagbesteding voor werk &amp; opleiding en tijdsbesteding).</translation>
    </message>
</context>
<context>
    <name>ui::ZrmRadarChart</name>
    <message>
        <source>niet beoordeeld</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>Doelscore</source>
        <translation>Doelscore</translation>
    </message>
    <message>
        <source>Previous meting</source>
        <translation>Vorige meting</translation>
    </message>
    <message>
        <source>Latest meting</source>
        <translation>Laatste meting</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>niet gescoord</translation>
    </message>
</context>
<context>
    <name>ui::ZrmScoringWidget</name>
    <message>
        <source>1–5 score · N niet beoordeeld · R other reason · D then 1–5 doelscore (0 none) · T toelichting · Del clear · ↑↓ move · Tab to Save</source>
        <translation>1–5 score · N niet beoordeeld · R andere reden · D en dan 1–5 doelscore (0 geen) · T toelichting · Del wissen · ↑↓ omhoog/omlaag · Tab naar Opslaan</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Previous
%1</source>
        <translation>Vorige
%1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Doelscore</source>
        <translation>Doelscore</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The score at the previous meting, %1</source>
        <translation>De score bij de vorige meting, %1</translation>
    </message>
    <message>
        <source>There is no previous meting.</source>
        <translation>Er is geen vorige meting.</translation>
    </message>
    <message>
        <source>The level aimed for: D then 1–5, or double-click</source>
        <translation>Het niveau dat het doel is: D en dan 1–5, of dubbelklik</translation>
    </message>
    <message>
        <source>A short note: T or F2, or double-click</source>
        <translation>Een korte toelichting: T of F2, of dubbelklik</translation>
    </message>
    <message>
        <source>%1 (criminal data)</source>
        <translation>%1 (strafrechtelijke gegevens)</translation>
    </message>
    <message>
        <source>Criminal data (AVG art. 10): score Justitie only on purpose, when it matters for the hulpvraag.</source>
        <translation>Strafrechtelijke gegevens (AVG art. 10): scoor Justitie alleen bewust, als het van belang is voor de hulpvraag.</translation>
    </message>
    <message>
        <source>niet beoordeeld – %1</source>
        <translation>niet beoordeeld – %1</translation>
    </message>
    <message>
        <source>Press R (or click) for another reason; Delete clears the row.</source>
        <translation>Druk op R (of klik) voor een andere reden; Delete wist de rij.</translation>
    </message>
    <message>
        <source>doelscore: press 1–5, 0 for none, Esc to cancel.</source>
        <translation>doelscore: druk op 1–5, 0 voor geen, Esc om te annuleren.</translation>
    </message>
    <message>
        <source>niet beoordeeld: %1. R gives another reason.</source>
        <translation>niet beoordeeld: %1. Met R kiest u een andere reden.</translation>
    </message>
    <message>
        <source>Criminal data (AVG art. 10): score Justitie only on purpose, when it matters for the hulpvraag. It is never filled in for you.</source>
        <translation>Strafrechtelijke gegevens (AVG art. 10): scoor Justitie alleen bewust, als het van belang is voor de hulpvraag. Wijkdossier vult dit nooit voor u in.</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
</context>
<context>
    <name>ui::ZrmTrendChart</name>
    <message>
        <source>niet beoordeeld</source>
        <translation>niet beoordeeld</translation>
    </message>
</context>
<context>
    <name>ui::ZrmTrendGrid</name>
    <message>
        <source>Score per meting</source>
        <translation>Score per meting</translation>
    </message>
    <message>
        <source>Doelscore</source>
        <translation>Doelscore</translation>
    </message>
    <message>
        <source>A score holds until the next meting; a gap means niet beoordeeld.</source>
        <translation>Een score geldt tot de volgende meting; een gat betekent niet beoordeeld.</translation>
    </message>
</context>
<context>
    <name>ui::ZrmVergelijkingView</name>
    <message>
        <source>Leefgebied</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Eerder</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>Ear&amp;lier</source>
        <translation>Eer&amp;der</translation>
    </message>
    <message>
        <source>There are no metingen yet.</source>
        <translation>Er zijn nog geen metingen.</translation>
    </message>
    <message>
        <source>Compare appears once there is a second meting.</source>
        <translation>Vergelijken kan zodra er een tweede meting is.</translation>
    </message>
    <message>
        <source>Choose two different metingen.</source>
        <translation>Kies twee verschillende metingen.</translation>
    </message>
    <message>
        <source>Per leefgebied of ZRM 2017; ZRM 2013 scores are carried over.</source>
        <translation>Per leefgebied van ZRM 2017; scores uit ZRM 2013 zijn overgenomen.</translation>
    </message>
    <message>
        <source>▲ better</source>
        <translation>▲ beter</translation>
    </message>
    <message>
        <source>= same</source>
        <translation>= gelijk</translation>
    </message>
    <message>
        <source>▼ worse</source>
        <translation>▼ slechter</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>niet te vergelijken</translation>
    </message>
</context>
<context>
    <name>ui::ZrmVoortgangDialog</name>
    <message>
        <source>ZRM progress</source>
        <translation>ZRM-voortgang</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>Mijn caseload</translation>
    </message>
    <message>
        <source>My caseload (%1)</source>
        <translation>Mijn caseload (%1)</translation>
    </message>
    <message>
        <source>All inwoners</source>
        <translation>Alle inwoners</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>niet beoordeeld</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Verbeterd</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Gelijk gebleven</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Achteruitgegaan</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verdeling</translation>
    </message>
    <message>
        <source>Inwoners with a latest score or niet beoordeeld in this leefgebied</source>
        <translation>Inwoners met een laatste score of niet beoordeeld op dit leefgebied</translation>
    </message>
    <message>
        <source>Latest score %1 – %2</source>
        <translation>Laatste score %1 – %2</translation>
    </message>
    <message>
        <source>From the first to the latest score, for inwoners scored at least twice here</source>
        <translation>Van de eerste tot de laatste score, voor inwoners die hier minstens twee keer een score hebben</translation>
    </message>
    <message>
        <source>Latest scores from 1 (red) to 5 (green), then niet beoordeeld (grey)</source>
        <translation>Laatste scores van 1 (rood) tot en met 5 (groen), daarna niet beoordeeld (grijs)</translation>
    </message>
    <message>
        <source>Per leefgebied of ZRM 2017: each inwoner&apos;s latest score, and whether it improved, stayed stable or declined since their first scoring. ZRM 2013 scores are carried over. Scores are counted, never averaged; for some inwoners stable is the best outcome.</source>
        <translation>Per leefgebied van ZRM 2017: de laatste score van elke inwoner, en of die is verbeterd, gelijk gebleven of achteruitgegaan sinds de eerste score. Scores uit ZRM 2013 zijn overgenomen. Scores worden geteld, nooit gemiddeld; voor sommige inwoners is gelijk blijven de beste uitkomst.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
</context>
</TS>
