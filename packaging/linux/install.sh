#!/bin/sh
# Install the one-folder build for the current user, with no root and no network:
#   packaging/linux/install.sh [dist/field-dossier]
# Copies the app to ~/.local/opt/field-dossier, links ~/.local/bin/field-dossier, and
# installs the .desktop file (app id org.fielddossier.FieldDossier) and the icon.
set -eu
src=${1:-dist/field-dossier}
here=$(dirname "$0")
[ -x "$src/field-dossier" ] || { echo "No build at $src: run 'make dist' first." >&2; exit 1; }
data=${XDG_DATA_HOME:-$HOME/.local/share}
umask 077
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$data/applications" "$data/icons/hicolor/scalable/apps" \
         "$data/icons/hicolor/256x256/apps"
rm -rf "$HOME/.local/opt/field-dossier.new"
cp -a "$src" "$HOME/.local/opt/field-dossier.new"
rm -rf "$HOME/.local/opt/field-dossier"
mv "$HOME/.local/opt/field-dossier.new" "$HOME/.local/opt/field-dossier"
ln -sf "$HOME/.local/opt/field-dossier/field-dossier" "$HOME/.local/bin/field-dossier"
chmod 0644 "$here/org.fielddossier.FieldDossier.desktop"
install -m 0644 "$here/org.fielddossier.FieldDossier.desktop" "$data/applications/"
install -m 0644 "$src/_internal/resources/icons/field-dossier.svg" \
        "$data/icons/hicolor/scalable/apps/org.fielddossier.FieldDossier.svg"
install -m 0644 "$src/_internal/resources/icons/field-dossier-256.png" \
        "$data/icons/hicolor/256x256/apps/org.fielddossier.FieldDossier.png"
echo "Installed. Run 'field-dossier selftest', then start Field Dossier from the menu."
