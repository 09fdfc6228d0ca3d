#!/usr/bin/env bash
# The test suite checks what the app produces with independent tools:
# pdftotext/pdfsig/pdftoppm (poppler-utils), qpdf, age, openssl, zbarimg (QR codes),
# Xvfb and the X libraries Qt's xcb platform loads (the screen-fit and keyboard tests
# run the app on a real X server), strace (crash-point injection),
# mkfs.ext4/debugfs (the undelete test on a loop-mounted image) and certutil/crlutil (an NSS
# database with HQ's CA and CRL, so pdfsig checks revocation). Install them when
# missing (as root, with apt-get), otherwise say exactly what to run.
set -euo pipefail
missing=()
for pair in pdfsig:poppler-utils pdftotext:poppler-utils pdftoppm:poppler-utils qpdf:qpdf age:age openssl:openssl zbarimg:zbar-tools Xvfb:xvfb xauth:xauth xdotool:xdotool strace:strace mkfs.ext4:e2fsprogs debugfs:e2fsprogs certutil:libnss3-tools crlutil:libnss3-tools; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
done
# Qt's xcb platform plugin aborts unless every one of these loads
for pair in libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 \
            libxcb-shape.so.0:libxcb-shape0 libxcb-randr.so.0:libxcb-randr0 libxcb-render-util.so.0:libxcb-render-util0 \
            libxcb-image.so.0:libxcb-image0 libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-xkb.so.1:libxcb-xkb1; do
  ldconfig -p 2>/dev/null | grep -q "${pair%%:*}" || missing+=("${pair#*:}")
done
[ ${#missing[@]} -eq 0 ] && exit 0
pkgs=$(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing the test tools: $pkgs"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q $pkgs >/dev/null 2>&1 || {
    apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $pkgs >/dev/null; }
  exit 0
fi
echo "The tests need: $pkgs" >&2
echo "Install them with:  sudo apt-get install -y $pkgs" >&2
exit 1
