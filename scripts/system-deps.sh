#!/usr/bin/env bash
# Installs the Debian packages Samenspel needs, only when they are missing.
#   scripts/system-deps.sh run    gettext (compiled translations), Pango (WeasyPrint PDFs)
#   scripts/system-deps.sh test   the above plus Chromium for the browser tests, nginx (the
#                                 front cache's config test, tests/site/test_deployment.py) and
#                                 Java for the Nu HTML checker (tests/quality/nuchecker.py)
#   scripts/system-deps.sh bench  the above plus nginx (the front cache `make bench` measures)
set -euo pipefail

want=(gettext libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core)
if [ "${1:-run}" = "test" ] || [ "${1:-run}" = "bench" ]; then
  want+=(chromium nginx-light default-jre-headless)
fi

missing=()
for package in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
