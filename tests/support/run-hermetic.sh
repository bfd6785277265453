#!/bin/sh
# Runs one test command in a home of its own: HOME, the XDG folders and TMPDIR
# point into a fresh temporary folder, removed afterwards. ctest runs every
# test through this script (CROSSCOMPILING_EMULATOR of the test programs, the
# COMMAND of the other tests), so no test sees what the machine's user or an
# earlier run left in ~/.local, ~/.config or ~/.qttest, and tests running in
# parallel never share a settings file or a database.
#
#   tests/support/run-hermetic.sh PROGRAM [ARGUMENT...]
#
# The test programs refuse to start without PALIERS_TEST_ROOT (see
# tests/support/testmain.cpp): run one by hand through this script too.
set -u

root=$(mktemp -d "${TMPDIR:-/tmp}/paliers-test.XXXXXXXX") || exit 125
cleanup() { rm -rf "$root"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

for folder in home config data cache state runtime tmp; do
    mkdir -p "$root/$folder" || exit 125
done
chmod 0700 "$root/runtime"

PALIERS_TEST_ROOT=$root
HOME=$root/home
XDG_CONFIG_HOME=$root/config
XDG_DATA_HOME=$root/data
XDG_CACHE_HOME=$root/cache
XDG_STATE_HOME=$root/state
XDG_RUNTIME_DIR=$root/runtime
# The system folders stay those of the system, whatever the session set.
XDG_CONFIG_DIRS=/etc/xdg
XDG_DATA_DIRS=/usr/local/share:/usr/share
TMPDIR=$root/tmp
export PALIERS_TEST_ROOT HOME XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME XDG_RUNTIME_DIR \
    XDG_CONFIG_DIRS XDG_DATA_DIRS TMPDIR

"$@"
