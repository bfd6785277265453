#!/usr/bin/env bash
# The two commands of the README, and what they share.
#
#   scripts/dev.sh run    install what is missing, build, start Paliers
#   scripts/dev.sh test   install what is missing, build, run every test
#   scripts/dev.sh build  install what is missing and build
#   scripts/dev.sh deps   only install what is missing
#   scripts/dev.sh bench  install what is missing, build optimised, run the benchmarks
#   scripts/dev.sh package  build the .deb (packaging/)
#   scripts/dev.sh check  the formatting (clang-format-14) and clang-tidy-14 on core/
#
# Under CI=true, `test` also runs `check`, fuzzes every file parser for 60 s
# (scripts/fuzz.sh), builds the .deb, installs it with apt-get, checks that
# the installed programs start and removes it (also PALIERS_PACKAGE_TEST=1),
# then runs the whole suite again built with ASan and UBSan (build-sanitize/;
# also PALIERS_SANITIZE_TEST=1).
#
# Works on Debian 12 and Ubuntu 24.04 or later, as root or through sudo.
# Honours BUILD_DIR (default: build) and CI (true: warnings are errors).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
BUILD_DIR=${BUILD_DIR:-build}

# Debian package names; the SQLite driver and the platform plugins are Qt
# plugins, which nothing would otherwise pull in.
PACKAGES=(
    build-essential cmake
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libxkbcommon-dev fonts-dejavu-core fonts-noto-core
    libgtest-dev libbenchmark-dev libsqlite3-dev xvfb xauth poppler-utils sqlite3
    appstream desktop-file-utils dpkg-dev
    lintian help2man shared-mime-info xdg-utils libfile-mimeinfo-perl man-db  # the package: checked, man pages, file types
    at-spi2-core python3-pyatspi dbus-daemon dbus-x11  # the accessibility test (tests/a11y)
    clang-format-14 clang-tidy-14 clang-14 libclang-rt-14-dev  # check, and the fuzz targets (libFuzzer)
)

say() { printf '%s\n' "$*" >&2; }

install_missing() {
    local missing=() package
    for package in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    if ! command -v apt-get >/dev/null; then
        say "Paliers: these packages are needed but this system has no apt-get: ${missing[*]}"
        exit 1
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            say "Paliers: installing ${missing[*]} needs root. Run this script as root, or install sudo."
            exit 1
        fi
        sudo=(sudo)
    fi
    say "Paliers: installing ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
}

build() {
    local werror=OFF
    [ "${CI:-}" = true ] && werror=ON
    # The benchmarks are built (not run) so that they keep compiling.
    cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPALIERS_WERROR="$werror" \
        -DPALIERS_BUILD_BENCHMARKS=ON
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

run_benchmarks() {
    local dir=${BENCH_BUILD_DIR:-build-release}
    cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release -DPALIERS_BUILD_BENCHMARKS=ON -DPALIERS_BUILD_TESTS=OFF \
        -DPALIERS_BUILD_GUI=ON
    cmake --build "$dir" --parallel "$(nproc)" --target bench_storage bench_gui bench_startup bench_report bench_consolidation bench_overview
    local failed=0
    "$dir/benchmarks/bench_storage" || failed=1
    "$dir/benchmarks/bench_gui" || failed=1
    "$dir/benchmarks/bench_startup" || failed=1
    "$dir/benchmarks/bench_report" || failed=1
    "$dir/benchmarks/bench_consolidation" || failed=1
    "$dir/benchmarks/bench_overview" || failed=1
    return "$failed"
}

run_app() {
    local app="$BUILD_DIR/app/gui/paliers"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        say "Paliers est construit, mais aucun affichage graphique n'a été trouvé (ni DISPLAY ni WAYLAND_DISPLAY)."
        say "Pour le lancer sans écran :"
        say "  xvfb-run -a $app"
        say "Paliers is built, but no display was found; run it headless with: xvfb-run -a $app"
        exit 1
    fi
    exec "$app" "$@"
}

run_tests() {
    ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)"
}

# The whole suite again, built with AddressSanitizer and
# UndefinedBehaviorSanitizer: any report fails the test that caused it.
# Leak checking is off: Qt's font and platform libraries keep caches until
# exit that LeakSanitizer reports as leaks.
run_sanitized_tests() {
    local dir=${SANITIZE_BUILD_DIR:-build-sanitize}
    local werror=OFF
    [ "${CI:-}" = true ] && werror=ON
    cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Debug -DPALIERS_WERROR="$werror" -DPALIERS_SANITIZE=ON \
        -DPALIERS_BUILD_BENCHMARKS=OFF
    cmake --build "$dir" --parallel "$(nproc)"
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
        ctest --test-dir "$dir" --output-on-failure --parallel "$(nproc)"
}

# The sources as .clang-format writes them (one version, pinned: another
# clang-format formats differently), and clang-tidy's checks of .clang-tidy
# on core/, warnings as errors. app/ is left to the compiler's warnings:
# clang-tidy through Qt Widgets' headers would double the time of CI.
check_sources() {
    local files=()
    mapfile -t files < <(find app benchmarks core fuzz packaging tests \( -name '*.cpp' -o -name '*.h' \) | sort)
    say "Paliers: clang-format-14 --dry-run --Werror on ${#files[@]} files"
    clang-format-14 --dry-run --Werror "${files[@]}"
    say "Paliers: clang-tidy-14 on core/"
    run-clang-tidy-14 -p "$BUILD_DIR" -quiet -j "$(nproc)" "$PWD/core/.*\.cpp\$" \
        >"$BUILD_DIR/clang-tidy.log" 2>&1 || { grep -E 'warning:|error:' "$BUILD_DIR/clang-tidy.log" >&2; exit 1; }
}

