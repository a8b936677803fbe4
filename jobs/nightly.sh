#!/usr/bin/env bash
# The nightly paivand run under spark-submit: the jar's command line (org.paivand.cli.PaivandCli) with `nightly`.
#
# Usage: jobs/nightly.sh [--date YYYY-MM-DD] [more options of paivand nightly...]
#
# Settings come from the environment, else from the properties file (PAIVAND_NIGHTLY_PROPERTIES, default
# jobs/nightly.properties beside this script): PAIVAND_INPUT, PAIVAND_OUTPUT, SPARK_MASTER, PAIVAND_DEPLOY_MODE,
# PAIVAND_DRIVER_MEMORY, PAIVAND_EXECUTOR_MEMORY, PAIVAND_JAR, PAIVAND_LOOKBACK_DAYS, PAIVAND_NIGHTLY_ARGS;
# SPARK_SUBMIT names the spark-submit to use (default: spark-submit on PATH, else $SPARK_HOME/bin/spark-submit).
#
# Exit code: the job's own (0 done or nothing new, 1 failed, 2 bad usage or input, e.g. another run holds the lock),
# passed through by exec; 2 when a setting is missing here.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
properties="${PAIVAND_NIGHTLY_PROPERTIES:-$here/nightly.properties}"

if [[ ! -r "$properties" ]]; then
  echo "nightly.sh: cannot read the properties file $properties (set PAIVAND_NIGHTLY_PROPERTIES)" >&2
  exit 2
fi

# The last value of KEY in the properties file, or nothing.
property() {
  sed -n "s/^$1=//p" "$properties" | tail -n 1
}

input="${PAIVAND_INPUT:-$(property input)}"
output="${PAIVAND_OUTPUT:-$(property output)}"
master="${SPARK_MASTER:-$(property master)}"
deploy_mode="${PAIVAND_DEPLOY_MODE:-$(property deploy_mode)}"
driver_memory="${PAIVAND_DRIVER_MEMORY:-$(property driver_memory)}"
executor_memory="${PAIVAND_EXECUTOR_MEMORY:-$(property executor_memory)}"
jar="${PAIVAND_JAR:-$(property jar)}"
lookback_days="${PAIVAND_LOOKBACK_DAYS-$(property lookback_days)}"
nightly_args="${PAIVAND_NIGHTLY_ARGS-$(property args)}"

for setting in input output master jar; do
  if [[ -z "${!setting}" ]]; then
    echo "nightly.sh: no $setting: set it in $properties or in the environment" >&2
    exit 2
  fi
done
[[ "$jar" == /* ]] || jar="$repo/$jar"
if [[ ! -f "$jar" ]]; then
  echo "nightly.sh: the application jar $jar does not exist: build it with ./mvnw package" >&2
  exit 2
fi

spark_submit="${SPARK_SUBMIT:-}"
if [[ -z "$spark_submit" ]]; then
  if command -v spark-submit >/dev/null 2>&1; then
    spark_submit="spark-submit"
  elif [[ -n "${SPARK_HOME:-}" ]]; then
    spark_submit="$SPARK_HOME/bin/spark-submit"
  else
    echo "nightly.sh: no spark-submit on PATH and no SPARK_HOME: set SPARK_SUBMIT" >&2
    exit 2
  fi
fi

submit=("$spark_submit" --master "$master" --class org.paivand.cli.PaivandCli --name paivand-nightly)
[[ -z "$deploy_mode" ]] || submit+=(--deploy-mode "$deploy_mode")
[[ -z "$driver_memory" ]] || submit+=(--driver-memory "$driver_memory")
[[ -z "$executor_memory" ]] || submit+=(--executor-memory "$executor_memory")
job=(--input "$input" --output "$output" --quiet)
[[ -z "$lookback_days" ]] || job+=(--lookback-days "$lookback_days")
extra=()
if [[ -n "$nightly_args" ]]; then
  read -r -a extra <<<"$nightly_args"
fi

exec "${submit[@]}" "$jar" nightly "${job[@]}" "${extra[@]}" "$@"
