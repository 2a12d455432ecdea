#!/usr/bin/env bash
# Two Shop.Web nodes sharing one PostgreSQL database (tools/postgres.sh) and Redis, nginx round-robin in front
# (tools/balancer.sh), all on 127.0.0.1:
#  - a flash sale through nginx across both nodes: 1,000 shoppers press Pay at once for the 100 units of a product
#    without options (bench/Shop.Bench flashsale); exactly 100 units are paid, none oversold, stock not below zero,
#    no 5xx, every other shopper told "sold out";
#  - a cart filled on node A is checked out on node B, as a guest and signed in on node A (data-protection keys
#    shared through Redis: cookies and tokens issued by one node are accepted by the other); a page node B keeps
#    for the signed-in shopper shows what they add to the cart on node A at the next request (cart stamps in Redis);
#  - staff sign in on node A and change a price; the next anonymous request to node B shows it (output cache and
#    catalog data cache see the change at once); an administrator changes the return window on node A's settings page
#    and empties it again; node B's next pages say each at once (saved settings announced through Redis);
#  - a product page connected to node B, and one through nginx (WebSockets), hears a sale made on node A (SignalR
#    Redis backplane);
#  - checkouts through nginx keep succeeding while node A is killed half-way, with no lost or doubled orders;
#  - both nodes answer /health/ready with PostgreSQL and Redis in the checks;
#  - failed sign-ins of an email without an account, alternating between the nodes, lock it at the 5th, as a real
#    account's do (the count is shared through Redis);
#  - while Redis hangs, a node serves product pages in a few seconds each, not 30 (it stops asking Redis for a while);
#  - a node stopped while Redis does not answer still stops cleanly (exit code 0), and a node started then starts,
#    answers 503 where it needs Redis, and recovers on its own once Redis answers.
# Prints "cluster: PASS" or "cluster: FAIL" last; exit code 0 on pass. Installs redis-server, nginx, postgresql if missing.
#   tools/cluster-test.sh                 publishes the shop and the sale driver (Release), then runs the checks
#   tools/cluster-test.sh --publish DIR   only publishes them into DIR (.ci/run does it while other tests run)
#   CLUSTER_BUILD=DIR tools/cluster-test.sh   runs the checks on what --publish put in DIR
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
publish() {
  dotnet publish Shop.Web -c Release -o "$1/shop" -v q -nologo >/dev/null || { echo "cluster: publish failed"; return 1; }
  dotnet publish bench/Shop.Bench -c Release -o "$1/bench" -v q -nologo >/dev/null || { echo "cluster: publish of the driver failed"; return 1; }
  touch "$1/published"
}
if [ "${1:-}" = --publish ]; then publish "${2:?a folder}"; exit; fi
WORK=$(mktemp -d /tmp/shop-cluster.XXXXXX)
# Each port is the first free one from its default up (tools/free-port.sh): a port another run left taken moves us on.
source tools/free-port.sh
REDIS_PORT=$(free_port "${REDIS_PORT:-6391}"); LB_PORT=$(free_port "${LB_PORT:-5340}")
A_PORT=$(free_port "${A_PORT:-$((LB_PORT + 1))}"); B_PORT=$(free_port "${B_PORT:-$((A_PORT + 1))}")
PG_PORT=$(free_port "${PG_PORT:-61442}")
# Outside $WORK: the PostgreSQL server runs as the postgres user, who cannot enter a directory mktemp made for root.
PG_DIR=$(mktemp -d /tmp/shop-cluster-pg.XXXXXX)
SALE_SHOPPERS=1000; SALE_UNITS=100
PIDS=()
# The nodes get up to 10 s to stop before their files and database are deleted.
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
  tools/balancer.sh stop "$WORK/nginx"
  for _ in $(seq 1 20); do kill -0 "${PIDS[@]}" 2>/dev/null || break; sleep 0.5; done
  tools/postgres.sh stop "$PG_DIR"
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "cluster: $*"; echo "cluster: FAIL"; exit 1; }

missing=()
command -v redis-server >/dev/null || missing+=(redis-server)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v psql >/dev/null || missing+=(postgresql-client)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >/dev/null \
    || fail "could not install ${missing[*]}"
fi

if [ -n "${CLUSTER_BUILD:-}" ] && [ -f "$CLUSTER_BUILD/published" ]; then
  cp -r "$CLUSTER_BUILD/shop" "$CLUSTER_BUILD/bench" "$WORK/"
else
  publish "$WORK" || fail "could not publish"
