#!/usr/bin/env bash
# Two Shop.Web nodes sharing one database and Redis, nginx round-robin in front, all on 127.0.0.1:
#  - a cart filled on node A is checked out on node B, as a guest and signed in on node A (data-protection keys
#    shared through Redis: cookies and tokens issued by one node are accepted by the other); a page node B keeps
#    for the signed-in shopper shows what they add to the cart on node A at the next request (cart stamps in Redis);
#  - staff sign in on node A and change a price; the next anonymous request to node B shows it (output cache and
#    catalog data cache see the change at once);
#  - a product page connected to node B, and one through nginx (WebSockets), hears a sale made on node A (SignalR
#    Redis backplane);
#  - checkouts through nginx keep succeeding while node A is killed half-way, with no lost or doubled orders;
#  - both nodes answer /health/ready with Redis in the checks;
#  - a node stopped while Redis does not answer still stops cleanly (exit code 0).
# Prints "cluster: PASS" or "cluster: FAIL" last; exit code 0 on pass. Installs redis-server, nginx, sqlite3 if missing.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=$(mktemp -d /tmp/shop-cluster.XXXXXX)
REDIS_PORT=${REDIS_PORT:-6391}; A_PORT=${A_PORT:-5341}; B_PORT=${B_PORT:-5342}; LB_PORT=${LB_PORT:-5340}
PIDS=()
# The nodes get up to 10 s to stop before their files are deleted.
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null
  for _ in $(seq 1 20); do kill -0 "${PIDS[@]}" 2>/dev/null || break; sleep 0.5; done
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "cluster: $*"; echo "cluster: FAIL"; exit 1; }

missing=()
command -v redis-server >/dev/null || missing+=(redis-server)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v sqlite3 >/dev/null || missing+=(sqlite3)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >/dev/null \
    || fail "could not install ${missing[*]}"
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

dotnet publish Shop.Web -c Release -o "$WORK/shop" -v q -nologo >/dev/null || fail "publish failed"
dotnet publish bench/Shop.Bench -c Release -o "$WORK/bench" -v q -nologo >/dev/null || fail "publish of the driver failed"

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no > "$WORK/redis.log" 2>&1 &
PIDS+=($!)

# The administrator staff sign in as: a throwaway password for this run only.
SHOP_STAFF_EMAIL=staff@cluster.test
SHOP_STAFF_PASSWORD="Cluster-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
export SHOP_STAFF_EMAIL SHOP_STAFF_PASSWORD Shop__Admin__Email="$SHOP_STAFF_EMAIL" Shop__Admin__Password="$SHOP_STAFF_PASSWORD"
export ASPNETCORE_ENVIRONMENT=Production Shop__DataDirectory="$WORK/data" Shop__SeedDemoCatalog=true \
  Redis__Configuration="127.0.0.1:$REDIS_PORT" Database__MigrateOnStartup=false Logging__LogLevel__Default=Warning \
  RateLimits__checkout__PermitLimit=100000 ForwardedHeaders__KnownProxies__0=127.0.0.1 Shop__PublicUrl="http://127.0.0.1:$LB_PORT"
( cd "$WORK/shop" && dotnet Shop.Web.dll migrate ) > "$WORK/migrate.log" 2>&1 || { cat "$WORK/migrate.log"; fail "migrate failed"; }
# Products without options (one variant each): a sale and a price change touch exactly what the checks read.
SLUG=$(sqlite3 "$WORK/data/shop.db" "SELECT Slug FROM Products WHERE NOT EXISTS (SELECT 1 FROM ProductOptions o WHERE o.ProductId = Products.Id) ORDER BY Id LIMIT 1 OFFSET 33;")
PRICE_SLUG=$(sqlite3 "$WORK/data/shop.db" "SELECT Slug FROM Products WHERE IsPublished = 1 AND CAST(Price AS REAL) > 1 AND NOT EXISTS (SELECT 1 FROM ProductOptions o WHERE o.ProductId = Products.Id) ORDER BY Id LIMIT 1 OFFSET 40;")
sqlite3 "$WORK/data/shop.db" "UPDATE ProductVariants SET StockOnHand = 1000 WHERE ProductId = (SELECT Id FROM Products WHERE Slug = '$SLUG');"

