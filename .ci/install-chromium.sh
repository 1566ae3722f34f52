#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests of the HTML view
# (tests/view/browser.test.ts) when /usr/bin/chromium is missing. Never fails
# the run: without Chromium those tests are skipped and say so.
set -uo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "install-chromium: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium) already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; fi
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: WARNING no apt-get here; browser tests of the HTML view will be SKIPPED (install Chromium and set CHROMIUM=path)" >&2
  exit 0
fi

if $SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium; then
  echo "install-chromium: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
else
  echo "install-chromium: WARNING could not install chromium with apt-get; browser tests of the HTML view will be SKIPPED" >&2
fi
exit 0
