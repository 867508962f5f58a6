<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Close this notice</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>measurement</source>
        <translation>measurement</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>ours</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>result</source>
        <translation>result</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>OVER BUDGET</source>
        <translation>OVER BUDGET</translation>
    </message>
    <message>
        <source>Usage: wijkdossier-cli bench [--size L|XL] [--format json]</source>
        <translation>Usage: wijkdossier-cli bench [--size L|XL] [--format json]</translation>
    </message>
    <message>
        <source>Generating demo data (%1)…</source>
        <translation>Generating demo data (%1)…</translation>
    </message>
    <message>
        <source>Measuring search per keystroke…</source>
        <translation>Measuring search per keystroke…</translation>
    </message>
    <message>
        <source>Search baseline disagrees on &apos;%1&apos;</source>
        <translation>Search baseline disagrees on &apos;%1&apos;</translation>
    </message>
    <message>
        <source>search per keystroke, p50 (ms)</source>
        <translation>search per keystroke, p50 (ms)</translation>
    </message>
    <message>
        <source>search per keystroke, p95 (ms)</source>
        <translation>search per keystroke, p95 (ms)</translation>
    </message>
    <message>
        <source>all inwoners, %1 keystrokes over %2 queries, at most %3 rows each</source>
        <translation>all inwoners, %1 keystrokes over %2 queries, at most %3 rows each</translation>
    </message>
    <message>
        <source>Measuring opening a dossier…</source>
        <translation>Measuring opening a dossier…</translation>
    </message>
    <message>
        <source>open dossier with netwerk, p95 (ms)</source>
        <translation>open dossier with netwerk, p95 (ms)</translation>
    </message>
    <message>
        <source>includes the audit log entry</source>
        <translation>includes the audit log entry</translation>
    </message>
    <message>
        <source>Measuring start-up…</source>
        <translation>Measuring start-up…</translation>
    </message>
    <message>
        <source>The start-up benchmark could not run the programs.</source>
        <translation>The start-up benchmark could not run the programs.</translation>
    </message>
    <message>
        <source>GUI cold start to filled caseload (ms)</source>
        <translation>GUI cold start to filled caseload (ms)</translation>
    </message>
    <message>
        <source>GUI peak memory (MB)</source>
        <translation>GUI peak memory (MB)</translation>
    </message>
    <message>
        <source>after showing my caseload and then all inwoners</source>
        <translation>after showing my caseload and then all inwoners</translation>
    </message>
    <message>
        <source>Start-up not measured: wijkdossier and wijkdossier-startup-baseline are not next to this program.</source>
        <translation>Start-up not measured: wijkdossier and wijkdossier-startup-baseline are not next to this program.</translation>
    </message>
    <message>
        <source>Run wijkdossier-cli --help for the commands and options.</source>
        <translation>Run wijkdossier-cli --help for the commands and options.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Database ready: %1 (schema %2)</translation>
    </message>
    <message>
        <source>--size must be S, M, L or XL.</source>
        <translation>--size must be S, M, L or XL.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed must be a whole number.</translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation>schema version: %1</translation>
    </message>
    <message>
        <source>inwoners: %1</source>
        <translation>inwoners: %1</translation>
    </message>
    <message>
        <source>integrity: problems found</source>
        <translation>integrity: problems found</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>integrity: ok</translation>
    </message>
    <message>
        <source>--format must be table, csv or json.</source>
        <translation>--format must be table, csv or json.</translation>
    </message>
    <message>
        <source>import-csv needs exactly one file.</source>
        <translation>import-csv needs exactly one file.</translation>
    </message>
    <message>
        <source>--report must be json.</source>
        <translation>--report must be json.</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>line %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 rows can be imported, %2 rows rejected (nothing was written).</source>
        <translation>%1 rows can be imported, %2 rows rejected (nothing was written).</translation>
    </message>
    <message>
        <source>%1 inwoners imported, %2 rows rejected.</source>
        <translation>%1 inwoners imported, %2 rows rejected.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>exit code %1</translation>
    </message>
    <message>
        <source>%1 inwoners, %2 netwerk persons, %3 ZRM metingen</source>
        <translation>%1 inwoners, %2 netwerk persons, %3 ZRM metingen</translation>
    </message>
    <message>
        <source>Measuring the ZRM progress report…</source>
        <translation>Measuring the ZRM progress report…</translation>
    </message>
    <message>
        <source>The ZRM progress report disagrees with its baseline.</source>
        <translation>The ZRM progress report disagrees with its baseline.</translation>
    </message>
    <message>
        <source>ZRM progress report (s)</source>
        <translation>ZRM progress report (s)</translation>
    </message>
    <message>
        <source>median of %1; all inwoners, %2 metingen; baseline: the same SQL on a raw connection</source>
        <translation>median of %1; all inwoners, %2 metingen; baseline: the same SQL on a raw connection</translation>
    </message>
    <message>
        <source>Measuring the ZRM radar…</source>
        <translation>Measuring the ZRM radar…</translation>
    </message>
    <message>
        <source>ZRM radar for one inwoner (ms)</source>
        <translation>ZRM radar for one inwoner (ms)</translation>
    </message>
    <message>
        <source>p95 of %1 renders at 800×800 for %2 inwoners (p50 %3 ms); baseline: the same radar drawn with QPainter; once before: loading the plugin %4 ms, first render %5 ms</source>
        <translation>p95 of %1 renders at 800×800 for %2 inwoners (p50 %3 ms); baseline: the same radar drawn with QPainter; once before: loading the plugin %4 ms, first render %5 ms</translation>
    </message>
    <message>
        <source>ZRM radar not measured: %1</source>
        <translation>ZRM radar not measured: %1</translation>
    </message>
    <message>
        <source>ZRM radar not measured: wijkdossier-bench-charts is not next to this program.</source>
        <translation>ZRM radar not measured: wijkdossier-bench-charts is not next to this program.</translation>
    </message>
    <message>
        <source>Demo data added: %1 inwoners, %2 households, %3 netwerk persons of whom %4 mantelzorgers, %5 consulenten, %7 ZRM metingen (%6 s).</source>
        <translation>Demo data added: %1 inwoners, %2 households, %3 netwerk persons of whom %4 mantelzorgers, %5 consulenten, %7 ZRM metingen (%6 s).</translation>
    </message>
    <message>
        <source>--format must be csv or json.</source>
        <translation>--format must be csv or json.</translation>
    </message>
    <message>
        <source>Usage: wijkdossier-cli instrument import FILE.json</source>
        <translation>Usage: wijkdossier-cli instrument import FILE.json</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 indicator texts imported.</source>
        <translation>%1 indicator texts imported.</translation>
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
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>termijnen needs --melding YYYY-MM-DD.</source>
        <translation>termijnen needs --melding YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format must be text or json.</translation>
    </message>
    <message>
        <source>--melding must be an existing date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--melding must be an existing date as YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--aanvraag must be an existing date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--aanvraag must be an existing date as YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Persoonlijk plan (7 days): %1</source>
        <translation>Persoonlijk plan (7 days): %1</translation>
    </message>
    <message>
        <source>Onderzoek (6 weeks): %1</source>
        <translation>Onderzoek (6 weeks): %1</translation>
    </message>
    <message>
        <source>Beschikking (2 weeks): %1</source>
        <translation>Beschikking (2 weeks): %1</translation>
    </message>
    <message>
        <source>median of 9 after a warm-up run; from starting the process to its first paint; baseline: plain QTableView</source>
        <translation>median of 9 after a warm-up run; from starting the process to its first paint; baseline: plain QTableView</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>print inzage needs --inwoner ID and --out FILE.pdf.</source>
        <translation>print inzage needs --inwoner ID and --out FILE.pdf.</translation>
    </message>
    <message>
        <source>There is no inwoner with id %1.</source>
        <translation>There is no inwoner with id %1.</translation>
    </message>
    <message>
        <source>Wrote the inzage overview of inwoner %1 to %2.</source>
        <translation>Wrote the inzage overview of inwoner %1 to %2.</translation>
    </message>
    <message>
        <source>Measuring the dashboard…</source>
        <translation>Measuring the dashboard…</translation>
    </message>
    <message>
        <source>Measuring the huisbezoek autosave…</source>
        <translation>Measuring the huisbezoek autosave…</translation>
    </message>
    <message>
        <source>Autosave not measured: %1</source>
        <translation>Autosave not measured: %1</translation>
    </message>
    <message>
        <source>Trajecten: %1, with %2 gesprekken.</source>
        <translation>Trajecten: %1, with %2 gesprekken.</translation>
    </message>
    <message numerus="yes">
        <source>%n open traject(s)</source>
        <translation>
            <numerusform>%n open traject</numerusform>
            <numerusform>%n open trajects</numerusform>
        </translation>
    </message>
    <message>
        <source>traject</source>
        <translation>traject</translation>
    </message>
    <message>
        <source>inwoner</source>
        <translation>inwoner</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domain</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>next term</source>
        <translation>next term</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>%1: %2 overdue, %3 due this week, %4 with a step missing.</source>
        <translation>%1: %2 overdue, %3 due this week, %4 with a step missing.</translation>
    </message>
    <message>
        <source>--aanvraag lies before --melding: an aanvraag comes after the melding. Check the dates.</source>
        <translation>--aanvraag lies before --melding: an aanvraag comes after the melding. Check the dates.</translation>
    </message>
    <message>
        <source>Measuring opening a plan…</source>
        <translation>Measuring opening a plan…</translation>
    </message>
    <message>
        <source>Opening a plan not measured: %1</source>
        <translation>Opening a plan not measured: %1</translation>
    </message>
    <message>
        <source>Measuring the sociale kaart search…</source>
        <translation>Measuring the sociale kaart search…</translation>
    </message>
    <message>
        <source>Sociale kaart search not measured: %1</source>
        <translation>Sociale kaart search not measured: %1</translation>
    </message>
    <message>
        <source>Measuring the sociale kaart import…</source>
        <translation>Measuring the sociale kaart import…</translation>
    </message>
    <message>
        <source>Sociale kaart import not measured: %1</source>
        <translation>Sociale kaart import not measured: %1</translation>
    </message>
    <message>
        <source>Ondersteuningsplannen: %1 (every version); sociale kaart entries added: %2.</source>
        <translation>Ondersteuningsplannen: %1 (every version); sociale kaart entries added: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the sociale kaart written.</source>
        <translation>
            <numerusform>%n entry of the sociale kaart written.</numerusform>
            <numerusform>%n entries of the sociale kaart written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example entry(ies) added to the sociale kaart.</source>
        <translation>
            <numerusform>%n example entry added to the sociale kaart.</numerusform>
            <numerusform>%n example entries added to the sociale kaart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total (%n voorziening(en))</source>
        <translation>
            <numerusform>Total (%n voorziening)</numerusform>
            <numerusform>Total (%n voorzieningen)</numerusform>
        </translation>
    </message>
    <message>
        <source>sociale-kaart import needs exactly one file.</source>
        <translation>sociale-kaart import needs exactly one file.</translation>
    </message>
    <message>
        <source>%1 entries of the sociale kaart added or changed, %2 unchanged, %3 rows rejected.</source>
        <translation>%1 entries of the sociale kaart added or changed, %2 unchanged, %3 rows rejected.</translation>
    </message>
    <message>
        <source>sociale-kaart export needs exactly one file.</source>
        <translation>sociale-kaart export needs exactly one file.</translation>
    </message>
    <message>
        <source>--report belongs to sociale-kaart import.</source>
        <translation>--report belongs to sociale-kaart import.</translation>
    </message>
    <message>
        <source>The sociale kaart cannot be read from the database.</source>
        <translation>The sociale kaart cannot be read from the database.</translation>
    </message>
    <message>
        <source>voorziening</source>
        <translation>voorziening</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>via plan</source>
        <translation>via plan</translation>
    </message>
    <message>
        <source>via decision</source>
        <translation>via decision</translation>
    </message>
    <message>
        <source>inwoners</source>
        <translation>inwoners</translation>
    </message>
    <message>
        <source>Open-access voorzieningen (algemeen)</source>
        <translation>Open-access voorzieningen (algemeen)</translation>
    </message>
    <message>
        <source>Individual voorzieningen (maatwerk)</source>
        <translation>Individual voorzieningen (maatwerk)</translation>
    </message>
    <message>
        <source>Usage: wijkdossier-cli sociale-kaart import FILE.csv [--report json] | export FILE.csv | voorbeelden</source>
        <translation>Usage: wijkdossier-cli sociale-kaart import FILE.csv [--report json] | export FILE.csv | voorbeelden</translation>
    </message>
    <message>
        <source>--format must be text, csv or json.</source>
        <translation>--format must be text, csv or json.</translation>
    </message>
    <message>
        <source>report voorzieningen counts every inwoner; it has no --aanspreekpunt.</source>
        <translation>report voorzieningen counts every inwoner; it has no --aanspreekpunt.</translation>
    </message>
    <message>
        <source>Known reports: zrm-voortgang, termijnen, voorzieningen.</source>
        <translation>Known reports: zrm-voortgang, termijnen, voorzieningen.</translation>
    </message>
    <message>
        <source>print ontvangstbevestiging needs --traject ID and --out FILE.pdf.</source>
        <translation>print ontvangstbevestiging needs --traject ID and --out FILE.pdf.</translation>
    </message>
    <message>
        <source>There is no traject with id %1.</source>
        <translation>There is no traject with id %1.</translation>
    </message>
    <message>
        <source>There is no phone number of the vast aanspreekpunt: fill it in under Mijn gegevens or at the inwoner.</source>
        <translation>There is no phone number of the vast aanspreekpunt: fill it in under Mijn gegevens or at the inwoner.</translation>
    </message>
    <message>
        <source>Wrote the ontvangstbevestiging of traject %1 to %2.</source>
        <translation>Wrote the ontvangstbevestiging of traject %1 to %2.</translation>
    </message>
    <message>
        <source>print verslag needs --traject ID and --out FILE.pdf.</source>
        <translation>print verslag needs --traject ID and --out FILE.pdf.</translation>
    </message>
    <message>
        <source>Wrote the verslag of traject %1 to %2.</source>
        <translation>Wrote the verslag of traject %1 to %2.</translation>
    </message>
    <message>
        <source>print plan needs --plan ID and --out FILE.pdf.</source>
        <translation>print plan needs --plan ID and --out FILE.pdf.</translation>
    </message>
    <message>
        <source>There is no ondersteuningsplan with id %1.</source>
        <translation>There is no ondersteuningsplan with id %1.</translation>
    </message>
    <message>
        <source>Wrote the ondersteuningsplan %1 to %2.</source>
        <translation>Wrote the ondersteuningsplan %1 to %2.</translation>
    </message>
    <message>
        <source>Usage: wijkdossier-cli archief list --traject ID|--inwoner ID [--format json] | export ID --out FILE.pdf | onderteken ID --datum YYYY-MM-DD --akkoord|--voor-gezien [--aanvraag] [--opmerkingen TEXT] | bijlage ID FILE</source>
        <translation>Usage: wijkdossier-cli archief list --traject ID|--inwoner ID [--format json] | export ID --out FILE.pdf | onderteken ID --datum YYYY-MM-DD --akkoord|--voor-gezien [--aanvraag] [--opmerkingen TEXT] | bijlage ID FILE</translation>
    </message>
    <message>
        <source>--format must be table or json.</source>
        <translation>--format must be table or json.</translation>
    </message>
    <message>
        <source>Wrote archive copy %1 to %2; it matches its stored SHA-256 %3.</source>
        <translation>Wrote archive copy %1 to %2; it matches its stored SHA-256 %3.</translation>
    </message>
    <message>
        <source>--datum must be a date as YYYY-MM-DD.</source>
        <translation>--datum must be a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Marked archive copy %1 as signed on %2.</source>
        <translation>Marked archive copy %1 as signed on %2.</translation>
    </message>
    <message>
        <source>Traject %1: aanvraag on %2, beschikking due by %3.</source>
        <translation>Traject %1: aanvraag on %2, beschikking due by %3.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Attached scan %1 (%2) to archive copy %3.</source>
        <translation>Attached scan %1 (%2) to archive copy %3.</translation>
    </message>
    <message>
        <source>Measuring export and import…</source>
        <translation>Measuring export and import…</translation>
    </message>
    <message>
        <source>Export and import not measured: %1</source>
        <translation>Export and import not measured: %1</translation>
    </message>
    <message>
        <source>Measuring the verslag as PDF…</source>
        <translation>Measuring the verslag as PDF…</translation>
    </message>
    <message>
        <source>Verslag to PDF not measured: %1</source>
        <translation>Verslag to PDF not measured: %1</translation>
    </message>
    <message>
        <source>Print preview not measured: there is no verslag to preview.</source>
        <translation>Print preview not measured: there is no verslag to preview.</translation>
    </message>
    <message>
        <source>Measuring the print preview…</source>
        <translation>Measuring the print preview…</translation>
    </message>
    <message>
        <source>open the print preview of a verslag, p50 (ms)</source>
        <translation>open the print preview of a verslag, p50 (ms)</translation>
    </message>
    <message>
        <source>open the print preview of a verslag, p95 (ms)</source>
        <translation>open the print preview of a verslag, p95 (ms)</translation>
    </message>
    <message>
        <source>%1 runs after a warm-up; from rendering the verslag to the first paint of the preview (offscreen), %2 pages</source>
        <translation>%1 runs after a warm-up; from rendering the verslag to the first paint of the preview (offscreen), %2 pages</translation>
    </message>
    <message>
        <source>Print preview not measured: %1</source>
        <translation>Print preview not measured: %1</translation>
    </message>
    <message>
        <source>Print preview not measured: wijkdossier-bench-print is not next to this program.</source>
        <translation>Print preview not measured: wijkdossier-bench-print is not next to this program.</translation>
    </message>
    <message>
        <source>The archive copy was not stored: %1</source>
        <translation>The archive copy was not stored: %1</translation>
    </message>
    <message>
        <source>Stored archive copy %1 (PDF/A-1b, SHA-256 %2).</source>
        <translation>Stored archive copy %1 (PDF/A-1b, SHA-256 %2).</translation>
    </message>
    <message>
        <source>print netwerkkaart needs --inwoner ID and --out FILE.pdf.</source>
        <translation>print netwerkkaart needs --inwoner ID and --out FILE.pdf.</translation>
    </message>
    <message>
        <source>Wrote the netwerkkaart of inwoner %1 to %2.</source>
        <translation>Wrote the netwerkkaart of inwoner %1 to %2.</translation>
    </message>
    <message>
        <source>print needs a document: inzage, ontvangstbevestiging, verslag, plan or netwerkkaart.</source>
        <translation>print needs a document: inzage, ontvangstbevestiging, verslag, plan or netwerkkaart.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Cannot read the passphrase file %1: %2</translation>
    </message>
    <message>
        <source>export needs one file and at most one of --all, --since-peer NAME and --inwoner ID …</source>
        <translation>export needs one file and at most one of --all, --since-peer NAME and --inwoner ID …</translation>
    </message>
    <message>
        <source>An export is encrypted: give --passphrase-file FILE, or --plain to write it unencrypted.</source>
        <translation>An export is encrypted: give --passphrase-file FILE, or --plain to write it unencrypted.</translation>
    </message>
    <message>
        <source>--overdracht-aan hands over selected dossiers: give them with --inwoner ID …</source>
        <translation>--overdracht-aan hands over selected dossiers: give them with --inwoner ID …</translation>
    </message>
    <message>
        <source>Warning: %1 is not encrypted. It contains special-category personal data (health, care): keep it as safe as the dossier itself and delete it when it has been imported.</source>
        <translation>Warning: %1 is not encrypted. It contains special-category personal data (health, care): keep it as safe as the dossier itself and delete it when it has been imported.</translation>
    </message>
    <message>
        <source>import needs exactly one file.</source>
        <translation>import needs exactly one file.</translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation>… and %1 more problems.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>inserted</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>conflicts</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>Imported: %1 inserted, %2 updated, %3 unchanged, %4 conflicts.</source>
        <translation>Imported: %1 inserted, %2 updated, %3 unchanged, %4 conflicts.</translation>
    </message>
    <message>
        <source>Vast aanspreekpunt set for %1 handed-over dossiers.</source>
        <translation>Vast aanspreekpunt set for %1 handed-over dossiers.</translation>
    </message>
    <message>
        <source>Look at the conflicts with: wijkdossier-cli conflicts list</source>
        <translation>Look at the conflicts with: wijkdossier-cli conflicts list</translation>
    </message>
    <message>
        <source>Nothing was imported; the database was not changed.</source>
        <translation>Nothing was imported; the database was not changed.</translation>
    </message>
    <message>
        <source>conflicts list takes no arguments.</source>
        <translation>conflicts list takes no arguments.</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <source>conflicts resolve needs an id and --keep current|other or --combine FIELD[,FIELD…] (the fields to take from the other version).</source>
        <translation>conflicts resolve needs an id and --keep current|other or --combine FIELD[,FIELD…] (the fields to take from the other version).</translation>
    </message>
    <message>
        <source>Conflict %1 resolved.</source>
        <translation>Conflict %1 resolved.</translation>
    </message>
    <message>
        <source>conflicts needs list or resolve.</source>
        <translation>conflicts needs list or resolve.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a new database with: wijkdossier-cli --db FILE init</source>
        <translation>Create a new database with: wijkdossier-cli --db FILE init</translation>
    </message>
    <message>
        <source>To break the lock: wijkdossier-cli --break-lock --db FILE COMMAND</source>
        <translation>To break the lock: wijkdossier-cli --break-lock --db FILE COMMAND</translation>
    </message>
    <message>
        <source>Usage: wijkdossier-cli [--db FILE] [--lang nl|en] [--break-lock] COMMAND [OPTIONS]

Commands:
  init                              create an empty database (the only command that creates one)
  demo --size S|M|L|XL [--seed N]   fill the database with synthetic demo data
  check                             integrity check and schema version (exit 0 when sound)
  list [--format table|csv|json] [--all] [--search TEXT]
                                    the caseload (--all: every inwoner)
  import-csv FILE [--check] [--report json]
                                    import inwoners from a spreadsheet export
  report zrm-voortgang [--format csv|json] [--aanspreekpunt NAME]
                                    per ZRM leefgebied: latest levels and movement
  report termijnen [--format table|csv|json] [--aanspreekpunt NAME]
                                    every open traject: next deadline, days left, missing steps
  report voorzieningen [--format text|csv|json]
                                    per voorziening of the sociale kaart: inwoners via plan and beschikking
  instrument import FILE            import licensed ZRM indicator texts (JSON)
  sociale-kaart import FILE.csv [--report json]
                                    add or update voorzieningen and aanbieders from a spreadsheet
  sociale-kaart export FILE.csv     write the whole sociale kaart as CSV (mode 0600)
  sociale-kaart voorbeelden         add clearly fictitious example entries to the sociale kaart
  termijnen --melding DATE [--aanvraag DATE] [--format json]
                                    Wmo deadlines (plan, onderzoek, beschikking) and why they moved
  print inzage --inwoner ID --out FILE.pdf
                                    everything the file holds about one inwoner, as PDF
  print ontvangstbevestiging --traject ID --out FILE.pdf
                                    the letter confirming a melding, with its deadlines, as PDF
  print verslag --traject ID --out FILE.pdf
                                    the verslag of the onderzoek, for the inwoner to sign, as PDF
  print plan --plan ID --out FILE.pdf
                                    an ondersteuningsplan with its signature block, as PDF
  print netwerkkaart --inwoner ID --out FILE.pdf
                                    the netwerkkaart with who does what, as PDF
  print … --pdfa                    write the PDF as PDF/A-1b (archivable); verslag, ontvangstbevestiging
                                    and plan always store a PDF/A archive copy too
  archief list --traject ID|--inwoner ID [--format json]
                                    the archive copies of issued documents
  archief export ID --out FILE.pdf  an archive copy as PDF (mode 0600), checked against its hash
  archief onderteken ID --datum YYYY-MM-DD --akkoord|--voor-gezien [--aanvraag] [--opmerkingen TEXT]
                                    mark a verslag signed (--aanvraag: starts the beschikking term)
  archief bijlage ID FILE           attach a scan of the signed paper (PDF, JPEG, PNG, max 20 MB)
  export FILE [--all | --since-peer NAME | --inwoner ID …] (--passphrase-file F | --plain)
                                    a bundle for another device or a colleague, encrypted (.wdx)
                                    (--overdracht-aan NAME [--overdracht-telefoon TEL] with --inwoner)
  import FILE [--passphrase-file F] [--report json]
                                    merge a bundle; nothing changes when anything is wrong
  conflicts list [--all] [--format json]
                                    versions that lost a concurrent edit
  conflicts resolve ID --keep current|other | --combine FIELD[,FIELD…]
                                    keep one version, or take these fields from the other
  bench [--size L|XL] [--format json]
                                    measure search, dossier, dashboard, autosave, start-up and demo speed

Options:
  --db FILE     the database (default: %1)
  --lang LANG   language of messages: nl (default) or en
  --break-lock  remove the lock another computer left on the database; only when you are
                sure the file is no longer open there
  --version     print the version
  --help        print this help

Exit status: 0 success, 1 invalid input, 2 usage error.
</source>
        <translation>Usage: wijkdossier-cli [--db FILE] [--lang nl|en] [--break-lock] COMMAND [OPTIONS]

