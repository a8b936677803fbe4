# shellcheck shell=bash
# A Spark standalone cluster on 127.0.0.1 (one Master, one Worker) from the Spark jars Maven resolved, for run-demo
# and jobs/sizing/measure, which source this file. Nothing is downloaded and nothing listens beyond loopback.
#
# The caller sets REPO (the checkout) and CLUSTER_DIR (a work directory under target/), then calls
# prepare_spark_home, start_master, start_worker. Every process started here is recorded in STARTED_PIDS;
# stop_started stops them by PID, with the executors and drivers the Worker launched, and is safe to call twice:
# callers run it from an EXIT trap so that a failure stops the cluster too.
#
# Why each setting (see ../shared/notes/spark-java17.md, section 3):
# - the Worker builds executor command lines from $SPARK_HOME/jars, not from its own class path: SPARK_HOME needs a
#   jars/ folder, and SPARK_SCALA_VERSION=2.13, else Spark's launcher looks for a source build and fails;
# - SPARK_LOCAL_IP=127.0.0.1 binds every RPC, block manager and web UI port of every process to loopback;
# - the Master opens a REST submission server (port 6066) unless spark.master.rest.enabled=false.

STARTED_PIDS=()
CHOSEN_PORTS=()
SPARK_JVM_FLAGS=""

log() {
  printf '%s %s: %s\n' "$(date +%H:%M:%S)" "${LOG_NAME:-local-cluster}" "$*" >&2
}

fail() {
  log "FAILED: $*"
  exit 1
}

seconds_now() {
  date +%s.%N
}

seconds_since() {
  awk -v start="$1" -v now="$(date +%s.%N)" 'BEGIN { printf "%.1f", now - start }'
}

# java 17 (or 21) from JAVA_HOME or PATH, as bin/paivand requires; exported so the Worker's executors use it too
require_java() {
  local java_command="java"
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    java_command="$JAVA_HOME/bin/java"
  fi
  command -v "$java_command" >/dev/null 2>&1 || fail "no java found: install a JDK 17 or set JAVA_HOME"
  local major
  major="$("$java_command" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  [[ "$major" == 17 || "$major" == 21 ]] || fail "Java $major at $java_command; Spark 4 needs Java 17 (set JAVA_HOME)"
  if [[ -z "${JAVA_HOME:-}" ]]; then
    JAVA_HOME="$("$java_command" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')"
    export JAVA_HOME
  fi
  SPARK_JVM_FLAGS="$(sed -n 's/^spark.jvm.flags=//p' "$REPO/.mvn/spark-jvm-flags.properties")"
}

# Builds the application (./mvnw package, tests skipped) if the jar, the class path or the test-scope tools the
# scripts run are missing, or older than the sources. PAIVAND_MAVEN_FLAGS passes options such as -o to Maven.
build_if_needed() {
  local jar="$REPO/target/paivand.jar"
  if [[ -f "$jar" && -f "$REPO/target/classpath.txt" \
      && -f "$REPO/target/test-classes/org/paivand/spark/OutputComparison.class" \
      && -z "$(find "$REPO/src" "$REPO/pom.xml" "$REPO/.mvn" -newer "$jar" -type f -print -quit)" ]]; then
    return 0
  fi
  log "building (./mvnw package, tests skipped) ..."
  # shellcheck disable=SC2086 # PAIVAND_MAVEN_FLAGS is a list of Maven options
  (cd "$REPO" && ./mvnw -B -q ${PAIVAND_MAVEN_FLAGS:-} -DskipTests package)
}

# Sets the variable named $1 to a TCP port nothing listens on and that this run has not chosen already.
pick_port() {
  local port listening
  listening=" $(ss -Htln | awk '{ sub(/.*:/, "", $4); printf "%s ", $4 }') ${CHOSEN_PORTS[*]:-} "
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 30000))
    if [[ "$listening" != *" $port "* ]]; then
      CHOSEN_PORTS+=("$port")
      printf -v "$1" '%s' "$port"
      return 0
    fi
  done
  fail "no free TCP port found between 20000 and 49999"
}

