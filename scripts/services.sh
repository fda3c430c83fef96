# Sourced by scripts/test.sh: the real services the test suite drives.
#
# ensure_chromium: Debian's Chromium for the dashboard's browser tests (Playwright drives it;
# it never downloads a browser of its own).
# start_test_postgres: a throwaway PostgreSQL server for the store tests. Installs Debian's
# `postgresql` when no server binaries are present, starts a private cluster in a temporary
# directory on a loopback port (as the unprivileged `postgres` user when run as root),
# exports WHIMBREL_TEST_PG for the tests, and registers a trap that stops it and removes the
# directory. Installing needs root; without it, a missing service is reported and its tests
# skip with a reason.

is_root() {
    [ "$(id -u)" = "0" ]
}

apt_install() {
    if ! is_root; then
        echo "test: $1 is not installed and installing it needs root; its tests will skip" >&2
        return 1
    fi
    echo "test: installing Debian's $1 package" >&2
    export DEBIAN_FRONTEND=noninteractive
    if [ -z "${APT_UPDATED:-}" ]; then
        apt-get update -qq
        APT_UPDATED=1
    fi
    apt-get install -y -qq "$1" >/dev/null
}

ensure_chromium() {
    [ -x /usr/bin/chromium ] || apt_install chromium || true
}

pg_bindir() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            echo "$dir"
        fi
    done | sort -V | tail -n 1
}

start_test_postgres() {
    local bindir
    bindir="$(pg_bindir)"
    if [ -z "$bindir" ]; then
        apt_install postgresql || return 1
        bindir="$(pg_bindir)"
    fi
    if [ -z "$bindir" ]; then
        echo "test: no PostgreSQL server binaries after install" >&2
        return 1
    fi
    local runner=()
    if [ "$(id -u)" = "0" ]; then
        id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
        runner=(runuser -u postgres --)
    fi
    PG_TEST_DIR="$(mktemp -d /tmp/whimbrel-pg.XXXXXX)"
    [ "${#runner[@]}" -gt 0 ] && chown postgres "$PG_TEST_DIR"
    local port
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    "${runner[@]}" "$bindir/initdb" -D "$PG_TEST_DIR/data" -U whimbrel --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    "${runner[@]}" "$bindir/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$PG_TEST_DIR -c fsync=off" \
        start >/dev/null
    PG_TEST_BINDIR="$bindir"
    PG_TEST_RUNNER=("${runner[@]}")
    trap stop_test_postgres EXIT
    "${runner[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U whimbrel whimbrel_test
    export WHIMBREL_TEST_PG="postgresql+psycopg://whimbrel@127.0.0.1:$port/whimbrel_test"
    echo "test: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}

stop_test_postgres() {
    if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR/data" ]; then
        "${PG_TEST_RUNNER[@]}" "$PG_TEST_BINDIR/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w stop \
            >/dev/null 2>&1 || true
        rm -rf "$PG_TEST_DIR"
    fi
}