Commands:
  init                              create an empty database (the only command that creates one)
  demo --size S|M|L|XL [--seed N]   fill the database with synthetic demo data
  check                             integrity check and schema version (exit 0 when sound)
  list [--format table|csv|json] [--all] [--search TEXT]
                                    the caseload (--all: every inwoner)
  import-csv FILE [--check] [--report json]
                                    import inwoners from a spreadsheet export
  report zrm-voortgang [--format csv|json] [--aanspreekpunt NAME]
                                    per ZRM leefgebied: latest levels and movement
  report termijnen [--format table|csv|json] [--aanspreekpunt NAME]
                                    every open traject: next deadline, days left, missing steps
  report voorzieningen [--format text|csv|json]
                                    per voorziening of the sociale kaart: inwoners via plan and beschikking
  instrument import FILE            import licensed ZRM indicator texts (JSON)
  sociale-kaart import FILE.csv [--report json]
                                    add or update voorzieningen and aanbieders from a spreadsheet
  sociale-kaart export FILE.csv     write the whole sociale kaart as CSV (mode 0600)
  sociale-kaart voorbeelden         add clearly fictitious example entries to the sociale kaart
  termijnen --melding DATE [--aanvraag DATE] [--format json]
                                    Wmo deadlines (plan, onderzoek, beschikking) and why they moved
  print inzage --inwoner ID --out FILE.pdf
                                    everything the file holds about one inwoner, as PDF
  print ontvangstbevestiging --traject ID --out FILE.pdf
                                    the letter confirming a melding, with its deadlines, as PDF
  print verslag --traject ID --out FILE.pdf
                                    the verslag of the onderzoek, for the inwoner to sign, as PDF
  print plan --plan ID --out FILE.pdf
                                    an ondersteuningsplan with its signature block, as PDF
  print netwerkkaart --inwoner ID --out FILE.pdf
                                    the netwerkkaart with who does what, as PDF
  print … --pdfa                    write the PDF as PDF/A-1b (archivable); verslag, ontvangstbevestiging
                                    and plan always store a PDF/A archive copy too
  archief list --traject ID|--inwoner ID [--format json]
                                    the archive copies of issued documents
  archief export ID --out FILE.pdf  an archive copy as PDF (mode 0600), checked against its hash
  archief onderteken ID --datum YYYY-MM-DD --akkoord|--voor-gezien [--aanvraag] [--opmerkingen TEXT]
                                    mark a verslag signed (--aanvraag: starts the beschikking term)
  archief bijlage ID FILE           attach a scan of the signed paper (PDF, JPEG, PNG, max 20 MB)
  export FILE [--all | --since-peer NAME | --inwoner ID …] (--passphrase-file F | --plain)
                                    a bundle for another device or a colleague, encrypted (.wdx)
                                    (--overdracht-aan NAME [--overdracht-telefoon TEL] with --inwoner)
  import FILE [--passphrase-file F] [--report json]
                                    merge a bundle; nothing changes when anything is wrong
  conflicts list [--all] [--format json]
                                    versions that lost a concurrent edit
  conflicts resolve ID --keep current|other | --combine FIELD[,FIELD…]
                                    keep one version, or take these fields from the other
  bench [--size L|XL] [--format json]
                                    measure search, dossier, dashboard, autosave, start-up and demo speed

Options:
  --db FILE     the database (default: %1)
  --lang LANG   language of messages: nl (default) or en
  --break-lock  remove the lock another computer left on the database; only when you are
                sure the file is no longer open there
  --version     print the version
  --help        print this help

Exit status: 0 success, 1 invalid input, 2 usage error.
</translation>
    </message>
</context>
<context>
    <name>cli::bench</name>
    <message>
        <source>The dashboard baseline cannot prepare the dashboard&apos;s SQL.</source>
        <translation>The dashboard baseline cannot prepare the dashboard&apos;s SQL.</translation>
    </message>
    <message>
        <source>The dashboard disagrees with its baseline.</source>
        <translation>The dashboard disagrees with its baseline.</translation>
    </message>
    <message>
        <source>dashboard (Vandaag), p50 (ms)</source>
        <translation>dashboard (Vandaag), p50 (ms)</translation>
    </message>
    <message>
        <source>dashboard (Vandaag), p95 (ms)</source>
        <translation>dashboard (Vandaag), p95 (ms)</translation>
    </message>
    <message>
        <source>the demo data has no huisbezoek with a leefgebied note.</source>
        <translation>the demo data has no huisbezoek with a leefgebied note.</translation>
    </message>
    <message>
        <source>the autosave baseline cannot prepare its UPDATE.</source>
        <translation>the autosave baseline cannot prepare its UPDATE.</translation>
    </message>
    <message>
        <source>the autosave baseline could not write.</source>
        <translation>the autosave baseline could not write.</translation>
    </message>
    <message>
        <source>the autosaved note was not stored.</source>
        <translation>the autosaved note was not stored.</translation>
    </message>
    <message>
        <source>huisbezoek autosave per keystroke, p95 (ms)</source>
        <translation>huisbezoek autosave per keystroke, p95 (ms)</translation>
    </message>
    <message>
        <source>%1 keystrokes in one leefgebied note, each saved with the whole gesprek (p50 %2 ms); baseline: one raw UPDATE of that note row in its own transaction (p50 %3 ms)</source>
        <translation>%1 keystrokes in one leefgebied note, each saved with the whole gesprek (p50 %2 ms); baseline: one raw UPDATE of that note row in its own transaction (p50 %3 ms)</translation>
    </message>
    <message>
        <source>all inwoners: %1 trajecten on the dashboard of %2 (%3 overdue); %4 runs; budget 100 ms per 8,000 trajecten; baseline: the same SQL and child reads on a raw connection, without building trajecten or judging the terms</source>
        <translation>all inwoners: %1 trajecten on the dashboard of %2 (%3 overdue); %4 runs; budget 100 ms per 8,000 trajecten; baseline: the same SQL and child reads on a raw connection, without building trajecten or judging the terms</translation>
    </message>
    <message>
        <source>the demo data has no inwoner with a netwerk, or the sociale kaart lacks algemene or maatwerk voorzieningen.</source>
        <translation>the demo data has no inwoner with a netwerk, or the sociale kaart lacks algemene or maatwerk voorzieningen.</translation>
    </message>
    <message>
        <source>the plan baseline cannot prepare the plan&apos;s SQL.</source>
        <translation>the plan baseline cannot prepare the plan&apos;s SQL.</translation>
    </message>
    <message>
        <source>the plan read back is not the plan stored.</source>
        <translation>the plan read back is not the plan stored.</translation>
    </message>
    <message>
        <source>the plan baseline does not read the plan stored.</source>
        <translation>the plan baseline does not read the plan stored.</translation>
    </message>
    <message>
        <source>plan open (30 doelen, 100 acties), p50 (ms)</source>
        <translation>plan open (30 doelen, 100 acties), p50 (ms)</translation>
    </message>
    <message>
        <source>plan open (30 doelen, 100 acties), p95 (ms)</source>
        <translation>plan open (30 doelen, 100 acties), p95 (ms)</translation>
    </message>
    <message>
        <source>PlanService::plan, %1 runs; baseline: the statements of PlanRepository::getSql() on a raw connection in one read transaction</source>
        <translation>PlanService::plan, %1 runs; baseline: the statements of PlanRepository::getSql() on a raw connection in one read transaction</translation>
    </message>
    <message>
        <source>plan open with wie doet wat, p95 (ms)</source>
        <translation>plan open with wie doet wat, p95 (ms)</translation>
    </message>
    <message>
        <source>PlanService::plan and wieDoetWat (%1 people and organisations; p50 %2 ms)</source>
        <translation>PlanService::plan and wieDoetWat (%1 people and organisations; p50 %2 ms)</translation>
    </message>
    <message>
        <source>the sociale kaart baseline cannot prepare its SQL.</source>
        <translation>the sociale kaart baseline cannot prepare its SQL.</translation>
    </message>
    <message>
        <source>the sociale kaart search disagrees with its baseline on &quot;%1&quot;.</source>
        <translation>the sociale kaart search disagrees with its baseline on &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 entries, %2 keystrokes over %3 queries, at most %4 rows each; baseline: SocialeKaartRepository::zoekSql() with the typed text as one LIKE pattern</source>
        <translation>%1 entries, %2 keystrokes over %3 queries, at most %4 rows each; baseline: SocialeKaartRepository::zoekSql() with the typed text as one LIKE pattern</translation>
    </message>
    <message>
        <source>sociale kaart search per keystroke, p50 (ms)</source>
        <translation>sociale kaart search per keystroke, p50 (ms)</translation>
    </message>
    <message>
        <source>sociale kaart search per keystroke, p95 (ms)</source>
        <translation>sociale kaart search per keystroke, p95 (ms)</translation>
    </message>
    <message>
        <source>the import stored %1 of %2 rows.</source>
        <translation>the import stored %1 of %2 rows.</translation>
    </message>
    <message>
        <source>the import baseline cannot prepare its INSERT.</source>
        <translation>the import baseline cannot prepare its INSERT.</translation>
    </message>
    <message>
        <source>the import baseline could not write.</source>
        <translation>the import baseline could not write.</translation>
    </message>
    <message>
        <source>sociale kaart CSV import, 2,000 rows (s)</source>
        <translation>sociale kaart CSV import, 2,000 rows (s)</translation>
    </message>
    <message>
        <source>median of %1 into an empty sociale kaart: SocialeKaartCsv::read and SocialeKaartService::importeer, %2 rows/s; baseline: one prepared INSERT per row in one transaction on a raw connection, %3 rows/s</source>
        <translation>median of %1 into an empty sociale kaart: SocialeKaartCsv::read and SocialeKaartService::importeer, %2 rows/s; baseline: one prepared INSERT per row in one transaction on a raw connection, %3 rows/s</translation>
    </message>
    <message>
        <source>the demo data has no traject with gesprekken and a ZRM meting.</source>
        <translation>the demo data has no traject with gesprekken and a ZRM meting.</translation>
    </message>
    <message>
        <source>the traject of the verslag cannot be read.</source>
        <translation>the traject of the verslag cannot be read.</translation>
    </message>
    <message>
        <source>the verslag could not be laid out.</source>
        <translation>the verslag could not be laid out.</translation>
    </message>
    <message>
        <source>%1 runs; a traject with %2 gesprekken, %3 characters of text%4; baseline: QTextDocument printing the same text as plain text to QPdfWriter</source>
        <translation>%1 runs; a traject with %2 gesprekken, %3 characters of text%4; baseline: QTextDocument printing the same text as plain text to QPdfWriter</translation>
    </message>
    <message>
        <source> and the ZRM radar</source>
        <translation> and the ZRM radar</translation>
    </message>
    <message>
        <source>verslag to PDF, p50 (ms)</source>
        <translation>verslag to PDF, p50 (ms)</translation>
    </message>
    <message>
        <source>verslag to PDF, p95 (ms)</source>
        <translation>verslag to PDF, p95 (ms)</translation>
    </message>
    <message>
        <source>the sqlite3 program (the baseline) is not installed</source>
        <translation>the sqlite3 program (the baseline) is not installed</translation>
    </message>
    <message>
        <source>no temporary folder</source>
        <translation>no temporary folder</translation>
    </message>
    <message>
        <source>the import of the bundle failed</source>
        <translation>the import of the bundle failed</translation>
    </message>
    <message>
        <source>sqlite3 .dump or .read failed</source>
        <translation>sqlite3 .dump or .read failed</translation>
    </message>
    <message>
        <source>%1 rows, bundle %2 MB</source>
        <translation>%1 rows, bundle %2 MB</translation>
    </message>
    <message>
        <source>full encrypted export (s)</source>
        <translation>full encrypted export (s)</translation>
    </message>
    <message>
        <source>%1; Argon2id key included; baseline: sqlite3 .dump</source>
        <translation>%1; Argon2id key included; baseline: sqlite3 .dump</translation>
    </message>
    <message>
        <source>import into an empty database (s)</source>
        <translation>import into an empty database (s)</translation>
    </message>
    <message>
        <source>a separate wijkdossier-cli import, decrypting, checking every row and rebuilding the search index; baseline: sqlite3 .read of the dump</source>
        <translation>a separate wijkdossier-cli import, decrypting, checking every row and rebuilding the search index; baseline: sqlite3 .read of the dump</translation>
    </message>
    <message>
        <source>re-import of the same bundle, all unchanged (s)</source>
        <translation>re-import of the same bundle, all unchanged (s)</translation>
    </message>
    <message>
        <source>peak memory during import (MB)</source>
        <translation>peak memory during import (MB)</translation>
    </message>
    <message>
        <source>maximum resident set of the import process, Argon2id&apos;s 128 MiB included</source>
        <translation>maximum resident set of the import process, Argon2id&apos;s 128 MiB included</translation>
    </message>
</context>
<context>
    <name>core::ArchiefService</name>
    <message>
        <source>This kind of document is not kept as an archive copy.</source>
        <translation>This kind of document is not kept as an archive copy.</translation>
    </message>
    <message>
        <source>The archive copy is not a PDF: nothing was stored.</source>
        <translation>The archive copy is not a PDF: nothing was stored.</translation>
    </message>
    <message>
        <source>This traject no longer exists.</source>
        <translation>This traject no longer exists.</translation>
    </message>
    <message>
        <source>This ondersteuningsplan no longer exists.</source>
        <translation>This ondersteuningsplan no longer exists.</translation>
    </message>
    <message>
        <source>This inwoner no longer exists.</source>
        <translation>This inwoner no longer exists.</translation>
    </message>
    <message>
        <source>This archive copy no longer exists.</source>
        <translation>This archive copy no longer exists.</translation>
    </message>
    <message>
        <source>The archive copy was changed after it was issued: its contents no longer match the fingerprint (SHA-256) stored with it. It is not shown.</source>
        <translation>The archive copy was changed after it was issued: its contents no longer match the fingerprint (SHA-256) stored with it. It is not shown.</translation>
    </message>
    <message>
        <source>Only a verslag is signed by the inwoner; this copy is not one.</source>
        <translation>Only a verslag is signed by the inwoner; this copy is not one.</translation>
    </message>
    <message>
        <source>Enter the date of signing.</source>
        <translation>Enter the date of signing.</translation>
    </message>
    <message>
        <source>The date of signing lies in the future.</source>
        <translation>The date of signing lies in the future.</translation>
    </message>
    <message>
        <source>The date of signing lies before the verslag was issued (%1).</source>
        <translation>The date of signing lies before the verslag was issued (%1).</translation>
    </message>
    <message>
        <source>Choose how the inwoner signed: akkoord or voor gezien.</source>
        <translation>Choose how the inwoner signed: akkoord or voor gezien.</translation>
    </message>
    <message>
        <source>The traject already has an aanvraag dated %1. That legal date is not moved: correct it in the traject first if the date of signing is the right one.</source>
        <translation>The traject already has an aanvraag dated %1. That legal date is not moved: correct it in the traject first if the date of signing is the right one.</translation>
    </message>
    <message>
        <source>The file %1 is empty. Attach a scan or photo of the signed paper: a PDF, JPEG or PNG of at most 20 MB.</source>
        <translation>The file %1 is empty. Attach a scan or photo of the signed paper: a PDF, JPEG or PNG of at most 20 MB.</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB, larger than the 20 MB a scan may be. Scan at a lower resolution or save it as JPEG.</source>
        <translation>The file %1 is %2 MB, larger than the 20 MB a scan may be. Scan at a lower resolution or save it as JPEG.</translation>
    </message>
    <message>
        <source>The file %1 is not a PDF, JPEG or PNG (judged by its contents, not its name). Attach a scan or photo of the signed paper as PDF, JPEG or PNG of at most 20 MB.</source>
        <translation>The file %1 is not a PDF, JPEG or PNG (judged by its contents, not its name). Attach a scan or photo of the signed paper as PDF, JPEG or PNG of at most 20 MB.</translation>
    </message>
    <message>
        <source>This scan no longer exists.</source>
        <translation>This scan no longer exists.</translation>
    </message>
    <message>
        <source>The scan was changed after it was attached: its contents no longer match the fingerprint (SHA-256) stored with it. It is not shown.</source>
        <translation>The scan was changed after it was attached: its contents no longer match the fingerprint (SHA-256) stored with it. It is not shown.</translation>
    </message>
</context>
<context>
    <name>core::Belasting</name>
    <message>
        <source>not burdened</source>
        <translation>not burdened</translation>
    </message>
    <message>
        <source>lightly burdened</source>
        <translation>lightly burdened</translation>
    </message>
    <message>
        <source>moderately burdened</source>
        <translation>moderately burdened</translation>
    </message>
    <message>
        <source>heavily burdened</source>
        <translation>heavily burdened</translation>
    </message>
</context>
<context>
    <name>core::ConfigurationCheck</name>
    <message>
        <source>%1. Deadlines are counted with the built-in feestdagen only, without the gemeente&apos;s own gelijkgestelde dagen, until the file is corrected.</source>
        <translation>%1. Deadlines are counted with the built-in feestdagen only, without the gemeente&apos;s own gelijkgestelde dagen, until the file is corrected.</translation>
    </message>
</context>
<context>
    <name>core::Contactkanaal</name>
    <message>
        <source>No preference</source>
        <translation>No preference</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
</context>
<context>
    <name>core::DossierService</name>
    <message>
        <source>Another inwoner in this file already has this BSN.</source>
        <translation>Another inwoner in this file already has this BSN.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>Enter the name of the household member.</source>
        <translation>Enter the name of the household member.</translation>
    </message>
    <message>
        <source>The inwoner is already a member of this household.</source>
        <translation>The inwoner is already a member of this household.</translation>
    </message>
    <message>
        <source>This inwoner already belongs to another household.</source>
        <translation>This inwoner already belongs to another household.</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>Household %1</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <source>An inwoner in Wijkdossier already has this BSN.</source>
        <translation>An inwoner in Wijkdossier already has this BSN.</translation>
    </message>
</context>
<context>
    <name>core::GesprekService</name>
    <message>
        <source>Choose the form of the conversation.</source>
        <translation>Choose the form of the conversation.</translation>
    </message>
    <message>
        <source>Enter the date of the conversation.</source>
        <translation>Enter the date of the conversation.</translation>
    </message>
    <message>
        <source>The date of the conversation lies in the future.</source>
        <translation>The date of the conversation lies in the future.</translation>
    </message>
    <message>
        <source>The date of the conversation lies before 2000.</source>
        <translation>The date of the conversation lies before 2000.</translation>
    </message>
    <message>
        <source>Choose the role of everyone present.</source>
        <translation>Choose the role of everyone present.</translation>
    </message>
    <message>
        <source>Pick someone from the network or type a name.</source>
        <translation>Pick someone from the network or type a name.</translation>
    </message>
    <message>
        <source>Unknown area of life: %1.</source>
        <translation>Unknown area of life: %1.</translation>
    </message>
    <message>
        <source>An area of life is recorded twice.</source>
        <translation>An area of life is recorded twice.</translation>
    </message>
    <message>
        <source>Say whether the area of life was discussed.</source>
        <translation>Say whether the area of life was discussed.</translation>
    </message>
    <message>
        <source>A carer&apos;s view belongs to someone in the network.</source>
        <translation>A carer&apos;s view belongs to someone in the network.</translation>
    </message>
    <message>
        <source>This traject no longer exists.</source>
        <translation>This traject no longer exists.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>This conversation no longer exists.</translation>
    </message>
</context>
<context>
    <name>core::InstellingenService</name>
    <message>
        <source>Enter your name.</source>
        <translation>Enter your name.</translation>
    </message>
</context>
<context>
    <name>core::Keuzelijst</name>
    <message>
        <source>Debts</source>
        <translation>Debts</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>District team</source>
        <translation>District team</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Care provider</source>
        <translation>Care provider</translation>
    </message>
    <message>
        <source>GP referral</source>
        <translation>GP referral</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Offered, no answer yet</source>
        <translation>Offered, no answer yet</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Identity card</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Residence document</source>
        <translation>Residence document</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Seen, not agreed</source>
        <translation>Seen, not agreed</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Partly granted</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Support arranged</source>
        <translation>Support arranged</translation>
    </message>
    <message>
        <source>Solved with own strength or network</source>
        <translation>Solved with own strength or network</translation>
    </message>
    <message>
        <source>Referred to a general service</source>
        <translation>Referred to a general service</translation>
    </message>
    <message>
        <source>Application refused</source>
        <translation>Application refused</translation>
    </message>
    <message>
        <source>Withdrawn by the resident</source>
        <translation>Withdrawn by the resident</translation>
    </message>
    <message>
        <source>Referred elsewhere (Wlz, Zvw, other)</source>
        <translation>Referred elsewhere (Wlz, Zvw, other)</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>At the desk</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Video call</translation>
    </message>
    <message>
        <source>Case meeting</source>
        <translation>Case meeting</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>Informal carer</source>
        <translation>Informal carer</translation>
    </message>
    <message>
        <source>Client support worker</source>
        <translation>Client support worker</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>School and education</source>
        <translation>School and education</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Running the household</source>
        <translation>Running the household</translation>
    </message>
    <message>
        <source>Health and staying fit</source>
        <translation>Health and staying fit</translation>
    </message>
    <message>
        <source>Transport and getting out</source>
        <translation>Transport and getting out</translation>
    </message>
    <message>
        <source>Social contacts</source>
        <translation>Social contacts</translation>
    </message>
    <message>
        <source>How you feel</source>
        <translation>How you feel</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Leisure</translation>
    </message>
    <message>
        <source>Work and looking for work</source>
        <translation>Work and looking for work</translation>
    </message>
    <message>
        <source>Income and finances</source>
        <translation>Income and finances</translation>
    </message>
    <message>
        <source>Discussed: needs attention</source>
        <translation>Discussed: needs attention</translation>
    </message>
    <message>
        <source>Discussed: no problem</source>
        <translation>Discussed: no problem</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>Not discussed</translation>
    </message>
    <message>
        <source>District nursing</source>
        <translation>District nursing</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Neighbours</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Housing association</source>
        <translation>Housing association</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Household help</source>
        <translation>Household help</translation>
    </message>
    <message>
        <source>Support and guidance</source>
        <translation>Support and guidance</translation>
    </message>
    <message>
        <source>Day activities</source>
        <translation>Day activities</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>Wheelchair</translation>
    </message>
    <message>
        <source>Mobility scooter</source>
        <translation>Mobility scooter</translation>
    </message>
    <message>
        <source>Home adaptation (e.g. stairlift)</source>
        <translation>Home adaptation (e.g. stairlift)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Respite care</source>
        <translation>Respite care</translation>
    </message>
    <message>
        <source>Sheltered housing</source>
        <translation>Sheltered housing</translation>
    </message>
    <message>
        <source>Disabled parking card</source>
        <translation>Disabled parking card</translation>
    </message>
    <message>
        <source>hours per week</source>
        <translation>hours per week</translation>
    </message>
    <message>
        <source>day parts per week</source>
        <translation>day parts per week</translation>
    </message>
    <message>
        <source>km per year</source>
        <translation>km per year</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>zones</translation>
    </message>
    <message>
        <source>days and nights per year</source>
        <translation>days and nights per year</translation>
    </message>
    <message>
        <source>items</source>
        <translation>items</translation>
    </message>
    <message>
        <source>euro</source>
        <translation>euro</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>In kind</translation>
    </message>
    <message>
        <source>Personal budget (PGB)</source>
        <translation>Personal budget (PGB)</translation>
    </message>
    <message>
        <source>Wmo</source>
        <translation>Wmo</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Youth</translation>
    </message>
    <message>
        <source>Work and income</source>
        <translation>Work and income</translation>
    </message>
    <message>
        <source>What the inwoner does</source>
        <translation>What the inwoner does</translation>
    </message>
    <message>
        <source>Network and informal carers</source>
        <translation>Network and informal carers</translation>
    </message>
    <message>
        <source>Open-access service</source>
        <translation>Open-access service</translation>
    </message>
    <message>
        <source>Individual provision (maatwerk)</source>
        <translation>Individual provision (maatwerk)</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Improve</source>
        <translation>Improve</translation>
    </message>
    <message>
        <source>Stay stable</source>
        <translation>Stay stable</translation>
    </message>
    <message>
        <source>Limit decline</source>
        <translation>Limit decline</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>Partly achieved</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stable</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <source>Open access (algemeen)</source>
        <translation>Open access (algemeen)</translation>
    </message>
    <message>
        <source>Individual (maatwerk)</source>
        <translation>Individual (maatwerk)</translation>
    </message>
    <message>
        <source>Jeugdwet</source>
        <translation>Jeugdwet</translation>
    </message>
    <message>
        <source>Participatiewet</source>
        <translation>Participatiewet</translation>
    </message>
    <message>
        <source>Zvw (health insurance)</source>
        <translation>Zvw (health insurance)</translation>
    </message>
    <message>
        <source>Wlz (long-term care)</source>
        <translation>Wlz (long-term care)</translation>
    </message>
    <message>
        <source>Aids and equipment</source>
        <translation>Aids and equipment</translation>
    </message>
    <message>
        <source>Home adaptation</source>
        <translation>Home adaptation</translation>
    </message>
    <message>
        <source>Support for informal carers</source>
        <translation>Support for informal carers</translation>
    </message>
    <message>
        <source>Independent client support</source>
        <translation>Independent client support</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Meals</translation>
    </message>
    <message>
        <source>Odd-job service</source>
        <translation>Odd-job service</translation>
    </message>
    <message>
        <source>Shopping service</source>
        <translation>Shopping service</translation>
    </message>
    <message>
        <source>Meeting places and peer contact</source>
        <translation>Meeting places and peer contact</translation>
    </message>
    <message>
        <source>Buddy project</source>
        <translation>Buddy project</translation>
    </message>
    <message>
        <source>Debt counselling</source>
        <translation>Debt counselling</translation>
    </message>
    <message>
        <source>Parenting support</source>
        <translation>Parenting support</translation>
    </message>
    <message>
        <source>Health and district nursing</source>
        <translation>Health and district nursing</translation>
    </message>
    <message>
        <source>Agreed and signed</source>
        <translation>Agreed and signed</translation>
    </message>
</context>
<context>
    <name>core::NietBeoordeeld</name>
    <message>
        <source>not relevant to the request for help</source>
        <translation>not relevant to the request for help</translation>
    </message>
    <message>
        <source>not enough information</source>
        <translation>not enough information</translation>
    </message>
    <message>
        <source>the inwoner does not want to</source>
        <translation>the inwoner does not want to</translation>
    </message>
</context>
<context>
    <name>core::OutputFile</name>
    <message>
        <source>The disk of %1 is full: %2 more space is needed. %3 was not written; a file that was there is unchanged.</source>
        <translation>The disk of %1 is full: %2 more space is needed. %3 was not written; a file that was there is unchanged.</translation>
    </message>
    <message>
        <source>%1 was not written: the file would be larger than this computer allows (%2). A file that was there is unchanged.</source>
        <translation>%1 was not written: the file would be larger than this computer allows (%2). A file that was there is unchanged.</translation>
    </message>
    <message>
        <source>You may not write in %1. %2 was not written; choose another folder.</source>
        <translation>You may not write in %1. %2 was not written; choose another folder.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. %2 was not written.</source>
        <translation>The folder %1 does not exist. %2 was not written.</translation>
    </message>
    <message>
        <source>%1 was not written: %2. A file that was there is unchanged.</source>
        <translation>%1 was not written: %2. A file that was there is unchanged.</translation>
    </message>
