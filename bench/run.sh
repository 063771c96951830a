#!/usr/bin/env bash
# Benchmarks Typewright against OpenAPI Generator side by side on this machine, and rewrites the
# tables of BENCHMARKS.md. Usage: bench/run.sh [--quick]
#   --quick  2 timed runs per generator, the smallest heaps on Seam's whole API only, and short JMH
#            runs (about 15 minutes on 2 cores; the full run takes about 30)
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
# The script users run: the same jar with JVM settings for a short run (see the README).
LAUNCHER="$ROOT/cli/target/typewright"
export TYPEWRIGHT_CACHE="$WORK/cds"
# The same settings given to the peer, to show how much of the difference is the settings.
SHORT_RUN="-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
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

peer_args() { # spec output
  echo "generate -g java --library native --skip-validate-spec -i $1 -o $2 --additional-properties=hideGenerationTimestamp=true,useJakartaEe=true"
}

# Whether a generation succeeds within a heap of $3 MB: it exits 0 and writes every file the
# unconstrained run wrote (a generator may catch an OutOfMemoryError and go on).
fits() { # kind name megabytes
  local kind=$1 name=$2 mb=$3 out="$WORK/heap-$1-$2" spec=${SPECS[$2]}
  rm -rf "$out"
  if [[ $kind == ours ]]; then
    TYPEWRIGHT_OPTS="-Xmx${mb}m" timeout 900 "$LAUNCHER" generate --spec "$spec" --output "$out" --package bench.$name --client-name Client --profile "${PROFILES[$name]}" > "$WORK/heap.log" 2>&1 || return 1
  else
    timeout 900 java -Xmx${mb}m -jar "$PEER" $(peer_args "$spec" "$out") > "$WORK/heap.log" 2>&1 || return 1
  fi
  [[ $(find "$out" -name '*.java' | wc -l) -eq $(wc -l < "$WORK/$name-$kind-files.txt") ]]
}

# The smallest -Xmx, to 4 MB, with which a generation still succeeds, by bisection.
min_heap() { # kind name
  local lo=8 hi=1024 mid
  if ! fits "$1" "$2" $hi; then echo "$2,$1,none" >> "$WORK/heap.csv"; return; fi
  while (( hi - lo > 4 )); do
    mid=$(( (lo + hi) / 2 ))
    if fits "$1" "$2" $mid; then hi=$mid; else lo=$mid; fi
  done
  echo "$2,$1,$hi" >> "$WORK/heap.csv"
}

for name in seam spec github; do
  spec=${SPECS[$name]}
  echo "== generating from $name ($(du -h "$spec" | cut -f1)), $RUNS runs each after a warm-up"
  for run in $(seq 0 "$RUNS"); do
    rm -rf "$WORK/ours-$name" "$WORK/peer-$name"
    measure "$name" ours "$run" "$LAUNCHER" generate --spec "$spec" --output "$WORK/ours-$name" --package bench.$name --client-name Client --profile "${PROFILES[$name]}" --timings
    measure "$name" peer "$run" java -jar "$PEER" $(peer_args "$spec" "$WORK/peer-$name")
    rm -rf "$WORK/jar-$name" "$WORK/peerflags-$name"
    measure "$name" jar "$run" java -jar "$OURS" generate --spec "$spec" --output "$WORK/jar-$name" --package bench.$name --client-name Client --profile "${PROFILES[$name]}" --timings
    measure "$name" peerflags "$run" java $SHORT_RUN -jar "$PEER" $(peer_args "$spec" "$WORK/peerflags-$name")
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
  if [[ $name == seam || ( $name == github && $QUICK == 0 ) ]]; then
    echo "== smallest heap for $name, ours and the peer"
    min_heap ours "$name"
    min_heap peer "$name"
  fi
done

echo "== a no-op mvn generate-sources on Seam's whole API (the plugin's own time, from its log)"
NOOP="$WORK/noop"
mkdir -p "$NOOP"
cat > "$NOOP/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>noop</artifactId>
  <version>1</version>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.typewright</groupId>
        <artifactId>typewright-maven-plugin</artifactId>
        <version>0.1.0-SNAPSHOT</version>
        <executions>
          <execution>
            <goals><goal>generate</goal></goals>
            <configuration>
              <spec>$ROOT/spec/seam.json</spec>
              <packageName>bench.noop</packageName>
              <profile>seam</profile>
            </configuration>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
POM
(cd "$NOOP" && mvn -B generate-sources > "$WORK/noop-first.log" 2>&1)
for run in $(seq 1 "$RUNS"); do
  (cd "$NOOP" && mvn -B generate-sources > "$WORK/noop-$run.log" 2>&1)
  grep -o 'skipped, nothing changed.* in [0-9]* ms' "$WORK/noop-$run.log" | grep -o '[0-9]* ms$' | cut -d' ' -f1 >> "$WORK/noop.csv"
done

echo "== JMH ($JMH_OPTS)"
java -jar "$ROOT/bench/target/benchmarks.jar" $JMH_OPTS -rf json -rff "$WORK/jmh.json" > "$WORK/jmh.log" 2>&1

python3 bench/report.py "$WORK" "$([[ $QUICK == 1 ]] && echo quick || echo full)" BENCHMARKS.md
echo "== BENCHMARKS.md updated"
