#!/usr/bin/env bash
# .ci/virtuoso.sh — a private, loopback-only OpenLink Virtuoso for the partner-store tests.
#
# Usage:
#   bash .ci/virtuoso.sh install   # apt-get install Debian's virtuoso-opensource if virtuoso-t is missing
#   bash .ci/virtuoso.sh start     # install if needed, write $VIRTUOSO_DIR/virtuoso.ini, start the
#                                  # server, wait until SQL and HTTP answer, configure grants via isql,
#                                  # then print the connection settings (same output as `status`)
#   bash .ci/virtuoso.sh status    # exit 0 and print KEY=VALUE lines if the instance runs, else exit 3
#   bash .ci/virtuoso.sh stop      # clean shutdown through isql; SIGTERM, then SIGKILL if it hangs
#
# It never touches the system service (/etc/virtuoso-opensource-7, port 1111/8890): the instance
# has its own database and ini in $VIRTUOSO_DIR and listens on 127.0.0.1 only.
#
# Environment (all optional):
#   VIRTUOSO_DIR        work directory (database, ini, log, pid)        default /tmp/ml-virtuoso
#   VIRTUOSO_PORT       SQL/isql port on 127.0.0.1                      default 11111
#   VIRTUOSO_HTTP_PORT  HTTP port on 127.0.0.1                          default 18890
#                       (when a port was not given explicitly and the default is taken,
#                        the next free port is used; `status` tells which)
#   VIRTUOSO_USER       account for authenticated writes                 default ml_push
#   VIRTUOSO_PASSWORD   its password                                     default ml_push_pw
#   VIRTUOSO_DBA_PASSWORD  password of the `dba` account of this instance default dba
#   VIRTUOSO_FRESH=1    start from an empty database (wipe $VIRTUOSO_DIR/db first)
#   VIRTUOSO_START_TIMEOUT  seconds to wait for the server                default 120
#
# Endpoints (printed by start/status):
#   SPARQL (read, anonymous)        http://127.0.0.1:$HTTP/sparql
#   Graph Store Protocol, digest    http://127.0.0.1:$HTTP/sparql-graph-crud-auth   (VIRTUOSO_USER)
#   Graph Store Protocol, anonymous http://127.0.0.1:$HTTP/sparql-graph-crud        (read only: the
#                                   anonymous "SPARQL" account is NOT granted SPARQL_UPDATE)
#
# Grants made at start (idempotent): VIRTUOSO_USER is created as an SQL user with the
# SPARQL_SELECT and SPARQL_UPDATE roles, and its default RDF permissions are read+write (3);
# "nobody" keeps read-only (1) default RDF permissions. Writing through /sparql-graph-crud-auth
# needs SPARQL_UPDATE (the endpoint answers 401/403 otherwise); dba works too.
set -euo pipefail

DIR="${VIRTUOSO_DIR:-/tmp/ml-virtuoso}"
SQL_PORT_DEFAULT=11111
HTTP_PORT_DEFAULT=18890
PUSH_USER="${VIRTUOSO_USER:-ml_push}"
PUSH_PASSWORD="${VIRTUOSO_PASSWORD:-ml_push_pw}"
DBA_PASSWORD="${VIRTUOSO_DBA_PASSWORD:-dba}"
START_TIMEOUT="${VIRTUOSO_START_TIMEOUT:-120}"
STATE="$DIR/state.env"
PIDFILE="$DIR/virtuoso.pid"
LOG="$DIR/virtuoso.log"