</context>
<context>
    <name>core::PlanService</name>
    <message>
        <source>Unknown plan status.</source>
        <translation>Unknown plan status.</translation>
    </message>
    <message>
        <source>This plan no longer exists.</source>
        <translation>This plan no longer exists.</translation>
    </message>
    <message>
        <source>This plan has been agreed and signed and cannot be changed. Make a new version to change it.</source>
        <translation>This plan has been agreed and signed and cannot be changed. Make a new version to change it.</translation>
    </message>
    <message>
        <source>A new plan starts as a draft.</source>
        <translation>A new plan starts as a draft.</translation>
    </message>
    <message>
        <source>This inwoner no longer exists.</source>
        <translation>This inwoner no longer exists.</translation>
    </message>
    <message>
        <source>An agreed plan is a record of what was agreed and cannot be deleted.</source>
        <translation>An agreed plan is a record of what was agreed and cannot be deleted.</translation>
    </message>
    <message>
        <source>This plan has already been agreed.</source>
        <translation>This plan has already been agreed.</translation>
    </message>
    <message>
        <source>A plan needs at least one goal before it can be agreed.</source>
        <translation>A plan needs at least one goal before it can be agreed.</translation>
    </message>
    <message>
        <source>Say who coordinates the plan (the regisseur) before it is agreed.</source>
        <translation>Say who coordinates the plan (the regisseur) before it is agreed.</translation>
    </message>
    <message>
        <source>Enter the date of agreement.</source>
        <translation>Enter the date of agreement.</translation>
    </message>
    <message>
        <source>The date of agreement lies in the future.</source>
        <translation>The date of agreement lies in the future.</translation>
    </message>
    <message>
        <source>This plan is still a draft: change it directly.</source>
        <translation>This plan is still a draft: change it directly.</translation>
    </message>
    <message>
        <source>There is already a newer version of this plan (version %1).</source>
        <translation>There is already a newer version of this plan (version %1).</translation>
    </message>
    <message>
        <source>Only an agreed plan can be evaluated.</source>
        <translation>Only an agreed plan can be evaluated.</translation>
    </message>
    <message>
        <source>This plan has already been evaluated.</source>
        <translation>This plan has already been evaluated.</translation>
    </message>
    <message>
        <source>Enter the date of the evaluation (not in the future).</source>
        <translation>Enter the date of the evaluation (not in the future).</translation>
    </message>
    <message>
        <source>The evaluation lies before the plan was agreed.</source>
        <translation>The evaluation lies before the plan was agreed.</translation>
    </message>
    <message>
        <source>Goal %1: say whether it was achieved.</source>
        <translation>Goal %1: say whether it was achieved.</translation>
    </message>
    <message>
        <source>%1 already carries a heavy load as informal carer (EDIZ-plus %2).</source>
        <translation>%1 already carries a heavy load as informal carer (EDIZ-plus %2).</translation>
    </message>
    <message>
        <source>%1 already carries a moderate load as informal carer (EDIZ-plus %2).</source>
        <translation>%1 already carries a moderate load as informal carer (EDIZ-plus %2).</translation>
    </message>
    <message>
        <source>Was respite care or extra support for %1 considered?</source>
        <translation>Was respite care or extra support for %1 considered?</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>(removed from the network)</source>
        <translation>(removed from the network)</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Goal %1: %2</translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <translation>Action %1: %2</translation>
    </message>
    <message>
        <source>Write down what the inwoner wants, in their own words.</source>
        <translation>Write down what the inwoner wants, in their own words.</translation>
    </message>
    <message>
        <source>Choose the life area.</source>
        <translation>Choose the life area.</translation>
    </message>
    <message>
        <source>Choose the kind of goal.</source>
        <translation>Choose the kind of goal.</translation>
    </message>
    <message>
        <source>The target score runs from 1 to 5.</source>
        <translation>The target score runs from 1 to 5.</translation>
    </message>
    <message>
        <source>The evaluation date lies too far ahead.</source>
        <translation>The evaluation date lies too far ahead.</translation>
    </message>
    <message>
        <source>Choose how the goal was met.</source>
        <translation>Choose how the goal was met.</translation>
    </message>
    <message>
        <source>Choose who does it.</source>
        <translation>Choose who does it.</translation>
    </message>
    <message>
        <source>Describe what is done.</source>
        <translation>Describe what is done.</translation>
    </message>
    <message>
        <source>The action ends before it starts: check the dates.</source>
        <translation>The action ends before it starts: check the dates.</translation>
    </message>
    <message>
        <source>A date lies too far ahead.</source>
        <translation>A date lies too far ahead.</translation>
    </message>
    <message>
        <source>The amount must be a positive number.</source>
        <translation>The amount must be a positive number.</translation>
    </message>
    <message>
        <source>Choose the unit of the amount.</source>
        <translation>Choose the unit of the amount.</translation>
    </message>
    <message>
        <source>Choose who in the network does it.</source>
        <translation>Choose who in the network does it.</translation>
    </message>
    <message>
        <source>Say which professional does it.</source>
        <translation>Say which professional does it.</translation>
    </message>
    <message>
        <source>Choose the voorziening from the social map.</source>
        <translation>Choose the voorziening from the social map.</translation>
    </message>
    <message>
        <source>%1 is a maatwerkvoorziening, not an algemene voorziening.</source>
        <translation>%1 is a maatwerkvoorziening, not an algemene voorziening.</translation>
    </message>
    <message>
        <source>%1 is an algemene voorziening, not a maatwerkvoorziening.</source>
        <translation>%1 is an algemene voorziening, not a maatwerkvoorziening.</translation>
    </message>
    <message>
        <source>A maatwerkvoorziening needs its reasons: why what the inwoner can do, the network and algemene voorzieningen are not enough.</source>
        <translation>A maatwerkvoorziening needs its reasons: why what the inwoner can do, the network and algemene voorzieningen are not enough.</translation>
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
        <translation>Child</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Neighbour</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Friend</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>District nurse</source>
        <translation>District nurse</translation>
    </message>
    <message>
        <source>Care provider</source>
        <translation>Care provider</translation>
    </message>
    <message>
        <source>Other professional</source>
        <translation>Other professional</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>core::SocialeKaartService</name>
    <message>
        <source>Enter the name of the voorziening.</source>
        <translation>Enter the name of the voorziening.</translation>
    </message>
    <message>
        <source>Choose algemeen or maatwerk.</source>
        <translation>Choose algemeen or maatwerk.</translation>
    </message>
    <message>
        <source>Choose the law the voorziening falls under.</source>
        <translation>Choose the law the voorziening falls under.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <source>This entry of the sociale kaart no longer exists.</source>
        <translation>This entry of the sociale kaart no longer exists.</translation>
    </message>
    <message>
        <source>Row %1 (“%2”) cannot be imported, so nothing was imported:
%3</source>
        <translation>Row %1 (“%2”) cannot be imported, so nothing was imported:
%3</translation>
    </message>
    <message>
        <source>The examples of the sociale kaart are missing from this installation.</source>
        <translation>The examples of the sociale kaart are missing from this installation.</translation>
    </message>
    <message>
        <source>The examples of the sociale kaart in this installation are damaged.</source>
        <translation>The examples of the sociale kaart in this installation are damaged.</translation>
    </message>
</context>
<context>
    <name>core::StapSoort</name>
    <message>
        <source>Acknowledgement of the report sent</source>
        <translation>Acknowledgement of the report sent</translation>
    </message>
    <message>
        <source>Personal plan offered</source>
        <translation>Personal plan offered</translation>
    </message>
    <message>
        <source>Personal plan received</source>
        <translation>Personal plan received</translation>
    </message>
    <message>
        <source>Client support offered</source>
        <translation>Client support offered</translation>
    </message>
    <message>
        <source>Personal budget explained</source>
        <translation>Personal budget explained</translation>
    </message>
    <message>
        <source>Personal contribution discussed</source>
        <translation>Personal contribution discussed</translation>
    </message>
    <message>
        <source>Identity established</source>
        <translation>Identity established</translation>
    </message>
    <message>
        <source>Assessment completed</source>
        <translation>Assessment completed</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Report sent</translation>
    </message>
    <message>
        <source>Report signed back</source>
        <translation>Report signed back</translation>
    </message>
    <message>
        <source>Application received</source>
        <translation>Application received</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Evaluation planned</source>
        <translation>Evaluation planned</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>core::SyncService</name>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>The passphrase must be at least %1 characters long.</translation>
    </message>
    <message>
        <source>Name the colleague or device the export is for.</source>
        <translation>Name the colleague or device the export is for.</translation>
    </message>
    <message>
        <source>Choose at least one inwoner to export.</source>
        <translation>Choose at least one inwoner to export.</translation>
    </message>
    <message>
        <source>There is no inwoner with id %1.</source>
        <translation>There is no inwoner with id %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>This bundle is encrypted: give its passphrase.</source>
        <translation>This bundle is encrypted: give its passphrase.</translation>
    </message>
    <message>
        <source>There is no conflict with id %1.</source>
        <translation>There is no conflict with id %1.</translation>
    </message>
    <message>
        <source>This conflict has been resolved already.</source>
        <translation>This conflict has been resolved already.</translation>
    </message>
    <message>
        <source>A chosen field is not part of this record.</source>
        <translation>A chosen field is not part of this record.</translation>
    </message>
    <message numerus="yes">
        <source>(file of %n bytes)</source>
        <translation>
            <numerusform>(file of %n byte)</numerusform>
            <numerusform>(file of %n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::Toestemming</name>
    <message>
        <source>Not asked yet</source>
        <translation>Not asked yet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>core::TrajectService</name>
    <message>
        <source>%1: enter the date.</source>
        <translation>%1: enter the date.</translation>
    </message>
    <message>
        <source>%1: the date lies too far ahead.</source>
        <translation>%1: the date lies too far ahead.</translation>
    </message>
    <message>
        <source>%1: the date lies in the future.</source>
        <translation>%1: the date lies in the future.</translation>
    </message>
    <message>
        <source>%1: the date lies before the report.</source>
        <translation>%1: the date lies before the report.</translation>
    </message>
    <message>
        <source>%1: choose an outcome.</source>
        <translation>%1: choose an outcome.</translation>
    </message>
    <message>
        <source>%1: say to whom it was offered.</source>
        <translation>%1: say to whom it was offered.</translation>
    </message>
    <message>
        <source>A decision that does not grant everything needs its reason.</source>
        <translation>A decision that does not grant everything needs its reason.</translation>
    </message>
    <message>
        <source>A report can only be signed back after it was sent.</source>
        <translation>A report can only be signed back after it was sent.</translation>
    </message>
    <message>
        <source>The report was signed back before it was sent: check the dates.</source>
        <translation>The report was signed back before it was sent: check the dates.</translation>
    </message>
    <message>
        <source>A decision needs an application: record the application first.</source>
        <translation>A decision needs an application: record the application first.</translation>
    </message>
    <message>
        <source>The decision lies before the application: check the dates.</source>
        <translation>The decision lies before the application: check the dates.</translation>
    </message>
    <message>
        <source>Choose which term is suspended.</source>
        <translation>Choose which term is suspended.</translation>
    </message>
    <message>
        <source>A suspension or extension needs a reason (for example: waiting for a medical advice).</source>
        <translation>A suspension or extension needs a reason (for example: waiting for a medical advice).</translation>
    </message>
    <message>
        <source>A suspension runs from 1 to 365 days.</source>
        <translation>A suspension runs from 1 to 365 days.</translation>
    </message>
    <message>
        <source>Enter the date of the suspension.</source>
        <translation>Enter the date of the suspension.</translation>
    </message>
    <message>
        <source>The date of the suspension lies in the future.</source>
        <translation>The date of the suspension lies in the future.</translation>
    </message>
    <message>
        <source>The suspension lies before the report.</source>
        <translation>The suspension lies before the report.</translation>
    </message>
    <message>
        <source>The decision term only runs once the application is received.</source>
        <translation>The decision term only runs once the application is received.</translation>
    </message>
    <message>
        <source>Voorzieningen belong to a decision that grants them.</source>
        <translation>Voorzieningen belong to a decision that grants them.</translation>
    </message>
    <message>
        <source>Choose the kind of voorziening.</source>
        <translation>Choose the kind of voorziening.</translation>
    </message>
    <message>
        <source>Choose in kind or personal budget.</source>
        <translation>Choose in kind or personal budget.</translation>
    </message>
    <message>
        <source>Choose the unit of the amount.</source>
        <translation>Choose the unit of the amount.</translation>
    </message>
    <message>
        <source>The amount must be a positive number.</source>
        <translation>The amount must be a positive number.</translation>
    </message>
    <message>
        <source>Enter the start date of the voorziening.</source>
        <translation>Enter the start date of the voorziening.</translation>
    </message>
    <message>
        <source>A voorziening cannot end before it starts.</source>
        <translation>A voorziening cannot end before it starts.</translation>
    </message>
    <message>
        <source>A date of the voorziening lies too far ahead.</source>
        <translation>A date of the voorziening lies too far ahead.</translation>
    </message>
    <message>
        <source>Choose the domain.</source>
        <translation>Choose the domain.</translation>
    </message>
    <message>
        <source>Choose how the report came in.</source>
        <translation>Choose how the report came in.</translation>
    </message>
    <message>
        <source>Choose the urgency.</source>
        <translation>Choose the urgency.</translation>
    </message>
    <message>
        <source>Enter the date of the report.</source>
        <translation>Enter the date of the report.</translation>
    </message>
    <message>
        <source>The date of the report lies in the future.</source>
        <translation>The date of the report lies in the future.</translation>
    </message>
    <message>
        <source>The date of the report lies before 2000.</source>
        <translation>The date of the report lies before 2000.</translation>
    </message>
    <message>
        <source>%1 is recorded twice.</source>
        <translation>%1 is recorded twice.</translation>
    </message>
    <message>
        <source>This inwoner no longer exists.</source>
        <translation>This inwoner no longer exists.</translation>
    </message>
    <message>
        <source>This traject no longer exists.</source>
        <translation>This traject no longer exists.</translation>
    </message>
    <message>
        <source>Choose who gave the signal.</source>
        <translation>Choose who gave the signal.</translation>
    </message>
    <message>
        <source>Describe the signal.</source>
        <translation>Describe the signal.</translation>
    </message>
    <message>
        <source>Enter the date of the signal.</source>
        <translation>Enter the date of the signal.</translation>
    </message>
    <message>
        <source>The date of the signal lies in the future.</source>
        <translation>The date of the signal lies in the future.</translation>
    </message>
</context>
<context>
    <name>core::ZrmInstrument</name>
    <message>
        <source>it is not JSON (%1).</source>
        <translation>it is not JSON (%1).</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;wijkdossier-zrm-instrument&quot;.</source>
        <translation>&quot;format&quot; must be &quot;wijkdossier-zrm-instrument&quot;.</translation>
    </message>
    <message>
        <source>&quot;id&quot; and &quot;naam&quot; are required.</source>
        <translation>&quot;id&quot; and &quot;naam&quot; are required.</translation>
    </message>
    <message>
        <source>there must be exactly five levels.</source>
        <translation>there must be exactly five levels.</translation>
    </message>
    <message>
        <source>level %1 needs &quot;score&quot;: %1 and a &quot;label&quot;.</source>
        <translation>level %1 needs &quot;score&quot;: %1 and a &quot;label&quot;.</translation>
    </message>
    <message>
        <source>&quot;leefgebieden&quot; is empty.</source>
        <translation>&quot;leefgebieden&quot; is empty.</translation>
    </message>
    <message>
        <source>every leefgebied needs a &quot;key&quot; and a &quot;naam&quot;.</source>
        <translation>every leefgebied needs a &quot;key&quot; and a &quot;naam&quot;.</translation>
    </message>
    <message>
        <source>the leefgebied &quot;%1&quot; appears twice.</source>
        <translation>the leefgebied &quot;%1&quot; appears twice.</translation>
    </message>
    <message>
        <source>the leefgebied &quot;%1&quot; does not say which ZRM 2017 leefgebied it maps onto.</source>
        <translation>the leefgebied &quot;%1&quot; does not say which ZRM 2017 leefgebied it maps onto.</translation>
    </message>
    <message>
        <source>This is not a valid ZRM instrument file: %1</source>
        <translation>This is not a valid ZRM instrument file: %1</translation>
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
        <translation>Interim</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
</context>
<context>
    <name>core::ZrmService</name>
    <message>
        <source>Unknown instrument: %1.</source>
        <translation>Unknown instrument: %1.</translation>
    </message>
    <message>
        <source>Enter the date of the meting.</source>
        <translation>Enter the date of the meting.</translation>
    </message>
    <message>
        <source>The date of the meting lies in the future.</source>
        <translation>The date of the meting lies in the future.</translation>
    </message>
    <message>
        <source>The date of the meting lies before 2000.</source>
        <translation>The date of the meting lies before 2000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a leefgebied of %2.</source>
        <translation>&quot;%1&quot; is not a leefgebied of %2.</translation>
    </message>
    <message>
        <source>A leefgebied is scored twice.</source>
        <translation>A leefgebied is scored twice.</translation>
    </message>
    <message>
        <source>A score runs from 1 to 5.</source>
        <translation>A score runs from 1 to 5.</translation>
    </message>
    <message>
        <source>A leefgebied that is not scored needs a reason.</source>
        <translation>A leefgebied that is not scored needs a reason.</translation>
    </message>
    <message>
        <source>A leefgebied is either scored or not assessed, not both.</source>
        <translation>A leefgebied is either scored or not assessed, not both.</translation>
    </message>
    <message>
        <source>A target score runs from 1 to 5.</source>
        <translation>A target score runs from 1 to 5.</translation>
    </message>
    <message>
        <source>This inwoner no longer exists.</source>
        <translation>This inwoner no longer exists.</translation>
    </message>
    <message>
        <source>This meting no longer exists.</source>
        <translation>This meting no longer exists.</translation>
    </message>
    <message>
        <source>The indicator file cannot be imported: %1 Nothing was changed.</source>
        <translation>The indicator file cannot be imported: %1 Nothing was changed.</translation>
    </message>
    <message>
        <source>it is not JSON (%1).</source>
        <translation>it is not JSON (%1).</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;wijkdossier-zrm-indicatoren&quot;.</source>
        <translation>&quot;format&quot; must be &quot;wijkdossier-zrm-indicatoren&quot;.</translation>
    </message>
    <message>
        <source>&quot;instrument&quot; must be zrm2017 or zrm2013.</source>
        <translation>&quot;instrument&quot; must be zrm2017 or zrm2013.</translation>
    </message>
    <message>
        <source>&quot;indicatoren&quot; is empty.</source>
        <translation>&quot;indicatoren&quot; is empty.</translation>
    </message>
    <message>
        <source>the levels of &quot;%1&quot; must be &quot;1&quot; to &quot;5&quot;.</source>
        <translation>the levels of &quot;%1&quot; must be &quot;1&quot; to &quot;5&quot;.</translation>
    </message>
    <message>
        <source>level %1 of &quot;%2&quot; has no text.</source>
        <translation>level %1 of &quot;%2&quot; has no text.</translation>
    </message>
</context>
<context>
    <name>core::db::DatabaseError</name>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>The disk is full. Nothing was saved; free some space and try again.</translation>
    </message>
    <message>
        <source>The database file cannot be written. Nothing was saved.</source>
        <translation>The database file cannot be written. Nothing was saved.</translation>
    </message>
    <message>
        <source>The file is not a Wijkdossier database or it is damaged.</source>
        <translation>The file is not a Wijkdossier database or it is damaged.</translation>
    </message>
    <message>
        <source>The database is busy in another program. Nothing was saved.</source>
        <translation>The database is busy in another program. Nothing was saved.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>The database reported an error: %1</translation>
    </message>
    <message>
        <source>The database file could not be read or written because of a disk error. Check the disk (is a USB stick or network drive still there?) and try again.</source>
        <translation>The database file could not be read or written because of a disk error. Check the disk (is a USB stick or network drive still there?) and try again.</translation>
    </message>
</context>
<context>
    <name>core::db::DatabaseFile</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>%1 is not a Wijkdossier database. The file was not changed.</source>
        <translation>%1 is not a Wijkdossier database. The file was not changed.</translation>
    </message>
    <message>
        <source>Wijkdossier cannot write to %1. Choose a location where you may save files. The file was not changed.</source>
        <translation>Wijkdossier cannot write to %1. Choose a location where you may save files. The file was not changed.</translation>
    </message>
    <message>
        <source>The database %1 cannot be created.</source>
        <translation>The database %1 cannot be created.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Wijkdossier (schema %1; this version knows up to %2). Install the newer version; the file was not changed.</source>
        <translation>This database was made by a newer version of Wijkdossier (schema %1; this version knows up to %2). Install the newer version; the file was not changed.</translation>
    </message>
    <message>
        <source>The database could not be prepared: %1</source>
        <translation>The database could not be prepared: %1</translation>
    </message>
    <message>
        <source>The database %1 does not exist. Nothing was created.</source>
        <translation>The database %1 does not exist. Nothing was created.</translation>
    </message>
    <message>
        <source>The database lies on a network drive (%1). SQLite needs a local disk to keep the file safe; keep the dossier on this computer and make back-ups to the network.</source>
        <translation>The database lies on a network drive (%1). SQLite needs a local disk to keep the file safe; keep the dossier on this computer and make back-ups to the network.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Wijkdossier database. The file was not changed.</source>
        <translation>%1 is an empty file, not a Wijkdossier database. The file was not changed.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Wijkdossier. The file was not changed.</source>
        <translation>%1 is a database of another program, not of Wijkdossier. The file was not changed.</translation>
    </message>
    <message>
        <source>Wijkdossier was not closed properly last time (since %1); its lock was taken over.</source>
        <translation>Wijkdossier was not closed properly last time (since %1); its lock was taken over.</translation>
    </message>
    <message>
        <source>The lock of %1 cannot be removed. The file was not changed.</source>
        <translation>The lock of %1 cannot be removed. The file was not changed.</translation>
    </message>
    <message>
        <source>The lock of computer %1 (since %2) was broken on your request.</source>
        <translation>The lock of computer %1 (since %2) was broken on your request.</translation>
    </message>
    <message>
        <source>Wijkdossier cannot lock %1. The file was not changed.</source>
        <translation>Wijkdossier cannot lock %1. The file was not changed.</translation>
    </message>
    <message>
        <source>This database has been open on computer %1 since %2, or that computer stopped without closing it. Only when you are sure it is no longer open there, break the lock. The file was not changed.</source>
        <translation>This database has been open on computer %1 since %2, or that computer stopped without closing it. Only when you are sure it is no longer open there, break the lock. The file was not changed.</translation>
    </message>
    <message>
        <source>This database is already open in another Wijkdossier window. Close that window first; the file was not changed.</source>
        <translation>This database is already open in another Wijkdossier window. Close that window first; the file was not changed.</translation>
    </message>
</context>
<context>
    <name>core::documents::DocumentTemplates</name>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>it prints data without HTML escaping ({{{…}}}, {{&amp;…}} or a delimiter change)</source>
        <translation>it prints data without HTML escaping ({{{…}}}, {{&amp;…}} or a delimiter change)</translation>
    </message>
    <message>
        <source>The template %1 of the gemeente contains an error (%2); the built-in template was used.</source>
        <translation>The template %1 of the gemeente contains an error (%2); the built-in template was used.</translation>
    </message>
    <message>
        <source>The template %1 of the gemeente cannot be read (%2); the built-in template was used.</source>
        <translation>The template %1 of the gemeente cannot be read (%2); the built-in template was used.</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>it is not a file</translation>
    </message>
    <message>
        <source>The template %1 of the gemeente is not UTF-8 text; the built-in template was used. Save it as UTF-8.</source>
        <translation>The template %1 of the gemeente is not UTF-8 text; the built-in template was used. Save it as UTF-8.</translation>
    </message>
    <message>
        <source>The built-in template %1 cannot be read.</source>
        <translation>The built-in template %1 cannot be read.</translation>
    </message>
    <message>
        <source>The built-in template %1 is broken: %2</source>
        <translation>The built-in template %1 is broken: %2</translation>
    </message>
</context>
<context>
    <name>core::documents::InzageDocument</name>
    <message>
        <source>The inzage template is broken: %1</source>
        <translation>The inzage template is broken: %1</translation>
    </message>
    <message>
        <source>There is no inwoner with id %1.</source>
        <translation>There is no inwoner with id %1.</translation>
    </message>
</context>
<context>
    <name>core::documents::NetwerkkaartDocument</name>
    <message>
        <source>The netwerkkaart template is broken: %1</source>
        <translation>The netwerkkaart template is broken: %1</translation>
    </message>
    <message>
        <source>There is no inwoner with id %1.</source>
        <translation>There is no inwoner with id %1.</translation>
    </message>
</context>
<context>
    <name>core::documents::OntvangstbevestigingDocument</name>
    <message>
        <source>The ontvangstbevestiging template is broken: %1</source>
        <translation>The ontvangstbevestiging template is broken: %1</translation>
    </message>
</context>
<context>
    <name>core::documents::PlanDocument</name>
    <message>
        <source>The plan template is broken: %1</source>
        <translation>The plan template is broken: %1</translation>
    </message>
    <message>
        <source>There is no ondersteuningsplan with id %1.</source>
        <translation>There is no ondersteuningsplan with id %1.</translation>
    </message>
    <message>
        <source>There is no inwoner with id %1.</source>
        <translation>There is no inwoner with id %1.</translation>
    </message>
</context>
<context>
    <name>core::documents::VerslagDocument</name>
    <message>
        <source>The verslag template is broken: %1</source>
        <translation>The verslag template is broken: %1</translation>
    </message>
</context>
<context>
    <name>core::documents::brief</name>
    <message>
        <source>There is no traject with id %1.</source>
        <translation>There is no traject with id %1.</translation>
    </message>
    <message>
        <source>There is no inwoner with id %1.</source>
        <translation>There is no inwoner with id %1.</translation>
    </message>
</context>
<context>
    <name>core::importing::InwonerCsvImport</name>
    <message>
        <source>A quote in this row is never closed, so the rest of the file was read as part of this row.</source>
        <translation>A quote in this row is never closed, so the rest of the file was read as part of this row.</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s), but the first line names %1 columns.</source>
        <translation>
            <numerusform>This row has %n field, but the first line names %1 columns.</numerusform>
            <numerusform>This row has %n fields, but the first line names %1 columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as 31-12-1950.</source>
        <translation>“%1” is not a date. Write it as 31-12-1950.</translation>
    </message>
    <message>
        <source>A house number starts with a whole number from 1 to 99999, such as 12 or 12a.</source>
        <translation>A house number starts with a whole number from 1 to 99999, such as 12 or 12a.</translation>
    </message>
    <message>
        <source>The house number has an addition and the column toevoeging has one too. Keep only one of them.</source>
        <translation>The house number has an addition and the column toevoeging has one too. Keep only one of them.</translation>
    </message>
    <message>
        <source>Write ja or nee (1 or 0 also work).</source>
        <translation>Write ja or nee (1 or 0 also work).</translation>
    </message>
    <message>
        <source>Write telefoon, email, post, huisbezoek or sms, or leave it empty.</source>
        <translation>Write telefoon, email, post, huisbezoek or sms, or leave it empty.</translation>
    </message>
    <message>
        <source>This BSN is already on line %1 of the file.</source>
        <translation>This BSN is already on line %1 of the file.</translation>
    </message>
    <message>
        <source>This is not a CSV text file. In the spreadsheet, use Save as and choose a CSV file type.</source>
        <translation>This is not a CSV text file. In the spreadsheet, use Save as and choose a CSV file type.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with one for the surname: geslachtsnaam or achternaam.</source>
        <translation>The first line must name the columns, with one for the surname: geslachtsnaam or achternaam.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>core::importing::SocialeKaartCsv</name>
    <message>
        <source>A quote in this row is never closed, so the rest of the file was read as part of this row.</source>
        <translation>A quote in this row is never closed, so the rest of the file was read as part of this row.</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s), but the first line names %1 columns.</source>
        <translation>
            <numerusform>This row has %n field, but the first line names %1 columns.</numerusform>
            <numerusform>This row has %n fields, but the first line names %1 columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the name of the voorziening.</source>
        <translation>Enter the name of the voorziening.</translation>
    </message>
    <message>
        <source>“%1” is not a law the sociale kaart knows. Write one of: %2.</source>
        <translation>“%1” is not a law the sociale kaart knows. Write one of: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a category of the sociale kaart. Write one of: %2.</source>
        <translation>“%1” is not a category of the sociale kaart. Write one of: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an id of the sociale kaart. Leave the column id empty for a new entry.</source>
        <translation>“%1” is not an id of the sociale kaart. Leave the column id empty for a new entry.</translation>
    </message>
    <message>
        <source>This id is already on line %1 of the file.</source>
        <translation>This id is already on line %1 of the file.</translation>
    </message>
    <message>
        <source>Write algemeen or maatwerk in the column vorm.</source>
        <translation>Write algemeen or maatwerk in the column vorm.</translation>
    </message>
    <message>
        <source>“%1” is not a vorm. Write algemeen or maatwerk.</source>
        <translation>“%1” is not a vorm. Write algemeen or maatwerk.</translation>
    </message>
    <message>
        <source>Write ja or nee in the column actief (1 or 0 also work), or leave it empty.</source>
        <translation>Write ja or nee in the column actief (1 or 0 also work), or leave it empty.</translation>
    </message>
    <message>
        <source>This is not a CSV text file. In the spreadsheet, use Save as and choose a CSV file type.</source>
        <translation>This is not a CSV text file. In the spreadsheet, use Save as and choose a CSV file type.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least naam and vorm.</source>
        <translation>The first line must name the columns, with at least naam and vorm.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>core::rules::AtwKalender</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>King&apos;s Day</source>
        <translation>King&apos;s Day</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>Liberation Day</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Whit Monday</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>Second Christmas Day</source>
        <translation>Second Christmas Day</translation>
    </message>
    <message>
        <source>The list of gelijkgestelde dagen is not valid JSON: %1 (at character %2).</source>
        <translation>The list of gelijkgestelde dagen is not valid JSON: %1 (at character %2).</translation>
    </message>
    <message>
        <source>The list of gelijkgestelde dagen must be an object with &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>The list of gelijkgestelde dagen must be an object with &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The list of gelijkgestelde dagen needs a &quot;dagen&quot; list.</source>
        <translation>The list of gelijkgestelde dagen needs a &quot;dagen&quot; list.</translation>
    </message>
    <message>
        <source>Gelijkgestelde dag %1: &quot;datum&quot; must be a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>Gelijkgestelde dag %1: &quot;datum&quot; must be a date as YYYY-MM-DD, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Gelijkgestelde dag %1 (%2) needs an &quot;omschrijving&quot;.</source>
        <translation>Gelijkgestelde dag %1 (%2) needs an &quot;omschrijving&quot;.</translation>
    </message>
    <message>
        <source>Gelijkgestelde dag %1 (%2) needs a &quot;bron&quot;: the decree it comes from.</source>
        <translation>Gelijkgestelde dag %1 (%2) needs a &quot;bron&quot;: the decree it comes from.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is ignored: %2</source>
        <translation>%1 is ignored: %2</translation>
    </message>
