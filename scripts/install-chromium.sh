#!/bin/sh
# Installs Debian's Chromium and CJK fonts for the browser tests (test/web).
# Idempotent: does nothing when /usr/bin/chromium is already there.
set -eu
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
# Without fonts-noto-cjk, Chinese renders as boxes in screenshots.
$SUDO apt-get install -y --no-install-recommends chromium fonts-noto-cjk