log() { echo "virtuoso.sh: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

find_bin() {
    local b
    for b in virtuoso-t /usr/bin/virtuoso-t; do
        if command -v "$b" >/dev/null 2>&1; then command -v "$b"; return 0; fi
    done
    return 1
}
find_isql() {
    local b
    for b in isql-vt isql-v; do
        if command -v "$b" >/dev/null 2>&1; then command -v "$b"; return 0; fi
    done
    return 1
}

port_in_use() {  # 0 if something listens on 127.0.0.1:$1
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

port_lost() {  # 0 when our starting server logged that another process holds one of its (chosen) ports
    [[ -z "${VIRTUOSO_PORT:-}${VIRTUOSO_HTTP_PORT:-}" ]] \
        && grep -qE "Failed (to start listening|HTTP listen)" "$DIR/db/virtuoso.log" "$LOG" 2>/dev/null
}

pick_port() {  # $1 explicit value (may be empty) $2 default $3 attempt; prints the port
    local explicit="$1" p="$2" n=0
    if [[ -n "$explicit" ]]; then
        port_in_use "$explicit" && die "port $explicit (set explicitly) is already in use"
        echo "$explicit"; return
    fi
    # after a lost race, start at a random offset: starters that lost together would otherwise walk up
    # from the same port and collide again on each attempt (seen with three suites on one machine)
    if (( ${3:-1} > 1 )); then p=$((p + 1 + RANDOM % 400)); fi
    while port_in_use "$p"; do
        p=$((p + 1)); n=$((n + 1))
        (( n < 50 )) || die "no free port near $2"
    done
    echo "$p"
}

cmd_install() {
    if find_bin >/dev/null && find_isql >/dev/null; then
        log "virtuoso already installed: $(find_bin)"
        return 0
    fi
    [[ $(id -u) -eq 0 ]] || die "virtuoso-opensource is not installed and installing needs root (apt-get)"
    command -v apt-get >/dev/null || die "virtuoso-opensource is not installed and apt-get is not available"
    export DEBIAN_FRONTEND=noninteractive
    # Pre-seed the dba password questions (empty = keep the package default; our private
    # instance has its own database anyway) so that no prompt can block.
    if command -v debconf-set-selections >/dev/null; then
        printf '%s\n' \
            "virtuoso-opensource-7 virtuoso-opensource-7/dba-password password " \
            "virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password " \
            | debconf-set-selections || true
    fi
    local t0=$SECONDS
    local apt_opts=(-y -q --no-install-recommends -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
    if ! apt-get install "${apt_opts[@]}" virtuoso-opensource >&2; then
        log "apt-get install failed; running apt-get update and retrying"
        apt-get update -q >&2 || die "apt-get update failed"
        apt-get install "${apt_opts[@]}" virtuoso-opensource >&2 || die "apt-get install virtuoso-opensource failed"
    fi
    # The package may have started the system service; it is not ours, leave it, but make sure
    # our binaries are there.
    find_bin >/dev/null || die "virtuoso-t not found after install"
    log "installed virtuoso-opensource in $((SECONDS - t0)) s"
}

running_pid() {  # prints the pid and returns 0 if our instance is alive
    [[ -f "$PIDFILE" ]] || return 1
    local pid; pid=$(cat "$PIDFILE" 2>/dev/null || true)
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
    # guard against pid reuse: the process must be virtuoso-t with our ini
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$DIR/virtuoso.ini" || return 1
    echo "$pid"
}

isql() {  # isql <user> <password> ; SQL on stdin
    local port; port=$(. "$STATE"; echo "$VIRTUOSO_PORT")
    "$(find_isql)" "127.0.0.1:$port" "$1" "$2" VERBOSE=OFF BANNER=OFF PROMPT=OFF ECHO=OFF ERRORS=STDOUT
}

write_ini() {  # $1 sql port $2 http port
    mkdir -p "$DIR/db" "$DIR/vsp"
    cat >"$DIR/virtuoso.ini" <<EOF
; written by .ci/virtuoso.sh — private test instance, loopback only
[Database]
DatabaseFile       = $DIR/db/virtuoso.db
ErrorLogFile       = $DIR/db/virtuoso.log
LockFile           = $DIR/db/virtuoso.lck
TransactionFile    = $DIR/db/virtuoso.trx
xa_persistent_file = $DIR/db/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $DIR/db/virtuoso-temp.db
TransactionFile    = $DIR/db/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort               = 127.0.0.1:$1
LiteMode                 = 0
DisableUnixSocket        = 1
DisableTcpSocket         = 0
MaxClientConnections     = 10
CheckpointInterval       = 60
O_DIRECT                 = 0
CaseMode                 = 2
MaxStaticCursorRows      = 5000
CheckpointAuditTrail     = 0
AllowOSCalls             = 0
SchedulerInterval        = 10
DirsAllowed              = ., $DIR
ThreadCleanupInterval    = 0
ThreadThreshold          = 10
ResourcesCleanupInterval = 0
FreeTextBatchSize        = 100000
SingleCPU                = 0
VADInstallDir            = /usr/share/virtuoso-opensource-7/vad/
PrefixResultNames        = 0
RdfFreeTextRulesSize     = 100
IndexTreeMaps            = 64
MaxQueryMem              = 1G
MaxMemPoolSize           = 2000000000
VectorSize               = 1000
MaxVectorSize            = 1000000
AdjustVectorSize         = 0
ThreadsPerQuery          = 2
AsyncQueueMaxThreads     = 4
NumberOfBuffers          = 10000
MaxDirtyBuffers          = 6000

[HTTPServer]
ServerPort                  = 127.0.0.1:$2
ServerRoot                  = $DIR/vsp
MaxClientConnections        = 10
DavRoot                     = DAV
EnabledDavVSP               = 0
HTTPProxyEnabled            = 0
TempASPXDir                 = 0
ServerThreads               = 10
MaxKeepAlives               = 10
KeepAliveTimeout            = 10
MaxCachedProxyConnections   = 10
ProxyConnectionCacheTimeout = 15
HTTPThreadSize              = 280000
HttpPrintWarningsInOutput   = 0
Charset                     = UTF-8
EnabledGzipContent          = 0

[AutoRepair]
BadParentLinks = 0

[Client]
SQL_PREFETCH_ROWS  = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT  = 0
SQL_TXN_TIMEOUT    = 0

[VDB]
ArrayOptimization           = 0
NumArrayParameters          = 10
VDBDisconnectTimeout        = 1000
KeepConnectionOnFixedThread = 0

[Replication]
ServerName   = ml-test
ServerEnable = 1
QueueMax     = 50000

[URIQA]
DynamicLocal = 0
DefaultHost  = 127.0.0.1:$2

[SPARQL]
ResultSetMaxRows           = 100000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime      = 60
DefaultGraph               = urn:ml:virtuoso:default
EOF
}

print_state() {
    # shellcheck disable=SC1090
    . "$STATE"
    cat <<EOF
VIRTUOSO_DIR=$DIR
VIRTUOSO_PID=$(running_pid || echo)
VIRTUOSO_PORT=$VIRTUOSO_PORT
VIRTUOSO_HTTP_PORT=$VIRTUOSO_HTTP_PORT
VIRTUOSO_SPARQL=http://127.0.0.1:$VIRTUOSO_HTTP_PORT/sparql
VIRTUOSO_GSP=http://127.0.0.1:$VIRTUOSO_HTTP_PORT/sparql-graph-crud-auth
VIRTUOSO_GSP_ANON=http://127.0.0.1:$VIRTUOSO_HTTP_PORT/sparql-graph-crud
VIRTUOSO_USER=$PUSH_USER
EOF
}

http_ready() {  # 0 when /sparql answers a trivial ASK
    local port="$1"
    command -v curl >/dev/null && {
        curl -fsS -m 5 -o /dev/null "http://127.0.0.1:$port/sparql?query=ASK%7B%7D" 2>/dev/null
        return
    }
    python3 - "$port" <<'PY' 2>/dev/null
import sys, urllib.request
urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/sparql?query=ASK%7B%7D", timeout=5).read()
PY
}

owns_port() {  # 0 when process $1 holds the listening socket of 127.0.0.1:$2 (read from /proc)
    python3 - "$1" "$2" <<'PY' 2>/dev/null
import os, sys
pid, port = sys.argv[1], int(sys.argv[2])
inodes = set()
for table in ("/proc/net/tcp", "/proc/net/tcp6"):
    try:
        rows = open(table).read().splitlines()[1:]
    except OSError:
        continue
    for row in rows:
        f = row.split()
        if f[3] == "0A" and int(f[1].rsplit(":", 1)[1], 16) == port:
            inodes.add(f[9])
for fd in os.listdir(f"/proc/{pid}/fd"):
    try:
        target = os.readlink(f"/proc/{pid}/fd/{fd}")
    except OSError:
        continue
    if target.startswith("socket:[") and target[8:-1] in inodes:
        sys.exit(0)
sys.exit(1)
PY
}

sql_escape() { printf "%s" "$1" | sed "s/'/''/g"; }

configure() {
    local u p d
    u=$(sql_escape "$PUSH_USER"); p=$(sql_escape "$PUSH_PASSWORD")
    # The default dba password of a fresh database is "dba"; change it once if asked to.
    if [[ "$DBA_PASSWORD" != "dba" ]] && echo "select 1;" | isql dba dba >/dev/null 2>&1; then
        d=$(sql_escape "$DBA_PASSWORD")
        echo "SET PASSWORD dba \"$d\";" | isql dba dba >/dev/null 2>&1 || true
    fi
    local out
    out=$(isql dba "$DBA_PASSWORD" <<SQL 2>&1
-- push account: created once, password reset at every start
DB.DBA.USER_CREATE ('$u', '$p');
USER_SET_PASSWORD ('$u', '$p');
GRANT SPARQL_SELECT TO "$u";
GRANT SPARQL_UPDATE TO "$u";
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('$u', 3);
-- anonymous readers (/sparql and /sparql-graph-crud GET): read only
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 1);
checkpoint;
SQL
) || true
    # USER_CREATE fails harmlessly when the user exists; show anything else
    if grep -iE "error|\*\*\*" <<<"$out" | grep -viE "already exists|already have role|U0013" >&2; then
        log "some configuration statements reported errors (see above)"
    fi
    # check that the account works
    echo "select 1;" | isql "$PUSH_USER" "$PUSH_PASSWORD" >/dev/null 2>&1 \
        || die "the push account '$PUSH_USER' cannot log in after configuration"
}

cmd_start() {
    if running_pid >/dev/null; then
        log "already running (pid $(running_pid))"
        configure
        print_state
        return 0
    fi
    cmd_install
    local bin; bin=$(find_bin)
    mkdir -p "$DIR"
    if [[ "${VIRTUOSO_FRESH:-0}" == 1 ]]; then rm -rf "$DIR/db"; fi
    rm -f "$DIR/db/virtuoso.lck"
    # Two test runs side by side may both find the same port free and start at once: the loser
    # cannot listen, and a readiness check would be answered by the winner. So the ports count only
    # when our own process holds them; otherwise stop ours and try the next ports.
    local attempt sql_port http_port t0=$SECONDS pid
    for attempt in 1 2 3 4 5 6 7 8; do
        sql_port=$(pick_port "${VIRTUOSO_PORT:-}" "$SQL_PORT_DEFAULT" "$attempt")
        http_port=$(pick_port "${VIRTUOSO_HTTP_PORT:-}" "$HTTP_PORT_DEFAULT" "$attempt")
        [[ "$sql_port" != "$http_port" ]] || die "SQL and HTTP port are the same ($sql_port)"
        write_ini "$sql_port" "$http_port"
        printf 'VIRTUOSO_PORT=%s\nVIRTUOSO_HTTP_PORT=%s\n' "$sql_port" "$http_port" >"$STATE"
        log "starting virtuoso-t on 127.0.0.1:$sql_port (SQL) and 127.0.0.1:$http_port (HTTP), dir $DIR"
        rm -f "$DIR/db/virtuoso.lck"
        (
            cd "$DIR"
            exec setsid "$bin" +foreground +configfile "$DIR/virtuoso.ini" </dev/null >>"$LOG" 2>&1
        ) &
        echo $! >"$PIDFILE"
        local deadline=$((SECONDS + START_TIMEOUT)) lost=0
        until http_ready "$http_port" && pid=$(running_pid) \
                && owns_port "$pid" "$http_port" && owns_port "$pid" "$sql_port"; do
            if port_lost; then
                if pid=$(running_pid); then kill -9 "$pid" 2>/dev/null || true; fi
                while running_pid >/dev/null; do sleep 0.2; done
                lost=1; break
            fi
            if ! running_pid >/dev/null; then
                # it may have logged the lost port and exited just after the read above: read the log again
                if port_lost; then lost=1; break; fi
                tail -n 30 "$LOG" >&2 || true
                tail -n 30 "$DIR/db/virtuoso.log" >&2 2>/dev/null || true
                die "virtuoso-t exited during startup (log: $LOG, $DIR/db/virtuoso.log)"
            fi
            if (( SECONDS > deadline )); then
                tail -n 30 "$DIR/db/virtuoso.log" >&2 2>/dev/null || true
                cmd_stop || true
                die "virtuoso did not answer on http://127.0.0.1:$http_port/sparql within ${START_TIMEOUT}s"
            fi
            sleep 0.5
        done
        (( lost )) || break
        log "another process took port $sql_port or $http_port first (attempt $attempt); trying the next ports"
        mv -f "$DIR/db/virtuoso.log" "$DIR/db/virtuoso.log.attempt$attempt" 2>/dev/null || true
        mv -f "$LOG" "$LOG.attempt$attempt" 2>/dev/null || true
        (( attempt < 8 )) || die "could not get two free ports after 8 attempts"
    done
    configure
    log "virtuoso ready in $((SECONDS - t0)) s (pid $(running_pid))"
    print_state
}

cmd_stop() {
    local pid
    if ! pid=$(running_pid); then
        log "not running"
        rm -f "$PIDFILE"
        return 0
    fi
    # clean shutdown (checkpoint + exit) through SQL
    echo "shutdown;" | isql dba "$DBA_PASSWORD" >/dev/null 2>&1 || true
    local i
    for i in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "no clean shutdown within 30 s; sending SIGTERM"
        kill -TERM "$pid" 2>/dev/null || true
        for i in $(seq 1 20); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
    fi
    if kill -0 "$pid" 2>/dev/null; then
        log "still alive; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$PIDFILE"
    log "stopped"
}

cmd_status() {
    if running_pid >/dev/null && [[ -f "$STATE" ]]; then
        print_state
        return 0
    fi
    echo "virtuoso: not running (dir $DIR)"
    return 3
}

case "${1:-}" in
    install) cmd_install ;;
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    *) echo "usage: $0 install|start|stop|status" >&2; exit 2 ;;
esac
