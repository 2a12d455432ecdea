#!/usr/bin/env bash
# nginx on 127.0.0.1, round-robin over shop nodes on loopback ports, set up as deploy/nginx.conf (other hosts get no
# answer, /hubs/ upgraded to WebSockets, client address and scheme passed on). For the cluster check and the bench.
#   tools/balancer.sh start DIR PORT NODE_PORT...   writes DIR/nginx.conf, starts nginx (pid in DIR/nginx.pid)
#   tools/balancer.sh stop DIR                      stops it (DIR is left for the caller to remove)
set -euo pipefail

cmd=${1:-}
dir=${2:-}
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

case "$cmd" in
  start)
    [ $# -ge 4 ] || { echo "usage: $0 start DIR PORT NODE_PORT..." >&2; exit 2; }
    port=$3; shift 3
    servers=""
    for node in "$@"; do servers+="server 127.0.0.1:$node max_fails=1 fail_timeout=10s; "; done
    mkdir -p "$dir"
    # Connections: a flash sale keeps 10,000 shoppers' connections open, each Pay with one to a node besides, and may
    # open them all at once (backlog). A worker may not raise its open-file limit above the hard one (20,000 on some
    # machines, too few for 10,000 shoppers and their 10,000 upstream connections), so one worker per core shares them.
    nofile=$(ulimit -Hn); [ "$nofile" = unlimited ] && nofile=65536
    connections=$(( nofile < 24576 ? nofile : 24576 ))
    cat > "$dir/nginx.conf" <<NGINX
worker_processes auto;
worker_rlimit_nofile $nofile;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log;
events { worker_connections $connections; }
http {
  access_log off;
  # Workers run as nobody and may not reach DIR: answers pass through memory, never a temp file.
  proxy_max_temp_file_size 0;
  client_body_temp_path $dir/nginx-body; proxy_temp_path $dir/nginx-proxy;
  fastcgi_temp_path $dir/nginx-fcgi; uwsgi_temp_path $dir/nginx-uwsgi; scgi_temp_path $dir/nginx-scgi;
  # Connections to the nodes are kept open and reused (HTTP/1.1), as a proxy in front of a shop should: otherwise each
  # request opens and closes one, and a node spends its processor on new connections.
  upstream shop { $servers keepalive 1024; }
  server {
    listen 127.0.0.1:$port default_server backlog=4096;
    return 444;
  }
  server {
    listen 127.0.0.1:$port;
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
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_next_upstream error timeout http_502 http_503;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
NGINX
    "$NGINX" -c "$dir/nginx.conf" -p "$dir" -e "$dir/nginx-error.log"
    ;;
  stop)
    [ -f "$dir/nginx.pid" ] && kill "$(cat "$dir/nginx.pid")" 2>/dev/null || true
    ;;
  *)
    echo "usage: $0 start DIR PORT NODE_PORT... | stop DIR" >&2
    exit 2
    ;;
esac
