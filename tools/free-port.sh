#!/usr/bin/env bash
# free_port START: prints the first port from START up that nothing on 127.0.0.1 accepts connections on.
# Sourced by the scripts that start servers, so that a port left taken by another run does not fail them.
free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}
