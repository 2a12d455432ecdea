#!/usr/bin/env bash
# Saves PNG screenshots of the main pages (phone 390x844 and desktop 1366x900) into docs/screenshots.
# Needs Chromium at /usr/bin/chromium (apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p docs/screenshots
SHOP_SCREENSHOTS_DIR="$(pwd)/docs/screenshots" dotnet test Shop.sln --filter "FullyQualifiedName~ScreenshotTests" --nologo -v q
ls -1 docs/screenshots