# SPARK_HOME under CLUSTER_DIR: jars/ links every jar of Spark's runtime class path as Maven resolved it
# (target/classpath.txt: Spark, Hadoop, Parquet, Jackson, ICU), except picocli, which is paivand's alone and travels
# relocated inside the application jar, as it would on a real cluster.
prepare_spark_home() {
  SPARK_HOME="$CLUSTER_DIR/spark-home"
  export SPARK_HOME SPARK_CONF_DIR="$SPARK_HOME/conf" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
  export SPARK_LOG_DIR="$CLUSTER_DIR/logs"
  rm -rf "$CLUSTER_DIR"
  mkdir -p "$SPARK_HOME/jars" "$SPARK_HOME/bin" "$SPARK_CONF_DIR" "$SPARK_LOG_DIR" "$CLUSTER_DIR/work"
  local jar count=0
  while IFS= read -r jar; do
    [[ -n "$jar" ]] || continue
    case "$(basename "$jar")" in
      picocli-*) continue ;;
    esac
    ln -s "$jar" "$SPARK_HOME/jars/"
    count=$((count + 1))
  done < <(tr ':' '\n' <"$REPO/target/classpath.txt")
  local here
  here="$REPO/jobs/local-cluster"
  cp "$here/spark-class" "$here/spark-submit" "$SPARK_HOME/bin/"
  cp "$here/log4j2.properties" "$SPARK_CONF_DIR/"
  log "SPARK_HOME $SPARK_HOME: $count jars linked from the local Maven repository"
}

# Waits up to $2 seconds for the command "$3 ..." to succeed while process $1 lives; fails with its log otherwise.
wait_for() {
  local pid="$1" timeout="$2" what="$3"
  shift 3
  local deadline=$((SECONDS + timeout))
  until "$@"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      fail "$what: process $pid exited; see $SPARK_LOG_DIR"
    fi
    if ((SECONDS >= deadline)); then
      fail "$what: not ready after ${timeout} s; see $SPARK_LOG_DIR"
    fi
    sleep 0.5
  done
}

master_json() {
  curl -sf --max-time 5 "http://127.0.0.1:$MASTER_UI_PORT/json/"
}

master_is_alive() {
  master_json 2>/dev/null | grep -Eq '"status" *: *"ALIVE"'
}

worker_is_registered() {
  master_json 2>/dev/null | grep -Eq '"aliveworkers" *: *[1-9]'
}

start_master() {
  pick_port MASTER_PORT
  pick_port MASTER_UI_PORT
  MASTER_URL="spark://127.0.0.1:$MASTER_PORT"
  SPARK_DAEMON_MEMORY=512m SPARK_DAEMON_JAVA_OPTS="-Dspark.master.rest.enabled=false" \
    "$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port "$MASTER_PORT" --webui-port "$MASTER_UI_PORT" >"$SPARK_LOG_DIR/master.log" 2>&1 &
  MASTER_PID=$!
  STARTED_PIDS+=("$MASTER_PID")
  wait_for "$MASTER_PID" 90 "the Master" master_is_alive
  log "Master $MASTER_URL (pid $MASTER_PID, web UI http://127.0.0.1:$MASTER_UI_PORT)"
}

# start_worker CORES MEMORY: one Worker offering that much to applications (drivers in cluster mode included)
start_worker() {
  local cores="$1" memory="$2"
  pick_port WORKER_UI_PORT
  SPARK_DAEMON_MEMORY=512m "$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --port 0 --webui-port "$WORKER_UI_PORT" --cores "$cores" --memory "$memory" \
    --work-dir "$CLUSTER_DIR/work" "$MASTER_URL" >"$SPARK_LOG_DIR/worker.log" 2>&1 &
  WORKER_PID=$!
  STARTED_PIDS+=("$WORKER_PID")
  wait_for "$WORKER_PID" 90 "the Worker" worker_is_registered
  log "Worker registered (pid $WORKER_PID, $cores cores, $memory, web UI http://127.0.0.1:$WORKER_UI_PORT)"
}

