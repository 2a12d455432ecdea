#!/usr/bin/env bash
# One command: builds Release, starts the shop and a baseline server on loopback ports, measures with wrk,
# prints a markdown results table and writes it to bench/results/latest.md. Traffic goes to 127.0.0.1 only.
#   bench/run.sh                  the shop on SQLite
#   bench/run.sh --db postgres    the shop on a throw-away PostgreSQL cluster (tools/postgres.sh, durable commits); then
#                                 the sale again on two nodes sharing it and Redis, nginx in front (tools/balancer.sh);
#                                 writes bench/results/latest-postgres.md
#   bench/run.sh --sale 10000     only the flash sale, with that many shoppers for a tenth as many units (combines
#                                 with --db); writes bench/results/latest-sale.md (latest-sale-postgres.md)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DB_KIND=sqlite
SALE_ONLY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB_KIND=${2:-}; shift 2 || shift ;;
    --db=*) DB_KIND=${1#--db=}; shift ;;
    --sale) SALE_ONLY=${2:-}; shift 2 || shift ;;
    --sale=*) SALE_ONLY=${1#--sale=}; shift ;;
    *) DB_KIND=unknown; break ;;
  esac
done
case "$DB_KIND" in sqlite|postgres) ;; *) echo "usage: bench/run.sh [--db sqlite|postgres] [--sale SHOPPERS]" >&2; exit 2 ;; esac
if [ -n "$SALE_ONLY" ]; then
  [[ "$SALE_ONLY" =~ ^[0-9]+$ ]] && [ "$SALE_ONLY" -ge 10 ] || { echo "--sale wants a number of shoppers (10 or more)" >&2; exit 2; }
  export SHOPPERS=$SALE_ONLY SALE_UNITS=${SALE_UNITS:-$(( SALE_ONLY / 10 ))}
fi
DURATION=${DURATION:-20}      # seconds per page
WARMUP=${WARMUP:-3}           # seconds of the same requests before each row, not counted (JIT, caches)
CONNECTIONS=${CONNECTIONS:-100}
# The first free ports from the usual ones up: a port another run left taken does not fail this one.
source "$ROOT/tools/free-port.sh"
SHOP_PORT=${SHOP_PORT:-$(free_port 5321)}
BASE_PORT=${BASE_PORT:-$(free_port $((SHOP_PORT + 1)))}
WORK=$(mktemp -d /tmp/shop-bench.XXXXXX)
RESULTS="$ROOT/bench/results/latest.md"
if [ "$DB_KIND" = postgres ]; then
  RESULTS="$ROOT/bench/results/latest-postgres.md"
  PG_PORT=${PG_PORT:-$(free_port 61452)}; REDIS_PORT=${REDIS_PORT:-$(free_port 6393)}
  A_PORT=${A_PORT:-$(free_port $((BASE_PORT + 1)))}; B_PORT=${B_PORT:-$(free_port $((A_PORT + 1)))}; LB_PORT=${LB_PORT:-$(free_port $((B_PORT + 1)))}
  # Outside $WORK: the server runs as the postgres user, who cannot enter a directory mktemp made for root.
  PG_DIR=$(mktemp -d /tmp/shop-bench-pg.XXXXXX)
fi
if [ -n "$SALE_ONLY" ]; then RESULTS="${RESULTS%/*}/$(basename "$RESULTS" | sed 's/^latest/latest-sale/')"; fi

missing=()
command -v wrk >/dev/null || missing+=(wrk)
if [ "$DB_KIND" = postgres ]; then
  command -v psql >/dev/null || missing+=(postgresql-client)
  command -v redis-server >/dev/null || missing+=(redis-server)
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
else
  command -v sqlite3 >/dev/null || missing+=(sqlite3)
