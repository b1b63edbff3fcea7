#!/usr/bin/env bash
# Coverage-guided fuzzing of the corpus format (docs/robustness.md#coverage-guided-fuzzing).
#   fuzz/run.sh                  lists the targets, one a line
#   fuzz/run.sh TARGET SECONDS   runs one AFL++ campaign on TARGET for SECONDS seconds
# Builds what it needs; installs afl++ (apt) and the SharpFuzz tool (into artifacts/fuzz/tools)
# when missing. Findings go to artifacts/fuzz/TARGET/findings, and each crash or hang is copied
# to tests/Verbatim.Robustness.Tests/Regressions/TARGET/, which the ordinary tests replay.
# Run it with `nice -n 19` on a shared machine.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
work="$root/artifacts/fuzz"
build="$work/build"
sharpfuzz_version=2.3.0

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

build_targets() {
  mkdir -p "$work"
  if ! dotnet build "$here/Verbatim.Fuzzing.csproj" -c Release -o "$build" >"$work/build.log" 2>&1; then
    cat "$work/build.log" >&2
    exit 1
  fi
}

if [ $# -eq 0 ]; then
  build_targets
  dotnet "$build/Verbatim.Fuzzing.dll"
  exit 0
fi
if [ $# -ne 2 ] || ! [[ "$2" =~ ^[0-9]+$ ]]; then
  echo "usage: fuzz/run.sh [TARGET SECONDS]" >&2
  exit 2
fi
target="$1" seconds="$2"

build_targets
if ! dotnet "$build/Verbatim.Fuzzing.dll" | grep -qx -- "$target"; then
  echo "fuzz: no target '$target'; the targets are:" >&2
  dotnet "$build/Verbatim.Fuzzing.dll" >&2
  exit 2
fi

if ! command -v afl-fuzz >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi
sharpfuzz="$work/tools/sharpfuzz"
if [ ! -x "$sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version "$sharpfuzz_version" --tool-path "$work/tools" >/dev/null
fi

# Each campaign instruments its own copy, so campaigns of several targets can run at once.
campaign="$work/$target"
rm -rf "$campaign/bin" "$campaign/seeds" "$campaign/findings"
mkdir -p "$campaign/seeds"
cp -r "$build" "$campaign/bin"
for assembly in Verbatim.Corpus.dll YamlDotNet.dll; do
  "$sharpfuzz" "$campaign/bin/$assembly" >/dev/null
done

# Seeds: those of the target's input shape (fuzz/seeds/SHAPE), the sample corpus in that shape,
# and what the previous campaign of this target reached (artifacts/fuzz/TARGET/queue).
shape="$(dotnet "$build/Verbatim.Fuzzing.dll" --shape "$target")"
cp "$here/seeds/$shape"/* "$campaign/seeds/"
case "$shape" in
  article) cp "$root"/sample-corpus/articles/*.article.md "$campaign/seeds/" ;;
  registry) cp "$root"/sample-corpus/*.speakers.yaml "$campaign/seeds/" ;;
  corpus)
    for file in "$root"/sample-corpus/*.speakers.yaml "$root"/sample-corpus/articles/*.article.md; do
      printf '==> %s\n' "$(basename "$file")"
      cat "$file"
    done >"$campaign/seeds/sample-corpus" ;;
esac
if [ -d "$campaign/queue" ]; then
  cp "$campaign/queue"/id:* "$campaign/seeds/" 2>/dev/null || true
fi

# A hang is a run over 1 s on an input of at most 64 KB. The binary is dotnet, not an
# AFL-instrumented ELF (SharpFuzz instruments the assemblies), hence SKIP_BIN_CHECK.
AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 \
AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_FORKSRV_INIT_TMOUT=60000 \
  afl-fuzz -i "$campaign/seeds" -o "$campaign/findings" -x "$here/corpus.dict" \
    -t 1000 -G 65536 -V "$seconds" \
    -- dotnet "$campaign/bin/Verbatim.Fuzzing.dll" "$target" >"$campaign/afl.log" 2>&1 || {
  tail -n 30 "$campaign/afl.log" >&2
  exit 1
}

out="$campaign/findings/default"
rm -rf "$campaign/queue"
cp -r "$out/queue" "$campaign/queue"
stat() { sed -n "s/^$1 *: *//p" "$out/fuzzer_stats"; }
{
  printf 'target %s, %s s\n' "$target" "$seconds"
  for key in execs_done execs_per_sec edges_found total_edges saved_crashes saved_hangs corpus_count; do
    printf '%s %s\n' "$key" "$(stat "$key")"
  done
} >"$campaign/summary.txt"

regressions="$root/tests/Verbatim.Robustness.Tests/Regressions/$target"
findings=0
for kind in crash hang; do
  for input in "$out/$( [ "$kind" = crash ] && echo crashes || echo hangs )"/id:*; do
    [ -e "$input" ] || continue
    findings=$((findings + 1))
    mkdir -p "$regressions"
    cp "$input" "$regressions/$kind-$(sha256sum "$input" | cut -c1-16)"
  done
done
# One line per campaign, to add campaigns up (docs/robustness.md#campaigns).
printf '%s\t%s\t%s s\t%s executions\t%s/s\t%s edges\t%s findings\n' "$(date -u +%FT%TZ)" "$target" "$seconds" \
  "$(stat execs_done)" "$(stat execs_per_sec)" "$(stat edges_found)" "$findings" >>"$work/campaigns.tsv"
echo "fuzz: $target $(stat execs_done) executions, $findings findings"