( cd "$WORK/shop" && exec dotnet Shop.Web.dll --urls "http://127.0.0.1:$A_PORT" ) > "$WORK/a.log" 2>&1 &
A_PID=$!; PIDS+=($A_PID)
( cd "$WORK/shop" && exec dotnet Shop.Web.dll --urls "http://127.0.0.1:$B_PORT" ) > "$WORK/b.log" 2>&1 &
B_PID=$!; PIDS+=($B_PID)

cat > "$WORK/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx-body; proxy_temp_path $WORK/nginx-proxy;
  fastcgi_temp_path $WORK/nginx-fcgi; uwsgi_temp_path $WORK/nginx-uwsgi; scgi_temp_path $WORK/nginx-scgi;
  upstream shop { server 127.0.0.1:$A_PORT max_fails=1 fail_timeout=10s; server 127.0.0.1:$B_PORT max_fails=1 fail_timeout=10s; }
  # As deploy/nginx.conf: only the shop's own host is passed on; any other Host header gets no answer.
  server {
    listen 127.0.0.1:$LB_PORT default_server;
    return 444;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    server_name 127.0.0.1;
    location /hubs/ {
      proxy_pass http://shop;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection "upgrade";
      proxy_set_header Host \$host;
    }
    location / {
      proxy_pass http://shop;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
NGINX
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK" -e "$WORK/nginx-error.log" || fail "nginx did not start"

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

( cd "$WORK" && dotnet "$WORK/bench/Shop.Bench.dll" cluster "http://127.0.0.1:$A_PORT" "http://127.0.0.1:$B_PORT" \
    "http://127.0.0.1:$LB_PORT" "$A_PID" "$SLUG" "$PRICE_SLUG" ) || { tail -20 "$WORK/b.log"; fail "cluster checks failed"; }

# Every order a shopper was told about is in the database, once. An order whose charge was in flight on the killed
# node stays Pending for the reconciler (its answer died with the node; the shopper saw "confirming your payment").
missing=0
while read -r number; do
  status=$(sqlite3 "$WORK/data/shop.db" "SELECT Status FROM Orders WHERE Number = '$number';")
  case "$status" in Paid|Pending) ;; *) echo "order $number: '$status'"; missing=$((missing + 1));; esac
done < "$WORK/cluster-orders.txt"
[ "$missing" -eq 0 ] || fail "$missing order(s) the shoppers were told about are not in the database"
paid=$(sqlite3 "$WORK/data/shop.db" "SELECT COUNT(*) FROM Orders WHERE Status = 'Paid';")
pending=$(sqlite3 "$WORK/data/shop.db" "SELECT COUNT(*) FROM Orders WHERE Status = 'Pending';")
shoppers=$(sqlite3 "$WORK/data/shop.db" "SELECT COUNT(DISTINCT Email) FROM Orders WHERE Status IN ('Paid','Pending');")
orders=$((paid + pending))
[ "$orders" -eq "$shoppers" ] || fail "$orders live orders for $shoppers shoppers: someone has two"
echo "ok   every order the shoppers saw is in the database ($paid paid, $pending awaiting the reconciler), one per shopper"

# Redis hangs (stopped, not gone: its clients wait out their timeouts), then node B is told to stop.
kill -STOP "${PIDS[0]}"
kill -TERM "$B_PID"
wait "$B_PID"; stopped=$?
kill -CONT "${PIDS[0]}"
[ "$stopped" -eq 0 ] || { tail -20 "$WORK/b.log"; fail "node B exited with $stopped when stopped while Redis hung"; }
echo "ok   node B stopped cleanly while Redis hung"
echo "cluster: PASS"