</context>
<context>
    <name>core::rules::Fase</name>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Support under way</source>
        <translation>Support under way</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>core::rules::Ontbrekend</name>
    <message>
        <source>No acknowledgement of the report sent</source>
        <translation>No acknowledgement of the report sent</translation>
    </message>
    <message>
        <source>Personal plan not offered</source>
        <translation>Personal plan not offered</translation>
    </message>
    <message>
        <source>Client support not offered to the resident</source>
        <translation>Client support not offered to the resident</translation>
    </message>
    <message>
        <source>Client support not offered to the informal carer</source>
        <translation>Client support not offered to the informal carer</translation>
    </message>
    <message>
        <source>Report not sent</source>
        <translation>Report not sent</translation>
    </message>
    <message>
        <source>Waiting for the signed report</source>
        <translation>Waiting for the signed report</translation>
    </message>
    <message>
        <source>Decision missing</source>
        <translation>Decision missing</translation>
    </message>
</context>
<context>
    <name>core::rules::Termijn</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, moved from %2: %3</source>
        <translation>%1, moved from %2: %3</translation>
    </message>
</context>
<context>
    <name>core::rules::TermijnStatus</name>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>due this week</source>
        <translation>due this week</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>lapsed</translation>
    </message>
</context>
<context>
    <name>core::rules::Termijnen</name>
    <message numerus="yes">
        <source>suspended %n day(s)</source>
        <translation>
            <numerusform>suspended %n day</numerusform>
            <numerusform>suspended %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>suspended %n day(s): %1</source>
        <translation>
            <numerusform>suspended %n day: %1</numerusform>
            <numerusform>suspended %n days: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>weekend</translation>
    </message>
    <message>
        <source>at least two working days in the term (Atw art. 2)</source>
        <translation>at least two working days in the term (Atw art. 2)</translation>
    </message>
</context>
<context>
    <name>core::rules::TrajectBeoordeling</name>
    <message>
        <source>Personal plan</source>
        <translation>Personal plan</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>core::rules::Validation</name>
    <message>
        <source>A BSN has nine digits (eight is also accepted).</source>
        <translation>A BSN has nine digits (eight is also accepted).</translation>
    </message>
    <message>
        <source>This BSN does not exist: it fails the elfproef. Check for a typing error.</source>
        <translation>This BSN does not exist: it fails the elfproef. Check for a typing error.</translation>
    </message>
    <message>
        <source>A postcode is four digits and two letters, such as 1234 AB.</source>
        <translation>A postcode is four digits and two letters, such as 1234 AB.</translation>
    </message>
    <message>
        <source>The date of birth lies in the future.</source>
        <translation>The date of birth lies in the future.</translation>
    </message>
    <message>
        <source>The date of birth lies before 1900.</source>
        <translation>The date of birth lies before 1900.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces, dashes and an optional +.</source>
        <translation>A phone number has only digits, spaces, dashes and an optional +.</translation>
    </message>
    <message>
        <source>Enter the surname.</source>
        <translation>Enter the surname.</translation>
    </message>
    <message>
        <source>A house number is a whole number from 1 to 99999.</source>
        <translation>A house number is a whole number from 1 to 99999.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <source>Closeness runs from 1 (closest) to 4.</source>
        <translation>Closeness runs from 1 (closest) to 4.</translation>
    </message>
    <message>
        <source>The date of consent lies in the future.</source>
        <translation>The date of consent lies in the future.</translation>
    </message>
    <message>
        <source>Hours per week run from 0 to 168.</source>
        <translation>Hours per week run from 0 to 168.</translation>
    </message>
    <message>
        <source>The start of the care lies in the future.</source>
        <translation>The start of the care lies in the future.</translation>
    </message>
    <message>
        <source>The EDIZ-plus score runs from 0 to 15.</source>
        <translation>The EDIZ-plus score runs from 0 to 15.</translation>
    </message>
    <message>
        <source>This is not an e-mail address. Write it like naam@voorbeeld.nl.</source>
        <translation>This is not an e-mail address. Write it like naam@voorbeeld.nl.</translation>
    </message>
</context>
<context>
    <name>core::sync</name>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time</source>
        <translation>&apos;%1&apos; is not a date and time</translation>
    </message>
    <message>
        <source>BSN %1 does not pass the elfproef</source>
        <translation>BSN %1 does not pass the elfproef</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a leefgebied of the Zelfredzaamheid-Matrix</source>
        <translation>&apos;%1&apos; is not a leefgebied of the Zelfredzaamheid-Matrix</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a leefgebied of the ZRM 2017</source>
        <translation>&apos;%1&apos; is not a leefgebied of the ZRM 2017</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known value</source>
        <translation>&apos;%1&apos; is not a known value</translation>
    </message>
    <message>
        <source>ZRM score %1 is not between 1 and 5</source>
        <translation>ZRM score %1 is not between 1 and 5</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>The bundle could not be written: %1</source>
        <translation>The bundle could not be written: %1</translation>
    </message>
</context>
<context>
    <name>core::sync::DecryptingSource</name>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>The encryption library could not be started.</translation>
    </message>
    <message>
        <source>This file is not an encrypted Wijkdossier bundle.</source>
        <translation>This file is not an encrypted Wijkdossier bundle.</translation>
    </message>
    <message>
        <source>The bundle is incomplete: the file was cut off.</source>
        <translation>The bundle is incomplete: the file was cut off.</translation>
    </message>
    <message>
        <source>This bundle was encrypted by a newer version of Wijkdossier (encryption version %1).</source>
        <translation>This bundle was encrypted by a newer version of Wijkdossier (encryption version %1).</translation>
    </message>
    <message>
        <source>The bundle&apos;s key settings are outside what Wijkdossier accepts; the file was changed or damaged.</source>
        <translation>The bundle&apos;s key settings are outside what Wijkdossier accepts; the file was changed or damaged.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key from the passphrase.</source>
        <translation>There is not enough memory to derive the key from the passphrase.</translation>
    </message>
    <message>
        <source>The bundle is damaged: its header is invalid.</source>
        <translation>The bundle is damaged: its header is invalid.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the bundle was changed.</source>
        <translation>The passphrase is wrong, or the bundle was changed.</translation>
    </message>
    <message>
        <source>The bundle was changed or is damaged: its contents do not authenticate.</source>
        <translation>The bundle was changed or is damaged: its contents do not authenticate.</translation>
    </message>
    <message>
        <source>The bundle was changed: there is data after its end.</source>
        <translation>The bundle was changed: there is data after its end.</translation>
    </message>
</context>
<context>
    <name>core::sync::EncryptingSink</name>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>The encryption library could not be started.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key from the passphrase.</source>
        <translation>There is not enough memory to derive the key from the passphrase.</translation>
    </message>
</context>
<context>
    <name>core::sync::JsonReader</name>
    <message>
        <source>%1 (at byte %2)</source>
        <translation>%1 (at byte %2)</translation>
    </message>
    <message>
        <source>Unexpected data after the end of the JSON document</source>
        <translation>Unexpected data after the end of the JSON document</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after a key</source>
        <translation>Expected &apos;:&apos; after a key</translation>
    </message>
    <message>
        <source>The JSON document ends too early</source>
        <translation>The JSON document ends too early</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or the end of a list or object</source>
        <translation>Expected &apos;,&apos; or the end of a list or object</translation>
    </message>
    <message>
        <source>Expected a key in quotes</source>
        <translation>Expected a key in quotes</translation>
    </message>
    <message>
        <source>The JSON is nested more than %1 levels deep</source>
        <translation>The JSON is nested more than %1 levels deep</translation>
    </message>
    <message>
        <source>A text in the JSON is longer than %1 MB</source>
        <translation>A text in the JSON is longer than %1 MB</translation>
    </message>
    <message>
        <source>A text in the JSON is not closed</source>
        <translation>A text in the JSON is not closed</translation>
    </message>
    <message>
        <source>A text in the JSON contains a control character</source>
        <translation>A text in the JSON contains a control character</translation>
    </message>
    <message>
        <source>A \u escape in the JSON is malformed</source>
        <translation>A \u escape in the JSON is malformed</translation>
    </message>
    <message>
        <source>A text in the JSON has an unknown escape</source>
        <translation>A text in the JSON has an unknown escape</translation>
    </message>
    <message>
        <source>The JSON is not valid UTF-8</source>
        <translation>The JSON is not valid UTF-8</translation>
    </message>
    <message>
        <source>A number in the JSON is too long</source>
        <translation>A number in the JSON is too long</translation>
    </message>
    <message>
        <source>A number in the JSON is malformed</source>
        <translation>A number in the JSON is malformed</translation>
    </message>
    <message>
        <source>A number in the JSON is too large</source>
        <translation>A number in the JSON is too large</translation>
    </message>
    <message>
        <source>A number in the JSON is out of range</source>
        <translation>A number in the JSON is out of range</translation>
    </message>
    <message>
        <source>Unexpected character in the JSON</source>
        <translation>Unexpected character in the JSON</translation>
    </message>
</context>
<context>
    <name>core::sync::Merge</name>
    <message>
        <source>This is not a Wijkdossier bundle: it does not start with a JSON object.</source>
        <translation>This is not a Wijkdossier bundle: it does not start with a JSON object.</translation>
    </message>
    <message>
        <source>This is not a Wijkdossier bundle: %1</source>
        <translation>This is not a Wijkdossier bundle: %1</translation>
    </message>
    <message>
        <source>The bundle is not valid JSON: %1</source>
        <translation>The bundle is not valid JSON: %1</translation>
    </message>
    <message>
        <source>The bundle has no list of tables.</source>
        <translation>The bundle has no list of tables.</translation>
    </message>
    <message>
        <source>This is not a Wijkdossier bundle (format &apos;%1&apos;).</source>
        <translation>This is not a Wijkdossier bundle (format &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The bundle&apos;s format version is missing or invalid.</source>
        <translation>The bundle&apos;s format version is missing or invalid.</translation>
    </message>
    <message>
        <source>This bundle was made in a newer bundle format (version %1); update Wijkdossier to import it.</source>
        <translation>This bundle was made in a newer bundle format (version %1); update Wijkdossier to import it.</translation>
    </message>
    <message>
        <source>The bundle&apos;s schema version is missing or invalid.</source>
        <translation>The bundle&apos;s schema version is missing or invalid.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of Wijkdossier (schema %1; this version knows up to %2). Update Wijkdossier first.</source>
        <translation>This bundle was made by a newer version of Wijkdossier (schema %1; this version knows up to %2). Update Wijkdossier first.</translation>
    </message>
    <message>
        <source>The bundle&apos;s schema version %1 is older than any version that made bundles.</source>
        <translation>The bundle&apos;s schema version %1 is older than any version that made bundles.</translation>
    </message>
    <message>
        <source>The bundle does not say which device made it.</source>
        <translation>The bundle does not say which device made it.</translation>
    </message>
    <message>
        <source>The bundle&apos;s overdracht is invalid.</source>
        <translation>The bundle&apos;s overdracht is invalid.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header (format, schema_version, device) must come before its tables.</source>
        <translation>The bundle&apos;s header (format, schema_version, device) must come before its tables.</translation>
    </message>
    <message>
        <source>The bundle&apos;s tables are not a list.</source>
        <translation>The bundle&apos;s tables are not a list.</translation>
    </message>
    <message>
        <source>A table in the bundle is not an object.</source>
        <translation>A table in the bundle is not an object.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>A table in the bundle has no name.</source>
        <translation>A table in the bundle has no name.</translation>
    </message>
    <message>
        <source>A table in the bundle has more than one name.</source>
        <translation>A table in the bundle has more than one name.</translation>
    </message>
    <message>
        <source>The bundle contains a table this version does not know: &apos;%1&apos;.</source>
        <translation>The bundle contains a table this version does not know: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The table &apos;%1&apos; appears twice in the bundle.</source>
        <translation>The table &apos;%1&apos; appears twice in the bundle.</translation>
    </message>
    <message>
        <source>A table&apos;s columns must follow its name.</source>
        <translation>A table&apos;s columns must follow its name.</translation>
    </message>
    <message>
        <source>The table &apos;%1&apos; lists its columns twice.</source>
        <translation>The table &apos;%1&apos; lists its columns twice.</translation>
    </message>
    <message>
        <source>The columns of table &apos;%1&apos; are invalid.</source>
        <translation>The columns of table &apos;%1&apos; are invalid.</translation>
    </message>
    <message>
        <source>A table&apos;s rows must follow its name and columns.</source>
        <translation>A table&apos;s rows must follow its name and columns.</translation>
    </message>
    <message>
        <source>Table &apos;%1&apos; in the bundle has a column this version does not know: &apos;%2&apos;.</source>
        <translation>Table &apos;%1&apos; in the bundle has a column this version does not know: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Table &apos;%1&apos; in the bundle names column &apos;%2&apos; twice.</source>
        <translation>Table &apos;%1&apos; in the bundle names column &apos;%2&apos; twice.</translation>
    </message>
    <message>
        <source>Table &apos;%1&apos; in the bundle lacks the column &apos;%2&apos;.</source>
        <translation>Table &apos;%1&apos; in the bundle lacks the column &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>its version vector is not an object</source>
        <translation>its version vector is not an object</translation>
    </message>
    <message>
        <source>its version vector is invalid</source>
        <translation>its version vector is invalid</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; may not be empty</source>
        <translation>column &apos;%1&apos; may not be empty</translation>
    </message>
    <message>
        <source>the text in column &apos;%1&apos; is longer than 1 MB</source>
        <translation>the text in column &apos;%1&apos; is longer than 1 MB</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is not valid base64</source>
        <translation>column &apos;%1&apos; is not valid base64</translation>
    </message>
    <message>
        <source>the file in column &apos;%1&apos; is larger than 25 MB</source>
        <translation>the file in column &apos;%1&apos; is larger than 25 MB</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds a list or object</source>
        <translation>column &apos;%1&apos; holds a list or object</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; has a value of the wrong type</source>
        <translation>column &apos;%1&apos; has a value of the wrong type</translation>
    </message>
    <message>
        <source>A row of table &apos;%1&apos; is not a list.</source>
        <translation>A row of table &apos;%1&apos; is not a list.</translation>
    </message>
    <message>
        <source>it has more values than columns</source>
        <translation>it has more values than columns</translation>
    </message>
    <message>
        <source>it has fewer values than columns</source>
        <translation>it has fewer values than columns</translation>
    </message>
    <message>
        <source>its id is empty or too long</source>
        <translation>its id is empty or too long</translation>
    </message>
    <message>
        <source>its id appears twice in the bundle</source>
        <translation>its id appears twice in the bundle</translation>
    </message>
    <message>
        <source>its version (hlc, device) is invalid</source>
        <translation>its version (hlc, device) is invalid</translation>
    </message>
    <message>
        <source>its deleted mark is not 0 or 1</source>
        <translation>its deleted mark is not 0 or 1</translation>
    </message>
    <message>
        <source>its version vector does not match its version</source>
        <translation>its version vector does not match its version</translation>
    </message>
    <message>
        <source>Table %1, row %2%3: %4</source>
        <translation>Table %1, row %2%3: %4</translation>
    </message>
    <message>
        <source>Table %1, row %2 (id %3): the database refused it: %4</source>
        <translation>Table %1, row %2 (id %3): the database refused it: %4</translation>
    </message>
    <message>
        <source>Table %1, id %2: it refers to a %3 that is neither in the bundle nor in this database.</source>
        <translation>Table %1, id %2: it refers to a %3 that is neither in the bundle nor in this database.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Wijkdossier cannot open the file</source>
        <translation>Wijkdossier cannot open the file</translation>
    </message>
    <message>
        <source>Wijkdossier</source>
        <translation>Wijkdossier</translation>
    </message>
    <message>
        <source> (demo data)</source>
        <translation> (demo data)</translation>
    </message>
    <message>
        <source>--quit-after needs a number of seconds (0 to 3600).</source>
        <translation>--quit-after needs a number of seconds (0 to 3600).</translation>
    </message>
    <message>
        <source>--screenshot needs --quit-after.</source>
        <translation>--screenshot needs --quit-after.</translation>
    </message>
    <message>
        <source>The screen could not be captured.</source>
        <translation>The screen could not be captured.</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <source>There is no dossier at %1 yet. Create a new, empty dossier there?</source>
        <translation>There is no dossier at %1 yet. Create a new, empty dossier there?</translation>
    </message>
    <message>
        <source>&amp;Break the lock</source>
        <translation>&amp;Break the lock</translation>
    </message>
</context>
<context>
    <name>ui::AanwezigenEditor</name>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Add &amp;person present</source>
        <translation>Add &amp;person present</translation>
    </message>
    <message>
        <source>Pick from the netwerk or type a name</source>
        <translation>Pick from the netwerk or type a name</translation>
    </message>
    <message>
        <source>(removed from the netwerk)</source>
        <translation>(removed from the netwerk)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Not present after all</source>
        <translation>Not present after all</translation>
    </message>
</context>
<context>
    <name>ui::AanwezigenStap</name>
    <message>
        <source>Who is present?</source>
        <translation>Who is present?</translation>
    </message>
    <message>
        <source>Tick everyone at the table and choose their role. The inwoner is present unless you untick them.</source>
        <translation>Tick everyone at the table and choose their role. The inwoner is present unless you untick them.</translation>
    </message>
    <message>
        <source>%1 (inwoner)</source>
        <translation>%1 (inwoner)</translation>
    </message>
    <message>
        <source>From the netwerk</source>
        <translation>From the netwerk</translation>
    </message>
    <message>
        <source>Nobody is recorded in the netwerk yet. Add people below.</source>
        <translation>Nobody is recorded in the netwerk yet. Add people below.</translation>
    </message>
    <message>
        <source>%1 (%2, mantelzorger)</source>
        <translation>%1 (%2, mantelzorger)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Role of %1</translation>
    </message>
    <message>
        <source>Someone else (cliëntondersteuner, interpreter, neighbour …)</source>
        <translation>Someone else (cliëntondersteuner, interpreter, neighbour …)</translation>
    </message>
    <message>
        <source>+ Add someone else</source>
        <translation>+ Add someone else</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name of someone present</source>
        <translation>Name of someone present</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ui::ActieDialog</name>
    <message>
        <source>What the inwoner can do alone, perhaps with a little help or an aid.</source>
        <translation>What the inwoner can do alone, perhaps with a little help or an aid.</translation>
    </message>
    <message>
        <source>What family, neighbours, friends or volunteers can and want to do.</source>
        <translation>What family, neighbours, friends or volunteers can and want to do.</translation>
    </message>
    <message>
        <source>An algemene voorziening on the social map: open to everyone, no beschikking needed.</source>
        <translation>An algemene voorziening on the social map: open to everyone, no beschikking needed.</translation>
    </message>
    <message>
        <source>A maatwerkvoorziening by beschikking: only when the above fall short, with the reasons.</source>
        <translation>A maatwerkvoorziening by beschikking: only when the above fall short, with the reasons.</translation>
    </message>
    <message>
        <source>A professional outside the Wmo, e.g. GP, district nurse or debt counsellor.</source>
        <translation>A professional outside the Wmo, e.g. GP, district nurse or debt counsellor.</translation>
    </message>
    <message>
        <source>Add actie</source>
        <translation>Add actie</translation>
    </message>
    <message>
        <source>Edit actie</source>
        <translation>Edit actie</translation>
    </message>
    <message>
        <source>e.g. does the shopping on Saturdays</source>
        <translation>e.g. does the shopping on Saturdays</translation>
    </message>
    <message>
        <source>Why what the inwoner can do, the netwerk and algemene voorzieningen are not enough</source>
        <translation>Why what the inwoner can do, the netwerk and algemene voorzieningen are not enough</translation>
    </message>
    <message>
        <source>Leave empty when it has no end date.</source>
        <translation>Leave empty when it has no end date.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>No unit</translation>
    </message>
    <message>
        <source>&amp;What is done *</source>
        <translation>&amp;What is done *</translation>
    </message>
    <message>
        <source>Who in the &amp;netwerk *</source>
        <translation>Who in the &amp;netwerk *</translation>
    </message>
    <message>
        <source>&amp;Voorziening *</source>
        <translation>&amp;Voorziening *</translation>
    </message>
    <message>
        <source>In the &amp;beschikking</source>
        <translation>In the &amp;beschikking</translation>
    </message>
    <message>
        <source>Required for a maatwerkvoorziening: say why eigen kracht, the netwerk and algemene voorzieningen fall short.</source>
        <translation>Required for a maatwerkvoorziening: say why eigen kracht, the netwerk and algemene voorzieningen fall short.</translation>
    </message>
    <message>
        <source>&amp;Onderbouwing *</source>
        <translation>&amp;Onderbouwing *</translation>
    </message>
    <message>
        <source>Wh&amp;o *</source>
        <translation>Wh&amp;o *</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Who does it? In the order of consideration</source>
        <translation>Who does it? In the order of consideration</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>&amp;Respite care (respijtzorg) or extra support for the mantelzorger was considered</source>
        <translation>&amp;Respite care (respijtzorg) or extra support for the mantelzorger was considered</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — mantelzorger, %2</source>
        <translation>%1 — mantelzorger, %2</translation>
    </message>
    <message>
        <source>%1 — mantelzorger</source>
        <translation>%1 — mantelzorger</translation>
    </message>
    <message>
        <source>(removed from the netwerk)</source>
        <translation>(removed from the netwerk)</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Not linked</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The beschikking of the traject has no voorzieningen yet</source>
        <translation>The beschikking of the traject has no voorzieningen yet</translation>
    </message>
    <message>
        <source>The plan belongs to no traject with a beschikking</source>
        <translation>The plan belongs to no traject with a beschikking</translation>
    </message>
    <message>
        <source>(no longer in the beschikking)</source>
        <translation>(no longer in the beschikking)</translation>
    </message>
    <message>
        <source>Pr&amp;ovider</source>
        <translation>Pr&amp;ovider</translation>
    </message>
    <message>
        <source>e.g. GP Dr. Bakker, district nurse</source>
        <translation>e.g. GP Dr. Bakker, district nurse</translation>
    </message>
    <message>
        <source>Only when it is not on the social map</source>
        <translation>Only when it is not on the social map</translation>
    </message>
    <message>
        <source>Mantelzorger</source>
        <translation>Mantelzorger</translation>
    </message>
    <message>
        <source>Yes: it was considered. No: save the actie without it. Cancel: go back.</source>
        <translation>Yes: it was considered. No: save the actie without it. Cancel: go back.</translation>
    </message>
    <message>
        <source>Yes, considered</source>
        <translation>Yes, considered</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
</context>
<context>
    <name>ui::AfsprakenStap</name>
    <message>
        <source>Afspraken</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>What was agreed: who does what, and by when. Start with what the inwoner and the netwerk will do themselves.</source>
        <translation>What was agreed: who does what, and by when. Start with what the inwoner and the netwerk will do themselves.</translation>
    </message>
    <message>
        <source>For example: daughter asks the neighbour about shopping on Fridays; consulent sends the verslag within a week.</source>
        <translation>For example: daughter asks the neighbour about shopping on Fridays; consulent sends the verslag within a week.</translation>
    </message>
</context>
<context>
    <name>ui::ArchiefLijst</name>
    <message>
        <source>Verslag</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Ontvangstbevestiging</source>
        <translation>Ontvangstbevestiging</translation>
    </message>
    <message>
        <source>Ondersteuningsplan</source>
        <translation>Ondersteuningsplan</translation>
    </message>
    <message>
        <source>Inzage overview</source>
        <translation>Inzage overview</translation>
    </message>
    <message>
        <source>Not yet signed</source>
        <translation>Not yet signed</translation>
    </message>
    <message>
        <source>Akkoord, %1</source>
        <translation>Akkoord, %1</translation>
    </message>
    <message>
        <source>Voor gezien, %1</source>
        <translation>Voor gezien, %1</translation>
    </message>
    <message>
        <source>%1, with aanvraag</source>
        <translation>%1, with aanvraag</translation>
    </message>
    <message>
        <source>&amp;Open copy…</source>
        <translation>&amp;Open copy…</translation>
    </message>
    <message>
        <source>Save cop&amp;y as…</source>
        <translation>Save cop&amp;y as…</translation>
    </message>
    <message>
        <source>&amp;Mark as signed…</source>
        <translation>&amp;Mark as signed…</translation>
    </message>
    <message>
        <source>Attach s&amp;can…</source>
        <translation>Attach s&amp;can…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Show the copy exactly as it was issued</source>
        <translation>Show the copy exactly as it was issued</translation>
    </message>
    <message>
        <source>A scan or photo of the signed paper: PDF, JPEG or PNG, at most 20 MB</source>
        <translation>A scan or photo of the signed paper: PDF, JPEG or PNG, at most 20 MB</translation>
    </message>
    <message>
        <source>Open copy</source>
        <translation>Open copy</translation>
    </message>
    <message>
        <source>Cannot write a temporary copy: %1</source>
        <translation>Cannot write a temporary copy: %1</translation>
    </message>
    <message>
        <source>No PDF viewer could be started. Use Save copy as… to keep the copy as a file.</source>
        <translation>No PDF viewer could be started. Use Save copy as… to keep the copy as a file.</translation>
    </message>
    <message>
        <source>Save copy as</source>
        <translation>Save copy as</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Attach a scan of the signed paper</source>
        <translation>Attach a scan of the signed paper</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;PDF documents (*.pdf);;JPEG images (*.jpg *.jpeg);;PNG images (*.png)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png);;PDF documents (*.pdf);;JPEG images (*.jpg *.jpeg);;PNG images (*.png)</translation>
    </message>
    <message>
        <source>Attach scan</source>
        <translation>Attach scan</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Nothing has been issued from this traject yet. When you print or save the ontvangstbevestiging or the verslag, a copy is kept here exactly as it was issued; here you also mark the verslag signed and attach the scan of the signed paper.</source>
        <translation>Nothing has been issued from this traject yet. When you print or save the ontvangstbevestiging or the verslag, a copy is kept here exactly as it was issued; here you also mark the verslag signed and attach the scan of the signed paper.</translation>
    </message>
