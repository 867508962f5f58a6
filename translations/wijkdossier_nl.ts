<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Deze melding sluiten</translation>
    </message>
</context>
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
        <source>Cannot write %1.</source>
        <translation>%1 kan niet worden geschreven.</translation>
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
        <source>Wrote the inzage overview of inwoner %1 to %2.</source>
        <translation>Het inzageoverzicht van inwoner %1 is opgeslagen in %2.</translation>
    </message>
    <message>
        <source>Measuring the dashboard…</source>
        <translation>Het dashboard meten…</translation>
    </message>
    <message>
        <source>Measuring the huisbezoek autosave…</source>
        <translation>Het automatisch opslaan in het huisbezoek meten…</translation>
    </message>
    <message>
        <source>Autosave not measured: %1</source>
        <translation>Automatisch opslaan niet gemeten: %1</translation>
    </message>
    <message>
        <source>Trajecten: %1, with %2 gesprekken.</source>
        <translation>Trajecten: %1, met %2 gesprekken.</translation>
    </message>
    <message numerus="yes">
        <source>%n open traject(s)</source>
        <translation>
            <numerusform>%n open traject</numerusform>
            <numerusform>%n open trajecten</numerusform>
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
        <translation>domein</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>next term</source>
        <translation>volgende termijn</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>%1: %2 overdue, %3 due this week, %4 with a step missing.</source>
        <translation>%1: %2 te laat, %3 deze week, %4 met een ontbrekende stap.</translation>
    </message>
    <message>
        <source>--aanvraag lies before --melding: an aanvraag comes after the melding. Check the dates.</source>
        <translation>--aanvraag ligt voor --melding: een aanvraag komt na de melding. Controleer de datums.</translation>
    </message>
    <message>
        <source>Measuring opening a plan…</source>
        <translation>Openen van een plan meten…</translation>
    </message>
    <message>
        <source>Opening a plan not measured: %1</source>
        <translation>Openen van een plan niet gemeten: %1</translation>
    </message>
    <message>
        <source>Measuring the sociale kaart search…</source>
        <translation>Zoeken in de sociale kaart meten…</translation>
    </message>
    <message>
        <source>Sociale kaart search not measured: %1</source>
        <translation>Zoeken in de sociale kaart niet gemeten: %1</translation>
    </message>
    <message>
        <source>Measuring the sociale kaart import…</source>
        <translation>Importeren van de sociale kaart meten…</translation>
    </message>
    <message>
        <source>Sociale kaart import not measured: %1</source>
        <translation>Importeren van de sociale kaart niet gemeten: %1</translation>
    </message>
    <message>
        <source>Ondersteuningsplannen: %1 (every version); sociale kaart entries added: %2.</source>
        <translation>Ondersteuningsplannen: %1 (alle versies); voorzieningen toegevoegd aan de sociale kaart: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the sociale kaart written.</source>
        <translation>
            <numerusform>%n voorziening van de sociale kaart weggeschreven.</numerusform>
            <numerusform>%n voorzieningen van de sociale kaart weggeschreven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example entry(ies) added to the sociale kaart.</source>
        <translation>
            <numerusform>%n voorbeeld toegevoegd aan de sociale kaart.</numerusform>
            <numerusform>%n voorbeelden toegevoegd aan de sociale kaart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total (%n voorziening(en))</source>
        <translation>
            <numerusform>Totaal (%n voorziening)</numerusform>
            <numerusform>Totaal (%n voorzieningen)</numerusform>
        </translation>
    </message>
    <message>
        <source>sociale-kaart import needs exactly one file.</source>
        <translation>sociale-kaart import heeft precies één bestand nodig.</translation>
    </message>
    <message>
        <source>%1 entries of the sociale kaart added or changed, %2 unchanged, %3 rows rejected.</source>
        <translation>%1 voorzieningen op de sociale kaart toegevoegd of gewijzigd, %2 ongewijzigd, %3 rijen afgekeurd.</translation>
    </message>
    <message>
        <source>sociale-kaart export needs exactly one file.</source>
        <translation>sociale-kaart export heeft precies één bestand nodig.</translation>
    </message>
    <message>
        <source>--report belongs to sociale-kaart import.</source>
        <translation>--report hoort bij sociale-kaart import.</translation>
    </message>
    <message>
        <source>The sociale kaart cannot be read from the database.</source>
        <translation>De sociale kaart kan niet uit de database worden gelezen.</translation>
    </message>
    <message>
        <source>voorziening</source>
        <translation>voorziening</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>via plan</source>
        <translation>via plan</translation>
    </message>
    <message>
        <source>via decision</source>
        <translation>via beschikking</translation>
    </message>
    <message>
        <source>inwoners</source>
        <translation>inwoners</translation>
    </message>
    <message>
        <source>Open-access voorzieningen (algemeen)</source>
        <translation>Algemene voorzieningen</translation>
    </message>
    <message>
        <source>Individual voorzieningen (maatwerk)</source>
        <translation>Maatwerkvoorzieningen</translation>
    </message>
    <message>
        <source>Usage: wijkdossier-cli sociale-kaart import FILE.csv [--report json] | export FILE.csv | voorbeelden</source>
        <translation>Gebruik: wijkdossier-cli sociale-kaart import FILE.csv [--report json] | export FILE.csv | voorbeelden</translation>
    </message>
    <message>
        <source>--format must be text, csv or json.</source>
        <translation>--format moet text, csv of json zijn.</translation>
    </message>
    <message>
        <source>report voorzieningen counts every inwoner; it has no --aanspreekpunt.</source>
        <translation>report voorzieningen telt alle inwoners en kent geen --aanspreekpunt.</translation>
    </message>
    <message>
        <source>Known reports: zrm-voortgang, termijnen, voorzieningen.</source>
        <translation>Bekende rapportages: zrm-voortgang, termijnen, voorzieningen.</translation>
    </message>
    <message>
        <source>print ontvangstbevestiging needs --traject ID and --out FILE.pdf.</source>
        <translation>print ontvangstbevestiging heeft --traject ID en --out BESTAND.pdf nodig.</translation>
    </message>
    <message>
        <source>There is no traject with id %1.</source>
        <translation>Er is geen traject met id %1.</translation>
    </message>
    <message>
        <source>There is no phone number of the vast aanspreekpunt: fill it in under Mijn gegevens or at the inwoner.</source>
        <translation>Er is geen telefoonnummer van het vaste aanspreekpunt: vul het in bij Mijn gegevens of bij de inwoner.</translation>
    </message>
    <message>
        <source>Wrote the ontvangstbevestiging of traject %1 to %2.</source>
        <translation>De ontvangstbevestiging van traject %1 is opgeslagen in %2.</translation>
    </message>
    <message>
        <source>print verslag needs --traject ID and --out FILE.pdf.</source>
        <translation>print verslag heeft --traject ID en --out BESTAND.pdf nodig.</translation>
    </message>
    <message>
        <source>Wrote the verslag of traject %1 to %2.</source>
        <translation>Het verslag van traject %1 is opgeslagen in %2.</translation>
    </message>
    <message>
        <source>print plan needs --plan ID and --out FILE.pdf.</source>
        <translation>print plan heeft --plan ID en --out BESTAND.pdf nodig.</translation>
    </message>
    <message>
        <source>There is no ondersteuningsplan with id %1.</source>
        <translation>Er is geen ondersteuningsplan met id %1.</translation>
    </message>
    <message>
        <source>Wrote the ondersteuningsplan %1 to %2.</source>
        <translation>Het ondersteuningsplan %1 is opgeslagen in %2.</translation>
    </message>
    <message>
        <source>Usage: wijkdossier-cli archief list --traject ID|--inwoner ID [--format json] | export ID --out FILE.pdf | onderteken ID --datum YYYY-MM-DD --akkoord|--voor-gezien [--aanvraag] [--opmerkingen TEXT] | bijlage ID FILE</source>
        <translation>Gebruik: wijkdossier-cli archief list --traject ID|--inwoner ID [--format json] | export ID --out FILE.pdf | onderteken ID --datum YYYY-MM-DD --akkoord|--voor-gezien [--aanvraag] [--opmerkingen TEXT] | bijlage ID FILE</translation>
    </message>
    <message>
        <source>--format must be table or json.</source>
        <translation>--format moet table of json zijn.</translation>
    </message>
    <message>
        <source>Wrote archive copy %1 to %2; it matches its stored SHA-256 %3.</source>
        <translation>Archiefkopie %1 weggeschreven naar %2; die komt overeen met de opgeslagen SHA-256 %3.</translation>
    </message>
    <message>
        <source>--datum must be a date as YYYY-MM-DD.</source>
        <translation>--datum moet een datum zijn in de vorm JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Marked archive copy %1 as signed on %2.</source>
        <translation>Vastgelegd dat archiefkopie %1 op %2 is ondertekend.</translation>
    </message>
    <message>
        <source>Traject %1: aanvraag on %2, beschikking due by %3.</source>
        <translation>Traject %1: aanvraag op %2, beschikking uiterlijk op %3.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Attached scan %1 (%2) to archive copy %3.</source>
        <translation>Scan %1 (%2) toegevoegd aan archiefkopie %3.</translation>
    </message>
    <message>
        <source>Measuring export and import…</source>
        <translation>Exporteren en importeren meten…</translation>
    </message>
    <message>
        <source>Export and import not measured: %1</source>
        <translation>Exporteren en importeren niet gemeten: %1</translation>
    </message>
    <message>
        <source>Measuring the verslag as PDF…</source>
        <translation>Het verslag als PDF meten…</translation>
    </message>
    <message>
        <source>Verslag to PDF not measured: %1</source>
        <translation>Verslag naar PDF niet gemeten: %1</translation>
    </message>
    <message>
        <source>Print preview not measured: there is no verslag to preview.</source>
        <translation>Afdrukvoorbeeld niet gemeten: er is geen verslag om te bekijken.</translation>
    </message>
    <message>
        <source>Measuring the print preview…</source>
        <translation>Het afdrukvoorbeeld meten…</translation>
    </message>
    <message>
        <source>open the print preview of a verslag, p50 (ms)</source>
        <translation>afdrukvoorbeeld van een verslag openen, p50 (ms)</translation>
    </message>
    <message>
        <source>open the print preview of a verslag, p95 (ms)</source>
        <translation>afdrukvoorbeeld van een verslag openen, p95 (ms)</translation>
    </message>
    <message>
        <source>%1 runs after a warm-up; from rendering the verslag to the first paint of the preview (offscreen), %2 pages</source>
        <translation>%1 rondes na een opwarmronde; van het opmaken van het verslag tot het eerste tekenen van het afdrukvoorbeeld (buiten beeld), %2 pagina&apos;s</translation>
    </message>
    <message>
        <source>Print preview not measured: %1</source>
        <translation>Afdrukvoorbeeld niet gemeten: %1</translation>
    </message>
    <message>
        <source>Print preview not measured: wijkdossier-bench-print is not next to this program.</source>
        <translation>Afdrukvoorbeeld niet gemeten: wijkdossier-bench-print staat niet in dezelfde map als dit programma.</translation>
    </message>
    <message>
        <source>The archive copy was not stored: %1</source>
        <translation>De archiefkopie is niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Stored archive copy %1 (PDF/A-1b, SHA-256 %2).</source>
        <translation>Archiefkopie %1 opgeslagen (PDF/A-1b, SHA-256 %2).</translation>
    </message>
    <message>
        <source>print netwerkkaart needs --inwoner ID and --out FILE.pdf.</source>
        <translation>print netwerkkaart heeft --inwoner ID en --out FILE.pdf nodig.</translation>
    </message>
    <message>
        <source>Wrote the netwerkkaart of inwoner %1 to %2.</source>
        <translation>De netwerkkaart van inwoner %1 is weggeschreven naar %2.</translation>
    </message>
    <message>
        <source>print needs a document: inzage, ontvangstbevestiging, verslag, plan or netwerkkaart.</source>
        <translation>print heeft een document nodig: inzage, ontvangstbevestiging, verslag, plan of netwerkkaart.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Het bestand met de wachtzin %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>export needs one file and at most one of --all, --since-peer NAME and --inwoner ID …</source>
        <translation>export heeft één bestand nodig en hoogstens één van --all, --since-peer NAME en --inwoner ID …</translation>
    </message>
    <message>
        <source>An export is encrypted: give --passphrase-file FILE, or --plain to write it unencrypted.</source>
        <translation>Een export wordt versleuteld: geef --passphrase-file FILE, of --plain om hem onversleuteld weg te schrijven.</translation>
    </message>
    <message>
        <source>--overdracht-aan hands over selected dossiers: give them with --inwoner ID …</source>
        <translation>--overdracht-aan draagt gekozen dossiers over: geef ze op met --inwoner ID …</translation>
    </message>
    <message>
        <source>Warning: %1 is not encrypted. It contains special-category personal data (health, care): keep it as safe as the dossier itself and delete it when it has been imported.</source>
        <translation>Waarschuwing: %1 is niet versleuteld. Het bevat bijzondere persoonsgegevens (gezondheid, zorg): bewaar het net zo veilig als het dossier zelf en verwijder het zodra het is geïmporteerd.</translation>
    </message>
    <message>
        <source>import needs exactly one file.</source>
        <translation>import heeft precies één bestand nodig.</translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation>… en nog %1 problemen.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>conflicten</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afgekeurd</translation>
    </message>
    <message>
        <source>Imported: %1 inserted, %2 updated, %3 unchanged, %4 conflicts.</source>
        <translation>Geïmporteerd: %1 toegevoegd, %2 bijgewerkt, %3 ongewijzigd, %4 conflicten.</translation>
    </message>
    <message>
        <source>Vast aanspreekpunt set for %1 handed-over dossiers.</source>
        <translation>Vast aanspreekpunt ingesteld voor %1 overgedragen dossiers.</translation>
    </message>
    <message>
        <source>Look at the conflicts with: wijkdossier-cli conflicts list</source>
        <translation>Bekijk de conflicten met: wijkdossier-cli conflicts list</translation>
    </message>
    <message>
        <source>Nothing was imported; the database was not changed.</source>
        <translation>Er is niets geïmporteerd; de database is niet gewijzigd.</translation>
    </message>
    <message>
        <source>conflicts list takes no arguments.</source>
        <translation>conflicts list kent geen argumenten.</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Geen open conflicten.</translation>
    </message>
    <message>
        <source>conflicts resolve needs an id and --keep current|other or --combine FIELD[,FIELD…] (the fields to take from the other version).</source>
        <translation>conflicts resolve heeft een id nodig en --keep current|other of --combine FIELD[,FIELD…] (de velden die uit de andere versie worden overgenomen).</translation>
    </message>
    <message>
        <source>Conflict %1 resolved.</source>
        <translation>Conflict %1 opgelost.</translation>
    </message>
    <message>
        <source>conflicts needs list or resolve.</source>
        <translation>conflicts heeft list of resolve nodig.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n rij geëxporteerd naar %1.</numerusform>
            <numerusform>%n rijen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a new database with: wijkdossier-cli --db FILE init</source>
        <translation>Maak een nieuwe database met: wijkdossier-cli --db BESTAND init</translation>
    </message>
    <message>
        <source>To break the lock: wijkdossier-cli --break-lock --db FILE COMMAND</source>
        <translation>Om de vergrendeling op te heffen: wijkdossier-cli --break-lock --db BESTAND OPDRACHT</translation>
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
        <translation>Gebruik: wijkdossier-cli [--db FILE] [--lang nl|en] [--break-lock] COMMAND [OPTIONS]

Opdrachten:
  init                              maak een lege database (de enige opdracht die er een maakt)
  demo --size S|M|L|XL [--seed N]   vul de database met fictieve demodata
  check                             controleer integriteit en toon schemaversie (exitcode 0 als alles klopt)
  list [--format table|csv|json] [--all] [--search TEXT]
                                    de caseload (--all: alle inwoners)
  import-csv FILE [--check] [--report json]
                                    importeer inwoners uit een export van een spreadsheet
  report zrm-voortgang [--format csv|json] [--aanspreekpunt NAME]
                                    per ZRM-leefgebied: laatste niveaus en verandering
  report termijnen [--format table|csv|json] [--aanspreekpunt NAME]
                                    elk open traject: eerstvolgende termijn, dagen over, ontbrekende stappen
  report voorzieningen [--format text|csv|json]
                                    per voorziening van de sociale kaart: inwoners via plan en beschikking
  instrument import FILE            importeer de ZRM-indicatorteksten met licentie (JSON)
  sociale-kaart import FILE.csv [--report json]
                                    voeg voorzieningen en aanbieders toe of werk ze bij vanuit een spreadsheet
  sociale-kaart export FILE.csv     schrijf de hele sociale kaart weg als CSV (modus 0600)
  sociale-kaart voorbeelden         voeg duidelijk fictieve voorbeelden toe aan de sociale kaart
  termijnen --melding DATE [--aanvraag DATE] [--format json]
                                    Wmo-termijnen (plan, onderzoek, beschikking) en waarom ze zijn verschoven
  print inzage --inwoner ID --out FILE.pdf
                                    alles wat het bestand over één inwoner bevat, als PDF
  print ontvangstbevestiging --traject ID --out FILE.pdf
                                    de brief die een melding bevestigt, met de termijnen, als PDF
  print verslag --traject ID --out FILE.pdf
                                    het verslag van het onderzoek, ter ondertekening, als PDF
  print plan --plan ID --out FILE.pdf
                                    het ondersteuningsplan, ter ondertekening, als PDF
  print netwerkkaart --inwoner ID --out FILE.pdf
                                    de netwerkkaart met wie wat doet, als PDF
  print … --pdfa                    schrijf de PDF als PDF/A-1b (archiveerbaar); verslag, ontvangstbevestiging
                                    en plan bewaren ook altijd een archiefkopie als PDF/A
  archief list --traject ID|--inwoner ID [--format json]
                                    de archiefkopieën van uitgegeven documenten
  archief export ID --out FILE.pdf  een archiefkopie als PDF (modus 0600), gecontroleerd met de hash
  archief onderteken ID --datum YYYY-MM-DD --akkoord|--voor-gezien [--aanvraag] [--opmerkingen TEXT]
                                    markeer een verslag als ondertekend (--aanvraag: start de termijn voor de beschikking)
  archief bijlage ID FILE           voeg een scan van het ondertekende papier toe (PDF, JPEG, PNG, max. 20 MB)
  export FILE [--all | --since-peer NAME | --inwoner ID …] (--passphrase-file F | --plain)
                                    een bundel voor een ander apparaat of een collega, versleuteld (.wdx)
                                    (--overdracht-aan NAME [--overdracht-telefoon TEL] met --inwoner)
  import FILE [--passphrase-file F] [--report json]
                                    voeg een bundel samen; als er iets mis is, verandert er niets
  conflicts list [--all] [--format json]
                                    versies die het verloren van een gelijktijdige wijziging
  conflicts resolve ID --keep current|other | --combine FIELD[,FIELD…]
                                    houd één versie, of neem deze velden over van de andere
  bench [--size L|XL] [--format json]
                                    meet de snelheid van zoeken, dossier, dashboard, autosave, opstarten en demodata

Opties:
  --db FILE     de database (standaard: %1)
  --lang LANG   taal van de meldingen: nl (standaard) of en
  --break-lock  hef de vergrendeling op die een andere computer op de database heeft achtergelaten;
                alleen als u zeker weet dat het bestand daar niet meer open is
  --version     toon het versienummer
  --help        toon deze hulp

Exitstatus: 0 gelukt, 1 ongeldige invoer, 2 verkeerd gebruik.
</translation>
    </message>