fi

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no > "$WORK/redis.log" 2>&1 &
PIDS+=($!)
PG_CONNECTION=$(tools/postgres.sh start "$PG_DIR" "$PG_PORT" 2> "$WORK/postgres.log") || { cat "$WORK/postgres.log"; fail "PostgreSQL did not start"; }
# sql QUERY [NAME=VALUE...]: the rows of one query, unaligned; :'NAME' in QUERY stands for VALUE as a quoted literal.
sql() {
  local query=$1 vars=(); shift
  for v in "$@"; do vars+=(-v "$v"); done
  psql -h 127.0.0.1 -p "$PG_PORT" -U shop -d shop -XAtq -v ON_ERROR_STOP=1 "${vars[@]}" <<< "$query"
}

# The administrator staff sign in as: a throwaway password for this run only.
SHOP_STAFF_EMAIL=staff@cluster.test
SHOP_STAFF_PASSWORD="Cluster-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
export SHOP_STAFF_EMAIL SHOP_STAFF_PASSWORD Shop__Admin__Email="$SHOP_STAFF_EMAIL" Shop__Admin__Password="$SHOP_STAFF_PASSWORD"
export ASPNETCORE_ENVIRONMENT=Production Shop__DataDirectory="$WORK/data" Shop__SeedDemoCatalog=true \
  Database__Provider=Postgres ConnectionStrings__Shop="$PG_CONNECTION" \
  Redis__Configuration="127.0.0.1:$REDIS_PORT" Database__MigrateOnStartup=false Logging__LogLevel__Default=Warning \
  RateLimits__checkout__PermitLimit=100000 ForwardedHeaders__KnownProxies__0=127.0.0.1 Shop__PublicUrl="http://127.0.0.1:$LB_PORT"
( cd "$WORK/shop" && dotnet Shop.Web.dll migrate ) > "$WORK/migrate.log" 2>&1 || { cat "$WORK/migrate.log"; fail "migrate failed"; }
# Products without options (one variant each): a sale and a price change touch exactly what the checks read.
WITHOUT_OPTIONS="NOT EXISTS (SELECT 1 FROM \"ProductOptions\" o WHERE o.\"ProductId\" = p.\"Id\")"
SLUG=$(sql "SELECT \"Slug\" FROM \"Products\" p WHERE $WITHOUT_OPTIONS ORDER BY \"Id\" LIMIT 1 OFFSET 33;")
PRICE_SLUG=$(sql "SELECT \"Slug\" FROM \"Products\" p WHERE \"IsPublished\" = true AND \"Price\" > 1 AND $WITHOUT_OPTIONS ORDER BY \"Id\" LIMIT 1 OFFSET 40;")
SALE_SLUG=$(sql "SELECT \"Slug\" FROM \"Products\" p WHERE \"IsPublished\" = true AND $WITHOUT_OPTIONS AND \"Slug\" NOT IN (:'slug', :'price_slug') ORDER BY \"Id\" LIMIT 1 OFFSET 50;" \
  slug="$SLUG" price_slug="$PRICE_SLUG")
[ -n "$SLUG" ] && [ -n "$PRICE_SLUG" ] && [ -n "$SALE_SLUG" ] || fail "the demo catalog has too few products without options"
sql "UPDATE \"ProductVariants\" SET \"StockOnHand\" = 1000 WHERE \"ProductId\" = (SELECT \"Id\" FROM \"Products\" WHERE \"Slug\" = :'slug');" slug="$SLUG" >/dev/null
sql "UPDATE \"ProductVariants\" SET \"StockOnHand\" = $SALE_UNITS WHERE \"ProductId\" = (SELECT \"Id\" FROM \"Products\" WHERE \"Slug\" = :'slug');" slug="$SALE_SLUG" >/dev/null

( cd "$WORK/shop" && exec dotnet Shop.Web.dll --urls "http://127.0.0.1:$A_PORT" ) > "$WORK/a.log" 2>&1 &
A_PID=$!; PIDS+=($A_PID)
( cd "$WORK/shop" && exec dotnet Shop.Web.dll --urls "http://127.0.0.1:$B_PORT" ) > "$WORK/b.log" 2>&1 &
B_PID=$!; PIDS+=($B_PID)

tools/balancer.sh start "$WORK/nginx" "$LB_PORT" "$A_PORT" "$B_PORT" || fail "nginx did not start"

for port in $A_PORT $B_PORT; do
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.5; done
  ready=$(curl -s "http://127.0.0.1:$port/health/ready")
  [ "$ready" = "Healthy" ] || { tail -20 "$WORK/a.log" "$WORK/b.log"; fail "node on $port is not ready: $ready"; }
done
echo "ok   both nodes ready (database and Redis)"