</context>
<context>
    <name>ui::CaseloadModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>ui::CaseloadView</name>
    <message>
        <source>Search by name, BSN, postcode, street or phone</source>
        <translation>Search by name, BSN, postcode, street or phone</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>My caseload</translation>
    </message>
    <message>
        <source>All inwoners</source>
        <translation>All inwoners</translation>
    </message>
    <message>
        <source>Which inwoners</source>
        <translation>Which inwoners</translation>
    </message>
    <message numerus="yes">
        <source>The first %n inwoners are shown; type more to narrow the list.</source>
        <translation>
            <numerusform>The first %n inwoner is shown; type more to narrow the list.</numerusform>
            <numerusform>The first %n inwoners are shown; type more to narrow the list.</numerusform>
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
            <numerusform>%n inwoner found</numerusform>
            <numerusform>%n inwoners found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ConflictenWindow</name>
    <message>
        <source>&amp;Keep this version</source>
        <translation>&amp;Keep this version</translation>
    </message>
    <message>
        <source>&amp;Restore the other version</source>
        <translation>&amp;Restore the other version</translation>
    </message>
    <message>
        <source>&amp;Combine the ticked fields</source>
        <translation>&amp;Combine the ticked fields</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Other version written</source>
        <translation>Other version written</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>This version</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Other version</translation>
    </message>
    <message>
        <source>Take the other</source>
        <translation>Take the other</translation>
    </message>
    <message>
        <source>Keep the record as it is now; the other version is set aside.</source>
        <translation>Keep the record as it is now; the other version is set aside.</translation>
    </message>
    <message>
        <source>Put the other version back as a new change.</source>
        <translation>Put the other version back as a new change.</translation>
    </message>
    <message>
        <source>Keep this version, with the ticked fields taken from the other version.</source>
        <translation>Keep this version, with the ticked fields taken from the other version.</translation>
    </message>
    <message>
        <source>Inwoner: %1</source>
        <translation>Inwoner: %1</translation>
    </message>
    <message>
        <source>Netwerk of %1: %2</source>
        <translation>Netwerk of %1: %2</translation>
    </message>
    <message>
        <source>Netwerk: %1</source>
        <translation>Netwerk: %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>another computer (%1)</source>
        <translation>another computer (%1)</translation>
    </message>
    <message>
        <source>There are no conflicts to look at.</source>
        <translation>There are no conflicts to look at.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed here and on another computer at the same time. The latest change was kept; choose what is right for each.</source>
        <translation>
            <numerusform>%n record was changed here and on another computer at the same time. The latest change was kept; choose what is right for each.</numerusform>
            <numerusform>%n records were changed here and on another computer at the same time. The latest change was kept; choose what is right for each.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was deleted, and the other version changed it at the same time. The deletion was later and was kept. Keep this version to leave it deleted, or restore the other version to bring the record back with its changes.</source>
        <translation>%1 was deleted, and the other version changed it at the same time. The deletion was later and was kept. Keep this version to leave it deleted, or restore the other version to bring the record back with its changes.</translation>
    </message>
    <message>
        <source>The other version deleted %1, while it was changed here later. The change was kept. Keep this version, or restore the other version to delete the record after all.</source>
        <translation>The other version deleted %1, while it was changed here later. The change was kept. Keep this version, or restore the other version to delete the record after all.</translation>
    </message>
    <message>
        <source>%1 was changed here and on another computer. The fields that differ are marked with ≠ and in bold. Tick the fields to take from the other version and combine, or keep one version whole.</source>
        <translation>%1 was changed here and on another computer. The fields that differ are marked with ≠ and in bold. Tick the fields to take from the other version and combine, or keep one version whole.</translation>
    </message>
    <message>
        <source>≠ %1</source>
        <translation>≠ %1</translation>
    </message>
    <message>
        <source>take</source>
        <translation>take</translation>
    </message>
    <message>
        <source>The two versions differ in this field.</source>
        <translation>The two versions differ in this field.</translation>
    </message>
    <message>
        <source>Choose a conflict above.</source>
        <translation>Choose a conflict above.</translation>
    </message>
</context>
<context>
    <name>ui::CsvImportDialog</name>
    <message>
        <source>No file chosen yet.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Import inwoners from a spreadsheet</source>
        <translation>Import inwoners from a spreadsheet</translation>
    </message>
    <message>
        <source>Choose a CSV file saved from a spreadsheet (UTF-8 or Windows-1252, separated by ; or ,). The first line must name the columns; at least Geslachtsnaam or Achternaam is required. Nothing is written until you press Import.</source>
        <translation>Choose a CSV file saved from a spreadsheet (UTF-8 or Windows-1252, separated by ; or ,). The first line must name the columns; at least Geslachtsnaam or Achternaam is required. Nothing is written until you press Import.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>This file cannot be imported: %1</translation>
    </message>
    <message>
        <source>%1 rows read (%2, separated by &apos;%3&apos;): %4 can be imported, %5 are rejected and listed below.</source>
        <translation>%1 rows read (%2, separated by &apos;%3&apos;): %4 can be imported, %5 are rejected and listed below.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n inwoner(s)</source>
        <translation>
            <numerusform>&amp;Import %n inwoner</numerusform>
            <numerusform>&amp;Import %n inwoners</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n inwoner(s) imported.</source>
        <translation>
            <numerusform>%n inwoner imported.</numerusform>
            <numerusform>%n inwoners imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be checked against the dossier: %1</source>
        <translation>This file cannot be checked against the dossier: %1</translation>
    </message>
</context>
<context>
    <name>ui::DialogFields</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>This is not a date. Write it as day-month-year, e.g. 02-03-2024.</source>
        <translation>This is not a date. Write it as day-month-year, e.g. 02-03-2024.</translation>
    </message>
</context>
<context>
    <name>ui::DocumentPrinter</name>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <source>Archive copy</source>
        <translation>Archive copy</translation>
    </message>
    <message>
        <source>The document was issued, but its archive copy could not be stored: %1</source>
        <translation>The document was issued, but its archive copy could not be stored: %1</translation>
    </message>
</context>
<context>
    <name>ui::DoelDialog</name>
    <message>
        <source>Add doel</source>
        <translation>Add doel</translation>
    </message>
    <message>
        <source>Edit doel</source>
        <translation>Edit doel</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;For</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Leefgebied *</source>
        <translation>&amp;Leefgebied *</translation>
    </message>
    <message>
        <source>In the inwoner&apos;s own words, e.g. “I want to do my own shopping again”</source>
        <translation>In the inwoner&apos;s own words, e.g. “I want to do my own shopping again”</translation>
    </message>
    <message>
        <source>&amp;Wens (own words) *</source>
        <translation>&amp;Wens (own words) *</translation>
    </message>
    <message>
        <source>What it looks like when the doel is reached</source>
        <translation>What it looks like when the doel is reached</translation>
    </message>
    <message>
        <source>&amp;Desired situation</source>
        <translation>&amp;Desired situation</translation>
    </message>
    <message>
        <source>&amp;Improve</source>
        <translation>&amp;Improve</translation>
    </message>
    <message>
        <source>&amp;Stay stable</source>
        <translation>&amp;Stay stable</translation>
    </message>
    <message>
        <source>Limit de&amp;cline</source>
        <translation>Limit de&amp;cline</translation>
    </message>
    <message>
        <source>Kind of doel *</source>
        <translation>Kind of doel *</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Target ZRM score</source>
        <translation>&amp;Target ZRM score</translation>
    </message>
    <message>
        <source>&amp;Evaluate on</source>
        <translation>&amp;Evaluate on</translation>
    </message>
    <message>
        <source>What the inwoner proposed themselves, if anything</source>
        <translation>What the inwoner proposed themselves, if anything</translation>
    </message>
    <message>
        <source>Inwoner&apos;s &amp;own solution</source>
        <translation>Inwoner&apos;s &amp;own solution</translation>
    </message>
    <message>
        <source>Why that solution is not followed (leave empty when it is)</source>
        <translation>Why that solution is not followed (leave empty when it is)</translation>
    </message>
    <message>
        <source>Why it is &amp;not followed</source>
        <translation>Why it is &amp;not followed</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
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
        <translation>new inwoner</translation>
    </message>
    <message>
        <source>edit persoonsgegevens</source>
        <translation>edit persoonsgegevens</translation>
    </message>
    <message>
        <source>Delete %1 from the file? You can undo this with Edit → Undo.</source>
        <translation>Delete %1 from the file? You can undo this with Edit → Undo.</translation>
    </message>
    <message>
        <source>delete inwoner</source>
        <translation>delete inwoner</translation>
    </message>
    <message>
        <source>add to netwerk</source>
        <translation>add to netwerk</translation>
    </message>
    <message>
        <source>edit netwerk person</source>
        <translation>edit netwerk person</translation>
    </message>
    <message>
        <source>Remove %1 from the netwerk?</source>
        <translation>Remove %1 from the netwerk?</translation>
    </message>
    <message>
        <source>remove from netwerk</source>
        <translation>remove from netwerk</translation>
    </message>
    <message>
        <source>add household member</source>
        <translation>add household member</translation>
    </message>
    <message>
        <source>Remove %1 from the household?</source>
        <translation>Remove %1 from the household?</translation>
    </message>
    <message>
        <source>remove household member</source>
        <translation>remove household member</translation>
    </message>
    <message>
        <source>new ZRM meting</source>
        <translation>new ZRM meting</translation>
    </message>
    <message>
        <source>edit ZRM meting</source>
        <translation>edit ZRM meting</translation>
    </message>
    <message>
        <source>Delete the ZRM meting of %1? You can undo this with Edit → Undo.</source>
        <translation>Delete the ZRM meting of %1? You can undo this with Edit → Undo.</translation>
    </message>
    <message>
        <source>delete ZRM meting</source>
        <translation>delete ZRM meting</translation>
    </message>
    <message>
        <source>new traject</source>
        <translation>new traject</translation>
    </message>
    <message>
        <source>edit traject</source>
        <translation>edit traject</translation>
    </message>
    <message>
        <source>Delete the traject of the melding of %1 (%2)? You can undo this with Edit → Undo.</source>
        <translation>Delete the traject of the melding of %1 (%2)? You can undo this with Edit → Undo.</translation>
    </message>
    <message>
        <source>delete traject</source>
        <translation>delete traject</translation>
    </message>
    <message>
        <source>someone no longer in the netwerk</source>
        <translation>someone no longer in the netwerk</translation>
    </message>
    <message>
        <source>clear step: %1</source>
        <translation>clear step: %1</translation>
    </message>
    <message>
        <source>record step: %1</source>
        <translation>record step: %1</translation>
    </message>
    <message>
        <source>suspend term</source>
        <translation>suspend term</translation>
    </message>
    <message>
        <source>Remove this suspension? The deadline moves back.</source>
        <translation>Remove this suspension? The deadline moves back.</translation>
    </message>
    <message>
        <source>remove suspension</source>
        <translation>remove suspension</translation>
    </message>
    <message>
        <source>add voorziening</source>
        <translation>add voorziening</translation>
    </message>
    <message>
        <source>edit voorziening</source>
        <translation>edit voorziening</translation>
    </message>
    <message>
        <source>Remove this voorziening from the beschikking?</source>
        <translation>Remove this voorziening from the beschikking?</translation>
    </message>
    <message>
        <source>remove voorziening</source>
        <translation>remove voorziening</translation>
    </message>
    <message>
        <source>new gesprek</source>
        <translation>new gesprek</translation>
    </message>
    <message>
        <source>edit gesprek</source>
        <translation>edit gesprek</translation>
    </message>
    <message>
        <source>Delete the gesprek of %1? You can undo this with Edit → Undo.</source>
        <translation>Delete the gesprek of %1? You can undo this with Edit → Undo.</translation>
    </message>
    <message>
        <source>delete gesprek</source>
        <translation>delete gesprek</translation>
    </message>
    <message>
        <source>new signal</source>
        <translation>new signal</translation>
    </message>
    <message>
        <source>edit signal</source>
        <translation>edit signal</translation>
    </message>
    <message>
        <source>Delete the signal of %1? You can undo this with Edit → Undo.</source>
        <translation>Delete the signal of %1? You can undo this with Edit → Undo.</translation>
    </message>
    <message>
        <source>delete signal</source>
        <translation>delete signal</translation>
    </message>
</context>
<context>
    <name>ui::DossierView</name>
    <message>
        <source>Choose an inwoner from the list, or create a new one with Ctrl+N.</source>
        <translation>Choose an inwoner from the list, or create a new one with Ctrl+N.</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Save as &amp;PNG…</translation>
    </message>
    <message>
        <source>&amp;Persoonsgegevens</source>
        <translation>&amp;Persoonsgegevens</translation>
    </message>
    <message>
        <source>&amp;Huishouden</source>
        <translation>&amp;Huishouden</translation>
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
        <translation>born %1 (%2)</translation>
    </message>
    <message>
        <source>interpreter needed (%1)</source>
        <translation>interpreter needed (%1)</translation>
    </message>
    <message>
        <source>Save netwerkkaart</source>
        <translation>Save netwerkkaart</translation>
    </message>
    <message>
        <source>netwerkkaart.png</source>
        <translation>netwerkkaart.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>The image could not be saved to %1.</source>
        <translation>The image could not be saved to %1.</translation>
    </message>
    <message>
        <source>&amp;Zelfredzaamheid</source>
        <translation>&amp;Zelfredzaamheid</translation>
    </message>
    <message>
        <source>&amp;Trajecten</source>
        <translation>&amp;Trajecten</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
</context>
<context>
    <name>ui::EvaluatieDialog</name>
    <message>
        <source>Evaluate plan</source>
        <translation>Evaluate plan</translation>
    </message>
    <message>
        <source>Go through every doel with the inwoner: was it achieved? The ZRM scores show the meting nearest before the plan was agreed and before the evaluation date. After this the plan is evaluated and read-only; this cannot be undone.</source>
        <translation>Go through every doel with the inwoner: was it achieved? The ZRM scores show the meting nearest before the plan was agreed and before the evaluation date. After this the plan is evaluated and read-only; this cannot be undone.</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Wens</source>
        <translation>Wens</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>ZRM at start</source>
        <translation>ZRM at start</translation>
    </message>
    <message>
        <source>ZRM at date</source>
        <translation>ZRM at date</translation>
    </message>
    <message>
        <source>Achieved?</source>
        <translation>Achieved?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Evaluated &amp;on</source>
        <translation>Evaluated &amp;on</translation>
    </message>
    <message>
        <source>Save evaluation</source>
        <translation>Save evaluation</translation>
    </message>
    <message>
        <source>General &amp;note</source>
        <translation>General &amp;note</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no meting</source>
        <translation>no meting</translation>
    </message>
    <message>
        <source>Enter the date of the evaluation.</source>
        <translation>Enter the date of the evaluation.</translation>
    </message>
    <message>
        <source>The evaluation cannot lie in the future.</source>
        <translation>The evaluation cannot lie in the future.</translation>
    </message>
    <message>
        <source>The evaluation lies before the plan was agreed (%1).</source>
        <translation>The evaluation lies before the plan was agreed (%1).</translation>
    </message>
    <message>
        <source>Say for every doel whether it was achieved.</source>
        <translation>Say for every doel whether it was achieved.</translation>
    </message>
</context>
<context>
    <name>ui::ExportDialog</name>
    <message>
        <source>&amp;Everything in this database</source>
        <translation>&amp;Everything in this database</translation>
    </message>
    <message>
        <source>&amp;Changes since the last exchange with:</source>
        <translation>&amp;Changes since the last exchange with:</translation>
    </message>
    <message>
        <source>Only &amp;selected dossiers</source>
        <translation>Only &amp;selected dossiers</translation>
    </message>
    <message>
        <source>Dossiers to export</source>
        <translation>Dossiers to export</translation>
    </message>
    <message>
        <source>&amp;Hand over to a colleague: the new vast aanspreekpunt is</source>
        <translation>&amp;Hand over to a colleague: the new vast aanspreekpunt is</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <source>Save as plain &amp;JSON (not encrypted)</source>
        <translation>Save as plain &amp;JSON (not encrypted)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>e.g. office computer, or a colleague&apos;s name</source>
        <translation>e.g. office computer, or a colleague&apos;s name</translation>
    </message>
    <message>
        <source>Find an inwoner to add (name, BSN, postcode…)</source>
        <translation>Find an inwoner to add (name, BSN, postcode…)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>What to export</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>The file is encrypted. Give the passphrase to the recipient separately, for example by phone, never in the same e-mail as the file.</source>
        <translation>The file is encrypted. Give the passphrase to the recipient separately, for example by phone, never in the same e-mail as the file.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Save without encryption?</source>
        <translation>Save without encryption?</translation>
    </message>
    <message>
        <source>The file will contain special-category personal data (health, care and support) in plain text. Anyone who gets the file, or the computer or USB stick it is on, can read it.

Save it without encryption anyway?</source>
        <translation>The file will contain special-category personal data (health, care and support) in plain text. Anyone who gets the file, or the computer or USB stick it is on, can read it.