</context>
<context>
    <name>cli::bench</name>
    <message>
        <source>The dashboard baseline cannot prepare the dashboard&apos;s SQL.</source>
        <translation>De basislijn van het dashboard kan de SQL van het dashboard niet voorbereiden.</translation>
    </message>
    <message>
        <source>The dashboard disagrees with its baseline.</source>
        <translation>Het dashboard komt niet overeen met zijn basislijn.</translation>
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
        <translation>de demodata bevatten geen huisbezoek met een notitie bij een leefgebied.</translation>
    </message>
    <message>
        <source>the autosave baseline cannot prepare its UPDATE.</source>
        <translation>de basislijn van het automatisch opslaan kan zijn UPDATE niet voorbereiden.</translation>
    </message>
    <message>
        <source>the autosave baseline could not write.</source>
        <translation>de basislijn van het automatisch opslaan kon niet schrijven.</translation>
    </message>
    <message>
        <source>the autosaved note was not stored.</source>
        <translation>de automatisch opgeslagen notitie is niet bewaard.</translation>
    </message>
    <message>
        <source>huisbezoek autosave per keystroke, p95 (ms)</source>
        <translation>huisbezoek automatisch opslaan per toetsaanslag, p95 (ms)</translation>
    </message>
    <message>
        <source>%1 keystrokes in one leefgebied note, each saved with the whole gesprek (p50 %2 ms); baseline: one raw UPDATE of that note row in its own transaction (p50 %3 ms)</source>
        <translation>%1 toetsaanslagen in één notitie bij een leefgebied, elk opgeslagen met het hele gesprek (p50 %2 ms); basislijn: één kale UPDATE van die notitierij in een eigen transactie (p50 %3 ms)</translation>
    </message>
    <message>
        <source>all inwoners: %1 trajecten on the dashboard of %2 (%3 overdue); %4 runs; budget 100 ms per 8,000 trajecten; baseline: the same SQL and child reads on a raw connection, without building trajecten or judging the terms</source>
        <translation>alle inwoners: %1 trajecten op het dashboard van %2 (%3 te laat); %4 rondes; budget 100 ms per 8.000 trajecten; basislijn: dezelfde SQL en dezelfde onderliggende rijen op een kale verbinding, zonder trajecten op te bouwen of termijnen te beoordelen</translation>
    </message>
    <message>
        <source>the demo data has no inwoner with a netwerk, or the sociale kaart lacks algemene or maatwerk voorzieningen.</source>
        <translation>de demodata bevatten geen inwoner met een netwerk, of de sociale kaart heeft geen algemene voorzieningen of maatwerkvoorzieningen.</translation>
    </message>
    <message>
        <source>the plan baseline cannot prepare the plan&apos;s SQL.</source>
        <translation>de basislijn van het plan kan de SQL van het plan niet voorbereiden.</translation>
    </message>
    <message>
        <source>the plan read back is not the plan stored.</source>
        <translation>het teruggelezen plan is niet het opgeslagen plan.</translation>
    </message>
    <message>
        <source>the plan baseline does not read the plan stored.</source>
        <translation>de basislijn van het plan leest het opgeslagen plan niet.</translation>
    </message>
    <message>
        <source>plan open (30 doelen, 100 acties), p50 (ms)</source>
        <translation>plan openen (30 doelen, 100 acties), p50 (ms)</translation>
    </message>
    <message>
        <source>plan open (30 doelen, 100 acties), p95 (ms)</source>
        <translation>plan openen (30 doelen, 100 acties), p95 (ms)</translation>
    </message>
    <message>
        <source>PlanService::plan, %1 runs; baseline: the statements of PlanRepository::getSql() on a raw connection in one read transaction</source>
        <translation>PlanService::plan, %1 rondes; basislijn: de SQL-opdrachten van PlanRepository::getSql() op een kale verbinding in één leestransactie</translation>
    </message>
    <message>
        <source>plan open with wie doet wat, p95 (ms)</source>
        <translation>plan met wie doet wat openen, p95 (ms)</translation>
    </message>
    <message>
        <source>PlanService::plan and wieDoetWat (%1 people and organisations; p50 %2 ms)</source>
        <translation>PlanService::plan en wieDoetWat (%1 personen en organisaties; p50 %2 ms)</translation>
    </message>
    <message>
        <source>the sociale kaart baseline cannot prepare its SQL.</source>
        <translation>de basislijn van de sociale kaart kan de SQL niet voorbereiden.</translation>
    </message>
    <message>
        <source>the sociale kaart search disagrees with its baseline on &quot;%1&quot;.</source>
        <translation>het zoeken in de sociale kaart komt bij &quot;%1&quot; niet overeen met de basislijn.</translation>
    </message>
    <message>
        <source>%1 entries, %2 keystrokes over %3 queries, at most %4 rows each; baseline: SocialeKaartRepository::zoekSql() with the typed text as one LIKE pattern</source>
        <translation>%1 voorzieningen, %2 toetsaanslagen in %3 zoekopdrachten, hoogstens %4 rijen per keer; basislijn: SocialeKaartRepository::zoekSql() met de getypte tekst als één LIKE-patroon</translation>
    </message>
    <message>
        <source>sociale kaart search per keystroke, p50 (ms)</source>
        <translation>zoeken in de sociale kaart per toetsaanslag, p50 (ms)</translation>
    </message>
    <message>
        <source>sociale kaart search per keystroke, p95 (ms)</source>
        <translation>zoeken in de sociale kaart per toetsaanslag, p95 (ms)</translation>
    </message>
    <message>
        <source>the import stored %1 of %2 rows.</source>
        <translation>de import heeft %1 van de %2 rijen opgeslagen.</translation>
    </message>
    <message>
        <source>the import baseline cannot prepare its INSERT.</source>
        <translation>de basislijn van de import kan zijn INSERT niet voorbereiden.</translation>
    </message>
    <message>
        <source>the import baseline could not write.</source>
        <translation>de basislijn van de import kon niet schrijven.</translation>
    </message>
    <message>
        <source>sociale kaart CSV import, 2,000 rows (s)</source>
        <translation>CSV-import van de sociale kaart, 2.000 rijen (s)</translation>
    </message>
    <message>
        <source>median of %1 into an empty sociale kaart: SocialeKaartCsv::read and SocialeKaartService::importeer, %2 rows/s; baseline: one prepared INSERT per row in one transaction on a raw connection, %3 rows/s</source>
        <translation>mediaan van %1, telkens in een lege sociale kaart: SocialeKaartCsv::read en SocialeKaartService::importeer, %2 rijen/s; basislijn: één voorbereide INSERT per rij in één transactie op een kale verbinding, %3 rijen/s</translation>
    </message>
    <message>
        <source>the demo data has no traject with gesprekken and a ZRM meting.</source>
        <translation>de demodata heeft geen traject met gesprekken en een ZRM-meting.</translation>
    </message>
    <message>
        <source>the traject of the verslag cannot be read.</source>
        <translation>het traject van het verslag kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>the verslag could not be laid out.</source>
        <translation>het verslag kon niet worden opgemaakt.</translation>
    </message>
    <message>
        <source>%1 runs; a traject with %2 gesprekken, %3 characters of text%4; baseline: QTextDocument printing the same text as plain text to QPdfWriter</source>
        <translation>%1 rondes; een traject met %2 gesprekken, %3 tekens tekst%4; basislijn: QTextDocument dat dezelfde tekst als platte tekst afdrukt naar QPdfWriter</translation>
    </message>
    <message>
        <source> and the ZRM radar</source>
        <translation> en de ZRM-radar</translation>
    </message>
    <message>
        <source>verslag to PDF, p50 (ms)</source>
        <translation>verslag naar PDF, p50 (ms)</translation>
    </message>
    <message>
        <source>verslag to PDF, p95 (ms)</source>
        <translation>verslag naar PDF, p95 (ms)</translation>
    </message>
    <message>
        <source>the sqlite3 program (the baseline) is not installed</source>
        <translation>het programma sqlite3 (de basislijn) is niet geïnstalleerd</translation>
    </message>
    <message>
        <source>no temporary folder</source>
        <translation>geen tijdelijke map</translation>
    </message>
    <message>
        <source>the import of the bundle failed</source>
        <translation>het importeren van de bundel is mislukt</translation>
    </message>
    <message>
        <source>sqlite3 .dump or .read failed</source>
        <translation>sqlite3 .dump of .read is mislukt</translation>
    </message>
    <message>
        <source>%1 rows, bundle %2 MB</source>
        <translation>%1 rijen, bundel %2 MB</translation>
    </message>
    <message>
        <source>full encrypted export (s)</source>
        <translation>volledige versleutelde export (s)</translation>
    </message>
    <message>
        <source>%1; Argon2id key included; baseline: sqlite3 .dump</source>
        <translation>%1; inclusief het afleiden van de sleutel met Argon2id; basislijn: sqlite3 .dump</translation>
    </message>
    <message>
        <source>import into an empty database (s)</source>
        <translation>importeren in een lege database (s)</translation>
    </message>
    <message>
        <source>a separate wijkdossier-cli import, decrypting, checking every row and rebuilding the search index; baseline: sqlite3 .read of the dump</source>
        <translation>een aparte wijkdossier-cli import, met ontsleutelen, controle van elke rij en het opnieuw opbouwen van de zoekindex; basislijn: sqlite3 .read van de dump</translation>
    </message>
    <message>
        <source>re-import of the same bundle, all unchanged (s)</source>
        <translation>dezelfde bundel opnieuw importeren, alles ongewijzigd (s)</translation>
    </message>
    <message>
        <source>peak memory during import (MB)</source>
        <translation>piekgeheugen tijdens het importeren (MB)</translation>
    </message>
    <message>
        <source>maximum resident set of the import process, Argon2id&apos;s 128 MiB included</source>
        <translation>maximaal gebruikt werkgeheugen (resident set) van het importproces, inclusief de 128 MiB voor Argon2id</translation>
    </message>
</context>
<context>
    <name>core::ArchiefService</name>
    <message>
        <source>This kind of document is not kept as an archive copy.</source>
        <translation>Van dit soort document wordt geen archiefkopie bewaard.</translation>
    </message>
    <message>
        <source>The archive copy is not a PDF: nothing was stored.</source>
        <translation>De archiefkopie is geen PDF: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>This traject no longer exists.</source>
        <translation>Dit traject bestaat niet meer.</translation>
    </message>
    <message>
        <source>This ondersteuningsplan no longer exists.</source>
        <translation>Dit ondersteuningsplan bestaat niet meer.</translation>
    </message>
    <message>
        <source>This inwoner no longer exists.</source>
        <translation>Deze inwoner bestaat niet meer.</translation>
    </message>
    <message>
        <source>This archive copy no longer exists.</source>
        <translation>Deze archiefkopie bestaat niet meer.</translation>
    </message>
    <message>
        <source>The archive copy was changed after it was issued: its contents no longer match the fingerprint (SHA-256) stored with it. It is not shown.</source>
        <translation>De archiefkopie is gewijzigd nadat die is uitgebracht: de inhoud klopt niet meer met de vingerafdruk (SHA-256) die erbij is opgeslagen. Daarom wordt die niet getoond.</translation>
    </message>
    <message>
        <source>Only a verslag is signed by the inwoner; this copy is not one.</source>
        <translation>Alleen een verslag wordt door de inwoner ondertekend; deze kopie is geen verslag.</translation>
    </message>
    <message>
        <source>Enter the date of signing.</source>
        <translation>Vul de datum van ondertekening in.</translation>
    </message>
    <message>
        <source>The date of signing lies in the future.</source>
        <translation>De datum van ondertekening ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The date of signing lies before the verslag was issued (%1).</source>
        <translation>De datum van ondertekening ligt vóór de datum waarop het verslag is uitgebracht (%1).</translation>
    </message>
    <message>
        <source>Choose how the inwoner signed: akkoord or voor gezien.</source>
        <translation>Kies hoe de inwoner heeft ondertekend: akkoord of voor gezien.</translation>
    </message>
    <message>
        <source>The traject already has an aanvraag dated %1. That legal date is not moved: correct it in the traject first if the date of signing is the right one.</source>
        <translation>Het traject heeft al een aanvraag met datum %1. Die wettelijke datum wordt niet verschoven: corrigeer hem eerst in het traject als de datum van ondertekening de juiste is.</translation>
    </message>
    <message>
        <source>The file %1 is empty. Attach a scan or photo of the signed paper: a PDF, JPEG or PNG of at most 20 MB.</source>
        <translation>Het bestand %1 is leeg. Voeg een scan of foto van het ondertekende papier toe: een PDF, JPEG of PNG van hoogstens 20 MB.</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB, larger than the 20 MB a scan may be. Scan at a lower resolution or save it as JPEG.</source>
        <translation>Het bestand %1 is %2 MB, groter dan de 20 MB die een scan mag zijn. Scan met een lagere resolutie of sla het op als JPEG.</translation>
    </message>
    <message>
        <source>The file %1 is not a PDF, JPEG or PNG (judged by its contents, not its name). Attach a scan or photo of the signed paper as PDF, JPEG or PNG of at most 20 MB.</source>
        <translation>Het bestand %1 is geen PDF, JPEG of PNG (beoordeeld op de inhoud, niet op de naam). Voeg een scan of foto van het ondertekende papier toe als PDF, JPEG of PNG van hoogstens 20 MB.</translation>
    </message>
    <message>
        <source>This scan no longer exists.</source>
        <translation>Deze scan bestaat niet meer.</translation>
    </message>
    <message>
        <source>The scan was changed after it was attached: its contents no longer match the fingerprint (SHA-256) stored with it. It is not shown.</source>
        <translation>De scan is gewijzigd nadat die is toegevoegd: de inhoud klopt niet meer met de vingerafdruk (SHA-256) die erbij is opgeslagen. Daarom wordt die niet getoond.</translation>
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
    <name>core::ConfigurationCheck</name>
    <message>
        <source>%1. Deadlines are counted with the built-in feestdagen only, without the gemeente&apos;s own gelijkgestelde dagen, until the file is corrected.</source>
        <translation>%1. Termijnen worden alleen met de ingebouwde feestdagen geteld, zonder de eigen gelijkgestelde dagen van de gemeente, tot het bestand is verbeterd.</translation>
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
    <message>
        <source>An inwoner in Wijkdossier already has this BSN.</source>
        <translation>Een inwoner in Wijkdossier heeft dit BSN al.</translation>
    </message>
</context>
<context>
    <name>core::GesprekService</name>
    <message>
        <source>Choose the form of the conversation.</source>
        <translation>Kies de vorm van het gesprek.</translation>
    </message>
    <message>
        <source>Enter the date of the conversation.</source>
        <translation>Vul de datum van het gesprek in.</translation>
    </message>
    <message>
        <source>The date of the conversation lies in the future.</source>
        <translation>De datum van het gesprek ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The date of the conversation lies before 2000.</source>
        <translation>De datum van het gesprek ligt voor 2000.</translation>
    </message>
    <message>
        <source>Choose the role of everyone present.</source>
        <translation>Kies de rol van iedere aanwezige.</translation>
    </message>
    <message>
        <source>Pick someone from the network or type a name.</source>
        <translation>Kies iemand uit het netwerk of typ een naam.</translation>
    </message>
    <message>
        <source>Unknown area of life: %1.</source>
        <translation>Onbekend leefgebied: %1.</translation>
    </message>
    <message>
        <source>An area of life is recorded twice.</source>
        <translation>Een leefgebied is twee keer vastgelegd.</translation>
    </message>
    <message>
        <source>Say whether the area of life was discussed.</source>
        <translation>Geef aan of het leefgebied besproken is.</translation>
    </message>
    <message>
        <source>A carer&apos;s view belongs to someone in the network.</source>
        <translation>De eigen kijk van een mantelzorger hoort bij iemand uit het netwerk.</translation>
    </message>
    <message>
        <source>This traject no longer exists.</source>
        <translation>Dit traject bestaat niet meer.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Dit gesprek bestaat niet meer.</translation>
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
    <name>core::Keuzelijst</name>
    <message>
        <source>Debts</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>District team</source>
        <translation>Wijkteam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Care provider</source>
        <translation>Zorgaanbieder</translation>
    </message>
    <message>
        <source>GP referral</source>
        <translation>Verwijzing huisarts</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Spoed</translation>
    </message>
    <message>
        <source>Offered, no answer yet</source>
        <translation>Aangeboden, nog geen antwoord</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afgeslagen</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Paspoort</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Identiteitskaart</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Rijbewijs</translation>
    </message>
    <message>
        <source>Residence document</source>
        <translation>Verblijfsdocument</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <source>Seen, not agreed</source>
        <translation>Voor gezien, niet akkoord</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Toegekend</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Deels toegekend</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Support arranged</source>
        <translation>Ondersteuning geregeld</translation>
    </message>
    <message>
        <source>Solved with own strength or network</source>
        <translation>Opgelost met eigen kracht of netwerk</translation>
    </message>
    <message>
        <source>Referred to a general service</source>
        <translation>Doorverwezen naar algemene voorziening</translation>
    </message>
    <message>
        <source>Application refused</source>
        <translation>Aanvraag afgewezen</translation>
    </message>
    <message>
        <source>Withdrawn by the resident</source>
        <translation>Ingetrokken door inwoner</translation>
    </message>
    <message>
        <source>Referred elsewhere (Wlz, Zvw, other)</source>
        <translation>Doorverwezen naar elders (Wlz, Zvw, anders)</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Verhuisd</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Overleden</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Telefonisch</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Aan het loket</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videobellen</translation>
    </message>
    <message>
        <source>Case meeting</source>
        <translation>Casusoverleg</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Familielid</translation>
    </message>
    <message>
        <source>Informal carer</source>
        <translation>Mantelzorger</translation>
    </message>
    <message>
        <source>Client support worker</source>
        <translation>Cliëntondersteuner</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Wettelijk vertegenwoordiger</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Huisarts</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>School and education</source>
        <translation>School en opleiding</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin en familie</translation>
    </message>
    <message>
        <source>Running the household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Health and staying fit</source>
        <translation>Gezondheid en fit blijven</translation>
    </message>
    <message>
        <source>Transport and getting out</source>
        <translation>Vervoer en eropuit gaan</translation>
    </message>
    <message>
        <source>Social contacts</source>
        <translation>Sociale contacten</translation>
    </message>
    <message>
        <source>How you feel</source>
        <translation>Hoe u zich voelt</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Vrije tijd</translation>
    </message>
    <message>
        <source>Work and looking for work</source>
        <translation>Werk en werk zoeken</translation>
    </message>
    <message>
        <source>Income and finances</source>
        <translation>Inkomen en geldzaken</translation>
    </message>
    <message>
        <source>Discussed: needs attention</source>
        <translation>Besproken: aandachtspunt</translation>
    </message>
    <message>
        <source>Discussed: no problem</source>
        <translation>Besproken: geen probleem</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>Niet besproken</translation>
    </message>
    <message>
        <source>District nursing</source>
        <translation>Wijkverpleging</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Buren</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Politie</translation>
    </message>
    <message>
        <source>Housing association</source>
        <translation>Woningcorporatie</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Household help</source>
        <translation>Huishoudelijke hulp</translation>
    </message>
    <message>
        <source>Support and guidance</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <source>Day activities</source>
        <translation>Dagbesteding</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>Rolstoel</translation>
    </message>
    <message>
        <source>Mobility scooter</source>
        <translation>Scootmobiel</translation>
    </message>
    <message>
        <source>Home adaptation (e.g. stairlift)</source>
        <translation>Woningaanpassing (bijv. traplift)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Vervoer</translation>
    </message>
    <message>
        <source>Respite care</source>
        <translation>Respijtzorg</translation>
    </message>
    <message>
        <source>Sheltered housing</source>
        <translation>Beschermd wonen</translation>
    </message>
    <message>
        <source>Disabled parking card</source>
        <translation>Gehandicaptenparkeerkaart</translation>
    </message>
    <message>
        <source>hours per week</source>
        <translation>uur per week</translation>
    </message>
    <message>
        <source>day parts per week</source>
        <translation>dagdelen per week</translation>
    </message>
    <message>
        <source>km per year</source>
        <translation>km per jaar</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>zones</translation>
    </message>
    <message>
        <source>days and nights per year</source>
        <translation>etmalen per jaar</translation>
    </message>
    <message>
        <source>items</source>
        <translation>stuks</translation>
    </message>
    <message>
        <source>euro</source>
        <translation>euro</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>Zorg in natura</translation>
    </message>
    <message>
        <source>Personal budget (PGB)</source>
        <translation>Persoonsgebonden budget (PGB)</translation>
    </message>
    <message>
        <source>Wmo</source>
        <translation>Wmo</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jeugd</translation>
    </message>
    <message>
        <source>Work and income</source>
        <translation>Werk en inkomen</translation>
    </message>
    <message>
        <source>What the inwoner does</source>
        <translation>Wat de inwoner zelf doet</translation>
    </message>
    <message>
        <source>Network and informal carers</source>
        <translation>Netwerk en mantelzorgers</translation>
    </message>
    <message>
        <source>Open-access service</source>
        <translation>Algemene voorziening</translation>
    </message>
    <message>
        <source>Individual provision (maatwerk)</source>
        <translation>Maatwerkvoorziening</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Improve</source>
        <translation>Verbeteren</translation>
    </message>
    <message>
        <source>Stay stable</source>
        <translation>Stabiel blijven</translation>
    </message>
    <message>
        <source>Limit decline</source>
        <translation>Achteruitgang beperken</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Behaald</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>Deels behaald</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Niet behaald</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabiel</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Geëvalueerd</translation>
    </message>
    <message>
        <source>Open access (algemeen)</source>
        <translation>Algemeen (vrij toegankelijk)</translation>
    </message>
    <message>
        <source>Individual (maatwerk)</source>
        <translation>Maatwerk (met beschikking)</translation>
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
        <translation>Zvw (zorgverzekering)</translation>
    </message>
    <message>
        <source>Wlz (long-term care)</source>
        <translation>Wlz (langdurige zorg)</translation>
    </message>
    <message>
        <source>Aids and equipment</source>
        <translation>Hulpmiddelen</translation>
    </message>
    <message>
        <source>Home adaptation</source>
        <translation>Woningaanpassing</translation>
    </message>
    <message>
        <source>Support for informal carers</source>
        <translation>Mantelzorgondersteuning</translation>
    </message>
    <message>
        <source>Independent client support</source>
        <translation>Cliëntondersteuning</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Maaltijden</translation>
    </message>
    <message>
        <source>Odd-job service</source>
        <translation>Klussendienst</translation>
    </message>
    <message>
        <source>Shopping service</source>
        <translation>Boodschappendienst</translation>
    </message>
    <message>
        <source>Meeting places and peer contact</source>
        <translation>Ontmoeting en lotgenotencontact</translation>
    </message>
    <message>
        <source>Buddy project</source>
        <translation>Maatjesproject</translation>
    </message>
    <message>
        <source>Debt counselling</source>
        <translation>Schuldhulpverlening</translation>
    </message>
    <message>
        <source>Parenting support</source>
        <translation>Opvoedondersteuning</translation>
    </message>
    <message>
        <source>Health and district nursing</source>
        <translation>Gezondheid en wijkverpleging</translation>
    </message>
    <message>
        <source>Agreed and signed</source>
        <translation>Vastgesteld</translation>
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
    <name>core::OutputFile</name>
    <message>
        <source>The disk of %1 is full: %2 more space is needed. %3 was not written; a file that was there is unchanged.</source>
        <translation>De schijf van %1 is vol: er is nog %2 ruimte nodig. %3 is niet geschreven; een bestand dat er al stond is niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 was not written: the file would be larger than this computer allows (%2). A file that was there is unchanged.</source>
        <translation>%1 is niet geschreven: het bestand zou groter worden dan deze computer toestaat (%2). Een bestand dat er al stond is niet gewijzigd.</translation>
    </message>
    <message>
        <source>You may not write in %1. %2 was not written; choose another folder.</source>
        <translation>U mag niet schrijven in %1. %2 is niet geschreven; kies een andere map.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. %2 was not written.</source>
        <translation>De map %1 bestaat niet. %2 is niet geschreven.</translation>
    </message>
    <message>
        <source>%1 was not written: %2. A file that was there is unchanged.</source>
        <translation>%1 is niet geschreven: %2. Een bestand dat er al stond is niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>core::PlanService</name>
    <message>
        <source>Unknown plan status.</source>
        <translation>Onbekende status van het plan.</translation>
    </message>
    <message>
        <source>This plan no longer exists.</source>
        <translation>Dit plan bestaat niet meer.</translation>
    </message>
    <message>
        <source>This plan has been agreed and signed and cannot be changed. Make a new version to change it.</source>
        <translation>Dit plan is vastgesteld en ondertekend en kan niet meer worden gewijzigd. Maak een nieuwe versie om het te wijzigen.</translation>
    </message>
    <message>
        <source>A new plan starts as a draft.</source>
        <translation>Een nieuw plan begint als concept.</translation>
    </message>
    <message>
        <source>This inwoner no longer exists.</source>
        <translation>Deze inwoner bestaat niet meer.</translation>
    </message>
    <message>
        <source>An agreed plan is a record of what was agreed and cannot be deleted.</source>
        <translation>Een vastgesteld plan legt vast wat is afgesproken en kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>This plan has already been agreed.</source>
        <translation>Dit plan is al vastgesteld.</translation>
    </message>
    <message>
        <source>A plan needs at least one goal before it can be agreed.</source>
        <translation>Een plan heeft minstens één doel nodig voordat het kan worden vastgesteld.</translation>
    </message>
    <message>
        <source>Say who coordinates the plan (the regisseur) before it is agreed.</source>
        <translation>Vul in wie de regie over het plan heeft (de regisseur) voordat het wordt vastgesteld.</translation>
    </message>
    <message>
        <source>Enter the date of agreement.</source>
        <translation>Vul de datum van vaststelling in.</translation>
    </message>
    <message>
        <source>The date of agreement lies in the future.</source>
        <translation>De datum van vaststelling ligt in de toekomst.</translation>
    </message>
    <message>
        <source>This plan is still a draft: change it directly.</source>
        <translation>Dit plan is nog een concept: pas het direct aan.</translation>
    </message>
    <message>
        <source>There is already a newer version of this plan (version %1).</source>
        <translation>Er is al een nieuwere versie van dit plan (versie %1).</translation>
    </message>
    <message>
        <source>Only an agreed plan can be evaluated.</source>
        <translation>Alleen een vastgesteld plan kan worden geëvalueerd.</translation>
    </message>
    <message>
        <source>This plan has already been evaluated.</source>
        <translation>Dit plan is al geëvalueerd.</translation>
    </message>
    <message>
        <source>Enter the date of the evaluation (not in the future).</source>
        <translation>Vul de datum van de evaluatie in (niet in de toekomst).</translation>
    </message>
    <message>
        <source>The evaluation lies before the plan was agreed.</source>
        <translation>De evaluatie ligt vóór de vaststelling van het plan.</translation>
    </message>
    <message>
        <source>Goal %1: say whether it was achieved.</source>
        <translation>Doel %1: geef aan of het is behaald.</translation>
    </message>
    <message>
        <source>%1 already carries a heavy load as informal carer (EDIZ-plus %2).</source>
        <translation>%1 is als mantelzorger al zwaar belast (EDIZ-plus %2).</translation>
    </message>
    <message>
        <source>%1 already carries a moderate load as informal carer (EDIZ-plus %2).</source>
        <translation>%1 is als mantelzorger al matig belast (EDIZ-plus %2).</translation>
    </message>
    <message>
        <source>Was respite care or extra support for %1 considered?</source>
        <translation>Is respijtzorg of extra ondersteuning voor %1 overwogen?</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>(removed from the network)</source>
        <translation>(verwijderd uit het netwerk)</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Doel %1: %2</translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <translation>Actie %1: %2</translation>
    </message>
    <message>
        <source>Write down what the inwoner wants, in their own words.</source>
        <translation>Schrijf op wat de inwoner wil, in eigen woorden.</translation>
    </message>
    <message>
        <source>Choose the life area.</source>
        <translation>Kies het leefgebied.</translation>
    </message>
    <message>
        <source>Choose the kind of goal.</source>
        <translation>Kies de soort doel.</translation>
    </message>
    <message>
        <source>The target score runs from 1 to 5.</source>
        <translation>De doelscore loopt van 1 tot en met 5.</translation>
    </message>
    <message>
        <source>The evaluation date lies too far ahead.</source>
        <translation>De evaluatiedatum ligt te ver in de toekomst.</translation>
    </message>
    <message>
        <source>Choose how the goal was met.</source>
        <translation>Kies in hoeverre het doel is behaald.</translation>
    </message>
    <message>
        <source>Choose who does it.</source>
        <translation>Kies wie het doet.</translation>
    </message>
    <message>
        <source>Describe what is done.</source>
        <translation>Beschrijf wat er gebeurt.</translation>
    </message>
    <message>
        <source>The action ends before it starts: check the dates.</source>
        <translation>De einddatum ligt vóór de begindatum. Controleer de datums.</translation>
    </message>
    <message>
        <source>A date lies too far ahead.</source>
        <translation>Een datum ligt te ver in de toekomst.</translation>
    </message>
    <message>
        <source>The amount must be a positive number.</source>
        <translation>De omvang moet een positief getal zijn.</translation>
    </message>
    <message>
        <source>Choose the unit of the amount.</source>
        <translation>Kies de eenheid van de omvang.</translation>
    </message>
    <message>
        <source>Choose who in the network does it.</source>
        <translation>Kies wie uit het netwerk het doet.</translation>
    </message>
    <message>
        <source>Say which professional does it.</source>
        <translation>Vul in welke professional het doet.</translation>
    </message>
    <message>
        <source>Choose the voorziening from the social map.</source>
        <translation>Kies de voorziening op de sociale kaart.</translation>
    </message>
    <message>
        <source>%1 is a maatwerkvoorziening, not an algemene voorziening.</source>
        <translation>%1 is een maatwerkvoorziening, geen algemene voorziening.</translation>
    </message>
    <message>
        <source>%1 is an algemene voorziening, not a maatwerkvoorziening.</source>
        <translation>%1 is een algemene voorziening, geen maatwerkvoorziening.</translation>
    </message>
    <message>
        <source>A maatwerkvoorziening needs its reasons: why what the inwoner can do, the network and algemene voorzieningen are not enough.</source>
        <translation>Een maatwerkvoorziening heeft een onderbouwing nodig: waarom is wat de inwoner zelf kan, het netwerk en algemene voorzieningen niet genoeg?</translation>
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
    <name>core::SocialeKaartService</name>
    <message>
        <source>Enter the name of the voorziening.</source>
        <translation>Vul de naam van de voorziening in.</translation>
    </message>
    <message>
        <source>Choose algemeen or maatwerk.</source>
        <translation>Kies algemeen of maatwerk.</translation>
    </message>
    <message>
        <source>Choose the law the voorziening falls under.</source>
        <translation>Kies de wet waaronder de voorziening valt.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Kies een categorie.</translation>
    </message>
    <message>
        <source>This entry of the sociale kaart no longer exists.</source>
        <translation>Deze voorziening bestaat niet meer op de sociale kaart.</translation>
    </message>
    <message>
        <source>Row %1 (“%2”) cannot be imported, so nothing was imported:
%3</source>
        <translation>Rij %1 (“%2”) kan niet worden geïmporteerd, daarom is er niets geïmporteerd:
%3</translation>
    </message>
    <message>
        <source>The examples of the sociale kaart are missing from this installation.</source>
        <translation>De voorbeelden voor de sociale kaart ontbreken in deze installatie.</translation>
    </message>
    <message>
        <source>The examples of the sociale kaart in this installation are damaged.</source>
        <translation>De voorbeelden voor de sociale kaart in deze installatie zijn beschadigd.</translation>
    </message>
</context>
<context>
    <name>core::StapSoort</name>
    <message>
        <source>Acknowledgement of the report sent</source>
        <translation>Ontvangstbevestiging verstuurd</translation>
    </message>
    <message>
        <source>Personal plan offered</source>
        <translation>Persoonlijk plan aangeboden</translation>
    </message>
    <message>
        <source>Personal plan received</source>
        <translation>Persoonlijk plan ontvangen</translation>
    </message>
    <message>
        <source>Client support offered</source>
        <translation>Cliëntondersteuning aangeboden</translation>
    </message>
    <message>
        <source>Personal budget explained</source>
        <translation>PGB uitgelegd</translation>
    </message>
    <message>
        <source>Personal contribution discussed</source>
        <translation>Eigen bijdrage besproken</translation>
    </message>
    <message>
        <source>Identity established</source>
        <translation>Identiteit vastgesteld</translation>
    </message>
    <message>
        <source>Assessment completed</source>
        <translation>Onderzoek afgerond</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Verslag verstuurd</translation>
    </message>
    <message>
        <source>Report signed back</source>
        <translation>Verslag ondertekend terug</translation>
    </message>
    <message>
        <source>Application received</source>
        <translation>Aanvraag ontvangen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beschikking</translation>
    </message>
    <message>
        <source>Evaluation planned</source>
        <translation>Evaluatie gepland</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
</context>
<context>
    <name>core::SyncService</name>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>De wachtzin moet minstens %1 tekens lang zijn.</translation>
    </message>
    <message>
        <source>Name the colleague or device the export is for.</source>
        <translation>Vul in voor welke collega of welk apparaat de export is.</translation>
    </message>
    <message>
        <source>Choose at least one inwoner to export.</source>
        <translation>Kies minstens één inwoner om te exporteren.</translation>
    </message>
    <message>
        <source>There is no inwoner with id %1.</source>
        <translation>Er is geen inwoner met id %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>This bundle is encrypted: give its passphrase.</source>
        <translation>Deze bundel is versleuteld: geef de wachtzin op.</translation>
    </message>
    <message>
        <source>There is no conflict with id %1.</source>
        <translation>Er is geen conflict met id %1.</translation>
    </message>
    <message>
        <source>This conflict has been resolved already.</source>
        <translation>Dit conflict is al opgelost.</translation>
    </message>
    <message>
        <source>A chosen field is not part of this record.</source>
        <translation>Een gekozen veld hoort niet bij deze gegevens.</translation>
    </message>
    <message numerus="yes">
        <source>(file of %n bytes)</source>
        <translation>
            <numerusform>(bestand van %n byte)</numerusform>
            <numerusform>(bestand van %n bytes)</numerusform>
        </translation>
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
    <name>core::TrajectService</name>
    <message>
        <source>%1: enter the date.</source>
        <translation>%1: vul de datum in.</translation>
    </message>
    <message>
        <source>%1: the date lies too far ahead.</source>
        <translation>%1: de datum ligt te ver in de toekomst.</translation>
    </message>
    <message>
        <source>%1: the date lies in the future.</source>
        <translation>%1: de datum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>%1: the date lies before the report.</source>
        <translation>%1: de datum ligt voor de melding.</translation>
    </message>
    <message>
        <source>%1: choose an outcome.</source>
        <translation>%1: kies een uitkomst.</translation>
    </message>
    <message>
        <source>%1: say to whom it was offered.</source>
        <translation>%1: kies aan wie het is aangeboden.</translation>
    </message>
    <message>
        <source>A decision that does not grant everything needs its reason.</source>
        <translation>Geef de reden op als de beschikking niet alles toekent.</translation>
    </message>
    <message>
        <source>A report can only be signed back after it was sent.</source>
        <translation>Een verslag kan pas ondertekend terugkomen nadat het is verstuurd.</translation>
    </message>
    <message>
        <source>The report was signed back before it was sent: check the dates.</source>
        <translation>Het verslag is ondertekend teruggekomen voordat het is verstuurd: controleer de datums.</translation>
    </message>
    <message>
        <source>A decision needs an application: record the application first.</source>
        <translation>Een beschikking hoort bij een aanvraag: leg eerst de aanvraag vast.</translation>
    </message>
    <message>
        <source>The decision lies before the application: check the dates.</source>
        <translation>De beschikking ligt voor de aanvraag: controleer de datums.</translation>
    </message>
    <message>
        <source>Choose which term is suspended.</source>
        <translation>Kies welke termijn wordt opgeschort.</translation>
    </message>
    <message>
        <source>A suspension or extension needs a reason (for example: waiting for a medical advice).</source>
        <translation>Geef een reden voor het opschorten of verlengen (bijvoorbeeld: wachten op een medisch advies).</translation>
    </message>
    <message>
        <source>A suspension runs from 1 to 365 days.</source>
        <translation>Een opschorting duurt 1 tot en met 365 dagen.</translation>
    </message>
    <message>
        <source>Enter the date of the suspension.</source>
        <translation>Vul de datum van de opschorting in.</translation>
    </message>
    <message>
        <source>The date of the suspension lies in the future.</source>
        <translation>De datum van de opschorting ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The suspension lies before the report.</source>
        <translation>De opschorting ligt voor de melding.</translation>
    </message>
    <message>
        <source>The decision term only runs once the application is received.</source>
        <translation>De termijn voor de beschikking loopt pas als de aanvraag is ontvangen.</translation>
    </message>
    <message>
        <source>Voorzieningen belong to a decision that grants them.</source>
        <translation>Voorzieningen horen bij een beschikking die ze toekent.</translation>
    </message>
    <message>
        <source>Choose the kind of voorziening.</source>
        <translation>Kies de soort voorziening.</translation>
    </message>
    <message>
        <source>Choose in kind or personal budget.</source>
        <translation>Kies zorg in natura of persoonsgebonden budget.</translation>
    </message>
    <message>
        <source>Choose the unit of the amount.</source>
        <translation>Kies de eenheid van de hoeveelheid.</translation>
    </message>
    <message>
        <source>The amount must be a positive number.</source>
        <translation>De hoeveelheid moet een positief getal zijn.</translation>
    </message>
    <message>
        <source>Enter the start date of the voorziening.</source>
        <translation>Vul de begindatum van de voorziening in.</translation>
    </message>
    <message>
        <source>A voorziening cannot end before it starts.</source>
        <translation>Een voorziening kan niet eindigen voordat ze begint.</translation>
    </message>
    <message>
        <source>A date of the voorziening lies too far ahead.</source>
        <translation>Een datum van de voorziening ligt te ver in de toekomst.</translation>
    </message>
    <message>
        <source>Choose the domain.</source>
        <translation>Kies het domein.</translation>
    </message>
    <message>
        <source>Choose how the report came in.</source>
        <translation>Kies hoe de melding binnenkwam.</translation>
    </message>
    <message>
        <source>Choose the urgency.</source>
        <translation>Kies de urgentie.</translation>
    </message>
    <message>
        <source>Enter the date of the report.</source>
        <translation>Vul de datum van de melding in.</translation>
    </message>
    <message>
        <source>The date of the report lies in the future.</source>
        <translation>De datum van de melding ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The date of the report lies before 2000.</source>
        <translation>De datum van de melding ligt voor 2000.</translation>
    </message>
    <message>
        <source>%1 is recorded twice.</source>
        <translation>%1 is twee keer vastgelegd.</translation>
    </message>
    <message>
        <source>This inwoner no longer exists.</source>
        <translation>Deze inwoner bestaat niet meer.</translation>
    </message>
    <message>
        <source>This traject no longer exists.</source>
        <translation>Dit traject bestaat niet meer.</translation>
    </message>
    <message>
        <source>Choose who gave the signal.</source>
        <translation>Kies wie het signaal gaf.</translation>
    </message>
    <message>
        <source>Describe the signal.</source>
        <translation>Beschrijf het signaal.</translation>
    </message>
    <message>
        <source>Enter the date of the signal.</source>
        <translation>Vul de datum van het signaal in.</translation>
    </message>
    <message>
        <source>The date of the signal lies in the future.</source>
        <translation>De datum van het signaal ligt in de toekomst.</translation>
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
    <message>
        <source>The database file could not be read or written because of a disk error. Check the disk (is a USB stick or network drive still there?) and try again.</source>
        <translation>Het databasebestand kon door een schijffout niet worden gelezen of geschreven. Controleer de schijf (zit de USB-stick er nog in, is de netwerkschijf er nog?) en probeer het opnieuw.</translation>
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
    <message>
        <source>The database %1 does not exist. Nothing was created.</source>
        <translation>De database %1 bestaat niet. Er is niets aangemaakt.</translation>
    </message>
    <message>
        <source>The database lies on a network drive (%1). SQLite needs a local disk to keep the file safe; keep the dossier on this computer and make back-ups to the network.</source>
        <translation>De database staat op een netwerkschijf (%1). SQLite heeft een lokale schijf nodig om het bestand veilig te houden; bewaar het dossier op deze computer en maak back-ups op het netwerk.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Wijkdossier database. The file was not changed.</source>
        <translation>%1 is een leeg bestand, geen database van Wijkdossier. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Wijkdossier. The file was not changed.</source>
        <translation>%1 is een database van een ander programma, niet van Wijkdossier. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Wijkdossier was not closed properly last time (since %1); its lock was taken over.</source>
        <translation>Wijkdossier is de vorige keer niet goed afgesloten (sinds %1); de vergrendeling is overgenomen.</translation>
    </message>
    <message>
        <source>The lock of %1 cannot be removed. The file was not changed.</source>
        <translation>De vergrendeling van %1 kan niet worden verwijderd. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The lock of computer %1 (since %2) was broken on your request.</source>
        <translation>De vergrendeling door computer %1 (sinds %2) is op uw verzoek opgeheven.</translation>
    </message>
    <message>
        <source>Wijkdossier cannot lock %1. The file was not changed.</source>
        <translation>Wijkdossier kan %1 niet vergrendelen. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>This database has been open on computer %1 since %2, or that computer stopped without closing it. Only when you are sure it is no longer open there, break the lock. The file was not changed.</source>
        <translation>Deze database is sinds %2 geopend op computer %1, of die computer is gestopt zonder hem af te sluiten. Hef de vergrendeling alleen op als u zeker weet dat hij daar niet meer open is. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>This database is already open in another Wijkdossier window. Close that window first; the file was not changed.</source>
        <translation>Deze database is al geopend in een ander venster van Wijkdossier. Sluit dat venster eerst; het bestand is niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>core::documents::DocumentTemplates</name>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>it prints data without HTML escaping ({{{…}}}, {{&amp;…}} or a delimiter change)</source>
        <translation>het drukt gegevens af zonder HTML-escaping ({{{…}}}, {{&amp;…}} of een andere scheidingsteken-instelling)</translation>
    </message>
    <message>
        <source>The template %1 of the gemeente contains an error (%2); the built-in template was used.</source>
        <translation>Het sjabloon %1 van de gemeente bevat een fout (%2); het ingebouwde sjabloon is gebruikt.</translation>
    </message>
    <message>
        <source>The template %1 of the gemeente cannot be read (%2); the built-in template was used.</source>
        <translation>Het sjabloon %1 van de gemeente kan niet worden gelezen (%2); het ingebouwde sjabloon is gebruikt.</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>het is geen bestand</translation>
    </message>
    <message>
        <source>The template %1 of the gemeente is not UTF-8 text; the built-in template was used. Save it as UTF-8.</source>
        <translation>Het sjabloon %1 van de gemeente is geen UTF-8-tekst; het ingebouwde sjabloon is gebruikt. Sla het op als UTF-8.</translation>
    </message>
    <message>
        <source>The built-in template %1 cannot be read.</source>
        <translation>Het ingebouwde sjabloon %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The built-in template %1 is broken: %2</source>
        <translation>Het ingebouwde sjabloon %1 is kapot: %2</translation>
    </message>
</context>
<context>
    <name>core::documents::InzageDocument</name>
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
    <name>core::documents::NetwerkkaartDocument</name>
    <message>
        <source>The netwerkkaart template is broken: %1</source>
        <translation>Het sjabloon van de netwerkkaart is kapot: %1</translation>
    </message>
    <message>
        <source>There is no inwoner with id %1.</source>
        <translation>Er is geen inwoner met id %1.</translation>
    </message>
</context>
<context>
    <name>core::documents::OntvangstbevestigingDocument</name>
    <message>
        <source>The ontvangstbevestiging template is broken: %1</source>
        <translation>Het sjabloon van de ontvangstbevestiging is kapot: %1</translation>
    </message>
</context>
<context>
    <name>core::documents::PlanDocument</name>
    <message>
        <source>The plan template is broken: %1</source>
        <translation>Het sjabloon van het plan is kapot: %1</translation>
    </message>
    <message>
        <source>There is no ondersteuningsplan with id %1.</source>
        <translation>Er is geen ondersteuningsplan met id %1.</translation>
    </message>
    <message>
        <source>There is no inwoner with id %1.</source>
        <translation>Er is geen inwoner met id %1.</translation>
    </message>
</context>
<context>
    <name>core::documents::VerslagDocument</name>
    <message>
        <source>The verslag template is broken: %1</source>
        <translation>Het sjabloon van het verslag is kapot: %1</translation>
    </message>
