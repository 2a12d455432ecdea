#!/usr/bin/env bash
# free_port START: prints the first port from START up that nothing on 127.0.0.1 accepts connections on and, where
# `ss` is there to ask, no open socket uses as its own port: a sale's thousands of outgoing connections take ports from
# the kernel's range (32768-60999 by default), where one can be held that accepts nothing yet cannot be bound; the
# scripts' PostgreSQL ports start above it (614xx), the others below it.
# Sourced by the scripts that start servers, so that a port left taken by another run does not fail them.
free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || port_in_use "$port"; do port=$((port + 1)); done
  echo "$port"
}

# port_in_use PORT: whether an open socket (not one closing in TIME-WAIT, which a server may bind over) has that port.
port_in_use() {
  command -v ss >/dev/null && [ -n "$(ss -Htan exclude time-wait "sport = :$1" 2>/dev/null)" ]
}
