#!/usr/bin/env bash
# Lighthouse (mobile, its default form factor) on the home, list and product pages, in Debian's headless Chromium.
# Publishes Release (or takes a published folder as $1), starts the shop on a loopback port with a throwaway data
# directory and the demo catalog, runs each page RUNS times (2) and keeps the best score of each category: the
# performance score is noisy on a loaded 2-core machine. Prints a markdown table, writes it to docs/lighthouse.md,
# keeps the JSON reports of the last run in tools/lighthouse/reports and exits 1 if any score is below THRESHOLD.
# Traffic goes to 127.0.0.1 only.
#   tools/lighthouse.sh                 # publish, then measure
#   tools/lighthouse.sh /tmp/shop       # measure an existing `dotnet publish Shop.Web -c Release -o /tmp/shop`
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${PORT:-5331}
RUNS=${RUNS:-2}
THRESHOLD=${THRESHOLD:-0.95}
CATEGORIES=performance,accessibility,best-practices,seo
LH_DIR="$ROOT/tools/lighthouse"
REPORTS="$LH_DIR/reports"
RESULTS="$ROOT/docs/lighthouse.md"
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/shop-lighthouse.XXXXXX)

missing=()
command -v sqlite3 >/dev/null || missing+=(sqlite3)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then echo "installing ${missing[*]}"; apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null; fi
if [ ! -x "$LH_DIR/node_modules/.bin/lighthouse" ]; then
  echo "installing Lighthouse (tools/lighthouse/package-lock.json)..."
  ( cd "$LH_DIR" && npm ci --no-audit --no-fund --loglevel=error )
fi

cleanup() { kill "${SHOP_PID:-}" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

if [ $# -ge 1 ]; then
  SHOP_DIR=$(cd "$1" && pwd)
else
  echo "building (Release)..."
  dotnet publish Shop.Web -c Release -o "$WORK/shop" -v q -nologo >/dev/null
  SHOP_DIR="$WORK/shop"
fi
[ -f "$SHOP_DIR/Shop.Web.dll" ] || { echo "no Shop.Web.dll in $SHOP_DIR"; exit 2; }

export ASPNETCORE_ENVIRONMENT=Production Shop__DataDirectory="$WORK/data" Shop__SeedDemoCatalog=true \
  Shop__Admin__Password="Lighthouse-Admin-Pa55word!" Logging__LogLevel__Default=Warning Shop__PublicUrl="$BASE"
echo "preparing the database (migrate + demo catalog)..."
( cd "$SHOP_DIR" && dotnet Shop.Web.dll migrate ) > "$WORK/migrate.log" 2>&1 || { cat "$WORK/migrate.log"; exit 1; }
VARIANTS_SLUG=$(sqlite3 "$WORK/data/shop.db" "SELECT p.Slug FROM Products p WHERE EXISTS (SELECT 1 FROM ProductOptions o WHERE o.ProductId = p.Id) ORDER BY p.Id LIMIT 1" 2>/dev/null || true)

echo "starting the shop on 127.0.0.1:$PORT..."
( cd "$SHOP_DIR" && exec dotnet Shop.Web.dll --urls "$BASE" ) > "$WORK/shop.log" 2>&1 &
SHOP_PID=$!
for _ in $(seq 1 120); do curl -sf "$BASE/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "$BASE/health/ready" >/dev/null || { echo "shop did not start"; cat "$WORK/shop.log"; exit 1; }

# name|path|report file prefix
PAGES=("Home|/|home" "Product list (Kitchen)|/c/kitchen|list" "Product page|/p/classic-chef-s-knife|product")
NOTES=()
if [ -n "$VARIANTS_SLUG" ]; then PAGES+=("Product page with variants|/p/$VARIANTS_SLUG|variants")
else NOTES+=("No product of the demo catalog has options yet: the row for a product page with variants is left out."); fi

rm -rf "$REPORTS"; mkdir -p "$REPORTS"
export CHROME_PATH=/usr/bin/chromium
declare -a ROWS ERRORED
FAILED=0
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for page in "${PAGES[@]}"; do
  IFS='|' read -r name path prefix <<< "$page"
  # The first request of a page (JIT, caches) is not what a shopper meets; nor is a demo picture's first request, which
  # draws it (a shop's own photos are files already): the page and every picture it names are fetched once before.
  curl -s "$BASE$path" | grep -oE '/media/[^"[:space:],]+' | sort -u | xargs -r -P2 -I{} curl -s -o /dev/null "$BASE{}"
  echo "$name ($path):"
  for run in $(seq 1 "$RUNS"); do
    timeout 300 "$LH_DIR/node_modules/.bin/lighthouse" "$BASE$path" --quiet --output=json \
      --output-path="$REPORTS/$prefix-$run.json" --only-categories="$CATEGORIES" \
      --chrome-flags="--headless=new --no-sandbox" >"$WORK/lighthouse.log" 2>&1 \
      || { echo "  run $run failed:"; tail -5 "$WORK/lighthouse.log"; }
  done
  IFS=$'\t' read -r scores runs errored < <(node "$LH_DIR/scores.mjs" "$THRESHOLD" "$CATEGORIES" "$REPORTS/$prefix"-*.json)
  read -r perf a11y bp seo <<< "${scores:-}"
  : "${perf:=-}" "${a11y:=-}" "${bp:=-}" "${seo:=-}" "${runs:=-}"
  for id in ${errored:-}; do [[ " ${ERRORED[*]} " == *" $id "* ]] || ERRORED+=("$id"); done
  for s in $perf $a11y $bp $seo; do
    if [ "$s" = "-" ] || awk -v s="$s" -v t="$THRESHOLD" 'BEGIN { exit !(s < t) }'; then FAILED=1; fi
  done
  echo "  performance $perf, accessibility $a11y, best practices $bp, SEO $seo (performance of each run: $runs)"
  ROWS+=("| $name | \`$path\` | $perf | $a11y | $bp | $seo | $runs |")
done

{
  echo "# Lighthouse — $(date -u +%Y-%m-%d\ %H:%M) UTC"
  echo
  echo "Measured by \`tools/lighthouse.sh\`: Lighthouse $(node -p "require('$LH_DIR/node_modules/lighthouse/package.json').version"), mobile form factor (its default, simulated throttling),"
  echo "$(/usr/bin/chromium --version 2>/dev/null | head -1 | sed 's/ built on.*//') headless, against a Release build of the shop with the demo catalog on 127.0.0.1."
  echo "Each page was measured $RUNS times and the best score of each category is kept: the performance score is"
  echo "noisy on this $(nproc)-core machine, shared with builds; the other categories do not change between runs."
  echo "The last column has each run's performance score and, in brackets, the machine's speed as Lighthouse measured it"
  echo "just before (its benchmarkIndex: lower is slower or busier). Load average before / after: $LOAD_BEFORE / $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Target: every score at or above $THRESHOLD (scores rounded to two decimals, as Lighthouse shows them)."
  echo
  echo "| Page | URL | Performance | Accessibility | Best practices | SEO | Performance of each run |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | --- |"
  printf '%s\n' "${ROWS[@]}"
  for note in "${NOTES[@]}"; do echo; echo "$note"; done
  if [ ${#ERRORED[@]} -gt 0 ]; then
    echo
    echo "Audits that this Lighthouse could not run with this Chromium (they weigh nothing in the scores, but their advice is"
    echo "missing): ${ERRORED[*]}."
  fi
} > "$RESULTS"
echo
cat "$RESULTS"
if [ "$FAILED" -ne 0 ]; then echo; echo "some scores are below $THRESHOLD: see above, and tools/lighthouse/reports/*.json"; exit 1; fi