</context>
<context>
    <name>core::documents::brief</name>
    <message>
        <source>There is no traject with id %1.</source>
        <translation>Er is geen traject met id %1.</translation>
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
    <name>core::importing::SocialeKaartCsv</name>
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
        <source>Enter the name of the voorziening.</source>
        <translation>Vul de naam van de voorziening in.</translation>
    </message>
    <message>
        <source>“%1” is not a law the sociale kaart knows. Write one of: %2.</source>
        <translation>“%1” is geen wet die de sociale kaart kent. Schrijf een van deze: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a category of the sociale kaart. Write one of: %2.</source>
        <translation>“%1” is geen categorie van de sociale kaart. Schrijf een van deze: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an id of the sociale kaart. Leave the column id empty for a new entry.</source>
        <translation>“%1” is geen id van de sociale kaart. Laat de kolom id leeg voor een nieuwe voorziening.</translation>
    </message>
    <message>
        <source>This id is already on line %1 of the file.</source>
        <translation>Dit id staat al op regel %1 van het bestand.</translation>
    </message>
    <message>
        <source>Write algemeen or maatwerk in the column vorm.</source>
        <translation>Schrijf algemeen of maatwerk in de kolom vorm.</translation>
    </message>
    <message>
        <source>“%1” is not a vorm. Write algemeen or maatwerk.</source>
        <translation>“%1” is geen vorm. Schrijf algemeen of maatwerk.</translation>
    </message>
    <message>
        <source>Write ja or nee in the column actief (1 or 0 also work), or leave it empty.</source>
        <translation>Schrijf ja of nee in de kolom actief (1 of 0 mag ook), of laat het leeg.</translation>
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
        <source>The first line must name the columns, with at least naam and vorm.</source>
        <translation>De eerste regel moet de namen van de kolommen geven, met ten minste naam en vorm.</translation>
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
    <name>core::rules::Fase</name>
    <message>
        <source>Assessment</source>
        <translation>Onderzoek</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Support under way</source>
        <translation>Uitvoering</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
</context>
<context>
    <name>core::rules::Ontbrekend</name>
    <message>
        <source>No acknowledgement of the report sent</source>
        <translation>Geen ontvangstbevestiging verstuurd</translation>
    </message>
    <message>
        <source>Personal plan not offered</source>
        <translation>Persoonlijk plan niet aangeboden</translation>
    </message>
    <message>
        <source>Client support not offered to the resident</source>
        <translation>Cliëntondersteuning niet aangeboden aan inwoner</translation>
    </message>
    <message>
        <source>Client support not offered to the informal carer</source>
        <translation>Cliëntondersteuning niet aangeboden aan mantelzorger</translation>
    </message>
    <message>
        <source>Report not sent</source>
        <translation>Verslag niet verstuurd</translation>
    </message>
    <message>
        <source>Waiting for the signed report</source>
        <translation>Wacht op ondertekend verslag</translation>
    </message>
    <message>
        <source>Decision missing</source>
        <translation>Beschikking ontbreekt</translation>
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
    <name>core::rules::TermijnStatus</name>
    <message>
        <source>running</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>due this week</source>
        <translation>deze week</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>met</source>
        <translation>gehaald</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>niet gehaald</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>verstreken</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>vervallen</translation>
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
    <name>core::rules::TrajectBeoordeling</name>
    <message>
        <source>Personal plan</source>
        <translation>Persoonlijk plan</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Onderzoek</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beschikking</translation>
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
    <name>core::sync</name>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; is geen datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time</source>
        <translation>&apos;%1&apos; is geen datum en tijd</translation>
    </message>
    <message>
        <source>BSN %1 does not pass the elfproef</source>
        <translation>BSN %1 klopt niet volgens de elfproef</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a leefgebied of the Zelfredzaamheid-Matrix</source>
        <translation>&apos;%1&apos; is geen leefgebied van de Zelfredzaamheid-Matrix</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a leefgebied of the ZRM 2017</source>
        <translation>&apos;%1&apos; is geen leefgebied van de ZRM 2017</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known value</source>
        <translation>&apos;%1&apos; is geen bekende waarde</translation>
    </message>
    <message>
        <source>ZRM score %1 is not between 1 and 5</source>
        <translation>ZRM-score %1 ligt niet tussen 1 en 5</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Het exporteren is afgebroken.</translation>
    </message>
    <message>
        <source>The bundle could not be written: %1</source>
        <translation>De bundel kon niet worden weggeschreven: %1</translation>
    </message>
</context>
<context>
    <name>core::sync::DecryptingSource</name>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>De versleutelingsbibliotheek kon niet worden gestart.</translation>
    </message>
    <message>
        <source>This file is not an encrypted Wijkdossier bundle.</source>
        <translation>Dit bestand is geen versleutelde Wijkdossier-bundel.</translation>
    </message>
    <message>
        <source>The bundle is incomplete: the file was cut off.</source>
        <translation>De bundel is onvolledig: het bestand houdt te vroeg op.</translation>
    </message>
    <message>
        <source>This bundle was encrypted by a newer version of Wijkdossier (encryption version %1).</source>
        <translation>Deze bundel is versleuteld door een nieuwere versie van Wijkdossier (versleutelingsversie %1).</translation>
    </message>
    <message>
        <source>The bundle&apos;s key settings are outside what Wijkdossier accepts; the file was changed or damaged.</source>
        <translation>De sleutelinstellingen van de bundel vallen buiten wat Wijkdossier accepteert; het bestand is gewijzigd of beschadigd.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key from the passphrase.</source>
        <translation>Er is niet genoeg geheugen om de sleutel uit de wachtzin af te leiden.</translation>
    </message>
    <message>
        <source>The bundle is damaged: its header is invalid.</source>
        <translation>De bundel is beschadigd: de bestandskop is ongeldig.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the bundle was changed.</source>
        <translation>De wachtzin is onjuist, of de bundel is gewijzigd.</translation>
    </message>
    <message>
        <source>The bundle was changed or is damaged: its contents do not authenticate.</source>
        <translation>De bundel is gewijzigd of beschadigd: de echtheid van de inhoud kan niet worden vastgesteld.</translation>
    </message>
    <message>
        <source>The bundle was changed: there is data after its end.</source>
        <translation>De bundel is gewijzigd: er staan gegevens na het einde.</translation>
    </message>
</context>
<context>
    <name>core::sync::EncryptingSink</name>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>De versleutelingsbibliotheek kon niet worden gestart.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key from the passphrase.</source>
        <translation>Er is niet genoeg geheugen om de sleutel uit de wachtzin af te leiden.</translation>
    </message>
</context>
<context>
    <name>core::sync::JsonReader</name>
    <message>
        <source>%1 (at byte %2)</source>
        <translation>%1 (bij byte %2)</translation>
    </message>
    <message>
        <source>Unexpected data after the end of the JSON document</source>
        <translation>Onverwachte gegevens na het einde van het JSON-document</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after a key</source>
        <translation>&apos;:&apos; verwacht na een sleutel</translation>
    </message>
    <message>
        <source>The JSON document ends too early</source>
        <translation>Het JSON-document houdt te vroeg op</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or the end of a list or object</source>
        <translation>&apos;,&apos; of het einde van een lijst of object verwacht</translation>
    </message>
    <message>
        <source>Expected a key in quotes</source>
        <translation>Sleutel tussen aanhalingstekens verwacht</translation>
    </message>
    <message>
        <source>The JSON is nested more than %1 levels deep</source>
        <translation>De JSON is meer dan %1 niveaus diep genest</translation>
    </message>
    <message>
        <source>A text in the JSON is longer than %1 MB</source>
        <translation>Een tekst in de JSON is langer dan %1 MB</translation>
    </message>
    <message>
        <source>A text in the JSON is not closed</source>
        <translation>Een tekst in de JSON is niet afgesloten</translation>
    </message>
    <message>
        <source>A text in the JSON contains a control character</source>
        <translation>Een tekst in de JSON bevat een stuurteken</translation>
    </message>
    <message>
        <source>A \u escape in the JSON is malformed</source>
        <translation>Een \u-escapereeks in de JSON is ongeldig</translation>
    </message>
    <message>
        <source>A text in the JSON has an unknown escape</source>
        <translation>Een tekst in de JSON bevat een onbekende escapereeks</translation>
    </message>
    <message>
        <source>The JSON is not valid UTF-8</source>
        <translation>De JSON is geen geldige UTF-8</translation>
    </message>
    <message>
        <source>A number in the JSON is too long</source>
        <translation>Een getal in de JSON is te lang</translation>
    </message>
    <message>
        <source>A number in the JSON is malformed</source>
        <translation>Een getal in de JSON is onjuist opgemaakt</translation>
    </message>
    <message>
        <source>A number in the JSON is too large</source>
        <translation>Een getal in de JSON is te groot</translation>
    </message>
    <message>
        <source>A number in the JSON is out of range</source>
        <translation>Een getal in de JSON valt buiten het toegestane bereik</translation>
    </message>
    <message>
        <source>Unexpected character in the JSON</source>
        <translation>Onverwacht teken in de JSON</translation>
    </message>
</context>
<context>
    <name>core::sync::Merge</name>
    <message>
        <source>This is not a Wijkdossier bundle: it does not start with a JSON object.</source>
        <translation>Dit is geen bundel van Wijkdossier: het begint niet met een JSON-object.</translation>
    </message>
    <message>
        <source>This is not a Wijkdossier bundle: %1</source>
        <translation>Dit is geen bundel van Wijkdossier: %1</translation>
    </message>
    <message>
        <source>The bundle is not valid JSON: %1</source>
        <translation>De bundel is geen geldige JSON: %1</translation>
    </message>
    <message>
        <source>The bundle has no list of tables.</source>
        <translation>De bundel heeft geen lijst met tabellen.</translation>
    </message>
    <message>
        <source>This is not a Wijkdossier bundle (format &apos;%1&apos;).</source>
        <translation>Dit is geen bundel van Wijkdossier (formaat &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The bundle&apos;s format version is missing or invalid.</source>
        <translation>De formaatversie van de bundel ontbreekt of is ongeldig.</translation>
    </message>
    <message>
        <source>This bundle was made in a newer bundle format (version %1); update Wijkdossier to import it.</source>
        <translation>Deze bundel is gemaakt in een nieuwer bundelformaat (versie %1); werk Wijkdossier bij om de bundel te importeren.</translation>
    </message>
    <message>
        <source>The bundle&apos;s schema version is missing or invalid.</source>
        <translation>De schemaversie van de bundel ontbreekt of is ongeldig.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of Wijkdossier (schema %1; this version knows up to %2). Update Wijkdossier first.</source>
        <translation>Deze bundel is gemaakt door een nieuwere versie van Wijkdossier (schema %1; deze versie kent tot en met %2). Werk Wijkdossier eerst bij.</translation>
    </message>
    <message>
        <source>The bundle&apos;s schema version %1 is older than any version that made bundles.</source>
        <translation>Schemaversie %1 van de bundel is ouder dan de eerste versie die bundels kon maken.</translation>
    </message>
    <message>
        <source>The bundle does not say which device made it.</source>
        <translation>In de bundel staat niet op welk apparaat hij is gemaakt.</translation>
    </message>
    <message>
        <source>The bundle&apos;s overdracht is invalid.</source>
        <translation>De overdracht in de bundel is ongeldig.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header (format, schema_version, device) must come before its tables.</source>
        <translation>De kop van de bundel (format, schema_version, device) moet vóór de tabellen staan.</translation>
    </message>
    <message>
        <source>The bundle&apos;s tables are not a list.</source>
        <translation>De tabellen in de bundel zijn geen lijst.</translation>
    </message>
    <message>
        <source>A table in the bundle is not an object.</source>
        <translation>Een tabel in de bundel is geen object.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Het importeren is geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>A table in the bundle has no name.</source>
        <translation>Een tabel in de bundel heeft geen naam.</translation>
    </message>
    <message>
        <source>A table in the bundle has more than one name.</source>
        <translation>Een tabel in de bundel heeft meer dan één naam.</translation>
    </message>
    <message>
        <source>The bundle contains a table this version does not know: &apos;%1&apos;.</source>
        <translation>De bundel bevat een tabel die deze versie niet kent: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The table &apos;%1&apos; appears twice in the bundle.</source>
        <translation>De tabel &apos;%1&apos; staat twee keer in de bundel.</translation>
    </message>
    <message>
        <source>A table&apos;s columns must follow its name.</source>
        <translation>De kolommen van een tabel moeten na de naam komen.</translation>
    </message>
    <message>
        <source>The table &apos;%1&apos; lists its columns twice.</source>
        <translation>De tabel &apos;%1&apos; noemt de kolommen twee keer.</translation>
    </message>
    <message>
        <source>The columns of table &apos;%1&apos; are invalid.</source>
        <translation>De kolommen van tabel &apos;%1&apos; zijn ongeldig.</translation>
    </message>
    <message>
        <source>A table&apos;s rows must follow its name and columns.</source>
        <translation>De rijen van een tabel moeten na de naam en de kolommen komen.</translation>
    </message>
    <message>
        <source>Table &apos;%1&apos; in the bundle has a column this version does not know: &apos;%2&apos;.</source>
        <translation>Tabel &apos;%1&apos; in de bundel heeft een kolom die deze versie niet kent: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Table &apos;%1&apos; in the bundle names column &apos;%2&apos; twice.</source>
        <translation>Tabel &apos;%1&apos; in de bundel noemt kolom &apos;%2&apos; twee keer.</translation>
    </message>
    <message>
        <source>Table &apos;%1&apos; in the bundle lacks the column &apos;%2&apos;.</source>
        <translation>Tabel &apos;%1&apos; in de bundel mist de kolom &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>its version vector is not an object</source>
        <translation>de versievector is geen object</translation>
    </message>
    <message>
        <source>its version vector is invalid</source>
        <translation>de versievector is ongeldig</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; may not be empty</source>
        <translation>kolom &apos;%1&apos; mag niet leeg zijn</translation>
    </message>
    <message>
        <source>the text in column &apos;%1&apos; is longer than 1 MB</source>
        <translation>de tekst in kolom &apos;%1&apos; is groter dan 1 MB</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is not valid base64</source>
        <translation>kolom &apos;%1&apos; is geen geldige base64</translation>
    </message>
    <message>
        <source>the file in column &apos;%1&apos; is larger than 25 MB</source>
        <translation>het bestand in kolom &apos;%1&apos; is groter dan 25 MB</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds a list or object</source>
        <translation>kolom &apos;%1&apos; bevat een lijst of object</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; has a value of the wrong type</source>
        <translation>kolom &apos;%1&apos; heeft een waarde van het verkeerde type</translation>
    </message>
    <message>
        <source>A row of table &apos;%1&apos; is not a list.</source>
        <translation>Een rij van tabel &apos;%1&apos; is geen lijst.</translation>
    </message>
    <message>
        <source>it has more values than columns</source>
        <translation>er staan meer waarden in dan er kolommen zijn</translation>
    </message>
    <message>
        <source>it has fewer values than columns</source>
        <translation>er staan minder waarden in dan er kolommen zijn</translation>
    </message>
    <message>
        <source>its id is empty or too long</source>
        <translation>het id is leeg of te lang</translation>
    </message>
    <message>
        <source>its id appears twice in the bundle</source>
        <translation>het id komt twee keer voor in de bundel</translation>
    </message>
    <message>
        <source>its version (hlc, device) is invalid</source>
        <translation>de versie (hlc, device) is ongeldig</translation>
    </message>
    <message>
        <source>its deleted mark is not 0 or 1</source>
        <translation>de verwijdermarkering is niet 0 of 1</translation>
    </message>
    <message>
        <source>its version vector does not match its version</source>
        <translation>de versievector past niet bij de versie</translation>
    </message>
    <message>
        <source>Table %1, row %2%3: %4</source>
        <translation>Tabel %1, rij %2%3: %4</translation>
    </message>
    <message>
        <source>Table %1, row %2 (id %3): the database refused it: %4</source>
        <translation>Tabel %1, rij %2 (id %3): de database heeft de rij geweigerd: %4</translation>
    </message>
    <message>
        <source>Table %1, id %2: it refers to a %3 that is neither in the bundle nor in this database.</source>
        <translation>Tabel %1, id %2: verwijst naar een %3 die niet in de bundel en ook niet in deze database staat.</translation>
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
    <message>
        <source>--quit-after needs a number of seconds (0 to 3600).</source>
        <translation>--quit-after verwacht een aantal seconden (0 tot en met 3600).</translation>
    </message>
    <message>
        <source>--screenshot needs --quit-after.</source>
        <translation>--screenshot kan alleen samen met --quit-after.</translation>
    </message>
    <message>
        <source>The screen could not be captured.</source>
        <translation>Het scherm kon niet worden vastgelegd.</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <source>There is no dossier at %1 yet. Create a new, empty dossier there?</source>
        <translation>Er is nog geen dossier in %1. Daar een nieuw, leeg dossier maken?</translation>
    </message>
    <message>
        <source>&amp;Break the lock</source>
        <translation>Vergrendeling &amp;opheffen</translation>
    </message>
</context>
<context>
    <name>ui::AanwezigenEditor</name>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Add &amp;person present</source>
        <translation>Aanwezige &amp;toevoegen</translation>
    </message>
    <message>
        <source>Pick from the netwerk or type a name</source>
        <translation>Kies uit het netwerk of typ een naam</translation>
    </message>
    <message>
        <source>(removed from the netwerk)</source>
        <translation>(verwijderd uit het netwerk)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Not present after all</source>
        <translation>Toch niet aanwezig</translation>
    </message>
</context>
<context>
    <name>ui::AanwezigenStap</name>
    <message>
        <source>Who is present?</source>
        <translation>Wie zijn er aanwezig?</translation>
    </message>
    <message>
        <source>Tick everyone at the table and choose their role. The inwoner is present unless you untick them.</source>
        <translation>Vink iedereen aan die aan tafel zit en kies hun rol. De inwoner is aanwezig, tenzij u het vinkje weghaalt.</translation>
    </message>
    <message>
        <source>%1 (inwoner)</source>
        <translation>%1 (inwoner)</translation>
    </message>
    <message>
        <source>From the netwerk</source>
        <translation>Uit het netwerk</translation>
    </message>
    <message>
        <source>Nobody is recorded in the netwerk yet. Add people below.</source>
        <translation>Er staat nog niemand in het netwerk. Voeg hieronder mensen toe.</translation>
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
        <translation>Rol van %1</translation>
    </message>
    <message>
        <source>Someone else (cliëntondersteuner, interpreter, neighbour …)</source>
        <translation>Iemand anders (cliëntondersteuner, tolk, buur …)</translation>
    </message>
    <message>
        <source>+ Add someone else</source>
        <translation>+ Iemand anders toevoegen</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Name of someone present</source>
        <translation>Naam van een aanwezige</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>ui::ActieDialog</name>
    <message>
        <source>What the inwoner can do alone, perhaps with a little help or an aid.</source>
        <translation>Wat de inwoner zelf kan, eventueel met een beetje hulp of een hulpmiddel.</translation>
    </message>
    <message>
        <source>What family, neighbours, friends or volunteers can and want to do.</source>
        <translation>Wat familie, buren, vrienden of vrijwilligers kunnen en willen doen.</translation>
    </message>
    <message>
        <source>An algemene voorziening on the social map: open to everyone, no beschikking needed.</source>
        <translation>Een algemene voorziening op de sociale kaart: voor iedereen toegankelijk, geen beschikking nodig.</translation>
    </message>
    <message>
        <source>A maatwerkvoorziening by beschikking: only when the above fall short, with the reasons.</source>
        <translation>Een maatwerkvoorziening met een beschikking: alleen als het bovenstaande tekortschiet, met onderbouwing.</translation>
    </message>
    <message>
        <source>A professional outside the Wmo, e.g. GP, district nurse or debt counsellor.</source>
        <translation>Een professional buiten de Wmo, bijvoorbeeld huisarts, wijkverpleegkundige of schuldhulpverlener.</translation>
    </message>
    <message>
        <source>Add actie</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Edit actie</source>
        <translation>Actie bewerken</translation>
    </message>
    <message>
        <source>e.g. does the shopping on Saturdays</source>
        <translation>bijv. doet op zaterdag de boodschappen</translation>
    </message>
    <message>
        <source>Why what the inwoner can do, the netwerk and algemene voorzieningen are not enough</source>
        <translation>Waarom wat de inwoner zelf kan, het netwerk en algemene voorzieningen niet genoeg zijn</translation>
    </message>
    <message>
        <source>Leave empty when it has no end date.</source>
        <translation>Laat leeg als er geen einddatum is.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>Geen eenheid</translation>
    </message>
    <message>
        <source>&amp;What is done *</source>
        <translation>&amp;Wat er gebeurt *</translation>
    </message>
    <message>
        <source>Who in the &amp;netwerk *</source>
        <translation>Wie uit het &amp;netwerk *</translation>
    </message>
    <message>
        <source>&amp;Voorziening *</source>
        <translation>&amp;Voorziening *</translation>
    </message>
    <message>
        <source>In the &amp;beschikking</source>
        <translation>In de &amp;beschikking</translation>
    </message>
    <message>
        <source>Required for a maatwerkvoorziening: say why eigen kracht, the netwerk and algemene voorzieningen fall short.</source>
        <translation>Verplicht bij een maatwerkvoorziening: geef aan waarom eigen kracht, het netwerk en algemene voorzieningen tekortschieten.</translation>
    </message>
    <message>
        <source>&amp;Onderbouwing *</source>
        <translation>&amp;Onderbouwing *</translation>
    </message>
    <message>
        <source>Wh&amp;o *</source>
        <translation>W&amp;ie *</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>Vana&amp;f</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>O&amp;mvang</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Who does it? In the order of consideration</source>
        <translation>Wie doet het? In volgorde van afweging</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>&amp;Respite care (respijtzorg) or extra support for the mantelzorger was considered</source>
        <translation>&amp;Respijtzorg of extra ondersteuning voor de mantelzorger is overwogen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
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
        <translation>(verwijderd uit het netwerk)</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Niet gekoppeld</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The beschikking of the traject has no voorzieningen yet</source>
        <translation>De beschikking van het traject heeft nog geen voorzieningen</translation>
    </message>
    <message>
        <source>The plan belongs to no traject with a beschikking</source>
        <translation>Het plan hoort niet bij een traject met een beschikking</translation>
    </message>
    <message>
        <source>(no longer in the beschikking)</source>
        <translation>(niet meer in de beschikking)</translation>
    </message>
    <message>
        <source>Pr&amp;ovider</source>
        <translation>&amp;Aanbieder</translation>
    </message>
    <message>
        <source>e.g. GP Dr. Bakker, district nurse</source>
        <translation>bijv. huisarts dr. Bakker, wijkverpleegkundige</translation>
    </message>
    <message>
        <source>Only when it is not on the social map</source>
        <translation>Alleen als die niet op de sociale kaart staat</translation>
    </message>
    <message>
        <source>Mantelzorger</source>
        <translation>Mantelzorger</translation>
    </message>
    <message>
        <source>Yes: it was considered. No: save the actie without it. Cancel: go back.</source>
        <translation>Ja: het is overwogen. Nee: sla de actie toch op. Annuleren: ga terug.</translation>
    </message>
    <message>
        <source>Yes, considered</source>
        <translation>Ja, overwogen</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Toch opslaan</translation>
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
        <translation>Wat is er afgesproken: wie doet wat, en wanneer moet het klaar zijn? Begin met wat de inwoner en het netwerk zelf gaan doen.</translation>
    </message>
    <message>
        <source>For example: daughter asks the neighbour about shopping on Fridays; consulent sends the verslag within a week.</source>
        <translation>Bijvoorbeeld: dochter vraagt de buurvrouw of zij op vrijdag boodschappen kan doen; consulent stuurt het verslag binnen een week.</translation>
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
        <translation>Inzageoverzicht</translation>
    </message>
    <message>
        <source>Not yet signed</source>
        <translation>Nog niet ondertekend</translation>
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
        <translation>%1, met aanvraag</translation>
    </message>
    <message>
        <source>&amp;Open copy…</source>
        <translation>Kopie &amp;openen…</translation>
    </message>
    <message>
        <source>Save cop&amp;y as…</source>
        <translation>Kopie opslaan &amp;als…</translation>
    </message>
    <message>
        <source>&amp;Mark as signed…</source>
        <translation>Als ondertekend &amp;markeren…</translation>
    </message>
    <message>
        <source>Attach s&amp;can…</source>
        <translation>&amp;Scan toevoegen…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Show the copy exactly as it was issued</source>
        <translation>Toon de kopie precies zoals die is uitgegeven</translation>
    </message>
    <message>
        <source>A scan or photo of the signed paper: PDF, JPEG or PNG, at most 20 MB</source>
        <translation>Een scan of foto van het ondertekende papier: PDF, JPEG of PNG, maximaal 20 MB</translation>
    </message>
    <message>
        <source>Open copy</source>
        <translation>Kopie openen</translation>
    </message>
    <message>
        <source>Cannot write a temporary copy: %1</source>
        <translation>Er kan geen tijdelijke kopie worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>No PDF viewer could be started. Use Save copy as… to keep the copy as a file.</source>
        <translation>Er kon geen PDF-viewer worden gestart. Kies Kopie opslaan als… om de kopie als bestand te bewaren.</translation>
    </message>
    <message>
        <source>Save copy as</source>
        <translation>Kopie opslaan als</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Attach a scan of the signed paper</source>
        <translation>Scan van het ondertekende papier toevoegen</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;PDF documents (*.pdf);;JPEG images (*.jpg *.jpeg);;PNG images (*.png)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png);;PDF-documenten (*.pdf);;JPEG-afbeeldingen (*.jpg *.jpeg);;PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Attach scan</source>
        <translation>Scan toevoegen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Nothing has been issued from this traject yet. When you print or save the ontvangstbevestiging or the verslag, a copy is kept here exactly as it was issued; here you also mark the verslag signed and attach the scan of the signed paper.</source>
        <translation>Uit dit traject is nog niets uitgegeven. Als u de ontvangstbevestiging of het verslag afdrukt of opslaat, wordt hier een kopie bewaard, precies zoals die is uitgegeven. Hier markeert u ook het verslag als ondertekend en voegt u de scan van het ondertekende papier toe.</translation>
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
    <name>ui::ConflictenWindow</name>
    <message>
        <source>&amp;Keep this version</source>
        <translation>Deze versie &amp;houden</translation>
    </message>
    <message>
        <source>&amp;Restore the other version</source>
        <translation>Andere versie &amp;terugzetten</translation>
    </message>
    <message>
        <source>&amp;Combine the ticked fields</source>
        <translation>Aangevinkte velden &amp;combineren</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Other version written</source>
        <translation>Andere versie vastgelegd</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>Deze versie</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Andere versie</translation>
    </message>
    <message>
        <source>Take the other</source>
        <translation>Andere overnemen</translation>
    </message>
    <message>
        <source>Keep the record as it is now; the other version is set aside.</source>
        <translation>Houd de gegevens zoals ze nu zijn; de andere versie wordt apart gezet.</translation>
    </message>
    <message>
        <source>Put the other version back as a new change.</source>
        <translation>Zet de andere versie terug als nieuwe wijziging.</translation>
    </message>
    <message>
        <source>Keep this version, with the ticked fields taken from the other version.</source>
        <translation>Houd deze versie, met de aangevinkte velden overgenomen uit de andere versie.</translation>
    </message>
    <message>
        <source>Inwoner: %1</source>
        <translation>Inwoner: %1</translation>
    </message>
    <message>
        <source>Netwerk of %1: %2</source>
        <translation>Netwerk van %1: %2</translation>
    </message>
    <message>
        <source>Netwerk: %1</source>
        <translation>Netwerk: %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>deze computer</translation>
    </message>
    <message>
        <source>another computer (%1)</source>
        <translation>een andere computer (%1)</translation>
    </message>
    <message>
        <source>There are no conflicts to look at.</source>
        <translation>Er zijn geen conflicten om te bekijken.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed here and on another computer at the same time. The latest change was kept; choose what is right for each.</source>
        <translation>
            <numerusform>%n onderdeel is tegelijk hier en op een andere computer gewijzigd. De laatste wijziging is bewaard; kies wat juist is.</numerusform>
            <numerusform>%n onderdelen zijn tegelijk hier en op een andere computer gewijzigd. Steeds is de laatste wijziging bewaard; kies per onderdeel wat juist is.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was deleted, and the other version changed it at the same time. The deletion was later and was kept. Keep this version to leave it deleted, or restore the other version to bring the record back with its changes.</source>
        <translation>%1 is verwijderd, terwijl de andere versie het tegelijk heeft gewijzigd. Het verwijderen was later en is bewaard. Houd deze versie om het verwijderd te laten, of zet de andere versie terug om het met de wijzigingen terug te halen.</translation>
    </message>
    <message>
        <source>The other version deleted %1, while it was changed here later. The change was kept. Keep this version, or restore the other version to delete the record after all.</source>
        <translation>De andere versie heeft %1 verwijderd, terwijl het hier later is gewijzigd. De wijziging is bewaard. Houd deze versie, of zet de andere versie terug om het toch te verwijderen.</translation>
    </message>
    <message>
        <source>%1 was changed here and on another computer. The fields that differ are marked with ≠ and in bold. Tick the fields to take from the other version and combine, or keep one version whole.</source>
        <translation>%1 is hier en op een andere computer gewijzigd. De velden die verschillen zijn gemarkeerd met ≠ en vetgedrukt. Vink de velden aan die uit de andere versie moeten komen en combineer, of houd één versie in zijn geheel.</translation>
    </message>
    <message>
        <source>≠ %1</source>
        <translation>≠ %1</translation>
    </message>
    <message>
        <source>take</source>
        <translation>overnemen</translation>
    </message>
    <message>
        <source>The two versions differ in this field.</source>
        <translation>De twee versies verschillen in dit veld.</translation>
    </message>
    <message>
        <source>Choose a conflict above.</source>
        <translation>Kies hierboven een conflict.</translation>
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
    <message>
        <source>This file cannot be checked against the dossier: %1</source>
        <translation>Dit bestand kan niet met het dossier worden vergeleken: %1</translation>
    </message>
