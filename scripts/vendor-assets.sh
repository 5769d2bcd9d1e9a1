#!/usr/bin/env bash
# Front-end assets from the npm registry (package.json, pinned by package-lock.json): installs
# them with `npm ci` and copies exactly the files the site serves into static/vendor/ (git-ignored),
# where Django's staticfiles (and so whitenoise and collectstatic) find them. Used by `make install`
# and by the Dockerfile's asset stage. Nothing is bundled or transformed.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund --loglevel=error

vendor=static/vendor
rm -rf "$vendor"
mkdir -p "$vendor/utrecht" "$vendor/fira-sans"

# NL Design System: the Utrecht component library (component classes) and its plain-HTML layer.
cp node_modules/@utrecht/component-library-css/dist/index.css "$vendor/utrecht/components.css"
cp node_modules/@utrecht/component-library-css/dist/html.css "$vendor/utrecht/html.css"
cp node_modules/@utrecht/component-library-css/LICENSE.md "$vendor/utrecht/LICENSE.md"

# Fira Sans, Latin subset, the three weights the theme uses (static/css/theme.css declares them).
for weight in 400 600 700; do
  cp "node_modules/@fontsource/fira-sans/files/fira-sans-latin-${weight}-normal.woff2" "$vendor/fira-sans/"
done
cp node_modules/@fontsource/fira-sans/LICENSE "$vendor/fira-sans/LICENSE"
