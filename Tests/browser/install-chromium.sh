#!/usr/bin/env bash
# Installs headless Chromium for Tests/browser/check-pages.py, only if it is missing.
# Debian/Ubuntu, as root (the CI machines); elsewhere install Chromium yourself or set CHROMIUM.
set -euo pipefail
for name in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$name" >/dev/null 2>&1; then
    echo "Chromium present: $(command -v "$name")"
    exit 0
  fi
done
if [ -n "${CHROMIUM:-}" ] && [ -x "$CHROMIUM" ]; then
  echo "Chromium present: $CHROMIUM"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: no Chromium and no apt-get; install Chromium or set CHROMIUM" >&2
  exit 1
fi
echo "Installing Chromium with apt-get"
apt-get -o DPkg::Lock::Timeout=600 update -qq
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
  --no-install-recommends chromium >/dev/null
command -v chromium