</context>
<context>
    <name>ui::DialogFields</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>This is not a date. Write it as day-month-year, e.g. 02-03-2024.</source>
        <translation>Dit is geen datum. Schrijf de datum als dag-maand-jaar, bijvoorbeeld 02-03-2024.</translation>
    </message>
</context>
<context>
    <name>ui::DocumentPrinter</name>
    <message>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Dit gegeven bestaat niet meer.</translation>
    </message>
    <message>
        <source>Archive copy</source>
        <translation>Archiefkopie</translation>
    </message>
    <message>
        <source>The document was issued, but its archive copy could not be stored: %1</source>
        <translation>Het document is uitgegeven, maar de archiefkopie kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>ui::DoelDialog</name>
    <message>
        <source>Add doel</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <source>Edit doel</source>
        <translation>Doel bewerken</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Voor</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>&amp;Leefgebied *</source>
        <translation>&amp;Leefgebied *</translation>
    </message>
    <message>
        <source>In the inwoner&apos;s own words, e.g. “I want to do my own shopping again”</source>
        <translation>In de eigen woorden van de inwoner, bijv. “Ik wil weer zelf boodschappen doen”</translation>
    </message>
    <message>
        <source>&amp;Wens (own words) *</source>
        <translation>&amp;Wens (eigen woorden) *</translation>
    </message>
    <message>
        <source>What it looks like when the doel is reached</source>
        <translation>Hoe het eruitziet als het doel is bereikt</translation>
    </message>
    <message>
        <source>&amp;Desired situation</source>
        <translation>&amp;Gewenste situatie</translation>
    </message>
    <message>
        <source>&amp;Improve</source>
        <translation>Ver&amp;beteren</translation>
    </message>
    <message>
        <source>&amp;Stay stable</source>
        <translation>&amp;Stabiel blijven</translation>
    </message>
    <message>
        <source>Limit de&amp;cline</source>
        <translation>Achteruitgang be&amp;perken</translation>
    </message>
    <message>
        <source>Kind of doel *</source>
        <translation>Soort doel *</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Target ZRM score</source>
        <translation>&amp;Doelscore (ZRM)</translation>
    </message>
    <message>
        <source>&amp;Evaluate on</source>
        <translation>&amp;Evalueren op</translation>
    </message>
    <message>
        <source>What the inwoner proposed themselves, if anything</source>
        <translation>Wat de inwoner eventueel zelf heeft voorgesteld</translation>
    </message>
    <message>
        <source>Inwoner&apos;s &amp;own solution</source>
        <translation>Eigen &amp;oplossing van de inwoner</translation>
    </message>
    <message>
        <source>Why that solution is not followed (leave empty when it is)</source>
        <translation>Waarom die oplossing niet wordt gevolgd (laat leeg als die wel wordt gevolgd)</translation>
    </message>
    <message>
        <source>Why it is &amp;not followed</source>
        <translation>Waarom die &amp;niet wordt gevolgd</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
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
    <message>
        <source>new traject</source>
        <translation>nieuw traject</translation>
    </message>
    <message>
        <source>edit traject</source>
        <translation>traject bewerken</translation>
    </message>
    <message>
        <source>Delete the traject of the melding of %1 (%2)? You can undo this with Edit → Undo.</source>
        <translation>Het traject van de melding van %1 (%2) verwijderen? Dit is terug te draaien met Bewerken → Ongedaan maken.</translation>
    </message>
    <message>
        <source>delete traject</source>
        <translation>traject verwijderen</translation>
    </message>
    <message>
        <source>someone no longer in the netwerk</source>
        <translation>iemand die niet meer in het netwerk staat</translation>
    </message>
    <message>
        <source>clear step: %1</source>
        <translation>stap wissen: %1</translation>
    </message>
    <message>
        <source>record step: %1</source>
        <translation>stap vastleggen: %1</translation>
    </message>
    <message>
        <source>suspend term</source>
        <translation>termijn opschorten</translation>
    </message>
    <message>
        <source>Remove this suspension? The deadline moves back.</source>
        <translation>Deze opschorting verwijderen? De uiterste datum wordt dan weer eerder.</translation>
    </message>
    <message>
        <source>remove suspension</source>
        <translation>opschorting verwijderen</translation>
    </message>
    <message>
        <source>add voorziening</source>
        <translation>voorziening toevoegen</translation>
    </message>
    <message>
        <source>edit voorziening</source>
        <translation>voorziening bewerken</translation>
    </message>
    <message>
        <source>Remove this voorziening from the beschikking?</source>
        <translation>Deze voorziening uit de beschikking verwijderen?</translation>
    </message>
    <message>
        <source>remove voorziening</source>
        <translation>voorziening verwijderen</translation>
    </message>
    <message>
        <source>new gesprek</source>
        <translation>nieuw gesprek</translation>
    </message>
    <message>
        <source>edit gesprek</source>
        <translation>gesprek bewerken</translation>
    </message>
    <message>
        <source>Delete the gesprek of %1? You can undo this with Edit → Undo.</source>
        <translation>Het gesprek van %1 verwijderen? Dit is terug te draaien met Bewerken → Ongedaan maken.</translation>
    </message>
    <message>
        <source>delete gesprek</source>
        <translation>gesprek verwijderen</translation>
    </message>
    <message>
        <source>new signal</source>
        <translation>nieuw signaal</translation>
    </message>
    <message>
        <source>edit signal</source>
        <translation>signaal bewerken</translation>
    </message>
    <message>
        <source>Delete the signal of %1? You can undo this with Edit → Undo.</source>
        <translation>Het signaal van %1 verwijderen? Dit is terug te draaien met Bewerken → Ongedaan maken.</translation>
    </message>
    <message>
        <source>delete signal</source>
        <translation>signaal verwijderen</translation>
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
        <translation>Plan evalueren</translation>
    </message>
    <message>
        <source>Go through every doel with the inwoner: was it achieved? The ZRM scores show the meting nearest before the plan was agreed and before the evaluation date. After this the plan is evaluated and read-only; this cannot be undone.</source>
        <translation>Loop elk doel met de inwoner door: is het behaald? De ZRM-scores tonen de meting die het dichtst vóór de vaststelling van het plan en vóór de evaluatiedatum ligt. Daarna is het plan geëvalueerd en alleen nog te lezen; dit kan niet ongedaan worden gemaakt.</translation>
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
        <translation>Doelscore</translation>
    </message>
    <message>
        <source>ZRM at start</source>
        <translation>ZRM bij start</translation>
    </message>
    <message>
        <source>ZRM at date</source>
        <translation>ZRM bij evaluatie</translation>
    </message>
    <message>
        <source>Achieved?</source>
        <translation>Behaald?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>Evaluated &amp;on</source>
        <translation>Geëvalueerd &amp;op</translation>
    </message>
    <message>
        <source>Save evaluation</source>
        <translation>Evaluatie opslaan</translation>
    </message>
    <message>
        <source>General &amp;note</source>
        <translation>Algemene &amp;notitie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no meting</source>
        <translation>geen meting</translation>
    </message>
    <message>
        <source>Enter the date of the evaluation.</source>
        <translation>Vul de datum van de evaluatie in.</translation>
    </message>
    <message>
        <source>The evaluation cannot lie in the future.</source>
        <translation>De evaluatie kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The evaluation lies before the plan was agreed (%1).</source>
        <translation>De evaluatie ligt vóór de vaststelling van het plan (%1).</translation>
    </message>
    <message>
        <source>Say for every doel whether it was achieved.</source>
        <translation>Geef bij elk doel aan of het is behaald.</translation>
    </message>
</context>
<context>
    <name>ui::ExportDialog</name>
    <message>
        <source>&amp;Everything in this database</source>
        <translation>&amp;Alles in deze database</translation>
    </message>
    <message>
        <source>&amp;Changes since the last exchange with:</source>
        <translation>Wijzigingen sinds de laatste &amp;uitwisseling met:</translation>
    </message>
    <message>
        <source>Only &amp;selected dossiers</source>
        <translation>Alleen ge&amp;selecteerde dossiers</translation>
    </message>
    <message>
        <source>Dossiers to export</source>
        <translation>Te exporteren dossiers</translation>
    </message>
    <message>
        <source>&amp;Hand over to a colleague: the new vast aanspreekpunt is</source>
        <translation>&amp;Overdragen aan een collega: het nieuwe vaste aanspreekpunt is</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>Save as plain &amp;JSON (not encrypted)</source>
        <translation>Opslaan als gewone &amp;JSON (niet versleuteld)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>e.g. office computer, or a colleague&apos;s name</source>
        <translation>bijv. kantoorcomputer, of de naam van een collega</translation>
    </message>
    <message>
        <source>Find an inwoner to add (name, BSN, postcode…)</source>
        <translation>Zoek een inwoner om toe te voegen (naam, BSN, postcode…)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Wat exporteren</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>The file is encrypted. Give the passphrase to the recipient separately, for example by phone, never in the same e-mail as the file.</source>
        <translation>Het bestand is versleuteld. Geef de wachtzin apart aan de ontvanger, bijvoorbeeld telefonisch, en nooit in dezelfde e-mail als het bestand.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <source>Save without encryption?</source>
        <translation>Opslaan zonder versleuteling?</translation>
    </message>
    <message>
        <source>The file will contain special-category personal data (health, care and support) in plain text. Anyone who gets the file, or the computer or USB stick it is on, can read it.

Save it without encryption anyway?</source>
        <translation>Het bestand bevat bijzondere persoonsgegevens (gezondheid, zorg en ondersteuning) als leesbare tekst. Iedereen die het bestand in handen krijgt, of de computer of USB-stick waarop het staat, kan het lezen.

