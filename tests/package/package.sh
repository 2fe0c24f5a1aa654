#!/usr/bin/env bash
# The Debian package as an agency's IT staff gets it: built with CPack from this build, checked by
# lintian, desktop-file-validate and appstreamcli, then unpacked and run headless.
#   package.sh BUILD_DIR VERSION APP_ID
set -euo pipefail
build=$1 version=$2 id=$3
work=$(mktemp -d /tmp/isms-package.XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" > "$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
deb="$work/out/isms-desk_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "no package at $deb"

# No errors and no warnings (informational tags are listed, not failed on).
lintian --fail-on error,warning "$deb" || fail "lintian"

# The dependencies come from the linked libraries; the plugins and fonts loaded at run time are named.
depends=$(dpkg-deb -f "$deb" Depends)
for lib in qt6-qpa-plugins libqt6core6 libqt6widgets6 libqt6charts6 libqt6printsupport6 libsodium23 libqrencode4 \
    libqt6sql6-sqlite libqt6sql6-psql fonts-noto-cjk; do
    [[ ", $depends," == *", $lib"[\ ,]* ]] || fail "Depends lacks $lib: $depends"
done
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version"

root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/isms-desk "usr/share/applications/$id.desktop" "usr/share/metainfo/$id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$id.svg" "usr/share/icons/hicolor/48x48/apps/$id.png" \
    "usr/share/icons/hicolor/256x256/apps/$id.png" usr/share/man/man1/isms-desk.1.gz \
    usr/share/man/zh_TW/man1/isms-desk.1.gz usr/share/doc/isms-desk/copyright usr/share/doc/isms-desk/changelog.gz; do
    [ -f "$root/$f" ] || fail "the package lacks /$f"
done
desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --strict "$root/usr/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$id.metainfo.xml" || fail "AppStream release version"
man_out=$(MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -l "$root/usr/share/man/man1/isms-desk.1.gz" 2>"$work/man.err" | tr -s " ")
[ ! -s "$work/man.err" ] || { cat "$work/man.err"; fail "man page warnings"; }
[[ $man_out == *"export policy CODE"* ]] || fail "man page lacks the commands"

# The unpacked program runs headless on the system's libraries, in a home of its own.
export XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" HOME="$work/home"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM ISMS_DESK_PASSWORD
program="$root/usr/bin/isms-desk"
[ "$("$program" --version)" = "isms-desk $version" ] || fail "--version"
"$program" --lang en --database "$work/demo.sqlite" export policy ISMS-01-01 --out "$work/policy.pdf" || fail "export"
[ -f "$work/demo.sqlite" ] || fail "no demo database was created"
text=$(pdftotext "$work/policy.pdf" -)
[[ $text == *"ISMS-01-01"* && $text == *"高雄市政府民政局"* ]] || fail "the exported PDF lacks the policy"
"$program" --database "$work/demo.sqlite" check > "$work/check.txt" || { cat "$work/check.txt"; fail "check"; }
echo "package $(basename "$deb"): lintian, desktop-file-validate and appstreamcli clean; runs unpacked"
