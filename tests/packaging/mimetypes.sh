#!/bin/sh
# The shared-mime-info types of packaging/ recognise what Paliers writes: a
# database made by paliers-cli and an export it wrote, under a name that does
# not help (the magic decides), and leave other files to their own types.
# Run by ctest in a home of its own (run-hermetic.sh): the types are installed
# in its XDG_DATA_HOME, as a user's own types would be, and read through
# xdg-mime as a file manager does.
#
#   mimetypes.sh MIME_XML PALIERS_CLI
set -eu
xml=$1
cli=$2
fail=0

mkdir -p "$XDG_DATA_HOME/mime/packages"
cp "$xml" "$XDG_DATA_HOME/mime/packages/fr.paliers.Paliers.xml"
update-mime-database "$XDG_DATA_HOME/mime"

work=$(mktemp -d)
db=$work/circonscription.sqlite
"$cli" --db "$db" establishment add --uai 0750655E --name "École Jean-Jaurès" --kind ecole_elementaire >/dev/null
"$cli" --db "$db" assessment new --uai 0750655E --year 2025-2026 >/dev/null
"$cli" --db "$db" export 1 --json "$work/envoi-dane.json" >/dev/null
printf 'Commission du 12 mars\n' >"$work/notes.txt"
printf '{"type": "FeatureCollection"}\n' >"$work/carte.json"
# Another application's SQLite database.
sqlite3 "$work/autre.sqlite" "PRAGMA application_id = 1234; CREATE TABLE t (x);"

expect() {
    found=$(xdg-mime query filetype "$1")
    if [ "$found" = "$2" ]; then
        echo "ok: $(basename "$1"): $found"
    else
        echo "FAILED: $(basename "$1") is $found, expected $2"
        fail=1
    fi
}
expect "$db" application/x-paliers-database
expect "$work/envoi-dane.json" application/x-paliers-export+json
expect "$work/notes.txt" text/plain
expect "$work/carte.json" application/json
expect "$work/autre.sqlite" application/vnd.sqlite3
rm -rf "$work"
exit "$fail"