Toch opslaan zonder versleuteling?</translation>
    </message>
    <message>
        <source>last export %1</source>
        <translation>laatste export %1</translation>
    </message>
    <message>
        <source>first exchange: everything</source>
        <translation>eerste uitwisseling: alles</translation>
    </message>
    <message>
        <source>Name the colleague or device the export is for.</source>
        <translation>Vul de collega of het apparaat in waarvoor de export is.</translation>
    </message>
    <message>
        <source>Tick at least one dossier to export.</source>
        <translation>Vink minstens één dossier aan om te exporteren.</translation>
    </message>
    <message>
        <source>Give the name of the colleague who takes over the dossiers.</source>
        <translation>Vul de naam in van de collega die de dossiers overneemt.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>wijkdossier-export-%1</source>
        <translation>wijkdossier-export-%1</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Export opslaan als</translation>
    </message>
    <message>
        <source>Plain bundles (*.json)</source>
        <translation>Onversleutelde bundels (*.json)</translation>
    </message>
    <message>
        <source>Encrypted bundles (*.wdx)</source>
        <translation>Versleutelde bundels (*.wdx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Het exporteren is afgebroken; er is geen bestand opgeslagen.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Niet geëxporteerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n rij geëxporteerd naar %1</numerusform>
            <numerusform>%n rijen geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing has changed since the last exchange.</source>
        <translation>Er is niets veranderd sinds de vorige uitwisseling.</translation>
    </message>
    <message>
        <source>The next export for %1 starts from here.</source>
        <translation>De volgende export voor %1 begint vanaf dit moment.</translation>
    </message>
    <message>
        <source>The file is NOT encrypted: keep it safe and delete it when it has arrived.</source>
        <translation>Het bestand is NIET versleuteld: bewaar het veilig en verwijder het zodra het is aangekomen.</translation>
    </message>
    <message>
        <source>Encrypted with your passphrase.</source>
        <translation>Versleuteld met uw wachtzin.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ui::GesprekDialog</name>
    <message>
        <source>&amp;Finished</source>
        <translation>Af&amp;gerond</translation>
    </message>
    <message>
        <source>New gesprek</source>
        <translation>Nieuw gesprek</translation>
    </message>
    <message>
        <source>Edit gesprek</source>
        <translation>Gesprek bewerken</translation>
    </message>
    <message>
        <source>A huisbezoek that is not finished can be resumed in huisbezoek mode.</source>
        <translation>Een huisbezoek dat nog niet is afgerond, kunt u hervatten in de huisbezoekmodus.</translation>
    </message>
    <message>
        <source>What was discussed, in plain words</source>
        <translation>Wat er is besproken, in gewone woorden</translation>
    </message>
    <message>
        <source>Who does what, and when</source>
        <translation>Wie doet wat, en wanneer</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Datum *</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>&amp;Vorm</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezigen</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Samenvatting</translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation>&amp;Afspraken</translation>
    </message>
    <message>
        <source>Leefgebieden (gespreksleidraad)</source>
        <translation>Leefgebieden (gespreksleidraad)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>ui::HuisbezoekLauncher</name>
    <message>
        <source>Start huisbezoek</source>
        <translation>Huisbezoek starten</translation>
    </message>
    <message>
        <source>The traject could not be created: %1</source>
        <translation>Het traject kon niet worden aangemaakt: %1</translation>
    </message>
    <message>
        <source>This inwoner no longer exists.</source>
        <translation>Deze inwoner bestaat niet meer.</translation>
    </message>
    <message>
        <source>The huisbezoek could not be started: %1</source>
        <translation>Het huisbezoek kon niet worden gestart: %1</translation>
    </message>
</context>
<context>
    <name>ui::HuisbezoekSessie</name>
    <message>
        <source>This traject no longer exists.</source>
        <translation>Dit traject bestaat niet meer.</translation>
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
        <translation>Wordt opgeslagen terwijl u typt</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <source>Everything is already saved. The huisbezoek continues where you were when you open it again.</source>
        <translation>Alles is al opgeslagen. Als u het huisbezoek weer opent, gaat het verder waar u was.</translation>
    </message>
    <message>
        <source>You are continuing the huisbezoek of %1. Everything recorded so far is here.</source>
        <translation>U gaat verder met het huisbezoek van %1. Alles wat tot nu toe is vastgelegd, staat hier.</translation>
    </message>
    <message>
        <source>Your name is not filled in under Mijn gegevens, so the steps are recorded without it.</source>
        <translation>Uw naam is niet ingevuld bij Mijn gegevens. Daarom worden de stappen zonder naam vastgelegd.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Vorige</translation>
    </message>
    <message>
        <source>Page Up or Alt+←</source>
        <translation>Page Up of Alt+←</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Volgende →</translation>
    </message>
    <message>
        <source>Page Down or Alt+→</source>
        <translation>Page Down of Alt+→</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Stap %1 van %2: %3</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Opgeslagen om %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Not recorded in the traject: %1</source>
        <translation>Niet vastgelegd in het traject: %1</translation>
    </message>
    <message>
        <source>ZRM score not saved: %1</source>
        <translation>ZRM-score niet opgeslagen: %1</translation>
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
    <name>ui::ImportDialog</name>
    <message>
        <source>No file chosen yet.</source>
        <translation>Nog geen bestand gekozen.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Show the &amp;conflicts…</source>
        <translation>&amp;Conflicten tonen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Choose a bundle exported from Wijkdossier on another computer (.wdx, or .json when it was saved without encryption). Everything in it is checked first: a bundle with any problem changes nothing.</source>
        <translation>Kies een bundel die op een andere computer uit Wijkdossier is geëxporteerd (.wdx, of .json als die zonder versleuteling is opgeslagen). Alles in de bundel wordt eerst gecontroleerd: is er ook maar één probleem, dan verandert er niets.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Choose a bundle to import</source>
        <translation>Kies een bundel om te importeren</translation>
    </message>
    <message>
        <source>Wijkdossier bundles (*.wdx *.json);;All files (*)</source>
        <translation>Wijkdossier-bundels (*.wdx *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>This file is encrypted: type the passphrase you were given with it.</source>
        <translation>Dit bestand is versleuteld: typ de wachtzin die u erbij hebt gekregen.</translation>
    </message>
    <message>
        <source>This file is not encrypted.</source>
        <translation>Dit bestand is niet versleuteld.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Het importeren is afgebroken.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets veranderd.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; the first ones are listed below.</source>
        <translation>
            <numerusform>%n probleem gevonden; het staat hieronder.</numerusform>
            <numerusform>%n problemen gevonden; de eerste staan hieronder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle made on %1.</source>
        <translation>Bundel gemaakt op %1.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Geïmporteerd: %1 nieuw, %2 bijgewerkt, %3 ongewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) handed over to you: the vast aanspreekpunt was changed.</source>
        <translation>
            <numerusform>%n dossier aan u overgedragen: het vaste aanspreekpunt is gewijzigd.</numerusform>
            <numerusform>%n dossiers aan u overgedragen: het vaste aanspreekpunt is gewijzigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed both here and on the other computer. The latest change was kept; look at the other version in the conflicts screen.</source>
        <translation>
            <numerusform>%n rij is zowel hier als op de andere computer gewijzigd. De laatste wijziging is bewaard; bekijk de andere versie in het scherm Conflicten.</numerusform>
            <numerusform>%n rijen zijn zowel hier als op de andere computer gewijzigd. De laatste wijziging is bewaard; bekijk de andere versie in het scherm Conflicten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected.</source>
        <translation>
            <numerusform>%n rij is geweigerd.</numerusform>
            <numerusform>%n rijen zijn geweigerd.</numerusform>
        </translation>
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
    <name>ui::LeefgebiedenEditor</name>
    <message>
        <source>Leefgebied</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Discussed?</source>
        <translation>Besproken?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>%1 of %2 leefgebieden discussed, %3 need attention.</source>
        <translation>%1 van de %2 leefgebieden besproken, %3 met een aandachtspunt.</translation>
    </message>
    <message>
        <source>Type or double-click in a row to write a note</source>
        <translation>Typ of dubbelklik in een rij om een notitie te schrijven</translation>
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
        <translation>Wat de inwoner hierover vertelt, in eigen woorden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>1–5 score · N niet beoordeeld · R other reason · Delete clears · ↑↓ move</source>
        <translation>1–5 score · N niet beoordeeld · R andere reden · Delete wist · ↑↓ omhoog/omlaag</translation>
    </message>
    <message>
        <source>Leefgebied %1 of %2</source>
        <translation>Leefgebied %1 van %2</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>nog niet vastgelegd</translation>
    </message>
    <message>
        <source>Zelfredzaamheid (ZRM 2017)</source>
        <translation>Zelfredzaamheid (ZRM 2017)</translation>
    </message>
    <message>
        <source>Not recorded yet. Choose how it was discussed, or type what the inwoner tells: a note marks it as a point of attention until you choose.</source>
        <translation>Nog niet vastgelegd. Kies hoe het is besproken, of typ wat de inwoner vertelt: een notitie maakt er een aandachtspunt van, totdat u een keuze maakt.</translation>
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
    <message>
        <source>Start &amp;huisbezoek…</source>
        <translation>&amp;Huisbezoek starten…</translation>
    </message>
    <message>
        <source>Walk through the keukentafelgesprek with the open inwoner; every keystroke is saved.</source>
        <translation>Doorloop het keukentafelgesprek met de geopende inwoner; elke toetsaanslag wordt opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>B&amp;eeld</translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation>&amp;Caseload</translation>
    </message>
    <message>
        <source>Find an inwoner in my caseload or among all inwoners.</source>
        <translation>Zoek een inwoner in mijn caseload of bij alle inwoners.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <source>Every deadline of the caseload at a glance: overdue, due this week, steps missing.</source>
        <translation>Alle termijnen van de caseload in één oogopslag: te laat, deze week, ontbrekende stappen.</translation>
    </message>
    <message>
        <source>Open a dossier first to start a huisbezoek.</source>
        <translation>Open eerst een dossier om een huisbezoek te starten.</translation>
    </message>
    <message>
        <source>&amp;Sociale kaart…</source>
        <translation>&amp;Sociale kaart…</translation>
    </message>
    <message>
        <source>Look up voorzieningen and aanbieders, and keep the sociale kaart up to date.</source>
        <translation>Zoek voorzieningen en aanbieders op en houd de sociale kaart bij.</translation>
    </message>
    <message>
        <source>Print inzage-overzicht…</source>
        <translation>Inzage-overzicht afdrukken…</translation>
    </message>
</context>
<context>
    <name>ui::MantelzorgStap</name>
    <message>
        <source>Netwerk and mantelzorg</source>
        <translation>Netwerk en mantelzorg</translation>
    </message>
    <message>
        <source>Who is around the inwoner, and what do they do?</source>
        <translation>Wie zijn er om de inwoner heen, en wat doen zij?</translation>
    </message>
    <message>
        <source>mantelzorger</source>
        <translation>mantelzorger</translation>
    </message>
    <message>
        <source>Does now: %1</source>
        <translation>Doet nu: %1</translation>
    </message>
    <message>
        <source>Could do more: %1</source>
        <translation>Kan meer doen: %1</translation>
    </message>
    <message>
        <source>Nobody is recorded in the netwerk yet. Ask who helps now, and add them to the netwerk in the dossier after the visit.</source>
        <translation>Er staat nog niemand in het netwerk. Vraag wie nu helpt, en voeg die personen na het bezoek toe aan het netwerk in het dossier.</translation>
    </message>
    <message>
        <source>Mantelzorgers: their own view and their own need</source>
        <translation>Mantelzorgers: hun eigen kijk en hun eigen behoefte</translation>
    </message>
    <message>
        <source>No mantelzorger is recorded. If someone gives care, mark them as mantelzorger in the netwerk of the dossier: their own view and need are then asked here.</source>
        <translation>Er is geen mantelzorger vastgelegd. Geeft iemand zorg? Markeer die persoon dan als mantelzorger in het netwerk van het dossier. Dan vraagt u hier naar zijn of haar eigen kijk en behoefte.</translation>
    </message>
    <message>
        <source>%1, mantelzorger (%2)</source>
        <translation>%1, mantelzorger (%2)</translation>
    </message>
    <message>
        <source>%1 hours a week</source>
        <translation>%1 uur per week</translation>
    </message>
    <message>
        <source>belasting: %1</source>
        <translation>belasting: %1</translation>
    </message>
    <message>
        <source>tasks: %1</source>
        <translation>taken: %1</translation>
    </message>
    <message>
        <source>How does %1 see the situation? (their own view, apart from the inwoner&apos;s)</source>
        <translation>Hoe ziet %1 de situatie? (de eigen kijk, los van die van de inwoner)</translation>
    </message>
    <message>
        <source>What does %1 need for themselves? (support, respite, information)</source>
        <translation>Wat heeft %1 zelf nodig? (ondersteuning, respijtzorg, informatie)</translation>
    </message>
    <message>
        <source>Cliëntondersteuning offered to %1</source>
        <translation>Cliëntondersteuning aangeboden aan %1</translation>
    </message>
    <message>
        <source>Mantelzorg</source>
        <translation>Mantelzorg</translation>
    </message>
    <message>
        <source>Present at this huisbezoek: ask them directly.</source>
        <translation>Aanwezig bij dit huisbezoek: vraag het rechtstreeks.</translation>
    </message>
    <message>
        <source>Not present at this huisbezoek: ask by phone or at another visit.</source>
        <translation>Niet aanwezig bij dit huisbezoek: vraag het telefonisch of bij een ander bezoek.</translation>
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
    <message>
        <source>Pr&amp;int netwerkkaart…</source>
        <translation>Netwerkkaart &amp;afdrukken…</translation>
    </message>
    <message>
        <source>The netwerkkaart and who does what, to give to the inwoner</source>
        <translation>De netwerkkaart en wie doet wat, om aan de inwoner mee te geven</translation>
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
    <name>ui::NieuwTrajectDialog</name>
    <message>
        <source>Start huisbezoek</source>
        <translation>Huisbezoek starten</translation>
    </message>
    <message>
        <source>%1 has no open traject. Start a new Wmo traject with a melding today (%2)?</source>
        <translation>%1 heeft geen open traject. Een nieuw Wmo-traject starten met een melding van vandaag (%2)?</translation>
    </message>
    <message>
        <source>&amp;Hulpvraag, in the inwoner&apos;s own words:</source>
        <translation>&amp;Hulpvraag, in de eigen woorden van de inwoner:</translation>
    </message>
    <message>
        <source>Start traject and huisbezoek</source>
        <translation>Traject en huisbezoek starten</translation>
    </message>
</context>
<context>
    <name>ui::OndertekenDialog</name>
    <message>
        <source>&amp;Akkoord: agrees with the verslag</source>
        <translation>&amp;Akkoord: is het eens met het verslag</translation>
    </message>
    <message>
        <source>&amp;Voor gezien: has seen it, does not (fully) agree</source>
        <translation>&amp;Voor gezien: heeft het gezien, is het er niet (helemaal) mee eens</translation>
    </message>
    <message>
        <source>Mark the verslag as signed</source>
        <translation>Verslag als ondertekend vastleggen</translation>
    </message>
    <message>
        <source>The inwoner&apos;s remarks on the paper, typed in</source>
        <translation>De opmerkingen van de inwoner op het papier, overgetypt</translation>
    </message>
    <message>
        <source>Ticked on the paper: the aanvraag is recorded on the date of signing and the beschikking is due 2 weeks later.</source>
        <translation>Aangevinkt op het papier: de aanvraag wordt vastgelegd op de datum van ondertekening en de beschikking moet 2 weken later klaar zijn.</translation>
    </message>
    <message>
        <source>&amp;Signed on *</source>
        <translation>&amp;Ondertekend op *</translation>
    </message>
    <message>
        <source>Signed as *</source>
        <translation>Ondertekend als *</translation>
    </message>
    <message>
        <source>Aanvraag</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation>Op&amp;merkingen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
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
        <translation>(niet meer op de sociale kaart)</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>(removed from the netwerk)</source>
        <translation>(verwijderd uit het netwerk)</translation>
    </message>
    <message>
        <source>(voorziening of the beschikking)</source>
        <translation>(voorziening uit de beschikking)</translation>
    </message>
</context>
<context>
    <name>ui::PlanDetail</name>
    <message>
        <source>Edit pl&amp;an…</source>
        <translation>Pl&amp;an bewerken…</translation>
    </message>
    <message>
        <source>Add &amp;doel…</source>
        <translation>&amp;Doel toevoegen…</translation>
    </message>
    <message>
        <source>Add a&amp;ctie…</source>
        <translation>A&amp;ctie toevoegen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>B&amp;ewerken…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Verwi&amp;jderen</translation>
    </message>
    <message>
        <source>A&amp;gree plan…</source>
        <translation>Plan vast&amp;stellen…</translation>
    </message>
    <message>
        <source>New versi&amp;on</source>
        <translation>Nieuwe versie &amp;maken</translation>
    </message>
    <message>
        <source>Eval&amp;uate…</source>
        <translation>E&amp;valueren…</translation>
    </message>
    <message>
        <source>Regisseur, traject and wederkerigheid</source>
        <translation>Regisseur, traject en wederkerigheid</translation>
    </message>
    <message>
        <source>Add an actie to the selected doel (Insert)</source>
        <translation>Voeg een actie toe aan het gekozen doel (Insert)</translation>
    </message>
    <message>
        <source>Edit the selected doel or actie (Enter, or double-click)</source>
        <translation>Bewerk het gekozen doel of de gekozen actie (Enter of dubbelklikken)</translation>
    </message>
    <message>
        <source>Remove the selected doel or actie (Delete)</source>
        <translation>Verwijder het gekozen doel of de gekozen actie (Delete)</translation>
    </message>
    <message>
        <source>Record that the plan was agreed and signed; it then becomes read-only</source>
        <translation>Leg vast dat het plan is vastgesteld en ondertekend; daarna is het niet meer te wijzigen</translation>
    </message>
    <message>
        <source>Copy this plan into a new draft version to change it</source>
        <translation>Kopieer dit plan naar een nieuwe conceptversie om het te wijzigen</translation>
    </message>
    <message>
        <source>Record per doel whether it was achieved</source>
        <translation>Leg per doel vast of het is behaald</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wie doet wat&lt;/b&gt; — everyone who does something in this plan</source>
        <translation>&lt;b&gt;Wie doet wat&lt;/b&gt; — iedereen die iets doet in dit plan</translation>
    </message>
    <message>
        <source>&lt;i&gt;No plan selected. Make one with &lt;b&gt;New plan&lt;/b&gt;.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Geen plan gekozen. Maak er een met &lt;b&gt;Nieuw plan&lt;/b&gt;.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Evaluated on %1</source>
        <translation>Geëvalueerd op %1</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>Vastgesteld op %1</translation>
    </message>
    <message>
        <source>%1 — read-only; make a new version to change anything.</source>
        <translation>%1 — niet meer te wijzigen; maak een nieuwe versie om iets aan te passen.</translation>
    </message>
    <message>
        <source>%1 — read-only; a newer version of this plan exists.</source>
        <translation>%1 — niet meer te wijzigen; er is een nieuwere versie van dit plan.</translation>
    </message>
    <message>
        <source>Start with a doel: what does the inwoner want, in their own words? Then add the acties, beginning with what the inwoner and the netwerk can do.</source>
        <translation>Begin met een doel: wat wil de inwoner, in eigen woorden? Voeg daarna de acties toe, te beginnen met wat de inwoner en het netwerk zelf kunnen doen.</translation>
    </message>
    <message>
        <source>evaluated on %1</source>
        <translation>geëvalueerd op %1</translation>
    </message>
    <message>
        <source>agreed on %1</source>
        <translation>vastgesteld op %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan version %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Planversie %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>for the whole huishouden</source>
        <translation>voor het hele huishouden</translation>
    </message>
    <message>
        <source>made from version %1</source>
        <translation>gemaakt op basis van versie %1</translation>
    </message>
    <message>
        <source>Regisseur: not set yet (needed before the plan is agreed)</source>
        <translation>Regisseur: nog niet ingevuld (nodig voordat het plan wordt vastgesteld)</translation>
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
        <translation>geen</translation>
    </message>
    <message>
        <source>Wederkerigheid:</source>
        <translation>Wederkerigheid:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Evaluatie:</translation>
    </message>
</context>
<context>
    <name>ui::PlanDialog</name>
    <message>
        <source>New ondersteuningsplan</source>
        <translation>Nieuw ondersteuningsplan</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Plan bewerken</translation>
    </message>
    <message>
        <source>No traject</source>
        <translation>Geen traject</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (afgesloten)</translation>
    </message>
    <message>
        <source>(a traject that was deleted)</source>
        <translation>(een verwijderd traject)</translation>
    </message>
    <message>
        <source>Who coordinates the plan</source>
        <translation>Wie het plan coördineert</translation>
    </message>
    <message>
        <source>e.g. consulent wijkteam, daughter</source>
        <translation>bijv. consulent wijkteam, dochter</translation>
    </message>
    <message>
        <source>What the inwoner does in return, e.g. helps a neighbour with the garden</source>
        <translation>Wat de inwoner terugdoet, bijv. een buurman helpen met de tuin</translation>
    </message>
    <message>
        <source>&amp;Traject</source>
        <translation>&amp;Traject</translation>
    </message>
    <message>
        <source>One plan for the whole &amp;huishouden (%1)</source>
        <translation>Eén plan voor het hele &amp;huishouden (%1)</translation>
    </message>
    <message>
        <source>&amp;Regisseur</source>
        <translation>&amp;Regisseur</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>R&amp;ol</translation>
    </message>
    <message>
        <source>&amp;Wederkerigheid</source>
        <translation>&amp;Wederkerigheid</translation>
    </message>
    <message>
        <source>The regisseur is needed before the plan can be agreed. Doelen and acties are added in the Plan tab.</source>
        <translation>De regisseur is nodig voordat het plan kan worden vastgesteld. Doelen en acties voegt u toe op het tabblad Plan.</translation>
    </message>
    <message>
        <source>Make plan</source>
        <translation>Plan maken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
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
        <translation>Dit plan is vastgesteld en niet meer te wijzigen. Maak een nieuwe versie om iets aan te passen.</translation>
    </message>
    <message>
        <source>new plan</source>
        <translation>nieuw plan</translation>
    </message>
    <message>
        <source>edit plan</source>
        <translation>plan bewerken</translation>
    </message>
    <message>
        <source>add doel</source>
        <translation>doel toevoegen</translation>
    </message>
    <message>
        <source>edit doel</source>
        <translation>doel bewerken</translation>
    </message>
    <message>
        <source>Remove the doel for %1? You can undo this with Edit → Undo.</source>
        <translation>Het doel voor %1 verwijderen? Dit is terug te draaien met Bewerken → Ongedaan maken.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the doel for %1 with its %n actie(s)? You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>Het doel voor %1 en de %n bijbehorende actie verwijderen? Dit is terug te draaien met Bewerken → Ongedaan maken.</numerusform>
            <numerusform>Het doel voor %1 en de %n bijbehorende acties verwijderen? Dit is terug te draaien met Bewerken → Ongedaan maken.</numerusform>
        </translation>
    </message>
    <message>
        <source>remove doel</source>
        <translation>doel verwijderen</translation>
    </message>
    <message>
        <source>add actie</source>
        <translation>actie toevoegen</translation>
    </message>
    <message>
        <source>edit actie</source>
        <translation>actie bewerken</translation>
    </message>
    <message>
        <source>Remove the actie “%1”? You can undo this with Edit → Undo.</source>
        <translation>De actie “%1” verwijderen? Dit is terug te draaien met Bewerken → Ongedaan maken.</translation>
    </message>
    <message>
        <source>remove actie</source>
        <translation>actie verwijderen</translation>
    </message>
    <message>
        <source>new plan version</source>
        <translation>nieuwe planversie</translation>
    </message>
    <message>
        <source>Delete the draft of plan version %1? You can undo this with Edit → Undo.</source>
        <translation>Het concept van planversie %1 verwijderen? Dit is terug te draaien met Bewerken → Ongedaan maken.</translation>
    </message>
    <message>
        <source>delete plan</source>
        <translation>plan verwijderen</translation>
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
        <translation>Wens / wie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
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
        <translation>Gewenste situatie:</translation>
    </message>
    <message>
        <source>The inwoner&apos;s own solution:</source>
        <translation>Eigen oplossing van de inwoner:</translation>
    </message>
    <message>
        <source>Why it is not followed:</source>
        <translation>Waarom die niet wordt gevolgd:</translation>
    </message>
    <message>
        <source>Evaluation note:</source>
        <translation>Notitie bij de evaluatie:</translation>
    </message>
    <message>
        <source>ZRM score when the plan was agreed: %1; measured on %2: %3; target: %4</source>
        <translation>ZRM-score bij het vaststellen van het plan: %1; gemeten op %2: %3; doelscore: %4</translation>
    </message>
    <message>
        <source>(no meting)</source>
        <translation>(geen meting)</translation>
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
        <translation>%1 · doelscore %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>uiterlijk %1</translation>
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
        <translation>Respijtzorg of extra ondersteuning is overwogen.</translation>
    </message>
    <message>
        <source>Respite care or extra support has not been considered yet.</source>
        <translation>Respijtzorg of extra ondersteuning is nog niet overwogen.</translation>
    </message>
    <message>
        <source>Onderbouwing:</source>
        <translation>Onderbouwing:</translation>
    </message>
    <message>
        <source>In the beschikking: %1</source>
        <translation>In de beschikking: %1</translation>
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
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot en met %1</translation>
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
        <translation>Nie&amp;uw plan…</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Plan verwijderen</translation>
    </message>
    <message>
        <source>Make a new ondersteuningsplan for this inwoner</source>
        <translation>Maak een nieuw ondersteuningsplan voor deze inwoner</translation>
    </message>
    <message>
        <source>Delete the selected draft (Delete); an agreed plan stays on record</source>
        <translation>Verwijder het gekozen concept (Delete); een vastgesteld plan blijft bewaard</translation>
    </message>
    <message>
        <source>evaluated %1</source>
        <translation>geëvalueerd %1</translation>
    </message>
    <message>
        <source>agreed %1</source>
        <translation>vastgesteld %1</translation>
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
        <translation>Plan afdrukken…</translation>
    </message>
</context>
<context>
    <name>ui::SamenvattingStap</name>
    <message>
        <source>Finish huisbezoek</source>
        <translation>Huisbezoek afronden</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>In a few sentences: the hulpvraag and what came out of the conversation</source>
        <translation>In een paar zinnen: de hulpvraag en wat er uit het gesprek is gekomen</translation>
    </message>
    <message>
        <source>Marks the huisbezoek as finished and closes this window. Everything is already saved.</source>
        <translation>Zet het huisbezoek op afgerond en sluit dit venster. Alles is al opgeslagen.</translation>
    </message>
    <message>
        <source>Everything is saved. After finishing, a next visit starts a new huisbezoek.</source>
        <translation>Alles is opgeslagen. Na het afronden begint bij een volgend bezoek een nieuw huisbezoek.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezigen</translation>
    </message>
    <message>
        <source>Nobody recorded</source>
        <translation>Niemand vastgelegd</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Informatie gegeven</translation>
    </message>
    <message>
        <source>%1: not yet</source>
        <translation>%1: nog niet</translation>
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
        <translation>nog niet vastgelegd</translation>
    </message>
    <message numerus="yes">
        <source>%n leefgebieden not recorded yet</source>
        <translation>
            <numerusform>%n leefgebied nog niet vastgelegd</numerusform>
            <numerusform>%n leefgebieden nog niet vastgelegd</numerusform>
        </translation>
    </message>
    <message>
        <source>Mantelzorgers</source>
        <translation>Mantelzorgers</translation>
    </message>
    <message>
        <source>Own view</source>
        <translation>Eigen kijk</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>nog niet gevraagd</translation>
    </message>
    <message>
        <source>Own need</source>
        <translation>Eigen behoefte</translation>
    </message>
    <message>
        <source>Cliëntondersteuning: %1</source>
        <translation>Cliëntondersteuning: %1</translation>
    </message>
    <message>
        <source>Cliëntondersteuning not offered yet</source>
        <translation>Cliëntondersteuning nog niet aangeboden</translation>
    </message>
    <message>
        <source>cliëntondersteuning for %1</source>
        <translation>cliëntondersteuning voor %1</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Niets vastgelegd</translation>
    </message>
    <message>
        <source>Still open:</source>
        <translation>Nog open:</translation>
    </message>
</context>
<context>
    <name>ui::SignaalDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>New signal</source>
        <translation>Nieuw signaal</translation>
    </message>
    <message>
        <source>Edit signal</source>
        <translation>Signaal bewerken</translation>
    </message>
    <message>
        <source>e.g. Dr. Bakker, the neighbour at number 12</source>
        <translation>bijv. dokter Bakker, de buurman op nummer 12</translation>
    </message>
    <message>
        <source>What was noticed, as it was told</source>
        <translation>Wat er is opgemerkt, zoals het is verteld</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Datum *</translation>
    </message>
    <message>
        <source>&amp;Source *</source>
        <translation>&amp;Bron *</translation>
    </message>
    <message>
        <source>&amp;Name of the source</source>
        <translation>&amp;Naam van de bron</translation>
    </message>
    <message>
        <source>&amp;Signal *</source>
        <translation>&amp;Signaal *</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>ui::SocialeKaartImportDialog</name>
    <message>
        <source>No file chosen yet.</source>
        <translation>Nog geen bestand gekozen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Import the sociale kaart</source>
        <translation>Sociale kaart importeren</translation>
    </message>
    <message>
        <source>Choose a CSV file with the sociale kaart, for instance the one the gemeente publishes (UTF-8 or Windows-1252, separated by ; or ,). The first line must name the columns; every row needs at least a naam and a vorm (algemeen or maatwerk). An entry that is already on the sociale kaart (same id, or same naam and aanbieder) is updated. Nothing is written until you press Import.</source>
        <translation>Kies een CSV-bestand met de sociale kaart, bijvoorbeeld het bestand dat de gemeente publiceert (UTF-8 of Windows-1252, gescheiden door ; of ,). De eerste regel moet de namen van de kolommen geven; elke rij heeft ten minste een naam en een vorm (algemeen of maatwerk) nodig. Een voorziening die al op de sociale kaart staat (zelfde id, of zelfde naam en aanbieder), wordt bijgewerkt. Er wordt pas iets opgeslagen na een klik op Importeren.</translation>
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
        <source>Close</source>
        <translation>Sluiten</translation>
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
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n rij gelezen</numerusform>
            <numerusform>%n rijen gelezen</numerusform>
        </translation>
    </message>
    <message>
        <source>none refused.</source>
        <translation>geen afgekeurd.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused, listed below.</source>
        <translation>
            <numerusform>%n rij afgekeurd, zie hieronder.</numerusform>
            <numerusform>%n rijen afgekeurd, zie hieronder.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, separated by &apos;%3&apos;): %4 can be imported, %5</source>
        <translation>%1 (%2, gescheiden door &apos;%3&apos;): %4 te importeren, %5</translation>
    </message>
    <message>
        <source>These columns are not part of the sociale kaart and are ignored: %1</source>
        <translation>Deze kolommen horen niet bij de sociale kaart en worden genegeerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n voorziening(s)</source>
        <translation>
            <numerusform>%n voorziening &amp;importeren</numerusform>
            <numerusform>%n voorzieningen &amp;importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Er is niets geïmporteerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n voorziening(s) added or updated</source>
        <translation>
            <numerusform>%n voorziening toegevoegd of bijgewerkt</numerusform>
            <numerusform>%n voorzieningen toegevoegd of bijgewerkt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n already on the sociale kaart without changes</source>
        <translation>
            <numerusform>%n stond al ongewijzigd op de sociale kaart</numerusform>
            <numerusform>%n stonden al ongewijzigd op de sociale kaart</numerusform>
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
        <translation>Ac&amp;tief: de voorziening wordt nu aangeboden</translation>
    </message>
    <message>
        <source>New voorziening on the sociale kaart</source>
        <translation>Nieuwe voorziening op de sociale kaart</translation>
    </message>
    <message>
        <source>Edit voorziening</source>
        <translation>Voorziening bewerken</translation>
    </message>
    <message>
        <source>e.g. Klussendienst Rijnwaarde</source>
        <translation>bijv. Klussendienst Rijnwaarde</translation>
    </message>
    <message>
        <source>The organisation that offers it</source>
        <translation>De organisatie die de voorziening aanbiedt</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Who it is for, how to apply, costs, waiting time…</source>
        <translation>Voor wie, hoe aanvragen, kosten, wachttijd…</translation>
    </message>
    <message>
        <source>Open to everyone, without a beschikking.</source>
        <translation>Voor iedereen toegankelijk, zonder beschikking.</translation>
    </message>
    <message>
        <source>Only with a beschikking of the gemeente.</source>
        <translation>Alleen met een beschikking van de gemeente.</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Naam *</translation>
    </message>
    <message>
        <source>Access *</source>
        <translation>Vorm *</translation>
    </message>
    <message>
        <source>&amp;Law</source>
        <translation>&amp;Wet</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <source>A&amp;anbieder</source>
        <translation>A&amp;anbieder</translation>
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
        <source>&amp;Website</source>
        <translation>Web&amp;site</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>Ad&amp;res</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otities</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
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
        <translation>Telefoon: %1</translation>
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
        <translation>Adres: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notities: %1</translation>
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
        <translation>Actief</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactief</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Wet</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
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
        <translation>&amp;Inactieve tonen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>B&amp;ewerken…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactiveren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>&amp;CSV importeren…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Add e&amp;xamples</source>
        <translation>Voor&amp;beelden toevoegen</translation>
    </message>
    <message>
        <source>Sociale kaart</source>
        <translation>Sociale kaart</translation>
    </message>
    <message>
        <source>Search by name, aanbieder, category or notes</source>
        <translation>Zoek op naam, aanbieder, categorie of notities</translation>
    </message>
    <message>
        <source>Search the sociale kaart</source>
        <translation>Zoeken in de sociale kaart</translation>
    </message>
    <message>
        <source>All voorzieningen</source>
        <translation>Alle voorzieningen</translation>
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
        <translation>Welke voorzieningen</translation>
    </message>
    <message>
        <source>Also list voorzieningen that are no longer offered.</source>
        <translation>Ook voorzieningen tonen die niet meer worden aangeboden.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The sociale kaart is still empty&lt;/h2&gt;&lt;p&gt;The sociale kaart is the list of voorzieningen in the gemeente and the aanbieders that offer them: &lt;b&gt;algemene voorzieningen&lt;/b&gt; that are open to everyone, such as a klussendienst, a maatjesproject or mantelzorgondersteuning, and &lt;b&gt;maatwerkvoorzieningen&lt;/b&gt; that need a beschikking, such as huishoudelijke hulp or begeleiding. Plans and beschikkingen pick their voorzieningen from it, and you look up here how to reach an aanbieder.&lt;/p&gt;&lt;p&gt;There are two ways to fill it:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Import the gemeente&apos;s CSV file&lt;/b&gt;: you see every row, and every row that is refused, before anything is stored.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Add examples&lt;/b&gt; to try it out: a few clearly fictitious voorzieningen that you can edit or remove later.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;With &lt;i&gt;New…&lt;/i&gt; you add a voorziening yourself.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;De sociale kaart is nog leeg&lt;/h2&gt;&lt;p&gt;De sociale kaart is de lijst van voorzieningen in de gemeente en de aanbieders die ze aanbieden: &lt;b&gt;algemene voorzieningen&lt;/b&gt; die voor iedereen toegankelijk zijn, zoals een klussendienst, een maatjesproject of mantelzorgondersteuning, en &lt;b&gt;maatwerkvoorzieningen&lt;/b&gt; waarvoor een beschikking nodig is, zoals huishoudelijke hulp of begeleiding. Plannen en beschikkingen kiezen hun voorzieningen hieruit, en hier zoekt u op hoe u een aanbieder bereikt.&lt;/p&gt;&lt;p&gt;Er zijn twee manieren om de sociale kaart te vullen:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Het CSV-bestand van de gemeente importeren&lt;/b&gt;: u ziet elke rij, ook elke rij die wordt afgekeurd, voordat er iets wordt opgeslagen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Voorbeelden toevoegen&lt;/b&gt; om het uit te proberen: een paar duidelijk fictieve voorzieningen die u later kunt bewerken of verwijderen.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Met &lt;i&gt;Nieuw…&lt;/i&gt; voegt u zelf een voorziening toe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import the gemeente&apos;s CSV file…</source>
        <translation>CSV-bestand van de gemeente importeren…</translation>
    </message>
    <message>
        <source>Add fictitious examples</source>
        <translation>Fictieve voorbeelden toevoegen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Edit the selected voorziening (or double-click it).</source>
        <translation>Bewerk de geselecteerde voorziening (of dubbelklik erop).</translation>
    </message>
    <message>
        <source>A voorziening that is no longer offered stays on the sociale kaart, greyed out.</source>
        <translation>Een voorziening die niet meer wordt aangeboden, blijft grijs op de sociale kaart staan.</translation>
    </message>
    <message>
        <source>Remove the selected voorziening; plans that use it keep showing its name.</source>
        <translation>Verwijder de geselecteerde voorziening; plannen die de voorziening gebruiken, blijven de naam tonen.</translation>
    </message>
    <message>
        <source>Save the whole sociale kaart as a CSV file, e.g. to share it with a colleague.</source>
        <translation>Sla de hele sociale kaart op als CSV-bestand, bijvoorbeeld om die met een collega te delen.</translation>
    </message>
    <message>
        <source>Add a few fictitious voorzieningen to try out the sociale kaart.</source>
        <translation>Voeg een paar fictieve voorzieningen toe om de sociale kaart uit te proberen.</translation>
    </message>
    <message>
        <source>No voorziening matches “%1”.</source>
        <translation>Geen voorziening komt overeen met “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n voorziening(s)</source>
        <translation>
            <numerusform>%n voorziening</numerusform>
            <numerusform>%n voorzieningen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activeren</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color: gray&quot;&gt;Select a voorziening to see how to reach it.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color: gray&quot;&gt;Selecteer een voorziening om te zien hoe die te bereiken is.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>inactive: no longer offered</source>
        <translation>inactief: wordt niet meer aangeboden</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Aanbieder</translation>
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
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>“%1” is added to the sociale kaart.</source>
        <translation>“%1” is toegevoegd aan de sociale kaart.</translation>
    </message>
    <message>
        <source>“%1” is saved.</source>
        <translation>“%1” is opgeslagen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>“%1” is active again.</source>
        <translation>“%1” is weer actief.</translation>
    </message>
    <message>
        <source>“%1” is deactivated: it stays on the list, greyed out.</source>
        <translation>“%1” is gedeactiveerd: de voorziening blijft grijs in de lijst staan.</translation>
    </message>
    <message>
        <source>“%1” is deactivated: it is hidden unless you tick Show inactive.</source>
        <translation>“%1” is gedeactiveerd: de voorziening is verborgen, tenzij Inactieve tonen is aangevinkt.</translation>
    </message>
    <message>
        <source>Remove voorziening</source>
        <translation>Voorziening verwijderen</translation>
    </message>
    <message>
        <source>Remove “%1” from the sociale kaart?</source>
        <translation>“%1” van de sociale kaart verwijderen?</translation>
    </message>
    <message>
        <source>Plans that use it keep showing its name. If it is only no longer offered, Deactivate keeps it on the sociale kaart for reference.</source>
        <translation>Plannen die de voorziening gebruiken, blijven de naam tonen. Wordt de voorziening alleen niet meer aangeboden? Met Deactiveren blijft ze ter naslag op de sociale kaart staan.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <source>“%1” is removed from the sociale kaart.</source>
        <translation>“%1” is van de sociale kaart verwijderd.</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Geïmporteerd uit %1.</translation>
    </message>
    <message>
        <source>sociale-kaart-%1.csv</source>
        <translation>sociale-kaart-%1.csv</translation>
    </message>
    <message>
        <source>Export the sociale kaart</source>
        <translation>Sociale kaart exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <source>The sociale kaart is exported to %1.</source>
        <translation>De sociale kaart is geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>Add examples</source>
        <translation>Voorbeelden toevoegen</translation>
    </message>
    <message>
        <source>Add fictitious examples to the sociale kaart?</source>
        <translation>Fictieve voorbeelden toevoegen aan de sociale kaart?</translation>
    </message>
    <message>
        <source>The examples are made up: the voorzieningen, aanbieders, phone numbers and addresses do not exist. They are there to try out the sociale kaart; edit or remove them before you rely on it, or import the gemeente&apos;s CSV file instead.</source>
        <translation>De voorbeelden zijn verzonnen: de voorzieningen, aanbieders, telefoonnummers en adressen bestaan niet. Ze zijn er om de sociale kaart uit te proberen. Bewerk of verwijder ze voordat u op de sociale kaart vertrouwt, of importeer in plaats daarvan het CSV-bestand van de gemeente.</translation>
    </message>
    <message>
        <source>No examples added</source>
        <translation>Geen voorbeelden toegevoegd</translation>
    </message>
    <message numerus="yes">
        <source>%n fictitious example(s) added.</source>
        <translation>
            <numerusform>%n fictief voorbeeld toegevoegd.</numerusform>
            <numerusform>%n fictieve voorbeelden toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sociale kaart cannot be read.</source>
        <translation>De sociale kaart kan niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>ui::StappenLijst</name>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Double-click a step or press Enter to record it.</source>
        <translation>Dubbelklik op een stap of druk op Enter om deze vast te leggen.</translation>
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
        <translation>iemand die niet meer in het netwerk staat</translation>
    </message>
    <message>
        <source>⚠ Missing</source>
        <translation>⚠ Ontbreekt</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <source>%1
