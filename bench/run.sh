#!/usr/bin/env bash
# Benchmarks Typewright against OpenAPI Generator side by side on this machine, and rewrites the
# tables of BENCHMARKS.md. Usage: bench/run.sh [--quick]
#   --quick  2 timed runs per generator and short JMH runs (under 5 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
QUICK=0
if [[ "${1:-}" == "--quick" ]]; then QUICK=1; fi
RUNS=$([[ $QUICK == 1 ]] && echo 2 || echo 5)
JMH_OPTS=$([[ $QUICK == 1 ]] && echo "-f 1 -wi 1 -w 1s -i 3 -r 1s" || echo "-f 2 -wi 3 -w 2s -i 5 -r 2s")
PEER_VERSION=7.25.0
WORK=$ROOT/bench/target/run
rm -rf "$WORK" && mkdir -p "$WORK"

echo "== building (generator, runtime, benchmarks, and Seam's whole spec)"
mvn -q -B -Pbenchmarks install -DskipTests
mvn -q -B dependency:copy -Dartifact=org.openapitools:openapi-generator-cli:$PEER_VERSION -DoutputDirectory="$WORK"
mvn -q -B -Pbenchmarks -pl bench dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=runtime
(cd bench && npm ci --no-audit --no-fund --loglevel=error)

OURS="$ROOT/cli/target/typewright-cli-0.1.0-SNAPSHOT.jar"
PEER="$WORK/openapi-generator-cli-$PEER_VERSION.jar"
FLOOR_CP="$ROOT/bench/target/benchmarks.jar"
COMPILE_CP="$ROOT/runtime/target/typewright-runtime-0.1.0-SNAPSHOT.jar:$(cat "$WORK/classpath.txt")"
# Seam's documents are generated with Seam's conventions, as the published client is.
declare -A PROFILES=([seam]=seam [spec]=seam [github]=standard)
declare -A SPECS=(
  [seam]="$ROOT/spec/seam.json"
  [spec]="$ROOT/generator/src/test/resources/specs/seam-seed.yaml"
  [github]="$ROOT/bench/node_modules/@octokit/openapi/generated/api.github.com.json"
)
TIME="/usr/bin/time -f %e,%M -o"

measure() { # name kind command...: appends "name,kind,run,seconds,kb" to runs.csv
  local name=$1 kind=$2 run=$3; shift 3
  $TIME "$WORK/t" "$@" > "$WORK/$name-$kind-$run.log" 2>&1 || echo "(exit $?)" >> "$WORK/$name-$kind-$run.log"
  echo "$name,$kind,$run,$(tail -1 "$WORK/t")" >> "$WORK/runs.csv"
}

for name in seam spec github; do
  spec=${SPECS[$name]}
  echo "== generating from $name ($(du -h "$spec" | cut -f1)), $RUNS runs each after a warm-up"
  for run in $(seq 0 "$RUNS"); do
    rm -rf "$WORK/ours-$name" "$WORK/peer-$name"
    measure "$name" ours "$run" java -jar "$OURS" generate --spec "$spec" --output "$WORK/ours-$name" --package bench.$name --client-name Client --profile "${PROFILES[$name]}" --timings
    measure "$name" peer "$run" java -jar "$PEER" generate -g java --library native --skip-validate-spec -i "$spec" -o "$WORK/peer-$name" --additional-properties=hideGenerationTimestamp=true,useJakartaEe=true
    if [[ $spec == *.json ]]; then
      measure "$name" floor "$run" java -cp "$FLOOR_CP" dev.typewright.bench.JsonFloor "$spec"
    fi
  done
  for kind in ours peer; do
    find "$WORK/$kind-$name" -name '*.java' > "$WORK/$name-$kind-files.txt"
    echo "$name,$kind,$(wc -l < "$WORK/$name-$kind-files.txt"),$(cat $(cat "$WORK/$name-$kind-files.txt") /dev/null | wc -l)" >> "$WORK/sizes.csv"
    mkdir -p "$WORK/classes-$kind-$name"
    start=$(date +%s%N)
    if javac -J-Xmx3g -nowarn -proc:none -Xmaxerrs 100000 -d "$WORK/classes-$kind-$name" -cp "$COMPILE_CP" "@$WORK/$name-$kind-files.txt" > "$WORK/javac-$kind-$name.log" 2>&1; then
      ok=yes
    else
      ok="no ($(grep -c ': error:' "$WORK/javac-$kind-$name.log") errors)"
    fi
    echo "$name,$kind,$(( ($(date +%s%N) - start) / 1000000 )),$ok" >> "$WORK/compile.csv"
  done
done

echo "== JMH ($JMH_OPTS)"
java -jar "$ROOT/bench/target/benchmarks.jar" $JMH_OPTS -rf json -rff "$WORK/jmh.json" > "$WORK/jmh.log" 2>&1

python3 bench/report.py "$WORK" "$([[ $QUICK == 1 ]] && echo quick || echo full)" BENCHMARKS.md
echo "== BENCHMARKS.md updated"