Save it without encryption anyway?</translation>
    </message>
    <message>
        <source>last export %1</source>
        <translation>last export %1</translation>
    </message>
    <message>
        <source>first exchange: everything</source>
        <translation>first exchange: everything</translation>
    </message>
    <message>
        <source>Name the colleague or device the export is for.</source>
        <translation>Name the colleague or device the export is for.</translation>
    </message>
    <message>
        <source>Tick at least one dossier to export.</source>
        <translation>Tick at least one dossier to export.</translation>
    </message>
    <message>
        <source>Give the name of the colleague who takes over the dossiers.</source>
        <translation>Give the name of the colleague who takes over the dossiers.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>wijkdossier-export-%1</source>
        <translation>wijkdossier-export-%1</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Save the export as</translation>
    </message>
    <message>
        <source>Plain bundles (*.json)</source>
        <translation>Plain bundles (*.json)</translation>
    </message>
    <message>
        <source>Encrypted bundles (*.wdx)</source>
        <translation>Encrypted bundles (*.wdx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing has changed since the last exchange.</source>
        <translation>Nothing has changed since the last exchange.</translation>
    </message>
    <message>
        <source>The next export for %1 starts from here.</source>
        <translation>The next export for %1 starts from here.</translation>
    </message>
    <message>
        <source>The file is NOT encrypted: keep it safe and delete it when it has arrived.</source>
        <translation>The file is NOT encrypted: keep it safe and delete it when it has arrived.</translation>
    </message>
    <message>
        <source>Encrypted with your passphrase.</source>
        <translation>Encrypted with your passphrase.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ui::GesprekDialog</name>
    <message>
        <source>&amp;Finished</source>
        <translation>&amp;Finished</translation>
    </message>
    <message>
        <source>New gesprek</source>
        <translation>New gesprek</translation>
    </message>
    <message>
        <source>Edit gesprek</source>
        <translation>Edit gesprek</translation>
    </message>
    <message>
        <source>A huisbezoek that is not finished can be resumed in huisbezoek mode.</source>
        <translation>A huisbezoek that is not finished can be resumed in huisbezoek mode.</translation>
    </message>
    <message>
        <source>What was discussed, in plain words</source>
        <translation>What was discussed, in plain words</translation>
    </message>
    <message>
        <source>Who does what, and when</source>
        <translation>Who does what, and when</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>F&amp;orm</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation>&amp;Agreements</translation>
    </message>
    <message>
        <source>Leefgebieden (gespreksleidraad)</source>
        <translation>Leefgebieden (gespreksleidraad)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ui::HuisbezoekLauncher</name>
    <message>
        <source>Start huisbezoek</source>
        <translation>Start huisbezoek</translation>
    </message>
    <message>
        <source>The traject could not be created: %1</source>
        <translation>The traject could not be created: %1</translation>
    </message>
    <message>
        <source>This inwoner no longer exists.</source>
        <translation>This inwoner no longer exists.</translation>
    </message>
    <message>
        <source>The huisbezoek could not be started: %1</source>
        <translation>The huisbezoek could not be started: %1</translation>
    </message>
</context>
<context>
    <name>ui::HuisbezoekSessie</name>
    <message>
        <source>This traject no longer exists.</source>
        <translation>This traject no longer exists.</translation>
    </message>
</context>
<context>
    <name>ui::HuisbezoekWindow</name>
    <message>
        <source>Huisbezoek – %1</source>
        <translation>Huisbezoek – %1</translation>
    </message>
    <message>
        <source>Huisbezoek · %1</source>
        <translation>Huisbezoek · %1</translation>
    </message>
    <message>
        <source>Hulpvraag: %1</source>
        <translation>Hulpvraag: %1</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>Saved as you type</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Everything is already saved. The huisbezoek continues where you were when you open it again.</source>
        <translation>Everything is already saved. The huisbezoek continues where you were when you open it again.</translation>
    </message>
    <message>
        <source>You are continuing the huisbezoek of %1. Everything recorded so far is here.</source>
        <translation>You are continuing the huisbezoek of %1. Everything recorded so far is here.</translation>
    </message>
    <message>
        <source>Your name is not filled in under Mijn gegevens, so the steps are recorded without it.</source>
        <translation>Your name is not filled in under Mijn gegevens, so the steps are recorded without it.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Previous</translation>
    </message>
    <message>
        <source>Page Up or Alt+←</source>
        <translation>Page Up or Alt+←</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <source>Page Down or Alt+→</source>
        <translation>Page Down or Alt+→</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Not recorded in the traject: %1</source>
        <translation>Not recorded in the traject: %1</translation>
    </message>
    <message>
        <source>ZRM score not saved: %1</source>
        <translation>ZRM score not saved: %1</translation>
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
        <translation>Child</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Housemate</source>
        <translation>Housemate</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>&amp;Remove from household</source>
        <translation>&amp;Remove from household</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>In this file</source>
        <translation>In this file</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in this household. Double-click an inwoner to open their file.</source>
        <translation>
            <numerusform>%n member in this household. Double-click an inwoner to open their file.</numerusform>
            <numerusform>%n members in this household. Double-click an inwoner to open their file.</numerusform>
        </translation>
    </message>
    <message>
        <source>No household recorded yet: the inwoner lives alone or nobody was added.</source>
        <translation>No household recorded yet: the inwoner lives alone or nobody was added.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>ui::HuishoudlidDialog</name>
    <message>
        <source>A person (not an inwoner in this file)</source>
        <translation>A person (not an inwoner in this file)</translation>
    </message>
    <message>
        <source>An inwoner from this file</source>
        <translation>An inwoner from this file</translation>
    </message>
    <message>
        <source>Add household member</source>
        <translation>Add household member</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Housemate</source>
        <translation>Housemate</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Search by name, BSN or postcode</source>
        <translation>Search by name, BSN or postcode</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Enter the name of the household member.</source>
        <translation>Enter the name of the household member.</translation>
    </message>
    <message>
        <source>This is not a date. Write it as day-month-year, e.g. 02-03-1941.</source>
        <translation>This is not a date. Write it as day-month-year, e.g. 02-03-1941.</translation>
    </message>
    <message>
        <source>Search for the inwoner and select them in the list.</source>
        <translation>Search for the inwoner and select them in the list.</translation>
    </message>
</context>
<context>
    <name>ui::ImportDialog</name>
    <message>
        <source>No file chosen yet.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Show the &amp;conflicts…</source>
        <translation>Show the &amp;conflicts…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose a bundle exported from Wijkdossier on another computer (.wdx, or .json when it was saved without encryption). Everything in it is checked first: a bundle with any problem changes nothing.</source>
        <translation>Choose a bundle exported from Wijkdossier on another computer (.wdx, or .json when it was saved without encryption). Everything in it is checked first: a bundle with any problem changes nothing.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Inserted</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Choose a bundle to import</source>
        <translation>Choose a bundle to import</translation>
    </message>
    <message>
        <source>Wijkdossier bundles (*.wdx *.json);;All files (*)</source>
        <translation>Wijkdossier bundles (*.wdx *.json);;All files (*)</translation>
    </message>
    <message>
        <source>This file is encrypted: type the passphrase you were given with it.</source>
        <translation>This file is encrypted: type the passphrase you were given with it.</translation>
    </message>
    <message>
        <source>This file is not encrypted.</source>
        <translation>This file is not encrypted.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>The import was cancelled.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; the first ones are listed below.</source>
        <translation>
            <numerusform>%n problem found; the first ones are listed below.</numerusform>
            <numerusform>%n problems found; the first ones are listed below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle made on %1.</source>
        <translation>Bundle made on %1.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Imported: %1 new, %2 updated, %3 unchanged.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) handed over to you: the vast aanspreekpunt was changed.</source>
        <translation>
            <numerusform>%n dossier handed over to you: the vast aanspreekpunt was changed.</numerusform>
            <numerusform>%n dossiers handed over to you: the vast aanspreekpunt was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed both here and on the other computer. The latest change was kept; look at the other version in the conflicts screen.</source>
        <translation>
            <numerusform>%n record was changed both here and on the other computer. The latest change was kept; look at the other version in the conflicts screen.</numerusform>
            <numerusform>%n records were changed both here and on the other computer. The latest change was kept; look at the other version in the conflicts screen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected.</source>
        <translation>
            <numerusform>%n row was rejected.</numerusform>
            <numerusform>%n rows were rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::InwonerDialog</name>
    <message>
        <source>New inwoner</source>
        <translation>New inwoner</translation>
    </message>
    <message>
        <source>Edit persoonsgegevens</source>
        <translation>Edit persoonsgegevens</translation>
    </message>
    <message>
        <source>Name (as in the BRP)</source>
        <translation>Name (as in the BRP)</translation>
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
        <translation>e.g. J.H.</translation>
    </message>
    <message>
        <source>&amp;Tussenvoegsel</source>
        <translation>&amp;Tussenvoegsel</translation>
    </message>
    <message>
        <source>e.g. van der</source>
        <translation>e.g. van der</translation>
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
        <translation>optional, 9 digits</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Street</translation>
    </message>
    <message>
        <source>House &amp;number</source>
        <translation>House &amp;number</translation>
    </message>
    <message>
        <source>&amp;Addition</source>
        <translation>&amp;Addition</translation>
    </message>
    <message>
        <source>e.g. A or 2</source>
        <translation>e.g. A or 2</translation>
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
        <translation>T&amp;own</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>when not Dutch</source>
        <translation>when not Dutch</translation>
    </message>
    <message>
        <source>An interpreter is needed</source>
        <translation>An interpreter is needed</translation>
    </message>
    <message>
        <source>Preferred &amp;contact</source>
        <translation>Preferred &amp;contact</translation>
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
        <translation>Direct phone</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <source>This is not a date. Write it as day-month-year, e.g. 02-03-1941.</source>
        <translation>This is not a date. Write it as day-month-year, e.g. 02-03-1941.</translation>
    </message>
    <message>
        <source>Write only the number here; letters go in Addition.</source>
        <translation>Write only the number here; letters go in Addition.</translation>
    </message>
</context>
<context>
    <name>ui::LeefgebiedenEditor</name>
    <message>
        <source>Leefgebied</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Discussed?</source>
        <translation>Discussed?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 of %2 leefgebieden discussed, %3 need attention.</source>
        <translation>%1 of %2 leefgebieden discussed, %3 need attention.</translation>
    </message>
    <message>
        <source>Type or double-click in a row to write a note</source>
        <translation>Type or double-click in a row to write a note</translation>
    </message>
</context>
<context>
    <name>ui::LeefgebiedenStap</name>
    <message>
        <source>Leefgebieden</source>
        <translation>Leefgebieden</translation>
    </message>
    <message>
        <source>What the inwoner tells about this, in their own words</source>
        <translation>What the inwoner tells about this, in their own words</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>1–5 score · N niet beoordeeld · R other reason · Delete clears · ↑↓ move</source>
        <translation>1–5 score · N niet beoordeeld · R other reason · Delete clears · ↑↓ move</translation>
    </message>
    <message>
        <source>Leefgebied %1 of %2</source>
        <translation>Leefgebied %1 of %2</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>not recorded yet</translation>
    </message>
    <message>
        <source>Zelfredzaamheid (ZRM 2017)</source>
        <translation>Zelfredzaamheid (ZRM 2017)</translation>
    </message>
    <message>
        <source>Not recorded yet. Choose how it was discussed, or type what the inwoner tells: a note marks it as a point of attention until you choose.</source>
        <translation>Not recorded yet. Choose how it was discussed, or type what the inwoner tells: a note marks it as a point of attention until you choose.</translation>
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
        <translation>Not saved</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New inwoner…</source>
        <translation>&amp;New inwoner…</translation>
    </message>
    <message>
        <source>&amp;Import inwoners from spreadsheet…</source>
        <translation>&amp;Import inwoners from spreadsheet…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find inwoner</source>
        <translation>&amp;Find inwoner</translation>
    </message>
    <message>
        <source>Edit &amp;persoonsgegevens…</source>
        <translation>Edit &amp;persoonsgegevens…</translation>
    </message>
    <message>
        <source>Add person to &amp;netwerk…</source>
        <translation>Add person to &amp;netwerk…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;My details…</source>
        <translation>&amp;My details…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Wijkdossier</source>
        <translation>&amp;About Wijkdossier</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Wijkdossier – %1</source>
        <translation>Wijkdossier – %1</translation>
    </message>
    <message>
        <source>About Wijkdossier</source>
        <translation>About Wijkdossier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Wijkdossier %1&lt;/h3&gt;&lt;p&gt;The dossier for wijkteam consulenten: caseload, netwerk and mantelzorg, on this computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wijkdossier %1&lt;/h3&gt;&lt;p&gt;The dossier for wijkteam consulenten: caseload, netwerk and mantelzorg, on this computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New ZRM &amp;meting…</source>
        <translation>New ZRM &amp;meting…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>&amp;ZRM progress…</source>
        <translation>&amp;ZRM progress…</translation>
    </message>
    <message>
        <source>Open a dossier first to score the Zelfredzaamheid-Matrix.</source>
        <translation>Open a dossier first to score the Zelfredzaamheid-Matrix.</translation>
    </message>
    <message>
        <source>Start &amp;huisbezoek…</source>
        <translation>Start &amp;huisbezoek…</translation>
    </message>
    <message>
        <source>Walk through the keukentafelgesprek with the open inwoner; every keystroke is saved.</source>
        <translation>Walk through the keukentafelgesprek with the open inwoner; every keystroke is saved.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation>&amp;Caseload</translation>
    </message>
    <message>
        <source>Find an inwoner in my caseload or among all inwoners.</source>
        <translation>Find an inwoner in my caseload or among all inwoners.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Every deadline of the caseload at a glance: overdue, due this week, steps missing.</source>
        <translation>Every deadline of the caseload at a glance: overdue, due this week, steps missing.</translation>
    </message>
    <message>
        <source>Open a dossier first to start a huisbezoek.</source>
        <translation>Open a dossier first to start a huisbezoek.</translation>
    </message>
    <message>
        <source>&amp;Sociale kaart…</source>
        <translation>&amp;Sociale kaart…</translation>
    </message>
    <message>
        <source>Look up voorzieningen and aanbieders, and keep the sociale kaart up to date.</source>
        <translation>Look up voorzieningen and aanbieders, and keep the sociale kaart up to date.</translation>
    </message>
    <message>
        <source>Print inzage-overzicht…</source>
        <translation>Print inzage-overzicht…</translation>
    </message>
</context>
<context>
    <name>ui::MantelzorgStap</name>
    <message>
        <source>Netwerk and mantelzorg</source>
        <translation>Netwerk and mantelzorg</translation>
    </message>
    <message>
        <source>Who is around the inwoner, and what do they do?</source>
        <translation>Who is around the inwoner, and what do they do?</translation>
    </message>
    <message>
        <source>mantelzorger</source>
        <translation>mantelzorger</translation>
    </message>
    <message>
        <source>Does now: %1</source>
        <translation>Does now: %1</translation>
    </message>
    <message>
        <source>Could do more: %1</source>
        <translation>Could do more: %1</translation>
    </message>
    <message>
        <source>Nobody is recorded in the netwerk yet. Ask who helps now, and add them to the netwerk in the dossier after the visit.</source>
        <translation>Nobody is recorded in the netwerk yet. Ask who helps now, and add them to the netwerk in the dossier after the visit.</translation>
    </message>
    <message>
        <source>Mantelzorgers: their own view and their own need</source>
        <translation>Mantelzorgers: their own view and their own need</translation>
    </message>
    <message>
        <source>No mantelzorger is recorded. If someone gives care, mark them as mantelzorger in the netwerk of the dossier: their own view and need are then asked here.</source>
        <translation>No mantelzorger is recorded. If someone gives care, mark them as mantelzorger in the netwerk of the dossier: their own view and need are then asked here.</translation>
    </message>
    <message>
        <source>%1, mantelzorger (%2)</source>
        <translation>%1, mantelzorger (%2)</translation>
    </message>
    <message>
        <source>%1 hours a week</source>
        <translation>%1 hours a week</translation>
    </message>
    <message>
        <source>belasting: %1</source>
        <translation>belasting: %1</translation>
    </message>
    <message>
        <source>tasks: %1</source>
        <translation>tasks: %1</translation>
    </message>
    <message>
        <source>How does %1 see the situation? (their own view, apart from the inwoner&apos;s)</source>
        <translation>How does %1 see the situation? (their own view, apart from the inwoner&apos;s)</translation>
    </message>
    <message>
        <source>What does %1 need for themselves? (support, respite, information)</source>
        <translation>What does %1 need for themselves? (support, respite, information)</translation>
    </message>
    <message>
        <source>Cliëntondersteuning offered to %1</source>
        <translation>Cliëntondersteuning offered to %1</translation>
    </message>
    <message>
        <source>Mantelzorg</source>
        <translation>Mantelzorg</translation>
    </message>
    <message>
        <source>Present at this huisbezoek: ask them directly.</source>
        <translation>Present at this huisbezoek: ask them directly.</translation>
    </message>
    <message>
        <source>Not present at this huisbezoek: ask by phone or at another visit.</source>
        <translation>Not present at this huisbezoek: ask by phone or at another visit.</translation>
    </message>
</context>
<context>
    <name>ui::MijnGegevensDialog</name>
    <message>
        <source>My details</source>
        <translation>My details</translation>
    </message>
    <message>
        <source>These details appear as vast aanspreekpunt for new inwoners and on letters.</source>
        <translation>These details appear as vast aanspreekpunt for new inwoners and on letters.</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation>&amp;Function</translation>
    </message>
    <message>
        <source>&amp;Direct phone</source>
        <translation>&amp;Direct phone</translation>
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
        <translation>&amp;Municipality</translation>
    </message>
</context>
<context>
    <name>ui::NetwerkPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Closeness</translation>
    </message>
    <message>
        <source>Does now</source>
        <translation>Does now</translation>
    </message>
    <message>
        <source>Could do more</source>
        <translation>Could do more</translation>
    </message>
    <message>
        <source>Mantelzorg</source>
        <translation>Mantelzorg</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Add person…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 h/week</source>
        <translation>%1 h/week</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the netwerk</source>
        <translation>
            <numerusform>%n person in the netwerk</numerusform>
            <numerusform>%n people in the netwerk</numerusform>
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
            <numerusform>%n heavily burdened: discuss respite care and support</numerusform>
            <numerusform>%n heavily burdened: discuss respite care and support</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a person to see everything recorded about them.</source>
        <translation>Select a person to see everything recorded about them.</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Does now:</source>
        <translation>Does now:</translation>
    </message>
    <message>
        <source>Could do more:</source>
        <translation>Could do more:</translation>
    </message>
    <message>
        <source>%1 hours a week</source>
        <translation>%1 hours a week</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>more than 8 hours a week for over 3 months</source>
        <translation>more than 8 hours a week for over 3 months</translation>
    </message>
    <message>
        <source>Mantelzorg:</source>
        <translation>Mantelzorg:</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Tasks:</translation>
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
        <translation>not measured yet</translation>
    </message>
    <message>
        <source>Own support need:</source>
        <translation>Own support need:</translation>
    </message>
    <message>
        <source>Respite care wish:</source>
        <translation>Respite care wish:</translation>
    </message>
    <message>
        <source>Pr&amp;int netwerkkaart…</source>
        <translation>Pr&amp;int netwerkkaart…</translation>
    </message>
    <message>
        <source>The netwerkkaart and who does what, to give to the inwoner</source>
        <translation>The netwerkkaart and who does what, to give to the inwoner</translation>
    </message>
</context>
<context>
    <name>ui::NetwerkPersoonDialog</name>
    <message>
        <source>This person is a mantelzorger</source>
        <translation>This person is a mantelzorger</translation>
    </message>
    <message>
        <source>Add to the netwerk</source>
        <translation>Add to the netwerk</translation>
    </message>
    <message>
        <source>Edit netwerk person</source>
        <translation>Edit netwerk person</translation>
    </message>
    <message>
        <source>2 – close</source>
        <translation>2 – close</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>&amp;Relation</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Closeness</source>
        <translation>&amp;Closeness</translation>
    </message>
    <message>
        <source>What they &amp;do now</source>
        <translation>What they &amp;do now</translation>
    </message>
    <message>
        <source>What they could do &amp;more</source>
        <translation>What they could do &amp;more</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Consent to contact</source>
        <translation>Consent to contact</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <source> hours a week</source>
        <translation> hours a week</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <source>In the mantelzorger&apos;s own words</source>
        <translation>In the mantelzorger&apos;s own words</translation>
    </message>
    <message>
        <source>Care given</source>
        <translation>Care given</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Since</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tasks</translation>
    </message>
    <message>
        <source>Belasting (EDIZ-plus 0–15)</source>
        <translation>Belasting (EDIZ-plus 0–15)</translation>
    </message>
    <message>
        <source>Own support need</source>
        <translation>Own support need</translation>
    </message>
    <message>
        <source>Respite care wish</source>
        <translation>Respite care wish</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>This is not a date. Write it as day-month-year, e.g. 02-03-2024.</source>
        <translation>This is not a date. Write it as day-month-year, e.g. 02-03-2024.</translation>
    </message>
    <message>
        <source>1 – closest</source>
        <translation>1 – closest</translation>
    </message>
    <message>
        <source>3 – further away</source>
        <translation>3 – further away</translation>
    </message>
    <message>
        <source>4 – furthest away</source>
        <translation>4 – furthest away</translation>
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
        <translation>not or lightly burdened</translation>
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
        <translation>burden not measured</translation>
    </message>
    <message>
        <source>Others in the netwerk</source>
        <translation>Others in the netwerk</translation>
    </message>
    <message>
        <source>family, friend, neighbour or volunteer</source>
        <translation>family, friend, neighbour or volunteer</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <source>The closer to the middle, the closer the contact.</source>
        <translation>The closer to the middle, the closer the contact.</translation>
    </message>
</context>
<context>
    <name>ui::NetwerkkaartRenderer</name>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Friends and neighbours</source>
        <translation>Friends and neighbours</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>1 closest</source>
        <translation>1 closest</translation>
    </message>
    <message>
        <source>2 close</source>
        <translation>2 close</translation>
    </message>
    <message>
        <source>3 further away</source>
        <translation>3 further away</translation>
    </message>
    <message>
        <source>4 furthest away</source>
        <translation>4 furthest away</translation>
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
        <translation>Netwerkkaart of %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the netwerk</source>
        <translation>
            <numerusform>%n person in the netwerk</numerusform>
            <numerusform>%n people in the netwerk</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, of whom %2</source>
        <translation>%1, of whom %2</translation>
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
        <translation>No netwerk recorded yet</translation>
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
    <name>ui::NieuwTrajectDialog</name>
    <message>
        <source>Start huisbezoek</source>
        <translation>Start huisbezoek</translation>
    </message>
    <message>
        <source>%1 has no open traject. Start a new Wmo traject with a melding today (%2)?</source>
        <translation>%1 has no open traject. Start a new Wmo traject with a melding today (%2)?</translation>
    </message>
    <message>
        <source>&amp;Hulpvraag, in the inwoner&apos;s own words:</source>
        <translation>&amp;Hulpvraag, in the inwoner&apos;s own words:</translation>
    </message>
    <message>
        <source>Start traject and huisbezoek</source>
        <translation>Start traject and huisbezoek</translation>
    </message>
</context>
<context>
    <name>ui::OndertekenDialog</name>
    <message>
        <source>&amp;Akkoord: agrees with the verslag</source>
        <translation>&amp;Akkoord: agrees with the verslag</translation>
    </message>
    <message>
        <source>&amp;Voor gezien: has seen it, does not (fully) agree</source>
        <translation>&amp;Voor gezien: has seen it, does not (fully) agree</translation>
    </message>
    <message>
        <source>Mark the verslag as signed</source>
        <translation>Mark the verslag as signed</translation>
    </message>
    <message>
        <source>The inwoner&apos;s remarks on the paper, typed in</source>
        <translation>The inwoner&apos;s remarks on the paper, typed in</translation>
    </message>
    <message>
        <source>Ticked on the paper: the aanvraag is recorded on the date of signing and the beschikking is due 2 weeks later.</source>
        <translation>Ticked on the paper: the aanvraag is recorded on the date of signing and the beschikking is due 2 weeks later.</translation>
    </message>
    <message>
        <source>&amp;Signed on *</source>
        <translation>&amp;Signed on *</translation>
    </message>
    <message>
        <source>Signed as *</source>
        <translation>Signed as *</translation>
    </message>
    <message>
        <source>Aanvraag</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation>&amp;Remarks</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ui::PersoonsgegevensPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>Postcode and town</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>Preferred contact</translation>
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
        <translation>Direct phone</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Delete inwoner</source>
        <translation>Delete inwoner</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 years)</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>%1 – interpreter needed</source>
        <translation>%1 – interpreter needed</translation>
    </message>
</context>
<context>
    <name>ui::PlanContext</name>
    <message>
        <source>%1, melding %2</source>
        <translation>%1, melding %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no longer on the social map)</source>
        <translation>(no longer on the social map)</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>(removed from the netwerk)</source>
        <translation>(removed from the netwerk)</translation>
    </message>
    <message>
        <source>(voorziening of the beschikking)</source>
        <translation>(voorziening of the beschikking)</translation>
    </message>
</context>
<context>
    <name>ui::PlanDetail</name>
    <message>
        <source>Edit pl&amp;an…</source>
        <translation>Edit pl&amp;an…</translation>
    </message>
    <message>
        <source>Add &amp;doel…</source>
        <translation>Add &amp;doel…</translation>
    </message>
    <message>
        <source>Add a&amp;ctie…</source>
        <translation>Add a&amp;ctie…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>A&amp;gree plan…</source>
        <translation>A&amp;gree plan…</translation>
    </message>
    <message>
        <source>New versi&amp;on</source>
        <translation>New versi&amp;on</translation>
    </message>
    <message>
        <source>Eval&amp;uate…</source>
        <translation>Eval&amp;uate…</translation>
    </message>
    <message>
        <source>Regisseur, traject and wederkerigheid</source>
        <translation>Regisseur, traject and wederkerigheid</translation>
    </message>
    <message>
        <source>Add an actie to the selected doel (Insert)</source>
        <translation>Add an actie to the selected doel (Insert)</translation>
    </message>
    <message>
        <source>Edit the selected doel or actie (Enter, or double-click)</source>
        <translation>Edit the selected doel or actie (Enter, or double-click)</translation>
    </message>
    <message>
        <source>Remove the selected doel or actie (Delete)</source>
        <translation>Remove the selected doel or actie (Delete)</translation>
    </message>
    <message>
        <source>Record that the plan was agreed and signed; it then becomes read-only</source>
        <translation>Record that the plan was agreed and signed; it then becomes read-only</translation>
    </message>
    <message>
        <source>Copy this plan into a new draft version to change it</source>
        <translation>Copy this plan into a new draft version to change it</translation>
    </message>
    <message>
        <source>Record per doel whether it was achieved</source>
        <translation>Record per doel whether it was achieved</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wie doet wat&lt;/b&gt; — everyone who does something in this plan</source>
        <translation>&lt;b&gt;Wie doet wat&lt;/b&gt; — everyone who does something in this plan</translation>
    </message>
    <message>
        <source>&lt;i&gt;No plan selected. Make one with &lt;b&gt;New plan&lt;/b&gt;.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No plan selected. Make one with &lt;b&gt;New plan&lt;/b&gt;.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Evaluated on %1</source>
        <translation>Evaluated on %1</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>Agreed on %1</translation>
    </message>
    <message>
        <source>%1 — read-only; make a new version to change anything.</source>
        <translation>%1 — read-only; make a new version to change anything.</translation>
    </message>
    <message>
        <source>%1 — read-only; a newer version of this plan exists.</source>
        <translation>%1 — read-only; a newer version of this plan exists.</translation>
    </message>
    <message>
        <source>Start with a doel: what does the inwoner want, in their own words? Then add the acties, beginning with what the inwoner and the netwerk can do.</source>
        <translation>Start with a doel: what does the inwoner want, in their own words? Then add the acties, beginning with what the inwoner and the netwerk can do.</translation>
    </message>
    <message>
        <source>evaluated on %1</source>
        <translation>evaluated on %1</translation>
    </message>
    <message>
        <source>agreed on %1</source>
        <translation>agreed on %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan version %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plan version %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>for the whole huishouden</source>
        <translation>for the whole huishouden</translation>
    </message>
    <message>
        <source>made from version %1</source>
        <translation>made from version %1</translation>
    </message>
    <message>
        <source>Regisseur: not set yet (needed before the plan is agreed)</source>
        <translation>Regisseur: not set yet (needed before the plan is agreed)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Regisseur:</source>
        <translation>Regisseur:</translation>
    </message>
    <message>
        <source>Traject:</source>
        <translation>Traject:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Wederkerigheid:</source>
        <translation>Wederkerigheid:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Evaluation:</translation>
    </message>