to %2</source>
        <translation>%1
aan %2</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>Gepland op %1</translation>
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
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>Im&amp;porteren…</translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation>C&amp;onflicten…</translation>
    </message>
    <message>
        <source>Save everything, the changes since the last exchange, or selected dossiers in a file for another computer or a colleague.</source>
        <translation>Sla alles, de wijzigingen sinds de vorige uitwisseling of gekozen dossiers op in een bestand voor een andere computer of een collega.</translation>
    </message>
    <message>
        <source>Read a file exported from Wijkdossier on another computer.</source>
        <translation>Lees een bestand in dat op een andere computer uit Wijkdossier is geëxporteerd.</translation>
    </message>
    <message>
        <source>Records changed here and on another computer at the same time.</source>
        <translation>Gegevens die hier en op een andere computer tegelijk zijn gewijzigd.</translation>
    </message>
    <message>
        <source>Open the conflicts screen</source>
        <translation>Open het scherm Conflicten</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicten</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;onflicts (%1)…</source>
        <translation>C&amp;onflicten (%1)…</translation>
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
        <translation>Huishoudleden</translation>
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
        <translation>Trajectstappen</translation>
    </message>
    <message>
        <source>Suspended deadlines</source>
        <translation>Opgeschorte termijnen</translation>
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
        <translation>Aanwezigen bij gesprekken</translation>
    </message>
    <message>
        <source>Gesprek leefgebieden</source>
        <translation>Leefgebieden bij gesprekken</translation>
    </message>
    <message>
        <source>Gesprek mantelzorg</source>
        <translation>Mantelzorg bij gesprekken</translation>
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
        <translation>Doelen in plannen</translation>
    </message>
    <message>
        <source>Plan actions</source>
        <translation>Acties in plannen</translation>
    </message>
    <message>
        <source>Archived documents</source>
        <translation>Gearchiveerde documenten</translation>
    </message>
    <message>
        <source>Document attachments</source>
        <translation>Bijlagen bij documenten</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
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
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
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
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Voorletters</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Geslachtsnaam</translation>
    </message>
    <message>
        <source>Known as</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>House number addition</source>
        <translation>Toevoeging huisnummer</translation>
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
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Tolk nodig</translation>
    </message>
    <message>
        <source>Contact preference</source>
        <translation>Voorkeur contact</translation>
    </message>
    <message>
        <source>Vast aanspreekpunt</source>
        <translation>Vast aanspreekpunt</translation>
    </message>
    <message>
        <source>Vast aanspreekpunt phone</source>
        <translation>Telefoon vast aanspreekpunt</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
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
        <source>Closeness</source>
        <translation>Nabijheid</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum toestemming</translation>
    </message>
    <message>
        <source>Mantelzorger</source>
        <translation>Mantelzorger</translation>
    </message>
    <message>
        <source>Mantelzorg hours per week</source>
        <translation>Uren mantelzorg per week</translation>
    </message>
    <message>
        <source>Mantelzorg since</source>
        <translation>Mantelzorg sinds</translation>
    </message>
    <message>
        <source>Mantelzorg tasks</source>
        <translation>Mantelzorgtaken</translation>
    </message>
    <message>
        <source>Mantelzorg burden</source>
        <translation>Belasting mantelzorger</translation>
    </message>
    <message>
        <source>Mantelzorger&apos;s own needs</source>
        <translation>Eigen behoeften mantelzorger</translation>
    </message>
    <message>
        <source>Respite care wish</source>
        <translation>Wens respijtzorg</translation>
    </message>
</context>
<context>
    <name>ui::SyncTaak</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Even geduld</translation>
    </message>
    <message>
        <source>Stopping… nothing is changed.</source>
        <translation>Bezig met stoppen… er verandert niets.</translation>
    </message>
</context>
<context>
    <name>ui::TermijnOpschortingDialog</name>
    <message>
        <source>Suspend or extend a term</source>
        <translation>Termijn opschorten of verlengen</translation>
    </message>
    <message>
        <source>Onderzoek (6 weeks after the melding)</source>
        <translation>Onderzoek (6 weken na de melding)</translation>
    </message>
    <message>
        <source>Beschikking (2 weeks after the aanvraag)</source>
        <translation>Beschikking (2 weken na de aanvraag)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>e.g. waiting for the medical advice; agreed with the inwoner</source>
        <translation>bijv. wachten op het medisch advies; afgesproken met de inwoner</translation>
    </message>
    <message>
        <source>&amp;Term</source>
        <translation>&amp;Termijn</translation>
    </message>
    <message>
        <source>&amp;Agreed on *</source>
        <translation>&amp;Afgesproken op *</translation>
    </message>
    <message>
        <source>&amp;Number of days *</source>
        <translation>Aantal &amp;dagen *</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>&amp;Reden *</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>This term runs once the aanvraag is received.</source>
        <translation>Deze termijn loopt pas als de aanvraag is ontvangen.</translation>
    </message>
    <message>
        <source>Deadline now: %1</source>
        <translation>Uiterste datum nu: %1</translation>
    </message>
    <message>
        <source>Deadline now: %1
