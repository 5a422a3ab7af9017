#!/bin/sh
# Installs Debian's headless LibreOffice Writer for the Word-with-comments tests
# (test/docx-comments): it opens the commented DOCX the way a person's office
# suite would. ~86 MB of packages, ~263 MB installed, ~40 s.
# Idempotent: does nothing when soffice is already there.
set -eu
if command -v soffice >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends libreoffice-writer-nogui
