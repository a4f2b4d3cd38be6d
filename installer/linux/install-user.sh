#!/bin/sh
# Install the frozen digifelt for the current user, without root:
#   the app folder          -> ~/.local/opt/digifelt
#   the command             -> ~/.local/bin/digifelt (a symlink)
#   menu entry, file type   -> ~/.local/share/applications/digifelt.desktop and
#                              application/x-digifelt for *.digifelt, opened by digifelt
#   icons                   -> ~/.local/share/icons/hicolor/<size>/{apps,mimetypes}/
#
#   installer/linux/install-user.sh [APP_FOLDER]   (default: installer/dist/digifelt)
#   installer/linux/install-user.sh --uninstall    (projects, settings and backups are kept)
#
# Build the app folder first with `python installer/build.py`.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
opt=$HOME/.local/opt/digifelt
bin=$HOME/.local/bin
sizes="16 24 32 48 64 128 256 512"

have() { command -v "$1" >/dev/null 2>&1; }

refresh() {
    if have update-desktop-database; then update-desktop-database -q "$data/applications" || true; fi
    if have update-mime-database; then update-mime-database "$data/mime" >/dev/null || true; fi
    if have gtk-update-icon-cache; then
        gtk-update-icon-cache -q -t -f "$data/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    if have xdg-mime; then xdg-mime uninstall --mode user "$here/digifelt-mime.xml" || true; fi
    rm -f "$data/mime/packages/digifelt-mime.xml" "$data/applications/digifelt.desktop"
    for size in $sizes; do
        rm -f "$data/icons/hicolor/${size}x${size}/apps/digifelt.png" \
              "$data/icons/hicolor/${size}x${size}/mimetypes/application-x-digifelt.png"
    done
    rm -f "$data/icons/hicolor/scalable/apps/digifelt.svg" \
          "$data/icons/hicolor/scalable/mimetypes/application-x-digifelt.svg"
    if [ -L "$bin/digifelt" ]; then rm -f "$bin/digifelt"; fi
    rm -rf "$opt"
    refresh
    echo "digifelt removed (your projects, settings and backups are kept)"
    exit 0
fi

src=${1:-$here/../dist/digifelt}
if [ ! -x "$src/digifelt" ]; then
    echo "install-user.sh: no built app in $src; run: python installer/build.py" >&2
    exit 1
fi
src=$(cd "$src" && pwd)

# Copy beside the old version first, then swap, so a failed copy leaves the old one working.
mkdir -p "$(dirname "$opt")" "$bin" "$data/applications"
rm -rf "$opt.new"
cp -a "$src" "$opt.new"
rm -rf "$opt"
mv "$opt.new" "$opt"
ln -sfn "$opt/digifelt" "$bin/digifelt"

icons="$opt/_internal/resources/icons"
for size in $sizes; do
    for kind in apps mimetypes; do
        mkdir -p "$data/icons/hicolor/${size}x${size}/$kind"
    done
    cp "$icons/digifelt-$size.png" "$data/icons/hicolor/${size}x${size}/apps/digifelt.png"
    cp "$icons/digifelt-$size.png" \
       "$data/icons/hicolor/${size}x${size}/mimetypes/application-x-digifelt.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps" "$data/icons/hicolor/scalable/mimetypes"
cp "$icons/digifelt.svg" "$data/icons/hicolor/scalable/apps/digifelt.svg"
cp "$icons/digifelt.svg" "$data/icons/hicolor/scalable/mimetypes/application-x-digifelt.svg"

# The menu entry runs the installed binary by its full path: ~/.local/bin is not on every
# desktop session's PATH. (A path the Exec quoting would need escapes for keeps the PATH form.)
case "$opt" in
    *[!A-Za-z0-9._/+-]*) exe=digifelt ;;
    *) exe="$opt/digifelt" ;;
esac
sed -e "s|exec digifelt|exec $exe|g" -e "s|^TryExec=digifelt\$|TryExec=$exe|" \
    "$here/digifelt.desktop" > "$data/applications/digifelt.desktop"

if have xdg-mime; then
    xdg-mime install --mode user --novendor "$here/digifelt-mime.xml"
    xdg-mime default digifelt.desktop application/x-digifelt
else
    mkdir -p "$data/mime/packages"
    cp "$here/digifelt-mime.xml" "$data/mime/packages/digifelt-mime.xml"
fi
refresh

echo "digifelt installed in $opt"
echo "  start it from the applications menu, or run: $bin/digifelt"
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "  (add $bin to your PATH to run 'digifelt' by name)" ;;
esac
