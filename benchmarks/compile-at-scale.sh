#!/usr/bin/env bash
# The 100 MB target of docs/performance.md, measured once outside BenchmarkDotNet: a real `dotnet build` of a project
# holding about 100 MB of article text (13,700 synthetic articles), with Verbatim's generator and
# analyzer loaded from this checkout the way the package loads them. Prints wall time, the peak
# memory of the largest process (the compiler: shared compilation is off so it is a child we see)
# and the compiler's own generator/analyzer timings.
# Usage: benchmarks/compile-at-scale.sh [articles]
set -euo pipefail
articles="${1:-13700}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${TMPDIR:-/tmp}/verbatim-compile-at-scale"
export VERBATIM_WORKER="${VERBATIM_WORKER:-bench}" MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# Builds the generator and the corpus library too; the generator measured is the one just built.
dotnet build -c Release "$repo/benchmarks/Verbatim.Benchmarks/Verbatim.Benchmarks.csproj" -v:q -nologo
bin="$repo/artifacts/$VERBATIM_WORKER/bin"
generators="$bin/Verbatim.Generators/release"
corpus="$bin/Verbatim.Corpus/release"
yaml_version="$(sed -n 's/.*Include="YamlDotNet" Version="\([^"]*\)".*/\1/p' "$repo/Directory.Packages.props")"
yaml="${NUGET_PACKAGES:-$HOME/.nuget/packages}/yamldotnet/$yaml_version/lib/netstandard2.0/YamlDotNet.dll"

rm -rf "$work"
mkdir -p "$work"
dotnet "$bin/Verbatim.Benchmarks/release/Verbatim.Benchmarks.dll" --write-corpus "$work" "$articles"
cat > "$work/AtScale.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/src/Verbatim/buildTransitive/Verbatim.props" />
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <RootNamespace>AtScale</RootNamespace>
    <Nullable>enable</Nullable>
    <UseSharedCompilation>false</UseSharedCompilation>
    <ReportAnalyzer>true</ReportAnalyzer>
  </PropertyGroup>
  <ItemGroup>
    <Analyzer Include="$generators/Verbatim.Generators.dll;$corpus/Verbatim.Corpus.dll;$yaml" />
  </ItemGroup>
  <Import Project="$repo/src/Verbatim/buildTransitive/Verbatim.targets" />
</Project>
EOF
echo 'namespace AtScale { internal static class Count { public static int Articles => AtScale.Corpus.Articles.All.Count; } }' > "$work/Count.cs"

dotnet restore "$work/AtScale.csproj" -v:q -nologo
echo "load before the build: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -v -o "$work/time.txt" dotnet build "$work/AtScale.csproj" -c Release --no-restore -nologo -v:d > "$work/build.log" || true
grep -E "Elapsed \(wall|Maximum resident" "$work/time.txt"
grep -E "error [A-Z]+[0-9]+|Build succeeded|Total (analyzer|generator) execution time|^ +[0-9.]+ +[0-9]+ +Verbatim" "$work/build.log" | sort -u | head -20
ls -l "$work/obj/Release/net8.0/AtScale.dll" 2>/dev/null || echo "no assembly was produced"