build_package() {
    rm -f "$BUILD_DIR"/paliers_*.deb
    (cd "$BUILD_DIR" && cpack -G DEB)
}

# The package as Debian checks it (lintian, pedantic: any error, warning or
# pedantic tag fails; the overrides of packaging/debian/lintian-overrides
# say why), then as a user gets it: installed by apt-get (which must find
# every dependency it declares), the installed programs start, their manual
# pages are found, the desktop files validate, and the files Paliers writes
# have Paliers' types and open in Paliers.
test_package() {
    build_package
    local deb
    deb=$(ls "$PWD/$BUILD_DIR"/paliers_*.deb)
    say "Paliers: lintian --pedantic $deb"
    lintian --pedantic --fail-on error,warning,pedantic "$deb" || { say "Paliers: lintian refuses the package"; exit 1; }
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    say "Paliers: installing $deb to test the package"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb"
    local failed=0
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/paliers --version || failed=1
    /usr/bin/paliers-cli --version || failed=1
    local tmp
    tmp=$(mktemp -d)
    /usr/bin/paliers-cli --db "$tmp/essai.sqlite" referentials >/dev/null || failed=1
    for file in /usr/share/applications/fr.paliers.Paliers.desktop /usr/share/metainfo/fr.paliers.Paliers.metainfo.xml \
        /usr/share/icons/hicolor/scalable/apps/fr.paliers.Paliers.svg /usr/share/icons/hicolor/48x48/apps/fr.paliers.Paliers.png \
        /usr/share/doc/paliers/copyright /usr/share/doc/paliers/changelog.gz \
        /usr/share/bash-completion/completions/paliers-cli /usr/share/mime/packages/fr.paliers.Paliers.xml; do
        [ -f "$file" ] || { say "Paliers: the package did not install $file"; failed=1; }
    done
    # The manual pages as the package holds them, read by man with its
    # warnings on; then found by `man` once installed (unless this system's
    # dpkg leaves manual pages out, as minimal container images do).
    dpkg-deb -x "$deb" "$tmp/deb"
    local page
    for page in man1/paliers man1/paliers-cli fr/man1/paliers fr/man1/paliers-cli; do
        [ -f "$tmp/deb/usr/share/man/$page.1.gz" ] || { say "Paliers: the package has no $page.1.gz"; failed=1; continue; }
        LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$tmp/deb/usr/share/man/$page.1.gz" 2>&1 >/dev/null | grep . \
            && { say "Paliers: the manual page $page has warnings"; failed=1; }
        zgrep -q -F "$PWD" "$tmp/deb/usr/share/man/$page.1.gz" \
            && { say "Paliers: the manual page $page names the build folder"; failed=1; }
    done
    for page in paliers paliers-cli; do
        if [ -f "/usr/share/man/man1/$page.1.gz" ]; then
            man -w "$page" >/dev/null || { say "Paliers: man $page finds no page"; failed=1; }
        else
            say "Paliers: dpkg left out the manual pages here (path-exclude), man $page not tried"
        fi
    done
    desktop-file-validate /usr/share/applications/fr.paliers.Paliers.desktop || failed=1
    appstreamcli validate --pedantic --no-net /usr/share/metainfo/fr.paliers.Paliers.metainfo.xml || failed=1
    # A database and an export, written by the installed paliers-cli, have
    # Paliers' types (update-mime-database ran as dpkg installed the types),
    # and Paliers is the application that opens them.
    /usr/bin/paliers-cli --db "$tmp/essai.sqlite" establishment add --uai 0750655E --name "École Jean-Jaurès" \
        --kind ecole_elementaire >/dev/null || failed=1
    /usr/bin/paliers-cli --db "$tmp/essai.sqlite" assessment new --uai 0750655E --year 2025-2026 >/dev/null || failed=1
    /usr/bin/paliers-cli --db "$tmp/essai.sqlite" export 1 --json "$tmp/envoi.json" >/dev/null || failed=1
    local path type expected
    for path in "$tmp/essai.sqlite:application/x-paliers-database" "$tmp/envoi.json:application/x-paliers-export+json"; do
        expected=${path##*:}
        type=$(xdg-mime query filetype "${path%:*}")
        [ "$type" = "$expected" ] || { say "Paliers: ${path%:*} is $type, not $expected"; failed=1; }
        [ "$(xdg-mime query default "$expected")" = fr.paliers.Paliers.desktop ] \
            || { say "Paliers: $expected does not open in Paliers"; failed=1; }
    done
    rm -rf "$tmp"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq paliers
    [ "$failed" -eq 0 ] || { say "Paliers: the installed package does not work"; exit 1; }
    say "Paliers: the package is lintian-clean, installs, starts, and opens its files"
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
    run) install_missing; build; run_app "$@" ;;
    test)
        install_missing
        build
        run_tests
        if [ "${CI:-}" = true ]; then
            check_sources
            bash scripts/fuzz.sh 60
        fi
        if [ "${CI:-}" = true ] || [ "${PALIERS_PACKAGE_TEST:-}" = 1 ]; then
            test_package
        fi
        if [ "${CI:-}" = true ] || [ "${PALIERS_SANITIZE_TEST:-}" = 1 ]; then
            run_sanitized_tests
        fi
        ;;
    package) install_missing; build; build_package ;;
    check) install_missing; build; check_sources ;;
    build) install_missing; build ;;
    deps) install_missing ;;
    bench)
        # LibreOffice is the yardstick of the report benchmark, not a dependency.
        PACKAGES+=(libreoffice-writer-nogui)
        install_missing
        run_benchmarks "$@"
        ;;
    *)
        say "Usage: scripts/dev.sh run|test|build|deps|bench|package|check"
        exit 2
        ;;
esac
