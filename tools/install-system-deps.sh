#!/bin/sh
# Debian/Ubuntu system libraries that Qt WebEngine (Chromium) and the PDF tests need.
# Installs them with apt-get when run as root (or through sudo); otherwise prints the command.
# On a desktop with X11, Qt also needs the xcb libraries listed at the end.
PKGS="libnss3 libxkbcommon0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libxcomposite1 \
libxdamage1 libxrandr2 libxtst6 libxkbfile1 libasound2 poppler-utils fonts-dejavu-core \
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: no apt-get here; install the equivalents of: $PKGS" >&2
  exit 0
fi
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "install-system-deps: please run as root: apt-get install -y$missing" >&2; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null && \
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