New deadline: %2</source>
        <translation>Uiterste datum nu: %1
Nieuwe uiterste datum: %2</translation>
    </message>
</context>
<context>
    <name>ui::TermijnWeergave</name>
    <message>
        <source>due today</source>
        <translation>verloopt vandaag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>nog %n dag</numerusform>
            <numerusform>nog %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>met on %1</source>
        <translation>gehaald op %1</translation>
    </message>
    <message numerus="yes">
        <source>not met: done on %1, %n day(s) late</source>
        <translation>
            <numerusform>niet gehaald: gedaan op %1, %n dag te laat</numerusform>
            <numerusform>niet gehaald: gedaan op %1, %n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>passed without a plan</source>
        <translation>verstreken zonder plan</translation>
    </message>
    <message>
        <source>lapsed: the traject is closed</source>
        <translation>vervallen: het traject is afgesloten</translation>
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
        <translation>Termijn &amp;opschorten of verlengen…</translation>
    </message>
    <message>
        <source>Remove suspension</source>
        <translation>Opschorting verwijderen</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Suspended term</source>
        <translation>Opgeschorte termijn</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Afgesproken op</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>With the inwoner&apos;s agreement, e.g. while waiting for a medical advice. The reason is required.</source>
        <translation>Met instemming van de inwoner, bijv. tijdens het wachten op een medisch advies. De reden is verplicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Why it moved</source>
        <translation>Waarom verschoven</translation>
    </message>
</context>
<context>
    <name>ui::TrajectDetail</name>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Omvang</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Ingangsdatum</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>Leveringsvorm</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezigen</translation>
    </message>
    <message>
        <source>Leefgebieden</source>
        <translation>Leefgebieden</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Statutory steps – double-click a step (or press Enter) to record it:</source>
        <translation>Wettelijke stappen – dubbelklik op een stap (of druk op Enter) om deze vast te leggen:</translation>
    </message>
    <message>
        <source>Add voorziening…</source>
        <translation>Voorziening toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>New gesprek…</source>
        <translation>Nieuw gesprek…</translation>
    </message>
    <message>
        <source>Record a gesprek or contact afterwards</source>
        <translation>Een gesprek of contact achteraf vastleggen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>New signal…</source>
        <translation>Nieuw signaal…</translation>
    </message>
    <message>
        <source>Signals about the inwoner from others (GP, neighbours, police …), for every traject.</source>
        <translation>Signalen van anderen over de inwoner (huisarts, buren, politie …), voor alle trajecten.</translation>
    </message>
    <message>
        <source>&lt;i&gt;No traject selected. A new melding starts with New traject….&lt;/i&gt;</source>
        <translation>&lt;i&gt;Geen traject gekozen. Een nieuwe melding legt u vast met Nieuw traject….&lt;/i&gt;</translation>
    </message>
    <message>
        <source>melding %1</source>
        <translation>melding %1</translation>
    </message>
    <message>
        <source>referred by %1</source>
        <translation>verwezen door %1</translation>
    </message>
    <message>
        <source>urgency: %1</source>
        <translation>urgentie: %1</translation>
    </message>
    <message>
        <source>phase: %1</source>
        <translation>fase: %1</translation>
    </message>
    <message>
        <source>Still to do:</source>
        <translation>Nog te doen:</translation>
    </message>
    <message>
        <source>The voorzieningen granted in the beschikking of %1.</source>
        <translation>De voorzieningen die zijn toegekend in de beschikking van %1.</translation>
    </message>
    <message>
        <source>Record a beschikking that grants support (step Decision) to add voorzieningen.</source>
        <translation>Leg eerst een beschikking vast die ondersteuning toekent (stap Beschikking). Daarna kunt u voorzieningen toevoegen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 – ends in %n day(s)</source>
        <translation>
            <numerusform>%1 – eindigt over %n dag</numerusform>
            <numerusform>%1 – eindigt over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – ended</source>
        <translation>%1 – afgelopen</translation>
    </message>
    <message>
        <source>(removed from the netwerk)</source>
        <translation>(verwijderd uit het netwerk)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Huisbezoek in progress</source>
        <translation>Huisbezoek bezig</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Niet afgerond</translation>
    </message>
    <message>
        <source>%1 of %2 discussed</source>
        <translation>%1 van %2 besproken</translation>
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
        <translation>Signa&amp;len</translation>
    </message>
    <message>
        <source>came in by: %1</source>
        <translation>binnengekomen via: %1</translation>
    </message>
    <message>
        <source>No gesprekken yet. Record one afterwards with New gesprek…, or start a huisbezoek.</source>
        <translation>Nog geen gesprekken. Leg achteraf een gesprek vast met Nieuw gesprek…, of start een huisbezoek.</translation>
    </message>
    <message>
        <source>Select a gesprek to see what was discussed and agreed.</source>
        <translation>Kies een gesprek om te zien wat er is besproken en afgesproken.</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>Aanwezigen:</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Aandachtspunten:</translation>
    </message>
    <message>
        <source>Deliberately not discussed:</source>
        <translation>Bewust niet besproken:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Samenvatting:</translation>
    </message>
    <message>
        <source>Agreements:</source>
        <translation>Afspraken:</translation>
    </message>
</context>
<context>
    <name>ui::TrajectDialog</name>
    <message>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <source>New traject</source>
        <translation>Nieuw traject</translation>
    </message>
    <message>
        <source>Edit traject</source>
        <translation>Traject bewerken</translation>
    </message>
    <message>
        <source>e.g. the GP, a neighbour, the home care provider</source>
        <translation>bijv. de huisarts, een buurman, de thuiszorg</translation>
    </message>
    <message>
        <source>The question for help in the inwoner&apos;s own words</source>
        <translation>De hulpvraag in de eigen woorden van de inwoner</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>&amp;Domein</translation>
    </message>
    <message>
        <source>&amp;Melding on *</source>
        <translation>&amp;Melding op *</translation>
    </message>
    <message>
        <source>&amp;Came in by</source>
        <translation>&amp;Binnengekomen via</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>&amp;Verwezen door</translation>
    </message>
    <message>
        <source>&amp;Hulpvraag</source>
        <translation>&amp;Hulpvraag</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgentie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>ui::TrajectKiezenDialog</name>
    <message>
        <source>Start huisbezoek</source>
        <translation>Huisbezoek starten</translation>
    </message>
    <message>
        <source>%1 has more than one open traject. For which one is this huisbezoek?</source>
        <translation>%1 heeft meer dan één open traject. Voor welk traject is dit huisbezoek?</translation>
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
        <translation>Nieuw tr&amp;aject…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Start h&amp;uisbezoek</source>
        <translation>Huisbezoek &amp;starten</translation>
    </message>
    <message>
        <source>Record a new melding</source>
        <translation>Een nieuwe melding vastleggen</translation>
    </message>
    <message>
        <source>Resume the unfinished huisbezoek, or start one in an open traject</source>
        <translation>Het niet afgeronde huisbezoek hervatten, of een huisbezoek starten in een open traject</translation>
    </message>
    <message>
        <source>%1 · melding %2</source>
        <translation>%1 · melding %2</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>No open term</source>
        <translation>Geen lopende termijn</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) missing</source>
        <translation>
            <numerusform>%n stap ontbreekt</numerusform>
            <numerusform>%n stappen ontbreken</numerusform>
        </translation>
    </message>
    <message>
        <source>Print ontvangstbevestiging…</source>
        <translation>Ontvangstbevestiging afdrukken…</translation>
    </message>
    <message>
        <source>Print verslag…</source>
        <translation>Verslag afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documenten</translation>
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
        <translation>&amp;Datum *</translation>
    </message>
    <message>
        <source>&amp;Planned for *</source>
        <translation>&amp;Gepland op *</translation>
    </message>
    <message>
        <source>&amp;Received on *</source>
        <translation>&amp;Ontvangen op *</translation>
    </message>
    <message>
        <source>&amp;Sent on *</source>
        <translation>&amp;Verzonden op *</translation>
    </message>
    <message>
        <source>&amp;Signed back on *</source>
        <translation>Onder&amp;tekend retour op *</translation>
    </message>
    <message>
        <source>Offered to</source>
        <translation>Aangeboden aan</translation>
    </message>
    <message>
        <source>Offered &amp;by</source>
        <translation>Aangeboden doo&amp;r</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>Doo&amp;r</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>&amp;Answer *</source>
        <translation>&amp;Antwoord *</translation>
    </message>
    <message>
        <source>&amp;Document shown *</source>
        <translation>&amp;Getoond document *</translation>
    </message>
    <message>
        <source>&amp;Verdict *</source>
        <translation>&amp;Oordeel *</translation>
    </message>
    <message>
        <source>De&amp;cision *</source>
        <translation>&amp;Besluit *</translation>
    </message>
    <message>
        <source>&amp;Closed because *</source>
        <translation>&amp;Afgesloten omdat *</translation>
    </message>
    <message>
        <source>Record the kind of document only, never its number.</source>
        <translation>Leg alleen de soort document vast, nooit het nummer.</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>C&amp;lear step</source>
        <translation>Stap &amp;wissen</translation>
    </message>
    <message>
        <source>Record that this step has not happened (yet).</source>
        <translation>Vastleggen dat deze stap (nog) niet heeft plaatsgevonden.</translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation>Op&amp;merkingen</translation>
    </message>
    <message>
        <source>&amp;Remarks of the inwoner</source>
        <translation>Opmerkingen van de &amp;inwoner</translation>
    </message>
    <message>
        <source>&amp;How offered, remarks</source>
        <translation>&amp;Hoe aangeboden, opmerkingen</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>R&amp;eden</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>R&amp;eden *</translation>
    </message>
</context>
<context>
    <name>ui::TrajectStapVinkje</name>
    <message>
        <source>Answer to cliëntondersteuning</source>
        <translation>Antwoord op aanbod cliëntondersteuning</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Nog niet vastgelegd</translation>
    </message>
    <message>
        <source>Recorded on %1</source>
        <translation>Vastgelegd op %1</translation>
    </message>
    <message>
        <source>Recorded on %1 by %2</source>
        <translation>Vastgelegd op %1 door %2</translation>
    </message>
</context>
<context>
    <name>ui::VandaagModel</name>
    <message>
        <source>%1 ends today</source>
        <translation>%1 eindigt vandaag</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends in %n day(s) (%2)</source>
        <translation>
            <numerusform>%1 eindigt over %n dag (%2)</numerusform>
            <numerusform>%1 eindigt over %n dagen (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation overdue since %1</source>
        <translation>Evaluatie te laat sinds %1</translation>
    </message>
    <message>
        <source>Evaluation due today</source>
        <translation>Evaluatie vandaag</translation>
    </message>
    <message numerus="yes">
        <source>Evaluation due in %n day(s) (%1)</source>
        <translation>
            <numerusform>Evaluatie over %n dag (%1)</numerusform>
            <numerusform>Evaluatie over %n dagen (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>uiterlijk vandaag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>nog %n dag</numerusform>
            <numerusform>nog %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Reported on %2</source>
        <translation>%1
Gemeld op %2</translation>
    </message>
    <message>
        <source>Urgency: %1</source>
        <translation>Urgentie: %1</translation>
    </message>
    <message>
        <source>%1 deadline: %2</source>
        <translation>%1: uiterlijk %2</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>The next statutory deadline: onderzoek or beschikking</source>
        <translation>De eerstvolgende wettelijke termijn: onderzoek of beschikking</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Volgende termijn</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resterende dagen</translation>
    </message>
    <message>
        <source>Statutory steps still missing, voorzieningen ending, evaluations due</source>
        <translation>Wettelijke stappen die nog ontbreken, voorzieningen die aflopen, evaluaties die eraan komen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Aandachtspunten</translation>
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
        <translation>Alle</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Step missing</source>
        <translation>Stap ontbreekt</translation>
    </message>
    <message>
        <source>Voorziening ending</source>
        <translation>Voorziening loopt af</translation>
    </message>
    <message>
        <source>Evaluation due</source>
        <translation>Evaluatie nodig</translation>
    </message>
    <message>
        <source>Every open traject, most urgent first.</source>
        <translation>Alle open trajecten, de meest dringende eerst.</translation>
    </message>
    <message>
        <source>The onderzoek (six weeks after the melding) or the beschikking (two weeks after the aanvraag) is past its deadline.</source>
        <translation>De termijn voor het onderzoek (zes weken na de melding) of de beschikking (twee weken na de aanvraag) is verstreken.</translation>
    </message>
    <message>
        <source>The onderzoek or beschikking deadline falls within seven days.</source>
        <translation>De termijn voor het onderzoek of de beschikking verloopt binnen zeven dagen.</translation>
    </message>
    <message>
        <source>A statutory step has not been recorded: ontvangstbevestiging, persoonlijk plan, cliëntondersteuning for the inwoner or a mantelzorger, verslag, beschikking.</source>
        <translation>Een wettelijke stap is niet vastgelegd: ontvangstbevestiging, persoonlijk plan, cliëntondersteuning voor de inwoner of een mantelzorger, verslag, beschikking.</translation>
    </message>
    <message>
        <source>A temporary voorziening ends within six weeks.</source>
        <translation>Een tijdelijke voorziening loopt binnen zes weken af.</translation>
    </message>
    <message>
        <source>A planned evaluation is within two weeks, or has passed.</source>
        <translation>Een geplande evaluatie is binnen twee weken, of is al voorbij.</translation>
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
        <source>Whose trajecten</source>
        <translation>Welke trajecten</translation>
    </message>
    <message>
        <source>Trajecten by urgency</source>
        <translation>Trajecten op urgentie</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
    <message>
        <source>The overview could not be computed.
%1</source>
        <translation>Het overzicht kon niet worden gemaakt.
%1</translation>
    </message>
    <message>
        <source>No open trajecten. A new melding appears here with its deadlines.</source>
        <translation>Geen open trajecten. Een nieuwe melding verschijnt hier met de termijnen.</translation>
    </message>
    <message>
        <source>Nothing in “%1”. Click the count again to see every traject.</source>
        <translation>Niets bij “%1”. Klik nog eens op het aantal om alle trajecten te zien.</translation>
    </message>
    <message numerus="yes">
        <source>%n traject(s), most urgent first</source>
        <translation>
            <numerusform>%n traject, het meest dringende eerst</numerusform>
            <numerusform>%n trajecten, de meest dringende eerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n traject(s): %2</source>
        <translation>
            <numerusform>%1 van %n traject: %2</numerusform>
            <numerusform>%1 van %n trajecten: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::VaststellenDialog</name>
    <message>
        <source>Agree plan</source>
        <translation>Plan vaststellen</translation>
    </message>
    <message>
        <source>Record that version %1 of the plan was agreed with the inwoner and signed. From then on the plan is read-only: it is the record of what was agreed. To change anything later, make a new version.

This cannot be undone.</source>
        <translation>Leg vast dat versie %1 van het plan samen met de inwoner is vastgesteld en ondertekend. Daarna is het plan niet meer te wijzigen: het blijft bewaard als vastlegging van wat er is afgesproken. Later iets veranderen? Maak dan een nieuwe versie.

Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Agreed and signed &amp;on</source>
        <translation>Vastgesteld en ondertekend &amp;op</translation>
    </message>
    <message>
        <source>Enter the date of agreement.</source>
        <translation>Vul de datum van vaststelling in.</translation>
    </message>
</context>
<context>
    <name>ui::VertellenStap</name>
    <message>
        <source>What the inwoner must be told</source>
        <translation>Wat de inwoner moet horen</translation>
    </message>
    <message>
        <source>Read the text aloud, or say it in your own words, and tick it: the step is recorded in the traject with today&apos;s date.</source>
        <translation>Lees de tekst voor, of vertel het in uw eigen woorden, en vink het aan: de stap wordt met de datum van vandaag in het traject vastgelegd.</translation>
    </message>
    <message>
        <source>Cliëntondersteuning offered</source>
        <translation>Cliëntondersteuning aangeboden</translation>
    </message>
    <message>
        <source>Persoonlijk plan explained</source>
        <translation>Persoonlijk plan uitgelegd</translation>
    </message>
    <message>
        <source>PGB explained</source>
        <translation>PGB uitgelegd</translation>
    </message>
    <message>
        <source>Eigen bijdrage discussed</source>
        <translation>Eigen bijdrage besproken</translation>
    </message>
    <message>
        <source>You can get free help from a cliëntondersteuner. That is someone who does not work for the gemeente and is on your side. They can help you prepare for this conversation, think along with you and join the conversations. It costs you nothing. Would you like that?</source>
        <translation>U kunt gratis hulp krijgen van een cliëntondersteuner. Dat is iemand die niet voor de gemeente werkt en aan uw kant staat. Een cliëntondersteuner kan u helpen om dit gesprek voor te bereiden, met u meedenken en bij de gesprekken zijn. Het kost u niets. Wilt u dat?</translation>
    </message>
    <message>
        <source>You may write down yourself what your situation is and what help you think would work for you. That is called a persoonlijk plan. You can give it to us within 7 days after your melding, so until %1. We will then take it into account. It may be short, and someone may help you write it.</source>
        <translation>U mag zelf opschrijven hoe uw situatie is en welke hulp volgens u goed bij u past. Dat heet een persoonlijk plan. U kunt het ons geven binnen 7 dagen na uw melding, dus tot en met %1. Wij houden er dan rekening mee. Het mag kort zijn, en iemand mag u helpen met schrijven.</translation>
    </message>
    <message>
        <source>If you get a voorziening, you can usually choose. Either we arrange the help for you, or you get a persoonlijk budget (PGB) and arrange and pay the help yourself. With a PGB you choose who helps you, but you also do the paperwork. We can look together at what suits you.</source>
        <translation>Als u een voorziening krijgt, kunt u meestal kiezen. Of wij regelen de hulp voor u, of u krijgt een persoonsgebonden budget (PGB) en u regelt en betaalt de hulp zelf. Met een PGB kiest u zelf wie u helpt, maar u doet ook zelf de administratie. We kunnen samen kijken wat bij u past.</translation>
    </message>
    <message>
        <source>For most help from the Wmo you pay an eigen bijdrage: a fixed amount per month, set by the government. The CAK sends you the bill, not the gemeente. Cliëntondersteuning is always free.</source>
        <translation>Voor de meeste hulp uit de Wmo betaalt u een eigen bijdrage: een vast bedrag per maand, dat de overheid vaststelt. De rekening krijgt u van het CAK, niet van de gemeente. Cliëntondersteuning is altijd gratis.</translation>
    </message>
    <message>
        <source>What to tell</source>
        <translation>Wat vertellen</translation>
    </message>
    <message>
        <source>You could have given us a persoonlijk plan until %1: your own description of your situation and of the help you think would work for you. If you still want to write one down or tell us, we will take what you say into account.</source>
        <translation>U kon ons tot en met %1 een persoonlijk plan geven: uw eigen beschrijving van uw situatie en van de hulp die volgens u goed bij u past. Wilt u het toch nog opschrijven of aan ons vertellen? Dan houden we rekening met wat u zegt.</translation>
    </message>
</context>
<context>
    <name>ui::VoorzieningDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>Geen eenheid</translation>
    </message>
    <message>
        <source>Add voorziening</source>
        <translation>Voorziening toevoegen</translation>
    </message>
    <message>
        <source>Edit voorziening</source>
        <translation>Voorziening bewerken</translation>
    </message>
    <message>
        <source>e.g. cleaning the house, 1 visit a week</source>
        <translation>bijv. het huis schoonmaken, 1 bezoek per week</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <source>Leave empty for a voorziening without an end date.</source>
        <translation>Laat leeg voor een voorziening zonder einddatum.</translation>
    </message>
    <message>
        <source>&amp;Kind *</source>
        <translation>&amp;Soort *</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>O&amp;mschrijving</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Omvang</translation>
    </message>
    <message>
        <source>&amp;Starts on *</source>
        <translation>&amp;Ingangsdatum *</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>&amp;Einddatum</translation>
    </message>
    <message>
        <source>&amp;Provided</source>
        <translation>&amp;Leveringsvorm</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>The maatwerkvoorziening on the sociale kaart, so that its use is counted.</source>
        <translation>De maatwerkvoorziening op de sociale kaart, zodat het gebruik ervan wordt geteld.</translation>
    </message>
    <message>
        <source>On the &amp;sociale kaart</source>
        <translation>Op de so&amp;ciale kaart</translation>
    </message>
</context>
<context>
    <name>ui::VoorzieningKiezer</name>
    <message>
        <source>Search the social map: name, provider or category</source>
        <translation>Zoek in de sociale kaart: naam, aanbieder of categorie</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>The social map has no such voorzieningen yet.</source>
        <translation>Er staan nog geen voorzieningen van deze soort op de sociale kaart.</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or other words.</source>
        <translation>Niets gevonden. Probeer minder of andere woorden.</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Nog niets gekozen.</translation>
    </message>
    <message>
        <source>(no longer on the social map)</source>
        <translation>(niet meer op de sociale kaart)</translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation>%1 (wordt niet meer aangeboden)</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Gekozen: %1</translation>
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