# A forged Host reaches no node: nginx drops it, and a node asked directly refuses it (AllowedHosts from Shop:PublicUrl).
curl -s -o /dev/null -H "Host: evil.example" "http://127.0.0.1:$LB_PORT/account/forgot-password" && fail "nginx answered a forged Host"
forged=$(curl -s -o /dev/null -w '%{http_code}' -H "Host: evil.example" "http://127.0.0.1:$A_PORT/")
[ "$forged" = "400" ] || fail "node A answered a forged Host with $forged, not 400"
echo "ok   a forged Host is dropped by nginx and refused by the nodes"

# Failed sign-ins of an unknown email, to A, B, A, B, A: locked at the 5th, as a real account (whose count is the database's).
# In Production cookies are Secure, so they are sent back by hand over plain http.
signin_page=$(curl -s -D "$WORK/signin.headers" "http://127.0.0.1:$A_PORT/account/sign-in")
cookies=$(grep -i '^set-cookie:' "$WORK/signin.headers" | sed 's/^[^:]*: *//; s/;.*//' | tr -d '\r' | paste -sd';' -)
token=$(grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' <<< "$signin_page" | head -1 | sed 's/.*value="//; s/"$//')
[ -n "$token" ] || fail "no antiforgery token on the sign-in page"
ghost="ghost-$RANDOM@cluster.test"; answers=()
for port in $A_PORT $B_PORT $A_PORT $B_PORT $A_PORT; do
  answer=$(curl -s -H "Cookie: $cookies" --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Email=$ghost" \
    --data-urlencode "Password=wrong-password" "http://127.0.0.1:$port/account/sign-in" | grep -o -E 'Invalid email or password|Sign-in is locked' | head -1)
  answers+=("${answer:-none}")
done
expected="Invalid email or password,Invalid email or password,Invalid email or password,Invalid email or password,Sign-in is locked"
[ "$(IFS=,; echo "${answers[*]}")" = "$expected" ] || fail "failed sign-ins of an unknown email through A and B answered: $(IFS=,; echo "${answers[*]}")"
echo "ok   an unknown email's failed sign-ins through A and B lock it at the 5th, as a real account's"

# The sale's driver counts the shoppers' answers; the database says what was sold.
( cd "$WORK" && dotnet "$WORK/bench/Shop.Bench.dll" flashsale "http://127.0.0.1:$LB_PORT" "$SALE_SLUG" "$SALE_SHOPPERS" "$WORK/sale.md" ) \
  > "$WORK/sale.log" 2>&1 || { cat "$WORK/sale.log"; tail -20 "$WORK/a.log" "$WORK/b.log"; fail "the flash sale's driver failed"; }
sale() { awk -F'|' -v row="$1" '$2 == " " row " " { gsub(/ /, "", $3); print $3 }' "$WORK/sale.md"; }
ON_SALE="\"ProductId\" = (SELECT \"Id\" FROM \"Products\" WHERE \"Slug\" = :'slug')"
sold=$(sql "SELECT COALESCE(SUM(l.\"Quantity\"), 0) FROM \"OrderLines\" l JOIN \"Orders\" o ON o.\"Id\" = l.\"OrderId\" WHERE o.\"Status\" = 'Paid' AND l.$ON_SALE;" slug="$SALE_SLUG")
left=$(sql "SELECT SUM(\"StockOnHand\") || ' ' || MIN(\"StockOnHand\") FROM \"ProductVariants\" WHERE $ON_SALE;" slug="$SALE_SLUG")
read -r left lowest <<< "$left"
problems=()
[ "$(sale 'Reached the payment page')" = "$SALE_SHOPPERS" ] || problems+=("$(sale 'Reached the payment page') of $SALE_SHOPPERS shoppers reached the payment page")
[ "$(sale 'Paid orders')" = "$SALE_UNITS" ] || problems+=("$(sale 'Paid orders') paid orders for $SALE_UNITS units")
[ "$(sale 'Told "sold out" (sent back to their cart)')" = "$((SALE_SHOPPERS - SALE_UNITS))" ] || problems+=("$(sale 'Told "sold out" (sent back to their cart)') told \"sold out\"")
[ "$(sale '5xx responses')" = 0 ] || problems+=("$(sale '5xx responses') 5xx responses")
[ "$sold" = "$SALE_UNITS" ] || problems+=("$sold units paid in the database for $SALE_UNITS on sale")
[ "$lowest" -ge 0 ] 2>/dev/null && [ "$left" -eq $((SALE_UNITS - sold)) ] 2>/dev/null || problems+=("stock left $left (lowest $lowest) after $sold of $SALE_UNITS sold")
if [ ${#problems[@]} -gt 0 ]; then
  cat "$WORK/sale.md"; printf 'sale: %s\n' "${problems[@]}"; fail "the flash sale through nginx went wrong"
fi
echo "ok   flash sale through nginx on both nodes: $SALE_SHOPPERS shoppers, $sold of $SALE_UNITS units paid, 0 oversold, $left left, 0 5xx (Pay p50 / p99 $(sale 'Pay latency p50 / p99 (ms)' | sed 's,/, / ,') ms)"

( cd "$WORK" && dotnet "$WORK/bench/Shop.Bench.dll" cluster "http://127.0.0.1:$A_PORT" "http://127.0.0.1:$B_PORT" \
    "http://127.0.0.1:$LB_PORT" "$A_PID" "$SLUG" "$PRICE_SLUG" ) || { tail -20 "$WORK/b.log"; fail "cluster checks failed"; }

# Every order a shopper was told about is in the database, once. An order whose charge was in flight on the killed
# node stays Pending for the reconciler (its answer died with the node; the shopper saw "confirming your payment").
told=$(sql "SELECT n, COALESCE(o.\"Status\", '') FROM unnest(string_to_array(:'numbers', ',')) n LEFT JOIN \"Orders\" o ON o.\"Number\" = n;" \
  numbers="$(paste -sd, "$WORK/cluster-orders.txt")") || fail "could not read the orders from the database"
missing=0
while IFS='|' read -r number status; do
  [ -n "$number" ] || continue
  case "$status" in Paid|Pending) ;; *) echo "order $number: '$status'"; missing=$((missing + 1));; esac
done <<< "$told"
[ "$missing" -eq 0 ] || fail "$missing order(s) the shoppers were told about are not in the database"
paid=$(sql "SELECT COUNT(*) FROM \"Orders\" WHERE \"Status\" = 'Paid';")
pending=$(sql "SELECT COUNT(*) FROM \"Orders\" WHERE \"Status\" = 'Pending';")
shoppers=$(sql "SELECT COUNT(DISTINCT \"Email\") FROM \"Orders\" WHERE \"Status\" IN ('Paid','Pending');")
orders=$((paid + pending))
[ "$orders" -eq "$shoppers" ] || fail "$orders live orders for $shoppers shoppers: someone has two"
echo "ok   every order the shoppers saw is in the database ($paid paid, $pending awaiting the reconciler), one per shopper"

# Redis hangs (stopped, not gone: its clients wait out their timeouts): node B serves product pages uncached, each in a
# few seconds at most (one short wait, then it leaves Redis alone), not half a minute. Then node B is told to stop.
kill -STOP "${PIDS[0]}"
for slug in "$SLUG" "$PRICE_SLUG" "$SALE_SLUG"; do
  took=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 30 "http://127.0.0.1:$B_PORT/p/$slug")
  read -r code seconds <<< "$took"
  [ "$code" = 200 ] && awk -v s="$seconds" 'BEGIN { exit !(s < 5) }' || { kill -CONT "${PIDS[0]}"; tail -20 "$WORK/b.log"; fail "while Redis hung node B answered /p/$slug with $code after $seconds s"; }
done
echo "ok   while Redis hung node B served product pages in under 5 s each"
kill -TERM "$B_PID"
wait "$B_PID"; stopped=$?
kill -CONT "${PIDS[0]}"
[ "$stopped" -eq 0 ] || { tail -20 "$WORK/b.log"; fail "node B exited with $stopped when stopped while Redis hung"; }
echo "ok   node B stopped cleanly while Redis hung"

# A node started while Redis hangs starts and serves the catalog; a page that needs the shop's shared keys (sign-in's
# antiforgery token) is a 503 "try again", not a 500; once Redis answers, the node uses it without a restart.
kill -STOP "${PIDS[0]}"
( cd "$WORK/shop" && exec dotnet Shop.Web.dll --urls "http://127.0.0.1:$B_PORT" ) > "$WORK/b2.log" 2>&1 &
B_PID=$!; PIDS+=($B_PID)
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$B_PORT/health/live" >/dev/null && break; sleep 0.5; done
product=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "http://127.0.0.1:$B_PORT/p/$SLUG")
signin=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "http://127.0.0.1:$B_PORT/account/sign-in")
kill -CONT "${PIDS[0]}"
[ "$product" = 200 ] && [ "$signin" = 503 ] || { tail -30 "$WORK/b2.log"; fail "node B started while Redis hung answered the product page $product and sign-in $signin (200 and 503 expected)"; }
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$B_PORT/health/ready" >/dev/null && break; sleep 0.5; done
signin=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "http://127.0.0.1:$B_PORT/account/sign-in")
[ "$signin" = 200 ] || { tail -30 "$WORK/b2.log"; fail "node B answered sign-in $signin after Redis came back"; }
echo "ok   node B started while Redis hung (product page 200, sign-in 503) and signs in once Redis is back"
echo "cluster: PASS"
