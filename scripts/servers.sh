# Installs and starts the servers IOC needs as local background processes. Sourced by ./ioc.

# Installs the Debian packages named, only those whose command is missing ("command:package" pairs).
ensure_packages() {
  local missing=()
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || [ -x "${pair%%:*}" ] || missing+=("${pair##*:}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "Installing ${missing[*]} (apt-get)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# True when the postgres user can reach (traverse) the folder given.
postgres_can_reach() { runuser -u postgres -- test -x "$1" 2>/dev/null; }

# The folder PostgreSQL keeps its data in: under the data folder when the postgres user can reach it,
# else under /var/lib/ioc (a checkout under a private home folder is not reachable).
pg_data_dir() {
  local data=$1
  if postgres_can_reach "$data"; then
    echo "$data/pg"
  else
    echo "/var/lib/ioc/pg-$(echo -n "$data" | md5sum | cut -c1-12)"
  fi
}

# start_postgres DATA_DIR PORT: initdb once, start (or reuse), create the ioc role and database.
start_postgres() {
  local dir=$1 port=$2 bin
  bin=$(pg_bin)
  mkdir -p "$dir"
  chown postgres:postgres "$dir"
  chmod 700 "$dir"
  if [ ! -f "$dir/PG_VERSION" ]; then
    runuser -u postgres -- "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
  fi
  if runuser -u postgres -- "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    say "PostgreSQL already running on 127.0.0.1:$port (reused)"
  else
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
      -o "-h 127.0.0.1 -p $port -k $dir" start >/dev/null
    say "PostgreSQL started on 127.0.0.1:$port (data in $dir)"
  fi
  local psql=(runuser -u postgres -- "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qtA)
  if [ "$("${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = 'ioc'")" != 1 ]; then
    "${psql[@]}" -c "CREATE ROLE ioc LOGIN PASSWORD 'ioc' CREATEDB" >/dev/null
  fi
  if [ "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = 'ioc'")" != 1 ]; then
    "${psql[@]}" -c "CREATE DATABASE ioc OWNER ioc" >/dev/null
  fi
}

stop_postgres() {
  local dir=$1
  [ -f "$dir/postmaster.pid" ] || return 0
  runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 && say "PostgreSQL stopped"
}

# start_influx DATA_DIR HTTP_PORT RPC_PORT: influxd with everything under DATA_DIR/influx.
start_influx() {
  local dir=$1/influx http=$2 rpc=$3
  mkdir -p "$dir"
  if pid_alive "$1/influxd.pid"; then
    say "InfluxDB already running on 127.0.0.1:$http (reused)"
    return 0
  fi
  sed -e "s|{{DIR}}|$dir|g" -e "s|{{HTTP_PORT}}|$http|g" -e "s|{{RPC_PORT}}|$rpc|g" \
    "$ROOT/scripts/influxdb.conf.template" >"$dir/influxdb.conf"
  nohup influxd -config "$dir/influxdb.conf" >"$dir/influxd.log" 2>&1 &
  echo $! >"$1/influxd.pid"
  wait_http "http://127.0.0.1:$http/ping" 60 || fail "InfluxDB did not answer on 127.0.0.1:$http (see $dir/influxd.log)"
  say "InfluxDB started on 127.0.0.1:$http (data in $dir)"
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# stop_pid FILE NAME: stops the process whose pid the file holds, and only that one.
stop_pid() {
  local file=$1 name=$2
  if pid_alive "$file"; then
    local pid
    pid=$(cat "$file")
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
    say "$name stopped"
  fi
  rm -f "$file"
}

# wait_http URL SECONDS: true once the URL answers 2xx.
wait_http() {
  local url=$1 seconds=$2
  for _ in $(seq 1 $((seconds * 5))); do
    curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null && return 0
    sleep 0.2
  done
  return 1
}