</context>
<context>
    <name>ui::PlanDialog</name>
    <message>
        <source>New ondersteuningsplan</source>
        <translation>New ondersteuningsplan</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Edit plan</translation>
    </message>
    <message>
        <source>No traject</source>
        <translation>No traject</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (closed)</translation>
    </message>
    <message>
        <source>(a traject that was deleted)</source>
        <translation>(a traject that was deleted)</translation>
    </message>
    <message>
        <source>Who coordinates the plan</source>
        <translation>Who coordinates the plan</translation>
    </message>
    <message>
        <source>e.g. consulent wijkteam, daughter</source>
        <translation>e.g. consulent wijkteam, daughter</translation>
    </message>
    <message>
        <source>What the inwoner does in return, e.g. helps a neighbour with the garden</source>
        <translation>What the inwoner does in return, e.g. helps a neighbour with the garden</translation>
    </message>
    <message>
        <source>&amp;Traject</source>
        <translation>&amp;Traject</translation>
    </message>
    <message>
        <source>One plan for the whole &amp;huishouden (%1)</source>
        <translation>One plan for the whole &amp;huishouden (%1)</translation>
    </message>
    <message>
        <source>&amp;Regisseur</source>
        <translation>&amp;Regisseur</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <source>&amp;Wederkerigheid</source>
        <translation>&amp;Wederkerigheid</translation>
    </message>
    <message>
        <source>The regisseur is needed before the plan can be agreed. Doelen and acties are added in the Plan tab.</source>
        <translation>The regisseur is needed before the plan can be agreed. Doelen and acties are added in the Plan tab.</translation>
    </message>
    <message>
        <source>Make plan</source>
        <translation>Make plan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ui::PlanEditor</name>
    <message>
        <source>Wijkdossier</source>
        <translation>Wijkdossier</translation>
    </message>
    <message>
        <source>This plan has been agreed and is read-only. Make a new version to change it.</source>
        <translation>This plan has been agreed and is read-only. Make a new version to change it.</translation>
    </message>
    <message>
        <source>new plan</source>
        <translation>new plan</translation>
    </message>
    <message>
        <source>edit plan</source>
        <translation>edit plan</translation>
    </message>
    <message>
        <source>add doel</source>
        <translation>add doel</translation>
    </message>
    <message>
        <source>edit doel</source>
        <translation>edit doel</translation>
    </message>
    <message>
        <source>Remove the doel for %1? You can undo this with Edit → Undo.</source>
        <translation>Remove the doel for %1? You can undo this with Edit → Undo.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the doel for %1 with its %n actie(s)? You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>Remove the doel for %1 with its %n actie? You can undo this with Edit → Undo.</numerusform>
            <numerusform>Remove the doel for %1 with its %n acties? You can undo this with Edit → Undo.</numerusform>
        </translation>
    </message>
    <message>
        <source>remove doel</source>
        <translation>remove doel</translation>
    </message>
    <message>
        <source>add actie</source>
        <translation>add actie</translation>
    </message>
    <message>
        <source>edit actie</source>
        <translation>edit actie</translation>
    </message>
    <message>
        <source>Remove the actie “%1”? You can undo this with Edit → Undo.</source>
        <translation>Remove the actie “%1”? You can undo this with Edit → Undo.</translation>
    </message>
    <message>
        <source>remove actie</source>
        <translation>remove actie</translation>
    </message>
    <message>
        <source>new plan version</source>
        <translation>new plan version</translation>
    </message>
    <message>
        <source>Delete the draft of plan version %1? You can undo this with Edit → Undo.</source>
        <translation>Delete the draft of plan version %1? You can undo this with Edit → Undo.</translation>
    </message>
    <message>
        <source>delete plan</source>
        <translation>delete plan</translation>
    </message>
</context>
<context>
    <name>ui::PlanModel</name>
    <message>
        <source>Doel / actie</source>
        <translation>Doel / actie</translation>
    </message>
    <message>
        <source>Wens / who</source>
        <translation>Wens / who</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>ZRM</source>
        <translation>ZRM</translation>
    </message>
    <message>
        <source>Wens:</source>
        <translation>Wens:</translation>
    </message>
    <message>
        <source>Desired situation:</source>
        <translation>Desired situation:</translation>
    </message>
    <message>
        <source>The inwoner&apos;s own solution:</source>
        <translation>The inwoner&apos;s own solution:</translation>
    </message>
    <message>
        <source>Why it is not followed:</source>
        <translation>Why it is not followed:</translation>
    </message>
    <message>
        <source>Evaluation note:</source>
        <translation>Evaluation note:</translation>
    </message>
    <message>
        <source>ZRM score when the plan was agreed: %1; measured on %2: %3; target: %4</source>
        <translation>ZRM score when the plan was agreed: %1; measured on %2: %3; target: %4</translation>
    </message>
    <message>
        <source>(no meting)</source>
        <translation>(no meting)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 · target %2</source>
        <translation>%1 · target %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Respite care or extra support was considered.</source>
        <translation>Respite care or extra support was considered.</translation>
    </message>
    <message>
        <source>Respite care or extra support has not been considered yet.</source>
        <translation>Respite care or extra support has not been considered yet.</translation>
    </message>
    <message>
        <source>Onderbouwing:</source>
        <translation>Onderbouwing:</translation>
    </message>
    <message>
        <source>In the beschikking: %1</source>
        <translation>In the beschikking: %1</translation>
    </message>
    <message>
        <source>%1 (mantelzorger)</source>
        <translation>%1 (mantelzorger)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ui::PlanPanel</name>
    <message>
        <source>Ne&amp;w plan…</source>
        <translation>Ne&amp;w plan…</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <source>Make a new ondersteuningsplan for this inwoner</source>
        <translation>Make a new ondersteuningsplan for this inwoner</translation>
    </message>
    <message>
        <source>Delete the selected draft (Delete); an agreed plan stays on record</source>
        <translation>Delete the selected draft (Delete); an agreed plan stays on record</translation>
    </message>
    <message>
        <source>evaluated %1</source>
        <translation>evaluated %1</translation>
    </message>
    <message>
        <source>agreed %1</source>
        <translation>agreed %1</translation>
    </message>
    <message>
        <source>Plan v%1 · %2</source>
        <translation>Plan v%1 · %2</translation>
    </message>
    <message>
        <source>traject %1</source>
        <translation>traject %1</translation>
    </message>
    <message>
        <source>huishouden</source>
        <translation>huishouden</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Regisseur: %1</source>
        <translation>Regisseur: %1</translation>
    </message>
    <message>
        <source>Print plan…</source>
        <translation>Print plan…</translation>
    </message>
</context>
<context>
    <name>ui::SamenvattingStap</name>
    <message>
        <source>Finish huisbezoek</source>
        <translation>Finish huisbezoek</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>In a few sentences: the hulpvraag and what came out of the conversation</source>
        <translation>In a few sentences: the hulpvraag and what came out of the conversation</translation>
    </message>
    <message>
        <source>Marks the huisbezoek as finished and closes this window. Everything is already saved.</source>
        <translation>Marks the huisbezoek as finished and closes this window. Everything is already saved.</translation>
    </message>
    <message>
        <source>Everything is saved. After finishing, a next visit starts a new huisbezoek.</source>
        <translation>Everything is saved. After finishing, a next visit starts a new huisbezoek.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Nobody recorded</source>
        <translation>Nobody recorded</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Told</translation>
    </message>
    <message>
        <source>%1: not yet</source>
        <translation>%1: not yet</translation>
    </message>
    <message>
        <source>Leefgebieden</source>
        <translation>Leefgebieden</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: niet beoordeeld – %2</source>
        <translation>%1: niet beoordeeld – %2</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>not recorded yet</translation>
    </message>
    <message numerus="yes">
        <source>%n leefgebieden not recorded yet</source>
        <translation>
            <numerusform>%n leefgebieden not recorded yet</numerusform>
            <numerusform>%n leefgebieden not recorded yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Mantelzorgers</source>
        <translation>Mantelzorgers</translation>
    </message>
    <message>
        <source>Own view</source>
        <translation>Own view</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>not asked yet</translation>
    </message>
    <message>
        <source>Own need</source>
        <translation>Own need</translation>
    </message>
    <message>
        <source>Cliëntondersteuning: %1</source>
        <translation>Cliëntondersteuning: %1</translation>
    </message>
    <message>
        <source>Cliëntondersteuning not offered yet</source>
        <translation>Cliëntondersteuning not offered yet</translation>
    </message>
    <message>
        <source>cliëntondersteuning for %1</source>
        <translation>cliëntondersteuning for %1</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>None recorded</translation>
    </message>
    <message>
        <source>Still open:</source>
        <translation>Still open:</translation>
    </message>
</context>
<context>
    <name>ui::SignaalDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>New signal</source>
        <translation>New signal</translation>
    </message>
    <message>
        <source>Edit signal</source>
        <translation>Edit signal</translation>
    </message>
    <message>
        <source>e.g. Dr. Bakker, the neighbour at number 12</source>
        <translation>e.g. Dr. Bakker, the neighbour at number 12</translation>
    </message>
    <message>
        <source>What was noticed, as it was told</source>
        <translation>What was noticed, as it was told</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <source>&amp;Source *</source>
        <translation>&amp;Source *</translation>
    </message>
    <message>
        <source>&amp;Name of the source</source>
        <translation>&amp;Name of the source</translation>
    </message>
    <message>
        <source>&amp;Signal *</source>
        <translation>&amp;Signal *</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ui::SocialeKaartImportDialog</name>
    <message>
        <source>No file chosen yet.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import the sociale kaart</source>
        <translation>Import the sociale kaart</translation>
    </message>
    <message>
        <source>Choose a CSV file with the sociale kaart, for instance the one the gemeente publishes (UTF-8 or Windows-1252, separated by ; or ,). The first line must name the columns; every row needs at least a naam and a vorm (algemeen or maatwerk). An entry that is already on the sociale kaart (same id, or same naam and aanbieder) is updated. Nothing is written until you press Import.</source>
        <translation>Choose a CSV file with the sociale kaart, for instance the one the gemeente publishes (UTF-8 or Windows-1252, separated by ; or ,). The first line must name the columns; every row needs at least a naam and a vorm (algemeen or maatwerk). An entry that is already on the sociale kaart (same id, or same naam and aanbieder) is updated. Nothing is written until you press Import.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>This file cannot be imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message>
        <source>none refused.</source>
        <translation>none refused.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused, listed below.</source>
        <translation>
            <numerusform>%n row refused, listed below.</numerusform>
            <numerusform>%n rows refused, listed below.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, separated by &apos;%3&apos;): %4 can be imported, %5</source>
        <translation>%1 (%2, separated by &apos;%3&apos;): %4 can be imported, %5</translation>
    </message>
    <message>
        <source>These columns are not part of the sociale kaart and are ignored: %1</source>
        <translation>These columns are not part of the sociale kaart and are ignored: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n voorziening(s)</source>
        <translation>
            <numerusform>&amp;Import %n voorziening</numerusform>
            <numerusform>&amp;Import %n voorzienings</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n voorziening(s) added or updated</source>
        <translation>
            <numerusform>%n voorziening added or updated</numerusform>
            <numerusform>%n voorzienings added or updated</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n already on the sociale kaart without changes</source>
        <translation>
            <numerusform>%n already on the sociale kaart without changes</numerusform>
            <numerusform>%n already on the sociale kaart without changes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>ui::SocialeKaartItemDialog</name>
    <message>
        <source>&amp;Active: the voorziening is offered now</source>
        <translation>&amp;Active: the voorziening is offered now</translation>
    </message>
    <message>
        <source>New voorziening on the sociale kaart</source>
        <translation>New voorziening on the sociale kaart</translation>
    </message>
    <message>
        <source>Edit voorziening</source>
        <translation>Edit voorziening</translation>
    </message>
    <message>
        <source>e.g. Klussendienst Rijnwaarde</source>
        <translation>e.g. Klussendienst Rijnwaarde</translation>
    </message>
    <message>
        <source>The organisation that offers it</source>
        <translation>The organisation that offers it</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Who it is for, how to apply, costs, waiting time…</source>
        <translation>Who it is for, how to apply, costs, waiting time…</translation>
    </message>
    <message>
        <source>Open to everyone, without a beschikking.</source>
        <translation>Open to everyone, without a beschikking.</translation>
    </message>
    <message>
        <source>Only with a beschikking of the gemeente.</source>
        <translation>Only with a beschikking of the gemeente.</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>Access *</source>
        <translation>Access *</translation>
    </message>
    <message>
        <source>&amp;Law</source>
        <translation>&amp;Law</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>A&amp;anbieder</source>
        <translation>A&amp;anbieder</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>Add&amp;ress</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>ui::SocialeKaartModel</name>
    <message>
        <source>Aanbieder: %1</source>
        <translation>Aanbieder: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <source>Maatwerk</source>
        <translation>Maatwerk</translation>
    </message>
    <message>
        <source>Algemeen</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Law</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ui::SocialeKaartWindow</name>
    <message>
        <source>Show &amp;inactive</source>
        <translation>Show &amp;inactive</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>Import &amp;CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Add e&amp;xamples</source>
        <translation>Add e&amp;xamples</translation>
    </message>
    <message>
        <source>Sociale kaart</source>
        <translation>Sociale kaart</translation>
    </message>
    <message>
        <source>Search by name, aanbieder, category or notes</source>
        <translation>Search by name, aanbieder, category or notes</translation>
    </message>
    <message>
        <source>Search the sociale kaart</source>
        <translation>Search the sociale kaart</translation>
    </message>
    <message>
        <source>All voorzieningen</source>
        <translation>All voorzieningen</translation>
    </message>
    <message>
        <source>Algemene voorzieningen</source>
        <translation>Algemene voorzieningen</translation>
    </message>
    <message>
        <source>Maatwerkvoorzieningen</source>
        <translation>Maatwerkvoorzieningen</translation>
    </message>
    <message>
        <source>Which voorzieningen</source>
        <translation>Which voorzieningen</translation>
    </message>
    <message>
        <source>Also list voorzieningen that are no longer offered.</source>
        <translation>Also list voorzieningen that are no longer offered.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The sociale kaart is still empty&lt;/h2&gt;&lt;p&gt;The sociale kaart is the list of voorzieningen in the gemeente and the aanbieders that offer them: &lt;b&gt;algemene voorzieningen&lt;/b&gt; that are open to everyone, such as a klussendienst, a maatjesproject or mantelzorgondersteuning, and &lt;b&gt;maatwerkvoorzieningen&lt;/b&gt; that need a beschikking, such as huishoudelijke hulp or begeleiding. Plans and beschikkingen pick their voorzieningen from it, and you look up here how to reach an aanbieder.&lt;/p&gt;&lt;p&gt;There are two ways to fill it:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Import the gemeente&apos;s CSV file&lt;/b&gt;: you see every row, and every row that is refused, before anything is stored.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Add examples&lt;/b&gt; to try it out: a few clearly fictitious voorzieningen that you can edit or remove later.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;With &lt;i&gt;New…&lt;/i&gt; you add a voorziening yourself.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;The sociale kaart is still empty&lt;/h2&gt;&lt;p&gt;The sociale kaart is the list of voorzieningen in the gemeente and the aanbieders that offer them: &lt;b&gt;algemene voorzieningen&lt;/b&gt; that are open to everyone, such as a klussendienst, a maatjesproject or mantelzorgondersteuning, and &lt;b&gt;maatwerkvoorzieningen&lt;/b&gt; that need a beschikking, such as huishoudelijke hulp or begeleiding. Plans and beschikkingen pick their voorzieningen from it, and you look up here how to reach an aanbieder.&lt;/p&gt;&lt;p&gt;There are two ways to fill it:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Import the gemeente&apos;s CSV file&lt;/b&gt;: you see every row, and every row that is refused, before anything is stored.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Add examples&lt;/b&gt; to try it out: a few clearly fictitious voorzieningen that you can edit or remove later.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;With &lt;i&gt;New…&lt;/i&gt; you add a voorziening yourself.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import the gemeente&apos;s CSV file…</source>
        <translation>Import the gemeente&apos;s CSV file…</translation>
    </message>
    <message>
        <source>Add fictitious examples</source>
        <translation>Add fictitious examples</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Edit the selected voorziening (or double-click it).</source>
        <translation>Edit the selected voorziening (or double-click it).</translation>
    </message>
    <message>
        <source>A voorziening that is no longer offered stays on the sociale kaart, greyed out.</source>
        <translation>A voorziening that is no longer offered stays on the sociale kaart, greyed out.</translation>
    </message>
    <message>
        <source>Remove the selected voorziening; plans that use it keep showing its name.</source>
        <translation>Remove the selected voorziening; plans that use it keep showing its name.</translation>
    </message>
    <message>
        <source>Save the whole sociale kaart as a CSV file, e.g. to share it with a colleague.</source>
        <translation>Save the whole sociale kaart as a CSV file, e.g. to share it with a colleague.</translation>
    </message>
    <message>
        <source>Add a few fictitious voorzieningen to try out the sociale kaart.</source>
        <translation>Add a few fictitious voorzieningen to try out the sociale kaart.</translation>
    </message>
    <message>
        <source>No voorziening matches “%1”.</source>
        <translation>No voorziening matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n voorziening(s)</source>
        <translation>
            <numerusform>%n voorziening</numerusform>
            <numerusform>%n voorzienings</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color: gray&quot;&gt;Select a voorziening to see how to reach it.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color: gray&quot;&gt;Select a voorziening to see how to reach it.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>inactive: no longer offered</source>
        <translation>inactive: no longer offered</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>“%1” is added to the sociale kaart.</source>
        <translation>“%1” is added to the sociale kaart.</translation>
    </message>
    <message>
        <source>“%1” is saved.</source>
        <translation>“%1” is saved.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>“%1” is active again.</source>
        <translation>“%1” is active again.</translation>
    </message>
    <message>
        <source>“%1” is deactivated: it stays on the list, greyed out.</source>
        <translation>“%1” is deactivated: it stays on the list, greyed out.</translation>
    </message>
    <message>
        <source>“%1” is deactivated: it is hidden unless you tick Show inactive.</source>
        <translation>“%1” is deactivated: it is hidden unless you tick Show inactive.</translation>
    </message>
    <message>
        <source>Remove voorziening</source>
        <translation>Remove voorziening</translation>
    </message>
    <message>
        <source>Remove “%1” from the sociale kaart?</source>
        <translation>Remove “%1” from the sociale kaart?</translation>
    </message>
    <message>
        <source>Plans that use it keep showing its name. If it is only no longer offered, Deactivate keeps it on the sociale kaart for reference.</source>
        <translation>Plans that use it keep showing its name. If it is only no longer offered, Deactivate keeps it on the sociale kaart for reference.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Not removed</translation>
    </message>
    <message>
        <source>“%1” is removed from the sociale kaart.</source>
        <translation>“%1” is removed from the sociale kaart.</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Imported from %1.</translation>
    </message>
    <message>
        <source>sociale-kaart-%1.csv</source>
        <translation>sociale-kaart-%1.csv</translation>
    </message>
    <message>
        <source>Export the sociale kaart</source>
        <translation>Export the sociale kaart</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>The sociale kaart is exported to %1.</source>
        <translation>The sociale kaart is exported to %1.</translation>
    </message>
    <message>
        <source>Add examples</source>
        <translation>Add examples</translation>
    </message>
    <message>
        <source>Add fictitious examples to the sociale kaart?</source>
        <translation>Add fictitious examples to the sociale kaart?</translation>
    </message>
    <message>
        <source>The examples are made up: the voorzieningen, aanbieders, phone numbers and addresses do not exist. They are there to try out the sociale kaart; edit or remove them before you rely on it, or import the gemeente&apos;s CSV file instead.</source>
        <translation>The examples are made up: the voorzieningen, aanbieders, phone numbers and addresses do not exist. They are there to try out the sociale kaart; edit or remove them before you rely on it, or import the gemeente&apos;s CSV file instead.</translation>
    </message>
    <message>
        <source>No examples added</source>
        <translation>No examples added</translation>
    </message>
    <message numerus="yes">
        <source>%n fictitious example(s) added.</source>
        <translation>
            <numerusform>%n fictitious example added.</numerusform>
            <numerusform>%n fictitious examples added.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sociale kaart cannot be read.</source>
        <translation>The sociale kaart cannot be read.</translation>
    </message>
</context>
<context>
    <name>ui::StappenLijst</name>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Double-click a step or press Enter to record it.</source>
        <translation>Double-click a step or press Enter to record it.</translation>
    </message>
    <message>
        <source>%1 (inwoner)</source>
        <translation>%1 (inwoner)</translation>
    </message>
    <message>
        <source>%1 (mantelzorger)</source>
        <translation>%1 (mantelzorger)</translation>
    </message>
    <message>
        <source>someone no longer in the netwerk</source>
        <translation>someone no longer in the netwerk</translation>
    </message>
    <message>
        <source>⚠ Missing</source>
        <translation>⚠ Missing</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>%1
to %2</source>
        <translation>%1
to %2</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>Planned %1</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
</context>
<context>
    <name>ui::SyncActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>Im&amp;port…</translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation>C&amp;onflicts…</translation>
    </message>
    <message>
        <source>Save everything, the changes since the last exchange, or selected dossiers in a file for another computer or a colleague.</source>
        <translation>Save everything, the changes since the last exchange, or selected dossiers in a file for another computer or a colleague.</translation>
    </message>
    <message>
        <source>Read a file exported from Wijkdossier on another computer.</source>
        <translation>Read a file exported from Wijkdossier on another computer.</translation>
    </message>
    <message>
        <source>Records changed here and on another computer at the same time.</source>
        <translation>Records changed here and on another computer at the same time.</translation>
    </message>
    <message>
        <source>Open the conflicts screen</source>
        <translation>Open the conflicts screen</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;onflicts (%1)…</source>
        <translation>C&amp;onflicts (%1)…</translation>
    </message>
</context>
<context>
    <name>ui::SyncNamen</name>
    <message>
        <source>Inwoners</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>Huishoudens</source>
        <translation>Huishoudens</translation>
    </message>
    <message>
        <source>Huishouden members</source>
        <translation>Huishouden members</translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>ZRM-metingen</source>
        <translation>ZRM-metingen</translation>
    </message>
    <message>
        <source>ZRM-scores</source>
        <translation>ZRM-scores</translation>
    </message>
    <message>
        <source>Trajecten</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>Traject steps</source>
        <translation>Traject steps</translation>
    </message>
    <message>
        <source>Suspended deadlines</source>
        <translation>Suspended deadlines</translation>
    </message>
    <message>
        <source>Sociale kaart</source>
        <translation>Sociale kaart</translation>
    </message>
    <message>
        <source>Voorzieningen</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <source>Gesprekken</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Gesprek attendees</source>
        <translation>Gesprek attendees</translation>
    </message>
    <message>
        <source>Gesprek leefgebieden</source>
        <translation>Gesprek leefgebieden</translation>
    </message>
    <message>
        <source>Gesprek mantelzorg</source>
        <translation>Gesprek mantelzorg</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Ondersteuningsplannen</source>
        <translation>Ondersteuningsplannen</translation>
    </message>
    <message>
        <source>Plan goals</source>
        <translation>Plan goals</translation>
    </message>
    <message>
        <source>Plan actions</source>
        <translation>Plan actions</translation>
    </message>
    <message>
        <source>Archived documents</source>
        <translation>Archived documents</translation>
    </message>
    <message>
        <source>Document attachments</source>
        <translation>Document attachments</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Known as</source>
        <translation>Known as</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>House number addition</source>
        <translation>House number addition</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Interpreter needed</translation>
    </message>
    <message>
        <source>Contact preference</source>
        <translation>Contact preference</translation>
    </message>
    <message>
        <source>Vast aanspreekpunt</source>
        <translation>Vast aanspreekpunt</translation>
    </message>
    <message>
        <source>Vast aanspreekpunt phone</source>
        <translation>Vast aanspreekpunt phone</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Does now</source>
        <translation>Does now</translation>
    </message>
    <message>
        <source>Could do more</source>
        <translation>Could do more</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Closeness</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Mantelzorger</source>
        <translation>Mantelzorger</translation>
    </message>
    <message>
        <source>Mantelzorg hours per week</source>
        <translation>Mantelzorg hours per week</translation>
    </message>
    <message>
        <source>Mantelzorg since</source>
        <translation>Mantelzorg since</translation>
    </message>
    <message>
        <source>Mantelzorg tasks</source>
        <translation>Mantelzorg tasks</translation>
    </message>
    <message>
        <source>Mantelzorg burden</source>
        <translation>Mantelzorg burden</translation>
    </message>
    <message>
        <source>Mantelzorger&apos;s own needs</source>
        <translation>Mantelzorger&apos;s own needs</translation>
    </message>
    <message>
        <source>Respite care wish</source>
        <translation>Respite care wish</translation>
    </message>
</context>
<context>
    <name>ui::SyncTaak</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Stopping… nothing is changed.</source>
        <translation>Stopping… nothing is changed.</translation>
    </message>
</context>
<context>
    <name>ui::TermijnOpschortingDialog</name>
    <message>
        <source>Suspend or extend a term</source>
        <translation>Suspend or extend a term</translation>
    </message>
    <message>
        <source>Onderzoek (6 weeks after the melding)</source>
        <translation>Onderzoek (6 weeks after the melding)</translation>
    </message>
    <message>
        <source>Beschikking (2 weeks after the aanvraag)</source>
        <translation>Beschikking (2 weeks after the aanvraag)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>e.g. waiting for the medical advice; agreed with the inwoner</source>
        <translation>e.g. waiting for the medical advice; agreed with the inwoner</translation>
    </message>
    <message>
        <source>&amp;Term</source>
        <translation>&amp;Term</translation>
    </message>
    <message>
        <source>&amp;Agreed on *</source>
        <translation>&amp;Agreed on *</translation>
    </message>
    <message>
        <source>&amp;Number of days *</source>
        <translation>&amp;Number of days *</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>&amp;Reason *</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>This term runs once the aanvraag is received.</source>
        <translation>This term runs once the aanvraag is received.</translation>
    </message>
    <message>
        <source>Deadline now: %1</source>
        <translation>Deadline now: %1</translation>
    </message>
    <message>
        <source>Deadline now: %1
New deadline: %2</source>
        <translation>Deadline now: %1
New deadline: %2</translation>
    </message>
</context>
<context>
    <name>ui::TermijnWeergave</name>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>met on %1</source>
        <translation>met on %1</translation>
    </message>
    <message numerus="yes">
        <source>not met: done on %1, %n day(s) late</source>
        <translation>
            <numerusform>not met: done on %1, %n day late</numerusform>
            <numerusform>not met: done on %1, %n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>passed without a plan</source>
        <translation>passed without a plan</translation>
    </message>
    <message>
        <source>lapsed: the traject is closed</source>
        <translation>lapsed: the traject is closed</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
</context>
<context>
    <name>ui::TermijnenOverzicht</name>
    <message>
        <source>Suspend or e&amp;xtend a term…</source>
        <translation>Suspend or e&amp;xtend a term…</translation>
    </message>
    <message>
        <source>Remove suspension</source>
        <translation>Remove suspension</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Suspended term</source>
        <translation>Suspended term</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>With the inwoner&apos;s agreement, e.g. while waiting for a medical advice. The reason is required.</source>
        <translation>With the inwoner&apos;s agreement, e.g. while waiting for a medical advice. The reason is required.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Why it moved</source>
        <translation>Why it moved</translation>
    </message>
