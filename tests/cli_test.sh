#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Drives wijkdossier-cli as functioneel beheer would and checks what it prints and returns.
set -u
cli=$1
data=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config
passed=0
failed=0

expect() { # expect NAME EXPECTED_STATUS COMMAND...
    local name=$1 want=$2
    shift 2
    "$@" >"$tmp/out" 2>"$tmp/err"
    local got=$?
    if [ "$got" -eq "$want" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $name: exit $got, expected $want"
        sed 's/^/  stdout: /' "$tmp/out" | head -20
        sed 's/^/  stderr: /' "$tmp/err" | head -20
    fi
}
contains() { # contains NAME FILE TEXT
    if grep -q -- "$3" "$2"; then passed=$((passed + 1)); else
        failed=$((failed + 1))
        echo "FAIL: $1: '$3' not in $(basename "$2")"
        head -20 "$2" | sed 's/^/  /'
    fi
}

db=$tmp/dossier.sqlite
expect "version" 0 "$cli" --version
contains "version prints the name" "$tmp/out" "wijkdossier-cli"
expect "help" 0 "$cli" --help
contains "help lists demo" "$tmp/out" "demo"
expect "no command is a usage error" 2 "$cli" --db "$db"
expect "unknown command is a usage error" 2 "$cli" --db "$db" frobnicate
expect "init" 0 "$cli" --db "$db" init
[ "$(stat -c %a "$db")" = "600" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: database mode is $(stat -c %a "$db")"; }
expect "check on a new file" 0 "$cli" --db "$db" check
contains "check reports the schema" "$tmp/out" "schema"
expect "demo with a bad size" 2 "$cli" --db "$db" demo --size Q
expect "demo S" 0 "$cli" --db "$db" demo --size S --seed 7
expect "list csv" 0 "$cli" --db "$db" list --format csv
[ "$(($(wc -l <"$tmp/out") - 1))" -eq 50 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: list has $(wc -l <"$tmp/out") lines"; }
if grep -q ' 9999' "$tmp/err"; then failed=$((failed + 1)); echo "FAIL: stderr carries BSNs"; else passed=$((passed + 1)); fi
expect "list json" 0 "$cli" --db "$db" list --format json
contains "json has ids" "$tmp/out" '"id"'
expect "check after demo" 0 "$cli" --db "$db" check
expect "import check of a bad csv" 1 "$cli" --db "$db" import-csv "$data/csv/inwoners-rejections.csv" --check --report json
contains "report shape" "$tmp/out" '"imported": 0'
contains "report carries elfproef" "$tmp/out" '"code": "elfproef"'
expect "import of a missing file" 1 "$cli" --db "$db" import-csv "$tmp/nope.csv"
expect "zrm report csv" 0 "$cli" --db "$db" report zrm-voortgang --format csv
contains "zrm report header" "$tmp/out" "leefgebied,n,level_1,level_2,level_3,level_4,level_5,niet_beoordeeld,improved,stable,declined"
[ "$(grep -c '^[a-z_]*,[0-9]' "$tmp/out")" -eq 13 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: zrm report rows"; }
expect "zrm report json" 0 "$cli" --db "$db" report zrm-voortgang --format json
contains "zrm json levels" "$tmp/out" '"level_5"'
expect "an unknown report" 2 "$cli" --db "$db" report caseload-gemiddelde
expect "termijnen report csv" 0 "$cli" --db "$db" report termijnen --format csv
contains "termijnen report header" "$tmp/out" "^traject_id,inwoner_id,domein,fase,termijn,datum,dagen_over,status,ontbreekt$"
cp "$tmp/out" "$tmp/termijnen.csv"
[ "$(wc -l <"$tmp/termijnen.csv")" -gt 1 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: termijnen report has no rows"; }
[ "$(awk -F, 'NR > 1 && NF != 9' "$tmp/termijnen.csv" | wc -l)" -eq 0 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: termijnen rows without 9 fields"; }
[ "$(awk -F, 'NR > 1 && $4 !~ /^(onderzoek|verslag|aanvraag|besluit|uitvoering)$/' "$tmp/termijnen.csv" | wc -l)" -eq 0 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: termijnen rows with a closed or unknown fase"; }
"$cli" --db "$db" list --all --format csv 2>/dev/null | python3 -c '
import csv, sys
for row in csv.DictReader(sys.stdin, delimiter=";"):
    print(row["naam"].split(",")[0].strip())
    print(row["aanspreekpunt"])' | sort -u | grep -v '^$' >"$tmp/namen"
[ "$(wc -l <"$tmp/namen")" -gt 20 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: no names to look for"; }
consulent=$("$cli" --db "$db" list --all --format csv 2>/dev/null | python3 -c 'import csv, sys; print(next(csv.DictReader(sys.stdin, delimiter=";"))["aanspreekpunt"])')
if grep -q -w -F -f "$tmp/namen" "$tmp/termijnen.csv"; then failed=$((failed + 1)); echo "FAIL: termijnen csv carries names: $(grep -o -w -F -f "$tmp/namen" "$tmp/termijnen.csv" | head -3)"; else passed=$((passed + 1)); fi
expect "termijnen report json" 0 "$cli" --db "$db" report termijnen --format json
if grep -q -w -F -f "$tmp/namen" "$tmp/out"; then failed=$((failed + 1)); echo "FAIL: termijnen json carries names"; else passed=$((passed + 1)); fi
python3 -c '
import csv, json, sys
report = json.load(open(sys.argv[1]))
rows = list(csv.DictReader(open(sys.argv[2])))
keys = {"traject_id", "inwoner_id", "domein", "fase", "termijn", "datum", "dagen_over", "status", "ontbreekt"}
assert all(set(t) == keys for t in report["trajecten"]), "keys"
assert [t["traject_id"] for t in report["trajecten"]] == [r["traject_id"] for r in rows], "same rows as csv"
assert all(isinstance(t["ontbreekt"], list) for t in report["trajecten"]), "ontbreekt is a list"
assert all(";".join(t["ontbreekt"]) == r["ontbreekt"] for t, r in zip(report["trajecten"], rows)), "ontbreekt"
' "$tmp/out" "$tmp/termijnen.csv" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: termijnen json does not match the csv"; }
expect "termijnen report table" 0 "$cli" --db "$db" --lang en report termijnen
contains "termijnen table summary" "$tmp/out" "open traject"
if grep -q -w -F -f "$tmp/namen" "$tmp/out"; then failed=$((failed + 1)); echo "FAIL: termijnen table carries names"; else passed=$((passed + 1)); fi
expect "termijnen report for the consulent" 0 "$cli" --db "$db" report termijnen --format csv --aanspreekpunt "$consulent"
cmp -s "$tmp/out" "$tmp/termijnen.csv" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: the only consulent's report differs from all"; }
expect "termijnen report for nobody" 0 "$cli" --db "$db" report termijnen --format csv --aanspreekpunt "Niemand Bekend"
[ "$(wc -l <"$tmp/out")" -eq 1 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: report for nobody has rows"; }
expect "termijnen report with an unknown format" 2 "$cli" --db "$db" report termijnen --format xml
expect "termijnen report without a consulent's name" 2 "$cli" --db "$db" report termijnen --aanspreekpunt
expect "termijnen report with an unknown option" 2 "$cli" --db "$db" report termijnen --sinds 2026-01-01
expect "termijnen report with a stray argument" 2 "$cli" --db "$db" report termijnen alles
"$cli" --db "$db" report voorzieningen --format csv >"$tmp/voorzieningen-demo.csv" 2>/dev/null
kaart=$(($(wc -l <"$tmp/voorzieningen-demo.csv") - 1)) # the demo's entries
expect "sociale kaart import" 0 "$cli" --db "$db" --lang en sociale-kaart import "$data/sociale-kaart.csv"
contains "sociale kaart import counts" "$tmp/out" "^4 entries of the sociale kaart added or changed, 0 unchanged, 0 rows rejected"
expect "sociale kaart import again" 0 "$cli" --db "$db" sociale-kaart import "$data/sociale-kaart.csv" --report json
contains "sociale kaart import again changes nothing" "$tmp/out" '"imported": 0'
expect "sociale kaart import with bad rows" 1 "$cli" --db "$db" sociale-kaart import "$data/sociale-kaart-fout.csv" --report json
contains "sociale kaart report keeps the good rows" "$tmp/out" '"imported": 2'
contains "sociale kaart report names the row without vorm" "$tmp/out" '{"line": 3, "field": "vorm", "code": "required"'
contains "sociale kaart report names the unknown categorie" "$tmp/out" '{"line": 5, "field": "categorie", "code": "categorie"'
expect "sociale kaart import with bad rows as text" 1 "$cli" --db "$db" --lang en sociale-kaart import "$data/sociale-kaart-fout.csv"
contains "sociale kaart text report lists the line" "$tmp/err" "^line 3, vorm: "
expect "sociale kaart import of a missing file" 1 "$cli" --db "$db" sociale-kaart import "$tmp/nope.csv" --report json
contains "missing file reported as io" "$tmp/out" '"code": "io"'
expect "sociale kaart without a subcommand" 2 "$cli" --db "$db" sociale-kaart
expect "sociale kaart import without a file" 2 "$cli" --db "$db" sociale-kaart import
expect "sociale kaart import with an unknown report" 2 "$cli" --db "$db" sociale-kaart import "$data/sociale-kaart.csv" --report xml
expect "sociale kaart voorbeelden" 0 "$cli" --db "$db" sociale-kaart voorbeelden
contains "sociale kaart voorbeelden added" "$tmp/out" "^10 "
expect "sociale kaart voorbeelden again" 0 "$cli" --db "$db" sociale-kaart voorbeelden
contains "sociale kaart voorbeelden added once" "$tmp/out" "^0 "
touch "$tmp/kaart.csv" && chmod 644 "$tmp/kaart.csv"
expect "sociale kaart export" 0 "$cli" --db "$db" sociale-kaart export "$tmp/kaart.csv"
contains "sociale kaart export counts" "$tmp/out" "^$((kaart + 16)) "
[ "$(stat -c %a "$tmp/kaart.csv")" = "600" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: sociale kaart export is mode $(stat -c %a "$tmp/kaart.csv")"; }
[ "$(head -c 3 "$tmp/kaart.csv" | od -An -tx1 | tr -d ' ')" = "efbbbf" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: sociale kaart export has no BOM"; }
contains "sociale kaart export header" "$tmp/kaart.csv" "id;naam;vorm;wet;categorie;aanbieder;telefoon;email;website;adres;notities;actief"
[ "$(ls "$tmp" | grep -c '^kaart\.csv')" -eq 1 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: sociale kaart export left a temporary file"; }
expect "sociale kaart re-import of the export" 0 "$cli" --db "$db" sociale-kaart import "$tmp/kaart.csv" --report json
contains "sociale kaart re-import changes nothing" "$tmp/out" '"imported": 0'
expect "sociale kaart export without a file" 2 "$cli" --db "$db" sociale-kaart export
expect "sociale kaart export to a folder that does not exist" 1 "$cli" --db "$db" sociale-kaart export "$tmp/nergens/kaart.csv"
expect "voorzieningen report csv" 0 "$cli" --db "$db" report voorzieningen --format csv
contains "voorzieningen report header" "$tmp/out" "^id,naam,vorm,categorie,via_plan,via_beschikking,inwoners$"
cp "$tmp/out" "$tmp/voorzieningen.csv"
if grep -q -w -F -f "$tmp/namen" "$tmp/voorzieningen.csv"; then failed=$((failed + 1)); echo "FAIL: voorzieningen csv carries names"; else passed=$((passed + 1)); fi
expect "voorzieningen report json" 0 "$cli" --db "$db" report voorzieningen --format json
python3 -c '
import csv, json, sys
report = json.load(open(sys.argv[1]))
rows = list(csv.DictReader(open(sys.argv[2])))
keys = {"id", "naam", "vorm", "categorie", "via_plan", "via_beschikking", "inwoners"}
assert len(rows) == int(sys.argv[3]), "every living entry, also the unused"
assert all(set(r) == keys for r in report), "keys"
assert [r["id"] for r in report] == [r["id"] for r in rows], "same rows as csv"
assert [r["vorm"] for r in rows] == sorted(r["vorm"] for r in rows), "algemeen first"
assert all(r["vorm"] in ("algemeen", "maatwerk") for r in rows), "vorm"
assert all(int(r["inwoners"]) <= int(r["via_plan"]) + int(r["via_beschikking"]) for r in rows), "inwoners"
assert all(int(r["inwoners"]) >= max(int(r["via_plan"]), int(r["via_beschikking"])) for r in rows), "inwoners"
assert all(j["inwoners"] == int(r["inwoners"]) for j, r in zip(report, rows)), "counts"
' "$tmp/out" "$tmp/voorzieningen.csv" $((kaart + 16)) && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: voorzieningen json does not match the csv"; }
expect "voorzieningen report text" 0 "$cli" --db "$db" --lang en report voorzieningen
contains "voorzieningen text algemeen section" "$tmp/out" "^Open-access voorzieningen (algemeen)$"
contains "voorzieningen text maatwerk section" "$tmp/out" "^Individual voorzieningen (maatwerk)$"
[ "$(grep -c '^  Total (' "$tmp/out")" -eq 2 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: voorzieningen text has no total per section"; }
expect "voorzieningen report with an unknown format" 2 "$cli" --db "$db" report voorzieningen --format xml
expect "voorzieningen report per consulent" 2 "$cli" --db "$db" report voorzieningen --aanspreekpunt "$consulent"
expect "indicator import" 0 "$cli" --db "$db" instrument import "$data/zrm/indicatoren-voorbeeld.json"
expect "indicator import with an unknown leefgebied" 1 "$cli" --db "$db" instrument import "$data/zrm/indicatoren-onbekend.json"
contains "unknown leefgebied named" "$tmp/err" "geldzaken"
echo "garbage" >"$tmp/not.sqlite"
expect "a file that is not a database" 1 "$cli" --db "$tmp/not.sqlite" check
contains "not-a-database message" "$tmp/err" "Wijkdossier"
[ "$(cat "$tmp/not.sqlite")" = "garbage" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: foreign file changed"; }

expect "termijnen json" 0 "$cli" termijnen --melding 2026-04-18 --aanvraag 2026-12-11 --format json
contains "termijnen json dates" "$tmp/out" '{"persoonlijk_plan": {"date": "2026-04-28", "moved_from": "2026-04-25"}, "onderzoek": {"date": "2026-06-01", "moved_from": "2026-05-30"}, "beschikking": {"date": "2026-12-28", "moved_from": "2026-12-25"}}'
expect "termijnen text" 0 "$cli" --lang en termijnen --melding 2026-11-02
contains "termijnen text onderzoek" "$tmp/out" "ma 14-12-2026"
expect "termijnen without aanvraag" 0 "$cli" termijnen --melding 2026-11-02 --format json
contains "termijnen null beschikking" "$tmp/out" '"onderzoek": {"date": "2026-12-14", "moved_from": null}, "beschikking": null}'
expect "termijnen with a date that does not exist" 1 "$cli" termijnen --melding 2026-02-30
expect "termijnen with a Dutch date" 1 "$cli" termijnen --melding 30-02-2026
expect "termijnen with a word for a date" 1 "$cli" termijnen --melding gisteren
contains "termijnen names the bad date" "$tmp/err" "gisteren"
expect "termijnen with an aanvraag before the melding" 1 "$cli" --lang en termijnen --melding 2026-04-18 --aanvraag 2026-04-11
contains "termijnen says the aanvraag lies before the melding" "$tmp/err" "before --melding"
expect "termijnen without a melding" 2 "$cli" termijnen --aanvraag 2026-12-11
mkdir -p "$tmp/config/Wijkdossier/wijkdossier"
echo '{"format": "wijkdossier-gelijkgestelde-dagen", "dagen": [{"datum": "2026-05-15", "omschrijving": "vrijdag na Hemelvaart", "bron": "test"}]}' >"$tmp/config/Wijkdossier/wijkdossier/gelijkgestelde-dagen.json"
expect "termijnen with a gemeente's gelijkgestelde dag" 0 "$cli" termijnen --melding 2026-05-07 --format json
contains "gelijkgestelde dag moves the plan" "$tmp/out" '"persoonlijk_plan": {"date": "2026-05-18"'
echo 'kapot' >"$tmp/config/Wijkdossier/wijkdossier/gelijkgestelde-dagen.json"
expect "termijnen with a malformed gelijkgestelde-dagen file" 0 "$cli" termijnen --melding 2026-05-07 --format json
contains "malformed file reported" "$tmp/err" "gelijkgestelde-dagen.json"
contains "built-in list used" "$tmp/out" '"persoonlijk_plan": {"date": "2026-05-15"'
rm -f "$tmp/config/Wijkdossier/wijkdossier/gelijkgestelde-dagen.json"

inwoner_id=$("$cli" --db "$db" list --all --format json 2>/dev/null | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])')
expect "print inzage" 0 "$cli" --db "$db" print inzage --inwoner "$inwoner_id" --out "$tmp/inzage.pdf"
[ "$(head -c 4 "$tmp/inzage.pdf" 2>/dev/null)" = "%PDF" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: inzage is not a PDF"; }
[ "$(stat -c %a "$tmp/inzage.pdf" 2>/dev/null)" = "600" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: inzage PDF is not mode 600"; }
[ ! -e "$tmp/inzage.pdf.tmp" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: inzage left a temporary file"; }
expect "print inzage for an unknown inwoner" 1 "$cli" --db "$db" print inzage --inwoner geen-inwoner --out "$tmp/geen.pdf"
[ ! -e "$tmp/geen.pdf" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: unknown inwoner wrote a PDF"; }
expect "print inzage without --out" 2 "$cli" --db "$db" print inzage --inwoner "$inwoner_id"
expect "print inzage without --inwoner" 2 "$cli" --db "$db" print inzage --out "$tmp/x.pdf"
traject_id=$(awk -F, 'NR == 2 { print $1 }' "$tmp/termijnen.csv")
expect "print ontvangstbevestiging" 0 "$cli" --db "$db" print ontvangstbevestiging --traject "$traject_id" --out "$tmp/ob.pdf"
[ "$(head -c 4 "$tmp/ob.pdf" 2>/dev/null)" = "%PDF" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: ontvangstbevestiging is not a PDF"; }
[ "$(stat -c %a "$tmp/ob.pdf" 2>/dev/null)" = "600" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: ontvangstbevestiging PDF is not mode 600"; }
[ ! -e "$tmp/ob.pdf.tmp" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: ontvangstbevestiging left a temporary file"; }
if command -v pdftotext >/dev/null; then
    pdftotext "$tmp/ob.pdf" "$tmp/ob.txt"
    contains "ontvangstbevestiging has page numbers" "$tmp/ob.txt" "pagina 1 van"
    contains "ontvangstbevestiging explains cliëntondersteuning" "$tmp/ob.txt" "cliëntondersteuning"
    contains "ontvangstbevestiging confirms the melding" "$tmp/ob.txt" "We hebben uw melding ontvangen op"
fi
contains "print ontvangstbevestiging names the traject" "$tmp/out" "$traject_id"
expect "print ontvangstbevestiging for an unknown traject" 1 "$cli" --db "$db" print ontvangstbevestiging --traject geen-traject --out "$tmp/geen-ob.pdf"
[ ! -e "$tmp/geen-ob.pdf" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: unknown traject wrote a PDF"; }
contains "unknown traject is named" "$tmp/err" "geen-traject"
expect "print ontvangstbevestiging without --traject" 2 "$cli" --db "$db" print ontvangstbevestiging --out "$tmp/x.pdf"
expect "print verslag" 0 "$cli" --db "$db" print verslag --traject "$traject_id" --out "$tmp/verslag.pdf"
[ "$(head -c 4 "$tmp/verslag.pdf" 2>/dev/null)" = "%PDF" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: verslag is not a PDF"; }
[ "$(stat -c %a "$tmp/verslag.pdf" 2>/dev/null)" = "600" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: verslag PDF is not mode 600"; }
if command -v pdftotext >/dev/null; then
    pdftotext "$tmp/verslag.pdf" "$tmp/verslag.txt"
    contains "verslag has page numbers" "$tmp/verslag.txt" "pagina 1 van"
    contains "verslag asks for the maatwerkvoorziening" "$tmp/verslag.txt" "Ik vraag hierbij de maatwerkvoorziening aan"
    contains "verslag explains cliëntondersteuning" "$tmp/verslag.txt" "cliëntondersteuning"
fi
contains "print verslag names the traject" "$tmp/out" "$traject_id"
# A PDF that does not fit (a file-size limit stands in for a nearly full disk) is not written: the
# verslag that was there stays as it was, no temporary file is left, and the message says so.
cp "$tmp/verslag.pdf" "$tmp/verslag-vorige.pdf"
before=$(sha256sum <"$tmp/verslag-vorige.pdf")
expect "a verslag that does not fit is refused" 1 bash -c "ulimit -f 120; exec \"\$0\" --db \"\$1\" --lang en print verslag --traject \"\$2\" --out \"\$3\"" \
    "$cli" "$db" "$traject_id" "$tmp/verslag-vorige.pdf"
contains "the message says it was not written" "$tmp/err" "was not written"
[ ! -s "$tmp/out" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: a failed print reported something written"; }
[ "$(sha256sum <"$tmp/verslag-vorige.pdf")" = "$before" ] && ! ls "$tmp"/.verslag-vorige.pdf.wd-* >/dev/null 2>&1 &&
    passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: the old verslag changed or a temporary file was left"; }

expect "print verslag for an unknown traject" 1 "$cli" --db "$db" print verslag --traject geen-traject --out "$tmp/geen-verslag.pdf"
[ ! -e "$tmp/geen-verslag.pdf" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: unknown traject wrote a verslag"; }
expect "print verslag without --traject" 2 "$cli" --db "$db" print verslag --out "$tmp/x.pdf"
plan_id=$(sqlite3 "$db" "SELECT id FROM plan WHERE deleted = 0 LIMIT 1;" 2>/dev/null)
expect "print plan" 0 "$cli" --db "$db" print plan --plan "$plan_id" --out "$tmp/plan.pdf"
[ "$(head -c 4 "$tmp/plan.pdf" 2>/dev/null)" = "%PDF" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: plan is not a PDF"; }
[ "$(stat -c %a "$tmp/plan.pdf" 2>/dev/null)" = "600" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: plan PDF is not mode 600"; }
if command -v pdftotext >/dev/null; then
    pdftotext "$tmp/plan.pdf" "$tmp/plan.txt"
    contains "plan has page numbers" "$tmp/plan.txt" "pagina 1 van"
    contains "plan has a signature block" "$tmp/plan.txt" "Akkoord met dit plan"
fi
expect "print plan for an unknown plan" 1 "$cli" --db "$db" print plan --plan geen-plan --out "$tmp/geen-plan.pdf"
[ ! -e "$tmp/geen-plan.pdf" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: unknown plan wrote a PDF"; }
expect "print plan without --plan" 2 "$cli" --db "$db" print plan --out "$tmp/x.pdf"
expect "print an unknown document" 2 "$cli" --db "$db" print brief --out "$tmp/x.pdf"

# print netwerkkaart: the drawing and the list of the inwoner with the largest netwerk.
netwerk_inwoner=$(sqlite3 "$db" "SELECT inwoner_id FROM netwerkpersoon WHERE deleted = 0 GROUP BY inwoner_id ORDER BY COUNT(*) DESC, inwoner_id LIMIT 1;" 2>/dev/null)
netwerk_naam=$(sqlite3 "$db" "SELECT naam FROM netwerkpersoon WHERE deleted = 0 AND inwoner_id = '$netwerk_inwoner' ORDER BY nabijheid, naam LIMIT 1;" 2>/dev/null)
expect "print netwerkkaart" 0 "$cli" --db "$db" print netwerkkaart --inwoner "$netwerk_inwoner" --out "$tmp/netwerkkaart.pdf"
[ "$(head -c 4 "$tmp/netwerkkaart.pdf" 2>/dev/null)" = "%PDF" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: netwerkkaart is not a PDF"; }
[ "$(stat -c %a "$tmp/netwerkkaart.pdf" 2>/dev/null)" = "600" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: netwerkkaart PDF is not mode 600"; }
[ "$(stat -c %s "$tmp/netwerkkaart.pdf" 2>/dev/null)" -gt 40000 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: netwerkkaart PDF has no drawing"; }
if command -v pdftotext >/dev/null; then
    pdftotext "$tmp/netwerkkaart.pdf" "$tmp/netwerkkaart.txt"
    contains "netwerkkaart has its title" "$tmp/netwerkkaart.txt" "De mensen om u heen"
    contains "netwerkkaart lists the netwerk" "$tmp/netwerkkaart.txt" "$netwerk_naam"
    contains "netwerkkaart has page numbers" "$tmp/netwerkkaart.txt" "pagina 1 van"
fi
contains "print netwerkkaart names the inwoner by id" "$tmp/out" "$netwerk_inwoner"
expect "print netwerkkaart for an unknown inwoner" 1 "$cli" --db "$db" print netwerkkaart --inwoner geen-inwoner --out "$tmp/geen-kaart.pdf"
[ ! -e "$tmp/geen-kaart.pdf" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: unknown inwoner wrote a netwerkkaart"; }
contains "unknown inwoner is named" "$tmp/err" "geen-inwoner"
expect "print netwerkkaart without --inwoner" 2 "$cli" --db "$db" print netwerkkaart --out "$tmp/x.pdf"
expect "print netwerkkaart with --traject" 2 "$cli" --db "$db" print netwerkkaart --inwoner "$netwerk_inwoner" --traject "$traject_id" --out "$tmp/x.pdf"

# Archive copies: --pdfa, the PDF/A copy stored on issuing, export checked against its hash,
# signing with the aanvraag, scans (sniffed by content, not by name).
vandaag=$(date +%F)
# An open traject without an aanvraag, preferably one whose ontvangstbevestiging is not recorded yet.
archief_traject=$(sqlite3 "$db" "SELECT id FROM traject t WHERE deleted = 0 AND melding_datum <= '$vandaag' AND NOT EXISTS (SELECT 1 FROM traject_stap s WHERE s.traject_id = t.id AND s.deleted = 0 AND s.soort IN ('aanvraag', 'beschikking', 'afgesloten')) ORDER BY EXISTS (SELECT 1 FROM traject_stap s WHERE s.traject_id = t.id AND s.deleted = 0 AND s.soort = 'ontvangstbevestiging'), id LIMIT 1;" 2>/dev/null)
ob_stap() { sqlite3 "$db" "SELECT datum FROM traject_stap WHERE traject_id = '$archief_traject' AND soort = 'ontvangstbevestiging' AND deleted = 0;"; }
ob_verwacht=$(ob_stap)
[ -n "$ob_verwacht" ] || ob_verwacht=$vandaag
archief_rows() { sqlite3 "$db" "SELECT count(*) FROM document_archief WHERE traject_id = '$archief_traject' AND soort = '$1';"; }
if grep -a -q pdfaid "$tmp/verslag.pdf"; then failed=$((failed + 1)); echo "FAIL: a plain PDF claims PDF/A"; else passed=$((passed + 1)); fi
expect "print verslag --pdfa" 0 "$cli" --db "$db" print verslag --traject "$archief_traject" --out "$tmp/verslag-a.pdf" --pdfa
grep -a -q pdfaid "$tmp/verslag-a.pdf" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: --pdfa output is not PDF/A"; }
[ "$(stat -c %a "$tmp/verslag-a.pdf" 2>/dev/null)" = "600" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: PDF/A verslag is not mode 600"; }
archief_id=$(sqlite3 "$db" "SELECT id FROM document_archief WHERE traject_id = '$archief_traject' AND soort = 'verslag';" 2>/dev/null)
[ "$(archief_rows verslag)" = "1" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: the verslag was not archived once"; }
contains "print verslag names the archive copy" "$tmp/out" "$archief_id"
expect "archief list json" 0 "$cli" --db "$db" archief list --traject "$archief_traject" --format json
contains "archief list has the copy" "$tmp/out" "\"id\": \"$archief_id\""
contains "archief list has the template version" "$tmp/out" '"sjabloon": "built-in:verslag"'
expect "archief list needs --traject or --inwoner" 2 "$cli" --db "$db" archief list
expect "archief export" 0 "$cli" --db "$db" archief export "$archief_id" --out "$tmp/kopie.pdf"
[ "$(sha256sum "$tmp/kopie.pdf" | cut -d' ' -f1)" = "$(sqlite3 "$db" "SELECT sha256 FROM document_archief WHERE id = '$archief_id';")" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: the export does not match the stored hash"; }
[ "$(stat -c %a "$tmp/kopie.pdf" 2>/dev/null)" = "600" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: the export is not mode 600"; }
grep -a -q pdfaid "$tmp/kopie.pdf" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: the archive copy is not PDF/A"; }
expect "archief onderteken without akkoord or voor gezien" 2 "$cli" --db "$db" archief onderteken "$archief_id" --datum "$vandaag"
expect "archief onderteken in the future" 1 "$cli" --db "$db" --lang en archief onderteken "$archief_id" --datum 2999-01-01 --akkoord --aanvraag
contains "the future date is named" "$tmp/err" "future"
expect "archief onderteken with the aanvraag" 0 "$cli" --db "$db" --lang en archief onderteken "$archief_id" --datum "$vandaag" --akkoord --aanvraag --opmerkingen "Graag hulp op dinsdag"
contains "onderteken gives the beschikking deadline" "$tmp/out" "beschikking due by 20"
[ "$(sqlite3 "$db" "SELECT datum FROM traject_stap WHERE traject_id = '$archief_traject' AND soort = 'aanvraag' AND deleted = 0;")" = "$vandaag" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: the aanvraag step was not recorded"; }
[ "$(sqlite3 "$db" "SELECT ondertekening || ',' || aanvraag FROM document_archief WHERE id = '$archief_id';")" = "akkoord,1" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: the signature was not stored"; }
if grep -q "dinsdag" "$tmp/out"; then failed=$((failed + 1)); echo "FAIL: remarks on stdout"; else passed=$((passed + 1)); fi
printf 'Dit is geen scan.\n' >"$tmp/tekst.pdf"
expect "archief bijlage refuses a text file named .pdf" 1 "$cli" --db "$db" --lang en archief bijlage "$archief_id" "$tmp/tekst.pdf"
contains "the refusal names the types" "$tmp/err" "PDF, JPEG or PNG"
contains "the refusal names the limit" "$tmp/err" "20 MB"
[ "$(sqlite3 "$db" "SELECT count(*) FROM document_bijlage;")" = "0" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: a refused scan was stored"; }
printf '\211PNG\r\n\032\n\000\000\000\rIHDR' >"$tmp/scan.png"
expect "archief bijlage accepts a PNG" 0 "$cli" --db "$db" archief bijlage "$archief_id" "$tmp/scan.png"
contains "the scan is a PNG" "$tmp/out" "image/png"
expect "archief list shows the scan" 0 "$cli" --db "$db" archief list --traject "$archief_traject" --format json
contains "the copy has one scan" "$tmp/out" '"bijlagen": 1'
[ "$(archief_rows ontvangstbevestiging)" = "0" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: unexpected ontvangstbevestiging copy"; }
expect "print ontvangstbevestiging issues it" 0 "$cli" --db "$db" print ontvangstbevestiging --traject "$archief_traject" --out "$tmp/ob-a.pdf"
[ "$(archief_rows ontvangstbevestiging)" = "1" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: the ontvangstbevestiging was not archived"; }
[ "$(ob_stap)" = "$ob_verwacht" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: the ontvangstbevestiging step was not recorded"; }
sqlite3 "$db" "UPDATE document_archief SET pdf = CAST('%PDF-1.4 vervalst' AS BLOB) WHERE id = '$archief_id';"
expect "archief export refuses a changed copy" 1 "$cli" --db "$db" --lang en archief export "$archief_id" --out "$tmp/vervalst.pdf"
[ ! -e "$tmp/vervalst.pdf" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: a changed copy was exported"; }
contains "the refusal names the hash" "$tmp/err" "SHA-256"

# Sync by export: an encrypted bundle between two files, again (nothing changes), refusals, conflicts.
sa=$tmp/sync-a.sqlite
sb=$tmp/sync-b.sqlite
printf 'een lange wachtzin\n' >"$tmp/pw"
printf 'verkeerde wachtzin\n' >"$tmp/pw-fout"
expect "sync: init a" 0 "$cli" --db "$sa" init
expect "sync: init b" 0 "$cli" --db "$sb" init
expect "sync: demo for export" 0 "$cli" --db "$sa" demo --size S --seed 5
expect "export needs a passphrase or --plain" 2 "$cli" --db "$sa" export "$tmp/a.wdx"
expect "export everything encrypted" 0 "$cli" --db "$sa" --lang en export "$tmp/a.wdx" --all --passphrase-file "$tmp/pw"
contains "export reports the rows" "$tmp/out" "rows exported to"
[ "$(stat -c %a "$tmp/a.wdx")" = "600" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: the bundle is not mode 0600"; }
naam=$("$cli" --db "$sa" list --format csv | sed -n 2p | cut -d';' -f2 | cut -d',' -f1)
[ -n "$naam" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: no name to look for"; }
if grep -a -q -- "$naam" "$tmp/a.wdx" || grep -a -q "wijkdossier-bundel" "$tmp/a.wdx"; then failed=$((failed + 1)); echo "FAIL: the bundle is readable"; else passed=$((passed + 1)); fi
expect "import with a wrong passphrase" 1 "$cli" --db "$sb" --lang en import "$tmp/a.wdx" --passphrase-file "$tmp/pw-fout"
contains "the wrong passphrase is named" "$tmp/err" "passphrase is wrong"
[ "$("$cli" --db "$sb" list --format csv | wc -l)" -le 1 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: a refused import stored rows"; }
expect "import the bundle" 0 "$cli" --db "$sb" --lang en import "$tmp/a.wdx" --passphrase-file "$tmp/pw" --report json
contains "import applied" "$tmp/out" '"applied": true'
[ "$("$cli" --db "$sb" list --all --format csv | sort | md5sum)" = "$("$cli" --db "$sa" list --all --format csv | sort | md5sum)" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: the caseloads differ after import"; }
expect "import it again" 0 "$cli" --db "$sb" --lang en import "$tmp/a.wdx" --passphrase-file "$tmp/pw"
contains "again: nothing inserted" "$tmp/out" "Imported: 0 inserted, 0 updated"
head -c 20000 "$tmp/a.wdx" >"$tmp/kort.wdx"
expect "a cut-off bundle is refused" 1 "$cli" --db "$sb" --lang en import "$tmp/kort.wdx" --passphrase-file "$tmp/pw"
contains "cut-off is named" "$tmp/err" "cut off"
printf '{"format":"iets-anders","schema_version":5}' >"$tmp/vreemd.json"
expect "a foreign file is refused" 1 "$cli" --db "$sb" --lang en import "$tmp/vreemd.json"
contains "foreign format is named" "$tmp/err" "not a Wijkdossier bundle"
expect "a plain export warns" 0 "$cli" --db "$sa" --lang en export "$tmp/a.json" --plain
contains "plain export warning" "$tmp/err" "special-category personal data"
# The plain JSON follows the published JSON Schema.
if python3 -c "import json, jsonschema, sys; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))" \
    "$tmp/a.json" "$data/../../resources/bundle/wijkdossier-bundel.schema.json" 2>"$tmp/err"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL: the bundle does not follow its JSON Schema"; head -5 "$tmp/err"; fi
id=$("$cli" --db "$sa" list --format csv | sed -n 2p | cut -d';' -f1)
sqlite3 "$sa" "UPDATE inwoner SET telefoon = '0611111111', hlc = hlc + 65536 WHERE id = '$id';"
sqlite3 "$sb" "UPDATE inwoner SET email = 'b@voorbeeld.invalid', hlc = hlc + 131072, device = 'apparaat-b' WHERE id = '$id';"
expect "export the edit of a" 0 "$cli" --db "$sa" export "$tmp/a2.wdx" --since-peer kantoor --passphrase-file "$tmp/pw"
expect "import a concurrent edit" 0 "$cli" --db "$sb" --lang en import "$tmp/a2.wdx" --passphrase-file "$tmp/pw"
contains "the conflict is counted" "$tmp/out" "1 conflicts"
expect "conflicts list" 0 "$cli" --db "$sb" conflicts list --format json
contains "the conflict names the table" "$tmp/out" '"table": "inwoner"'
conflict=$("$cli" --db "$sb" conflicts list | head -1 | cut -d' ' -f1)
expect "conflicts resolve by combining" 0 "$cli" --db "$sb" conflicts resolve "$conflict" --combine telefoon
[ "$(sqlite3 "$sb" "SELECT telefoon || ',' || email FROM inwoner WHERE id = '$id';")" = "0611111111,b@voorbeeld.invalid" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: combining did not take both fields"; }
expect "no open conflicts left" 0 "$cli" --db "$sb" --lang en conflicts list
contains "none left" "$tmp/out" "No open conflicts"

# A cell a spreadsheet would run as a formula is guarded in every CSV the CLI writes; Dutch names
# with their own apostrophe are not.
guarded=$(sqlite3 "$db" "SELECT id FROM inwoner WHERE deleted = 0 LIMIT 1;")
sqlite3 "$db" "UPDATE inwoner SET telefoon = '=HYPERLINK(\"http://x.invalid\")', woonplaats = '''s-Gravenhage' WHERE id = '$guarded';"
expect "list csv with a formula-like cell" 0 "$cli" --db "$db" list --all --format csv
contains "the formula is guarded" "$tmp/out" "\"'=HYPERLINK("
contains "'s-Gravenhage is left as it is" "$tmp/out" ";'s-Gravenhage;"

# import-csv --check finds a BSN the dossier already has, with its line, before anything is written;
# the import then stores the other rows and reports the same line.
dubbel_bsn=$(sqlite3 "$db" "SELECT bsn FROM inwoner WHERE bsn <> '' AND deleted = 0 LIMIT 1;")
printf 'BSN;Voornamen;Achternaam;Geboortedatum\n;Piet;Nieuwkomer;01-01-1950\n%s;Dubbel;Persoon;02-02-1960\n' "$dubbel_bsn" >"$tmp/dubbel.csv"
inwoners_voor=$(sqlite3 "$db" "SELECT count(*) FROM inwoner;")
expect "--check finds a BSN the dossier has" 1 "$cli" --db "$db" import-csv "$tmp/dubbel.csv" --check --report json
contains "on its line" "$tmp/out" '"line": 3'
contains "as a duplicate" "$tmp/out" '"code": "duplicate"'
[ "$(sqlite3 "$db" "SELECT count(*) FROM inwoner;")" = "$inwoners_voor" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: --check wrote inwoners"; }
expect "the import refuses that row only" 1 "$cli" --db "$db" import-csv "$tmp/dubbel.csv" --report json
contains "one row is imported" "$tmp/out" '"imported": 1'
contains "the refused row keeps its line" "$tmp/out" '"line": 3'

# A broken configuration file of the gemeente is named on stderr; the command still works.
mkdir -p "$XDG_CONFIG_HOME/Wijkdossier/wijkdossier"
printf '{ kapot' >"$XDG_CONFIG_HOME/Wijkdossier/wijkdossier/gelijkgestelde-dagen.json"
expect "a broken calendar does not stop the CLI" 0 "$cli" --db "$db" --lang en check
contains "but it is named" "$tmp/err" "gelijkgestelde-dagen.json"
contains "with what is used instead" "$tmp/err" "built-in feestdagen only"
rm "$XDG_CONFIG_HOME/Wijkdossier/wijkdossier/gelijkgestelde-dagen.json"

# Only init creates a database: a mistyped path is refused and creates nothing.
expect "a missing database is refused" 1 "$cli" --db "$tmp/typo/dossier.sqlite" --lang en check
contains "the message says it does not exist" "$tmp/err" "does not exist"
contains "and how to make one" "$tmp/err" "init"
[ ! -e "$tmp/typo" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: the mistyped folder was created"; }
expect "demo does not create a database" 1 "$cli" --db "$tmp/nieuw.sqlite" demo --size S
[ ! -e "$tmp/nieuw.sqlite" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: demo created a database"; }

# A SQLite file of another program is refused and stays byte for byte, mode included.
sqlite3 "$tmp/recepten.sqlite" "CREATE TABLE recept (naam TEXT); INSERT INTO recept VALUES ('stamppot');"
chmod 644 "$tmp/recepten.sqlite"
before=$(sha256sum "$tmp/recepten.sqlite")
files_before=$(ls "$tmp")
expect "a SQLite file of another program is refused" 1 "$cli" --db "$tmp/recepten.sqlite" --lang en list
contains "it names another program" "$tmp/err" "another program"
expect "init refuses it too" 1 "$cli" --db "$tmp/recepten.sqlite" init
[ "$(sha256sum "$tmp/recepten.sqlite")" = "$before" ] && [ "$(stat -c %a "$tmp/recepten.sqlite")" = 644 ] &&
    [ "$(ls "$tmp")" = "$files_before" ] && passed=$((passed + 1)) ||
    { failed=$((failed + 1)); echo "FAIL: the other program's file or its folder changed"; }

# A lock another computer left: refused naming the computer, broken only with --break-lock.
expect "init a shared database" 0 "$cli" --db "$tmp/gedeeld.sqlite" init
printf '4242\nwijkdossier\nlaptop-wijkteam-noord\n' >"$tmp/gedeeld.sqlite.lock"
expect "a lock of another computer is refused" 1 "$cli" --db "$tmp/gedeeld.sqlite" --lang en check
contains "the computer is named" "$tmp/err" "laptop-wijkteam-noord"
contains "and how to break the lock" "$tmp/err" "--break-lock"
expect "--break-lock opens it" 0 "$cli" --break-lock --db "$tmp/gedeeld.sqlite" --lang en check
contains "breaking is noted" "$tmp/err" "broken on your request"

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