# The TCP ports process $1 listens on, one "address:port" a line.
# A process that has just exited has none (no failure: the caller may be racing its end).
listeners_of() {
  ss -Hltnp | awk -v pid="pid=$1," 'index($0, pid) { print $4 }' || true
}

# The simple name of a Spark process's main class (Master, Worker, SparkSubmit, CoarseGrainedExecutorBackend, ...).
# Empty, not a failure, for a process that has just exited: under set -e and pipefail a failing ps in
# name="$(process_name ...)" ended run-demo while an executor was exiting.
process_name() {
  { ps -o args= -p "$1" 2>/dev/null || true; } | grep -o 'org\.apache\.spark\.[A-Za-z.]*' | head -1 | sed 's/.*\.//' || true
}

# record_listeners FILE PID...: appends "Name address" for every TCP listener of the processes to FILE; fails on
# any listener beyond loopback (IPv4 127.0.0.1, or the same as an IPv4-mapped IPv6 address).
record_listeners() {
  local file="$1" pid name address
  shift
  touch "$file"
  for pid in "$@"; do
    name="$(process_name "$pid")"
    for address in $(listeners_of "$pid"); do
      case "$address" in
        127.0.0.1:* | "[::ffff:127.0.0.1]:"*) echo "${name:-pid$pid} $address" >>"$file" ;;
        *) fail "${name:-process} (pid $pid) listens on $address, beyond loopback" ;;
      esac
    done
  done
}

# One log line per process name with every address recorded in FILE.
log_listeners() {
  sort -u "$1" | awk '{ seen[$1] = seen[$1] " " $2 } END { for (name in seen) print name ":" seen[name] }' \
    | sort | while IFS= read -r line; do log "  $line"; done
}

# The Master must listen on its RPC and web UI ports only: no REST submission server (6066 by default).
check_master_ports() {
  local ports
  ports="$(listeners_of "$MASTER_PID" | sed 's/.*://' | sort -n | tr '\n' ' ')"
  local expected
  expected="$(printf '%s\n' "$MASTER_PORT" "$MASTER_UI_PORT" | sort -n | tr '\n' ' ')"
  [[ "$ports" == "$expected" ]] || fail "the Master listens on ports $ports; expected only $expected (RPC, web UI)"
}

# Live processes the Worker launched (executors, drivers), by parent PID.
worker_children() {
  [[ -n "${WORKER_PID:-}" ]] || return 0
  ps -o pid=,stat= --ppid "$WORKER_PID" 2>/dev/null | awk '$2 !~ /^Z/ { print $1 }' || true
}

# Stops every process this run started, newest first, each by PID: TERM, then KILL after 15 s.
stop_started() {
  local pids=() pid index
  pids+=($(worker_children))
  for ((index = ${#STARTED_PIDS[@]} - 1; index >= 0; index--)); do
    pids+=("${STARTED_PIDS[index]}")
  done
  for pid in "${pids[@]}"; do
    kill -0 "$pid" 2>/dev/null || continue
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      log "pid $pid ignored TERM for 15 s: killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  done
  STARTED_PIDS=()
}

# After stop_started: no process of this run is alive and no chosen port is still listened on.
check_all_stopped() {
  local pid port listening
  for pid in "$@"; do
    if kill -0 "$pid" 2>/dev/null; then
      fail "process $pid is still alive after stopping"
    fi
  done
  listening=" $(ss -Htln | awk '{ sub(/.*:/, "", $4); printf "%s ", $4 }') "
  for port in "${CHOSEN_PORTS[@]}"; do
    if [[ "$listening" == *" $port "* ]]; then
      fail "port $port is still listened on after stopping"
    fi
  done
}