</context>
<context>
    <name>ui::TrajectDetail</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>Provided</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Leefgebieden</source>
        <translation>Leefgebieden</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Statutory steps – double-click a step (or press Enter) to record it:</source>
        <translation>Statutory steps – double-click a step (or press Enter) to record it:</translation>
    </message>
    <message>
        <source>Add voorziening…</source>
        <translation>Add voorziening…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>New gesprek…</source>
        <translation>New gesprek…</translation>
    </message>
    <message>
        <source>Record a gesprek or contact afterwards</source>
        <translation>Record a gesprek or contact afterwards</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>New signal…</source>
        <translation>New signal…</translation>
    </message>
    <message>
        <source>Signals about the inwoner from others (GP, neighbours, police …), for every traject.</source>
        <translation>Signals about the inwoner from others (GP, neighbours, police …), for every traject.</translation>
    </message>
    <message>
        <source>&lt;i&gt;No traject selected. A new melding starts with New traject….&lt;/i&gt;</source>
        <translation>&lt;i&gt;No traject selected. A new melding starts with New traject….&lt;/i&gt;</translation>
    </message>
    <message>
        <source>melding %1</source>
        <translation>melding %1</translation>
    </message>
    <message>
        <source>referred by %1</source>
        <translation>referred by %1</translation>
    </message>
    <message>
        <source>urgency: %1</source>
        <translation>urgency: %1</translation>
    </message>
    <message>
        <source>phase: %1</source>
        <translation>phase: %1</translation>
    </message>
    <message>
        <source>Still to do:</source>
        <translation>Still to do:</translation>
    </message>
    <message>
        <source>The voorzieningen granted in the beschikking of %1.</source>
        <translation>The voorzieningen granted in the beschikking of %1.</translation>
    </message>
    <message>
        <source>Record a beschikking that grants support (step Decision) to add voorzieningen.</source>
        <translation>Record a beschikking that grants support (step Decision) to add voorzieningen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 – ends in %n day(s)</source>
        <translation>
            <numerusform>%1 – ends in %n day</numerusform>
            <numerusform>%1 – ends in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – ended</source>
        <translation>%1 – ended</translation>
    </message>
    <message>
        <source>(removed from the netwerk)</source>
        <translation>(removed from the netwerk)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Huisbezoek in progress</source>
        <translation>Huisbezoek in progress</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <source>%1 of %2 discussed</source>
        <translation>%1 of %2 discussed</translation>
    </message>
    <message>
        <source>Ter&amp;mijnen &amp;&amp; stappen</source>
        <translation>Ter&amp;mijnen &amp;&amp; stappen</translation>
    </message>
    <message>
        <source>&amp;Voorzieningen</source>
        <translation>&amp;Voorzieningen</translation>
    </message>
    <message>
        <source>&amp;Gesprekken</source>
        <translation>&amp;Gesprekken</translation>
    </message>
    <message>
        <source>S&amp;ignalen</source>
        <translation>S&amp;ignalen</translation>
    </message>
    <message>
        <source>came in by: %1</source>
        <translation>came in by: %1</translation>
    </message>
    <message>
        <source>No gesprekken yet. Record one afterwards with New gesprek…, or start a huisbezoek.</source>
        <translation>No gesprekken yet. Record one afterwards with New gesprek…, or start a huisbezoek.</translation>
    </message>
    <message>
        <source>Select a gesprek to see what was discussed and agreed.</source>
        <translation>Select a gesprek to see what was discussed and agreed.</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>Present:</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Needs attention:</translation>
    </message>
    <message>
        <source>Deliberately not discussed:</source>
        <translation>Deliberately not discussed:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <source>Agreements:</source>
        <translation>Agreements:</translation>
    </message>
</context>
<context>
    <name>ui::TrajectDialog</name>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>New traject</source>
        <translation>New traject</translation>
    </message>
    <message>
        <source>Edit traject</source>
        <translation>Edit traject</translation>
    </message>
    <message>
        <source>e.g. the GP, a neighbour, the home care provider</source>
        <translation>e.g. the GP, a neighbour, the home care provider</translation>
    </message>
    <message>
        <source>The question for help in the inwoner&apos;s own words</source>
        <translation>The question for help in the inwoner&apos;s own words</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>&amp;Domain</translation>
    </message>
    <message>
        <source>&amp;Melding on *</source>
        <translation>&amp;Melding on *</translation>
    </message>
    <message>
        <source>&amp;Came in by</source>
        <translation>&amp;Came in by</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>&amp;Referred by</translation>
    </message>
    <message>
        <source>&amp;Hulpvraag</source>
        <translation>&amp;Hulpvraag</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgency</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ui::TrajectKiezenDialog</name>
    <message>
        <source>Start huisbezoek</source>
        <translation>Start huisbezoek</translation>
    </message>
    <message>
        <source>%1 has more than one open traject. For which one is this huisbezoek?</source>
        <translation>%1 has more than one open traject. For which one is this huisbezoek?</translation>
    </message>
    <message>
        <source>%1, melding %2</source>
        <translation>%1, melding %2</translation>
    </message>
</context>
<context>
    <name>ui::TrajectPanel</name>
    <message>
        <source>Ne&amp;w traject…</source>
        <translation>Ne&amp;w traject…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Start h&amp;uisbezoek</source>
        <translation>Start h&amp;uisbezoek</translation>
    </message>
    <message>
        <source>Record a new melding</source>
        <translation>Record a new melding</translation>
    </message>
    <message>
        <source>Resume the unfinished huisbezoek, or start one in an open traject</source>
        <translation>Resume the unfinished huisbezoek, or start one in an open traject</translation>
    </message>
    <message>
        <source>%1 · melding %2</source>
        <translation>%1 · melding %2</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>No open term</source>
        <translation>No open term</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) missing</source>
        <translation>
            <numerusform>%n step missing</numerusform>
            <numerusform>%n steps missing</numerusform>
        </translation>
    </message>
    <message>
        <source>Print ontvangstbevestiging…</source>
        <translation>Print ontvangstbevestiging…</translation>
    </message>
    <message>
        <source>Print verslag…</source>
        <translation>Print verslag…</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
</context>
<context>
    <name>ui::TrajectStapDialog</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <source>&amp;Planned for *</source>
        <translation>&amp;Planned for *</translation>
    </message>
    <message>
        <source>&amp;Received on *</source>
        <translation>&amp;Received on *</translation>
    </message>
    <message>
        <source>&amp;Sent on *</source>
        <translation>&amp;Sent on *</translation>
    </message>
    <message>
        <source>&amp;Signed back on *</source>
        <translation>&amp;Signed back on *</translation>
    </message>
    <message>
        <source>Offered to</source>
        <translation>Offered to</translation>
    </message>
    <message>
        <source>Offered &amp;by</source>
        <translation>Offered &amp;by</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;By</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Answer *</source>
        <translation>&amp;Answer *</translation>
    </message>
    <message>
        <source>&amp;Document shown *</source>
        <translation>&amp;Document shown *</translation>
    </message>
    <message>
        <source>&amp;Verdict *</source>
        <translation>&amp;Verdict *</translation>
    </message>
    <message>
        <source>De&amp;cision *</source>
        <translation>De&amp;cision *</translation>
    </message>
    <message>
        <source>&amp;Closed because *</source>
        <translation>&amp;Closed because *</translation>
    </message>
    <message>
        <source>Record the kind of document only, never its number.</source>
        <translation>Record the kind of document only, never its number.</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>C&amp;lear step</source>
        <translation>C&amp;lear step</translation>
    </message>
    <message>
        <source>Record that this step has not happened (yet).</source>
        <translation>Record that this step has not happened (yet).</translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation>&amp;Remarks</translation>
    </message>
    <message>
        <source>&amp;Remarks of the inwoner</source>
        <translation>&amp;Remarks of the inwoner</translation>
    </message>
    <message>
        <source>&amp;How offered, remarks</source>
        <translation>&amp;How offered, remarks</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>&amp;Reason *</translation>
    </message>
</context>
<context>
    <name>ui::TrajectStapVinkje</name>
    <message>
        <source>Answer to cliëntondersteuning</source>
        <translation>Answer to cliëntondersteuning</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Not recorded yet</translation>
    </message>
    <message>
        <source>Recorded on %1</source>
        <translation>Recorded on %1</translation>
    </message>
    <message>
        <source>Recorded on %1 by %2</source>
        <translation>Recorded on %1 by %2</translation>
    </message>
</context>
<context>
    <name>ui::VandaagModel</name>
    <message>
        <source>%1 ends today</source>
        <translation>%1 ends today</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends in %n day(s) (%2)</source>
        <translation>
            <numerusform>%1 ends in %n day (%2)</numerusform>
            <numerusform>%1 ends in %n days (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation overdue since %1</source>
        <translation>Evaluation overdue since %1</translation>
    </message>
    <message>
        <source>Evaluation due today</source>
        <translation>Evaluation due today</translation>
    </message>
    <message numerus="yes">
        <source>Evaluation due in %n day(s) (%1)</source>
        <translation>
            <numerusform>Evaluation due in %n day (%1)</numerusform>
            <numerusform>Evaluation due in %n days (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Reported on %2</source>
        <translation>%1
Reported on %2</translation>
    </message>
    <message>
        <source>Urgency: %1</source>
        <translation>Urgency: %1</translation>
    </message>
    <message>
        <source>%1 deadline: %2</source>
        <translation>%1 deadline: %2</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>The next statutory deadline: onderzoek or beschikking</source>
        <translation>The next statutory deadline: onderzoek or beschikking</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Statutory steps still missing, voorzieningen ending, evaluations due</source>
        <translation>Statutory steps still missing, voorzieningen ending, evaluations due</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
</context>
<context>
    <name>ui::VandaagTeller</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ui::VandaagView</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <source>Step missing</source>
        <translation>Step missing</translation>
    </message>
    <message>
        <source>Voorziening ending</source>
        <translation>Voorziening ending</translation>
    </message>
    <message>
        <source>Evaluation due</source>
        <translation>Evaluation due</translation>
    </message>
    <message>
        <source>Every open traject, most urgent first.</source>
        <translation>Every open traject, most urgent first.</translation>
    </message>
    <message>
        <source>The onderzoek (six weeks after the melding) or the beschikking (two weeks after the aanvraag) is past its deadline.</source>
        <translation>The onderzoek (six weeks after the melding) or the beschikking (two weeks after the aanvraag) is past its deadline.</translation>
    </message>
    <message>
        <source>The onderzoek or beschikking deadline falls within seven days.</source>
        <translation>The onderzoek or beschikking deadline falls within seven days.</translation>
    </message>
    <message>
        <source>A statutory step has not been recorded: ontvangstbevestiging, persoonlijk plan, cliëntondersteuning for the inwoner or a mantelzorger, verslag, beschikking.</source>
        <translation>A statutory step has not been recorded: ontvangstbevestiging, persoonlijk plan, cliëntondersteuning for the inwoner or a mantelzorger, verslag, beschikking.</translation>
    </message>
    <message>
        <source>A temporary voorziening ends within six weeks.</source>
        <translation>A temporary voorziening ends within six weeks.</translation>
    </message>
    <message>
        <source>A planned evaluation is within two weeks, or has passed.</source>
        <translation>A planned evaluation is within two weeks, or has passed.</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>My caseload</translation>
    </message>
    <message>
        <source>All inwoners</source>
        <translation>All inwoners</translation>
    </message>
    <message>
        <source>Whose trajecten</source>
        <translation>Whose trajecten</translation>
    </message>
    <message>
        <source>Trajecten by urgency</source>
        <translation>Trajecten by urgency</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>The overview could not be computed.
%1</source>
        <translation>The overview could not be computed.
%1</translation>
    </message>
    <message>
        <source>No open trajecten. A new melding appears here with its deadlines.</source>
        <translation>No open trajecten. A new melding appears here with its deadlines.</translation>
    </message>
    <message>
        <source>Nothing in “%1”. Click the count again to see every traject.</source>
        <translation>Nothing in “%1”. Click the count again to see every traject.</translation>
    </message>
    <message numerus="yes">
        <source>%n traject(s), most urgent first</source>
        <translation>
            <numerusform>%n traject, most urgent first</numerusform>
            <numerusform>%n trajects, most urgent first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n traject(s): %2</source>
        <translation>
            <numerusform>%1 of %n traject: %2</numerusform>
            <numerusform>%1 of %n trajects: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::VaststellenDialog</name>
    <message>
        <source>Agree plan</source>
        <translation>Agree plan</translation>
    </message>
    <message>
        <source>Record that version %1 of the plan was agreed with the inwoner and signed. From then on the plan is read-only: it is the record of what was agreed. To change anything later, make a new version.

This cannot be undone.</source>
        <translation>Record that version %1 of the plan was agreed with the inwoner and signed. From then on the plan is read-only: it is the record of what was agreed. To change anything later, make a new version.

This cannot be undone.</translation>
    </message>
    <message>
        <source>Agreed and signed &amp;on</source>
        <translation>Agreed and signed &amp;on</translation>
    </message>
    <message>
        <source>Enter the date of agreement.</source>
        <translation>Enter the date of agreement.</translation>
    </message>
</context>
<context>
    <name>ui::VertellenStap</name>
    <message>
        <source>What the inwoner must be told</source>
        <translation>What the inwoner must be told</translation>
    </message>
    <message>
        <source>Read the text aloud, or say it in your own words, and tick it: the step is recorded in the traject with today&apos;s date.</source>
        <translation>Read the text aloud, or say it in your own words, and tick it: the step is recorded in the traject with today&apos;s date.</translation>
    </message>
    <message>
        <source>Cliëntondersteuning offered</source>
        <translation>Cliëntondersteuning offered</translation>
    </message>
    <message>
        <source>Persoonlijk plan explained</source>
        <translation>Persoonlijk plan explained</translation>
    </message>
    <message>
        <source>PGB explained</source>
        <translation>PGB explained</translation>
    </message>
    <message>
        <source>Eigen bijdrage discussed</source>
        <translation>Eigen bijdrage discussed</translation>
    </message>
    <message>
        <source>You can get free help from a cliëntondersteuner. That is someone who does not work for the gemeente and is on your side. They can help you prepare for this conversation, think along with you and join the conversations. It costs you nothing. Would you like that?</source>
        <translation>You can get free help from a cliëntondersteuner. That is someone who does not work for the gemeente and is on your side. They can help you prepare for this conversation, think along with you and join the conversations. It costs you nothing. Would you like that?</translation>
    </message>
    <message>
        <source>You may write down yourself what your situation is and what help you think would work for you. That is called a persoonlijk plan. You can give it to us within 7 days after your melding, so until %1. We will then take it into account. It may be short, and someone may help you write it.</source>
        <translation>You may write down yourself what your situation is and what help you think would work for you. That is called a persoonlijk plan. You can give it to us within 7 days after your melding, so until %1. We will then take it into account. It may be short, and someone may help you write it.</translation>
    </message>
    <message>
        <source>If you get a voorziening, you can usually choose. Either we arrange the help for you, or you get a persoonlijk budget (PGB) and arrange and pay the help yourself. With a PGB you choose who helps you, but you also do the paperwork. We can look together at what suits you.</source>
        <translation>If you get a voorziening, you can usually choose. Either we arrange the help for you, or you get a persoonlijk budget (PGB) and arrange and pay the help yourself. With a PGB you choose who helps you, but you also do the paperwork. We can look together at what suits you.</translation>
    </message>
    <message>
        <source>For most help from the Wmo you pay an eigen bijdrage: a fixed amount per month, set by the government. The CAK sends you the bill, not the gemeente. Cliëntondersteuning is always free.</source>
        <translation>For most help from the Wmo you pay an eigen bijdrage: a fixed amount per month, set by the government. The CAK sends you the bill, not the gemeente. Cliëntondersteuning is always free.</translation>
    </message>
    <message>
        <source>What to tell</source>
        <translation>What to tell</translation>
    </message>
    <message>
        <source>You could have given us a persoonlijk plan until %1: your own description of your situation and of the help you think would work for you. If you still want to write one down or tell us, we will take what you say into account.</source>
        <translation>You could have given us a persoonlijk plan until %1: your own description of your situation and of the help you think would work for you. If you still want to write one down or tell us, we will take what you say into account.</translation>
    </message>
</context>
<context>
    <name>ui::VoorzieningDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>No unit</translation>
    </message>
    <message>
        <source>Add voorziening</source>
        <translation>Add voorziening</translation>
    </message>
    <message>
        <source>Edit voorziening</source>
        <translation>Edit voorziening</translation>
    </message>
    <message>
        <source>e.g. cleaning the house, 1 visit a week</source>
        <translation>e.g. cleaning the house, 1 visit a week</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Leave empty for a voorziening without an end date.</source>
        <translation>Leave empty for a voorziening without an end date.</translation>
    </message>
    <message>
        <source>&amp;Kind *</source>
        <translation>&amp;Kind *</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>&amp;Starts on *</source>
        <translation>&amp;Starts on *</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>&amp;Ends on</translation>
    </message>
    <message>
        <source>&amp;Provided</source>
        <translation>&amp;Provided</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>The maatwerkvoorziening on the sociale kaart, so that its use is counted.</source>
        <translation>The maatwerkvoorziening on the sociale kaart, so that its use is counted.</translation>
    </message>
    <message>
        <source>On the &amp;sociale kaart</source>
        <translation>On the &amp;sociale kaart</translation>
    </message>
</context>
<context>
    <name>ui::VoorzieningKiezer</name>
    <message>
        <source>Search the social map: name, provider or category</source>
        <translation>Search the social map: name, provider or category</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>The social map has no such voorzieningen yet.</source>
        <translation>The social map has no such voorzieningen yet.</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or other words.</source>
        <translation>Nothing found. Try fewer or other words.</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Nothing chosen yet.</translation>
    </message>
    <message>
        <source>(no longer on the social map)</source>
        <translation>(no longer on the social map)</translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation>%1 (no longer offered)</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
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
        <translation>Sa&amp;ve as PNG…</translation>
    </message>
    <message>
        <source>The charts cannot be shown: %1</source>
        <translation>The charts cannot be shown: %1</translation>
    </message>
    <message>
        <source>There are no metingen yet.</source>
        <translation>There are no metingen yet.</translation>
    </message>
    <message>
        <source>Save ZRM radar</source>
        <translation>Save ZRM radar</translation>
    </message>
    <message>
        <source>Save ZRM trend</source>
        <translation>Save ZRM trend</translation>
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
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>The image could not be saved to %1.</source>
        <translation>The image could not be saved to %1.</translation>
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
        <translation>%1 is not a ZRM charts plugin.</translation>
    </message>
    <message>
        <source>The charts plugin was not found: %1.</source>
        <translation>The charts plugin was not found: %1.</translation>
    </message>
</context>
<context>
    <name>ui::ZrmMetingDialog</name>
    <message>
        <source>New ZRM meting</source>
        <translation>New ZRM meting</translation>
    </message>
    <message>
        <source>Edit ZRM meting</source>
        <translation>Edit ZRM meting</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Who scored</source>
        <translation>Who scored</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Moment</source>
        <translation>&amp;Moment</translation>
    </message>
    <message>
        <source>Scored &amp;by</source>
        <translation>Scored &amp;by</translation>
    </message>
    <message>
        <source>&amp;Instrument</source>
        <translation>&amp;Instrument</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>This is not a date. Write it as day-month-year, e.g. 02-03-2024.</source>
        <translation>This is not a date. Write it as day-month-year, e.g. 02-03-2024.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close without saving the scores you entered?</source>
        <translation>Close without saving the scores you entered?</translation>
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
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Scored by</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Scored</translation>
    </message>
    <message>
        <source>niet beoordeeld</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>New &amp;meting…</source>
        <translation>New &amp;meting…</translation>
    </message>
    <message>
        <source>Score the Zelfredzaamheid-Matrix (Ctrl+M)</source>
        <translation>Score the Zelfredzaamheid-Matrix (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
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
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>No metingen yet. Score the Zelfredzaamheid-Matrix with New meting… (Ctrl+M); only the leefgebieden that matter for the hulpvraag.</source>
        <translation>No metingen yet. Score the Zelfredzaamheid-Matrix with New meting… (Ctrl+M); only the leefgebieden that matter for the hulpvraag.</translation>
    </message>
    <message numerus="yes">
        <source>%n meting(s); the latest on %1.</source>
        <translation>
            <numerusform>%n meting; the latest on %1.</numerusform>
            <numerusform>%n metingen; the latest on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>These metingen use ZRM 2013 and ZRM 2017: comparison, radar and trend show ZRM 2013 scores at the ZRM 2017 leefgebieden they map onto (ADL counts for basale and instrumentele ADL, Dagbesteding for werk &amp; opleiding and tijdsbesteding).</source>
        <translation>These metingen use ZRM 2013 and ZRM 2017: comparison, radar and trend show ZRM 2013 scores at the ZRM 2017 leefgebieden they map onto (ADL counts for basale and instrumentele ADL, Dagbesteding for werk &amp; opleiding and tijdsbesteding).</translation>
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
        <translation>Previous meting</translation>
    </message>
    <message>
        <source>Latest meting</source>
        <translation>Latest meting</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
</context>
<context>
    <name>ui::ZrmScoringWidget</name>
    <message>
        <source>1–5 score · N niet beoordeeld · R other reason · D then 1–5 doelscore (0 none) · T toelichting · Del clear · ↑↓ move · Tab to Save</source>
        <translation>1–5 score · N niet beoordeeld · R other reason · D then 1–5 doelscore (0 none) · T toelichting · Del clear · ↑↓ move · Tab to Save</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Previous
%1</source>
        <translation>Previous
%1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
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
        <translation>The score at the previous meting, %1</translation>
    </message>
    <message>
        <source>There is no previous meting.</source>
        <translation>There is no previous meting.</translation>
    </message>
    <message>
        <source>The level aimed for: D then 1–5, or double-click</source>
        <translation>The level aimed for: D then 1–5, or double-click</translation>
    </message>
    <message>
        <source>A short note: T or F2, or double-click</source>
        <translation>A short note: T or F2, or double-click</translation>
    </message>
    <message>
        <source>%1 (criminal data)</source>
        <translation>%1 (criminal data)</translation>
    </message>
    <message>
        <source>Criminal data (AVG art. 10): score Justitie only on purpose, when it matters for the hulpvraag.</source>
        <translation>Criminal data (AVG art. 10): score Justitie only on purpose, when it matters for the hulpvraag.</translation>
    </message>
    <message>
        <source>niet beoordeeld – %1</source>
        <translation>niet beoordeeld – %1</translation>
    </message>
    <message>
        <source>Press R (or click) for another reason; Delete clears the row.</source>
        <translation>Press R (or click) for another reason; Delete clears the row.</translation>
    </message>
    <message>
        <source>doelscore: press 1–5, 0 for none, Esc to cancel.</source>
        <translation>doelscore: press 1–5, 0 for none, Esc to cancel.</translation>
    </message>
    <message>
        <source>niet beoordeeld: %1. R gives another reason.</source>
        <translation>niet beoordeeld: %1. R gives another reason.</translation>
    </message>
    <message>
        <source>Criminal data (AVG art. 10): score Justitie only on purpose, when it matters for the hulpvraag. It is never filled in for you.</source>
        <translation>Criminal data (AVG art. 10): score Justitie only on purpose, when it matters for the hulpvraag. It is never filled in for you.</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
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
        <translation>A score holds until the next meting; a gap means niet beoordeeld.</translation>
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
        <translation>Earlier</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Ear&amp;lier</source>
        <translation>Ear&amp;lier</translation>
    </message>
    <message>
        <source>There are no metingen yet.</source>
        <translation>There are no metingen yet.</translation>
    </message>
    <message>
        <source>Compare appears once there is a second meting.</source>
        <translation>Compare appears once there is a second meting.</translation>
    </message>
    <message>
        <source>Choose two different metingen.</source>
        <translation>Choose two different metingen.</translation>
    </message>
    <message>
        <source>Per leefgebied of ZRM 2017; ZRM 2013 scores are carried over.</source>
        <translation>Per leefgebied of ZRM 2017; ZRM 2013 scores are carried over.</translation>
    </message>
    <message>
        <source>▲ better</source>
        <translation>▲ better</translation>
    </message>
    <message>
        <source>= same</source>
        <translation>= same</translation>
    </message>
    <message>
        <source>▼ worse</source>
        <translation>▼ worse</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>not comparable</translation>
    </message>
</context>
<context>
    <name>ui::ZrmVoortgangDialog</name>
    <message>
        <source>ZRM progress</source>
        <translation>ZRM progress</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>My caseload</translation>
    </message>
    <message>
        <source>My caseload (%1)</source>
        <translation>My caseload (%1)</translation>
    </message>
    <message>
        <source>All inwoners</source>
        <translation>All inwoners</translation>
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
        <translation>Improved</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stable</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Inwoners with a latest score or niet beoordeeld in this leefgebied</source>
        <translation>Inwoners with a latest score or niet beoordeeld in this leefgebied</translation>
    </message>
    <message>
        <source>Latest score %1 – %2</source>
        <translation>Latest score %1 – %2</translation>
    </message>
    <message>
        <source>From the first to the latest score, for inwoners scored at least twice here</source>
        <translation>From the first to the latest score, for inwoners scored at least twice here</translation>
    </message>
    <message>
        <source>Latest scores from 1 (red) to 5 (green), then niet beoordeeld (grey)</source>
        <translation>Latest scores from 1 (red) to 5 (green), then niet beoordeeld (grey)</translation>
    </message>
    <message>
        <source>Per leefgebied of ZRM 2017: each inwoner&apos;s latest score, and whether it improved, stayed stable or declined since their first scoring. ZRM 2013 scores are carried over. Scores are counted, never averaged; for some inwoners stable is the best outcome.</source>
        <translation>Per leefgebied of ZRM 2017: each inwoner&apos;s latest score, and whether it improved, stayed stable or declined since their first scoring. ZRM 2013 scores are carried over. Scores are counted, never averaged; for some inwoners stable is the best outcome.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
</context>
</TS>
