#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Checks what an installation ships besides the programs (resources/linux): the desktop entry and the
# AppStream metadata validate, every place that names the version names the one in CMake, the
# programs say it, and the manual page of wijkdossier-cli describes every command it has.
set -u
source_dir=$1
version=$2
cli=$3
gui=$4
linux=$source_dir/resources/linux
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config QT_QPA_PLATFORM=offscreen
passed=0
failed=0

check() { # check NAME COMMAND...: passes when COMMAND succeeds
    local name=$1
    shift
    if "$@" >"$tmp/out" 2>&1; then passed=$((passed + 1)); else
        failed=$((failed + 1))
        echo "FAIL: $name"
        head -20 "$tmp/out" | sed 's/^/  /'
    fi
}
same() { # same NAME GOT WANT
    if [ "$2" = "$3" ]; then passed=$((passed + 1)); else
        failed=$((failed + 1))
        echo "FAIL: $1: '$2', expected '$3'"
    fi
}

check "the AppStream metadata validates" appstreamcli validate --no-net "$linux"/*.metainfo.xml
check "the desktop entry validates" desktop-file-validate "$linux"/*.desktop
check "the desktop entry has a Dutch name and comment" grep -q '^Comment\[nl\]=' "$linux"/*.desktop

same "the newest AppStream release is this version" \
    "$(grep -o '<release version="[^"]*"' "$linux"/*.metainfo.xml | head -1 | cut -d'"' -f2)" "$version"
same "the changelog's first entry is this version" "$(head -1 "$linux/changelog" | sed 's/.*(\(.*\)).*/\1/')" "$version"
for page in wijkdossier.1 wijkdossier-cli.1; do
    same "the manual page $page names this version" "$(grep -o '"Wijkdossier [^"]*"' "$linux/$page")" "\"Wijkdossier $version\""
    check "the manual page $page formats without warnings" \
        bash -c "LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l '$linux/$page' 2>&1 >/dev/null | (! grep .)"
done

same "wijkdossier-cli --version" "$("$cli" --version)" "wijkdossier-cli $version"
# Answered without a display (a package check, a terminal over ssh): xcb with no X server to reach.
same "wijkdossier --version without a display" \
    "$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb "$gui" --version 2>/dev/null)" "wijkdossier $version"
check "wijkdossier --help without a display lists --quit-after" \
    bash -c "env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb '$gui' --help | grep -q -- --quit-after"

# Every command the CLI's help lists (an indented lower-case word at the start of a line) is in the
# manual page as a command.
commands=$("$cli" --lang en --help | sed -n 's/^  \([a-z][a-z-]*\)\( .*\)\?$/\1/p' | sort -u)
[ -n "$commands" ] || { failed=$((failed + 1)); echo "FAIL: no commands found in wijkdossier-cli --help"; }
for command in $commands; do
    check "wijkdossier-cli.1 describes '$command'" grep -q "^\.B[IR]\? \"\?$(echo "$command" | sed 's/-/\\\\-/g')" \
        "$linux/wijkdossier-cli.1"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