fi
if [ ${#missing[@]} -gt 0 ]; then echo "installing ${missing[*]}"; apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null; fi
SHOPPERS=${SHOPPERS:-1000}
SALE_UNITS=${SALE_UNITS:-100}

echo "building (Release)..."
dotnet publish Shop.Web -c Release -o "$WORK/shop" -v q -nologo ${PUBLISH_FLAGS:-} >/dev/null
dotnet publish bench/Shop.Bench -c Release -o "$WORK/bench" -v q -nologo >/dev/null

cleanup() {
  local pids=(${SHOP_PID:-} ${BASE_PID:-} ${A_PID:-} ${B_PID:-} ${REDIS_PID:-})
  [ ${#pids[@]} -gt 0 ] && { kill "${pids[@]}" 2>/dev/null || true; }
  # The shop sends its queued mail before it stops (in a sale, mail waits for the shoppers): its files go first.
  [ ${#pids[@]} -gt 0 ] && for _ in $(seq 1 20); do kill -0 "${pids[@]}" 2>/dev/null || break; sleep 0.5; done
  if [ "$DB_KIND" = postgres ]; then
    tools/balancer.sh stop "$WORK/nginx"
    tools/postgres.sh stop "$PG_DIR"
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -n "${SALE_PERF:-}" ] && export DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0
# Every virtual shopper comes from 127.0.0.1, so the per-address limits are lifted for the run.
export ASPNETCORE_ENVIRONMENT=Production Shop__DataDirectory="$WORK/data" Shop__SeedDemoCatalog=true \
  Shop__Admin__Password="Bench-Admin-Pa55word!" Logging__LogLevel__Default=Warning \
  RateLimits__checkout__PermitLimit=1000000 RateLimits__signin__PermitLimit=1000000 Shop__PublicUrl="http://127.0.0.1:$SHOP_PORT"
# db QUERY: the rows of one query, unaligned. Queries are written for both databases: quoted names, TRUE.
if [ "$DB_KIND" = postgres ]; then
  echo "starting PostgreSQL on 127.0.0.1:$PG_PORT (durable commits)..."
  export Database__Provider=Postgres ConnectionStrings__Shop
  ConnectionStrings__Shop=$(PG_DURABLE=1 tools/postgres.sh start "$PG_DIR" "$PG_PORT")
  db() { psql -h 127.0.0.1 -p "$PG_PORT" -U shop -d shop -XAtq -v ON_ERROR_STOP=1 -c "$1"; }
  DB_NAME="PostgreSQL $(db 'SHOW server_version' | awk '{print $1}') (durable commits)"
else
  db() { sqlite3 "$WORK/data/shop.db" "$1"; }
  DB_NAME=SQLite
fi
echo "preparing the database (migrate + demo catalog)..."
( cd "$WORK/shop" && dotnet Shop.Web.dll migrate ) > "$WORK/migrate.log" 2>&1 || { cat "$WORK/migrate.log"; exit 1; }
# The sale is of a product without options (one variant); the variants row reads a product that has options.
sale_product() { db "SELECT \"Slug\" FROM \"Products\" p WHERE NOT EXISTS (SELECT 1 FROM \"ProductOptions\" o WHERE o.\"ProductId\" = p.\"Id\") ORDER BY \"Id\" LIMIT 1 OFFSET $1;"; }
put_on_sale() { db "UPDATE \"ProductVariants\" SET \"StockOnHand\" = $SALE_UNITS WHERE \"ProductId\" = (SELECT \"Id\" FROM \"Products\" WHERE \"Slug\" = '$1');" >/dev/null; }
SALE_SLUG=$(sale_product 50)
put_on_sale "$SALE_SLUG"
VARIANTS_SLUG=$(db "SELECT p.\"Slug\" FROM \"Products\" p WHERE p.\"IsPublished\" = TRUE AND (SELECT COUNT(*) FROM \"ProductVariants\" v WHERE v.\"ProductId\" = p.\"Id\") >= 6 ORDER BY p.\"Id\" LIMIT 1;")

echo "starting the shop on 127.0.0.1:$SHOP_PORT..."
( cd "$WORK/shop" && exec dotnet Shop.Web.dll --urls "http://127.0.0.1:$SHOP_PORT" ) > "$WORK/shop.log" 2>&1 &
SHOP_PID=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$SHOP_PORT/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$SHOP_PORT/health/ready" >/dev/null || { echo "shop did not start"; cat "$WORK/shop.log"; exit 1; }

# Peak working set: the kernel keeps the high-water mark of resident memory (VmHWM) for us.
peak_mb() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/${1:-$SHOP_PID}/status" 2>/dev/null || echo "?"; }

LIST_URL="/c/kitchen"
curl -s "http://127.0.0.1:$SHOP_PORT$LIST_URL" > "$WORK/list.html"
echo "starting the baseline ($(wc -c < "$WORK/list.html") bytes, same as $LIST_URL) on 127.0.0.1:$BASE_PORT..."
dotnet "$WORK/bench/Shop.Bench.dll" baseline "$BASE_PORT" "$WORK/list.html" > "$WORK/base.log" 2>&1 &
BASE_PID=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$BASE_PORT/" >/dev/null && break; sleep 0.5; done

to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v/1000; else if (v ~ /ms$/) printf "%.2f", v+0; else if (v ~ /s$/) printf "%.2f", v*1000; else print v }'; }

# measure NAME URL [cookie-header]
declare -a ROWS
BASE_RPS=""
measure() {
  local name=$1 url=$2 header=${3:-}
  local out cookies=()
  [ -n "$header" ] && cookies=(-H "$header")
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" "${cookies[@]}" "$url" >/dev/null
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "${cookies[@]}" "$url")
  local rps p50 p99 errors non2xx
  rps=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')
  p50=$(to_ms "$(echo "$out" | awk '$1=="50%" {print $2}')")
  p99=$(to_ms "$(echo "$out" | awk '$1=="99%" {print $2}')")
  errors=$(echo "$out" | awk '/Socket errors/ {gsub(",",""); print $4+$6+$8+$10}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  errors=$(( ${errors:-0} + ${non2xx:-0} ))
  [ -z "$BASE_RPS" ] && BASE_RPS=$rps
  local ratio; ratio=$(awk -v a="$rps" -v b="$BASE_RPS" 'BEGIN { printf "%.0f%%", 100*a/b }')
  ROWS+=("| $name | $rps | $p50 | $p99 | $errors | $ratio |")
  echo "  $name: $rps req/s, p50 $p50 ms, p99 $p99 ms, errors $errors, $ratio of baseline"
}

# The cookies a real browser would send, got through the real forms (antiforgery tokens and all). Taken fresh before
# each personal row: a browser stores the cookie the shop renews when it re-checks a session (every
# Shop:Accounts:SessionCheckInterval, 1 min); wrk cannot, so an old cookie would make every request re-check.
token_of() { grep -o 'name="__RequestVerificationToken"[^>]*' | head -1 | sed 's/.*value="//; s/".*//'; }
cookie_header() { awk '$6 ~ /^(shop\.|\.AspNetCore)/ {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$1"; }
sign_in() {
  local jar="$WORK/signed-in.txt" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" "http://127.0.0.1:$SHOP_PORT/account/sign-in" | token_of)
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Email=admin@shop.local" --data-urlencode "Password=Bench-Admin-Pa55word!" "http://127.0.0.1:$SHOP_PORT/account/sign-in"
  grep -q shop.auth "$jar" || { echo "could not sign in for the signed-in rows"; exit 1; }
  SIGNED_IN="Cookie: $(cookie_header "$jar")"
}
# An anonymous shopper with one item in their cart.
# (Add to cart takes no token: a browser posting it says Sec-Fetch-Site: same-origin, as this does.)
fill_cart() {
  local jar="$WORK/cart.txt" page id
  rm -f "$jar"
  page=$(curl -s -c "$jar" "http://127.0.0.1:$SHOP_PORT/p/classic-chef-s-knife")
  id=$(echo "$page" | grep -o 'name="variantId" value="[0-9]*"' | head -1 | grep -o '[0-9]*')
  curl -s -b "$jar" -c "$jar" -o /dev/null -H "Sec-Fetch-Site: same-origin" \
    --data-urlencode "variantId=$id" --data-urlencode "quantity=1" "http://127.0.0.1:$SHOP_PORT/cart/add"
  grep -q shop.cart "$jar" || { echo "could not fill a cart for the cart rows"; exit 1; }
  WITH_CART="Cookie: $(cookie_header "$jar")"
}

if [ -z "$SALE_ONLY" ]; then
echo "measuring: $CONNECTIONS connections, ${DURATION}s each (after ${WARMUP}s of the same requests, not counted)"
measure "Baseline (static page, same size)" "http://127.0.0.1:$BASE_PORT/"
measure "Home (anonymous)" "http://127.0.0.1:$SHOP_PORT/"
measure "Product list: Kitchen page 1 (anonymous)" "http://127.0.0.1:$SHOP_PORT$LIST_URL"
measure "Product page (anonymous)" "http://127.0.0.1:$SHOP_PORT/p/classic-chef-s-knife"
if [ -n "$VARIANTS_SLUG" ]; then measure "Product page with variants (anonymous)" "http://127.0.0.1:$SHOP_PORT/p/$VARIANTS_SLUG"; fi
measure "Search 'lamp' (anonymous)" "http://127.0.0.1:$SHOP_PORT/search?q=lamp"
measure "Search 'chairs', a plural (anonymous)" "http://127.0.0.1:$SHOP_PORT/search?q=chairs"
measure "Search 'chiar', a typo (anonymous)" "http://127.0.0.1:$SHOP_PORT/search?q=chiar"
measure "Category with facets: Apparel, M, Navy or Sage (anonymous)" "http://127.0.0.1:$SHOP_PORT/c/apparel?size=M&colour=Navy&colour=Sage"
fill_cart; measure "Search 'chiar', a typo (shopper with cart)" "http://127.0.0.1:$SHOP_PORT/search?q=chiar" "$WITH_CART"
fill_cart; measure "Product list: Kitchen page 1 (shopper with cart)" "http://127.0.0.1:$SHOP_PORT$LIST_URL" "$WITH_CART"
fill_cart; measure "Product page (shopper with cart)" "http://127.0.0.1:$SHOP_PORT/p/classic-chef-s-knife" "$WITH_CART"
sign_in; measure "Product list: Kitchen page 1 (signed in)" "http://127.0.0.1:$SHOP_PORT$LIST_URL" "$SIGNED_IN"
sign_in; measure "Product page (signed in)" "http://127.0.0.1:$SHOP_PORT/p/classic-chef-s-knife" "$SIGNED_IN"
fi

# cpu_seconds PID...: processor time the processes have used so far (user + system), in seconds.
cpu_seconds() { local t=0 p; for p in "$@"; do t=$(( t + $(awk '{print $14 + $15}' "/proc/$p/stat") )); done; awk -v t="$t" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t/hz }'; }
# run_sale URL SLUG REPORT PID...: the driver prepares every shopper, then the sale opens; the shop's processor time
# is read just before and after the sale alone (a figure a busy machine disturbs less than latencies).
run_sale() {
  local url=$1 slug=$2 report=$3; shift 3
  local go="$WORK/go-$(basename "$report")" before after
  GO_FILE=$go dotnet "$WORK/bench/Shop.Bench.dll" flashsale "$url" "$slug" "$SHOPPERS" "$report" >/dev/null &
  local driver=$!
  while [ ! -e "$go.ready" ] && kill -0 "$driver" 2>/dev/null; do sleep 0.2; done
  local perf_pid=""
  if [ -n "${SALE_PERF:-}" ]; then # a processor profile of the sale alone (the shop runs with DOTNET_PerfMapEnabled=1)
    perf record -F 499 -g -o "$SALE_PERF" -p "$(IFS=,; echo "$*")" >/dev/null 2>&1 & perf_pid=$!; sleep 1
  fi
  before=$(cpu_seconds "$@"); touch "$go"
  wait "$driver"
  after=$(cpu_seconds "$@")
  [ -n "$perf_pid" ] && { kill -INT "$perf_pid"; wait "$perf_pid" || true; }
  echo "| Shop processor time during the sale (s) | $(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.1f", a-b }') |" >> "$report"
}
echo "flash sale: $SHOPPERS shoppers, $SALE_UNITS units of $SALE_SLUG..."
run_sale "http://127.0.0.1:$SHOP_PORT" "$SALE_SLUG" "$WORK/flashsale.md" "$SHOP_PID"
# Units of a product in paid orders; its stock left.
paid_units() { db "SELECT COALESCE(SUM(l.\"Quantity\"),0) FROM \"OrderLines\" l JOIN \"Orders\" o ON o.\"Id\" = l.\"OrderId\" JOIN \"Products\" p ON p.\"Id\" = l.\"ProductId\" WHERE o.\"Status\" = 'Paid' AND p.\"Slug\" = '$1';"; }
stock_left() { db "SELECT SUM(v.\"StockOnHand\") FROM \"ProductVariants\" v JOIN \"Products\" p ON p.\"Id\" = v.\"ProductId\" WHERE p.\"Slug\" = '$1';"; }
PAID_UNITS=$(paid_units "$SALE_SLUG")
LEFT=$(stock_left "$SALE_SLUG")
OVERSOLD=$(( PAID_UNITS > SALE_UNITS ? PAID_UNITS - SALE_UNITS : 0 ))
PEAK=$(peak_mb)

if [ "$DB_KIND" = postgres ]; then
  # Two nodes as tools/cluster-test.sh runs them (shared data-protection keys, cart stamps and live updates in Redis),
  # fresh processes, and a product of their own for the sale.
  kill "$SHOP_PID"; wait "$SHOP_PID" 2>/dev/null || true; SHOP_PID=
  SALE2_SLUG=$(sale_product 51)
  put_on_sale "$SALE2_SLUG"
  echo "two nodes on the same PostgreSQL, nginx on 127.0.0.1:$LB_PORT in front..."
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no > "$WORK/redis.log" 2>&1 &
  REDIS_PID=$!
  export Redis__Configuration="127.0.0.1:$REDIS_PORT" Database__MigrateOnStartup=false \
    ForwardedHeaders__KnownProxies__0=127.0.0.1 Shop__PublicUrl="http://127.0.0.1:$LB_PORT"
  ( cd "$WORK/shop" && exec dotnet Shop.Web.dll --urls "http://127.0.0.1:$A_PORT" ) > "$WORK/a.log" 2>&1 &
  A_PID=$!
  ( cd "$WORK/shop" && exec dotnet Shop.Web.dll --urls "http://127.0.0.1:$B_PORT" ) > "$WORK/b.log" 2>&1 &
  B_PID=$!
  tools/balancer.sh start "$WORK/nginx" "$LB_PORT" "$A_PORT" "$B_PORT"
  for port in $A_PORT $B_PORT; do
    for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.5; done
    curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "node on $port did not start"; tail -20 "$WORK/a.log" "$WORK/b.log"; exit 1; }
  done
  echo "flash sale on two nodes: $SHOPPERS shoppers, $SALE_UNITS units of $SALE2_SLUG..."
  run_sale "http://127.0.0.1:$LB_PORT" "$SALE2_SLUG" "$WORK/flashsale2.md" "$A_PID" "$B_PID"
  PAID_UNITS2=$(paid_units "$SALE2_SLUG")
  LEFT2=$(stock_left "$SALE2_SLUG")
  OVERSOLD2=$(( PAID_UNITS2 > SALE_UNITS ? PAID_UNITS2 - SALE_UNITS : 0 ))
  PEAK_A=$(peak_mb "$A_PID"); PEAK_B=$(peak_mb "$B_PID")
  # Whatever answered 5xx says why here: nginx's errors and the nodes' failures, counted, with the first few.
  for log in "$WORK/nginx/nginx-error.log" "$WORK/a.log" "$WORK/b.log"; do
    n=$(grep -cE '\[(error|crit|alert|emerg)\]|^(fail|crit): ' "$log" 2>/dev/null || true)
    [ "${n:-0}" -gt 0 ] || continue
    echo "$(basename "$log"): $n errors; the first:"
    grep -m 3 -A 2 -E '\[(error|crit|alert|emerg)\]|^(fail|crit): ' "$log" | cut -c1-300
  done
fi
{
  echo "# Shop benchmark — $(date -u +%Y-%m-%d\ %H:%M) UTC"
  echo
  if [ -n "$SALE_ONLY" ]; then
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; the driver and the shop share it. The flash sale only, Release build, $DB_NAME."
    echo
  else
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; wrk and the shop share it. $CONNECTIONS connections, ${DURATION}s per row, Release build, $DB_NAME."
    echo
    echo "| Page | Requests/s | p50 ms | p99 ms | Errors | vs baseline |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: |"
    printf '%s\n' "${ROWS[@]}"
    echo
    echo
  fi
  cat "$WORK/flashsale.md"
  echo "| Units paid for (database) | $PAID_UNITS of $SALE_UNITS |"
  echo "| Units oversold | $OVERSOLD |"
  echo "| Stock left | $LEFT |"
  echo
  echo "Peak working set of the shop (VmHWM): ${PEAK} MB"
  if [ "$DB_KIND" = postgres ]; then
    echo
    echo "Two nodes on the same PostgreSQL and Redis, nginx round-robin in front; the sale through nginx:"
    echo
    sed '1s/^| Flash sale |/| Flash sale, two nodes |/' "$WORK/flashsale2.md"
    echo "| Units paid for (database) | $PAID_UNITS2 of $SALE_UNITS |"
    echo "| Units oversold | $OVERSOLD2 |"
    echo "| Stock left | $LEFT2 |"
    echo "| Peak working set per node (VmHWM), A / B | $PEAK_A / $PEAK_B MB |"
  fi
} > "$RESULTS"
echo
cat "$RESULTS"
