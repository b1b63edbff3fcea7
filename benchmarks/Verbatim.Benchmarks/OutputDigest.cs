using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Verbatim.Benchmarks;

/// <summary>
/// Short fingerprints of what a cold run produced, so a change meant to be faster can show that it
/// kept every generated source and every diagnostic.
/// </summary>
internal static class OutputDigest
{
    /// <summary>Every generated source, by hint name, in its exact text.</summary>
    public static string Of(GeneratorDriverRunResult result)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var source in result.Results.SelectMany(r => r.GeneratedSources).OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(source.HintName + "\n" + source.SourceText + "\n"));
        }
        return Convert.ToHexString(sha.GetHashAndReset(), 0, 8);
    }

    /// <summary>Every diagnostic: its id, place and message, in a stable order.</summary>
    public static string Of(System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics)
    {
        var lines = diagnostics.Select(d => $"{d.Id}|{d.Severity}|{d.Location.GetLineSpan()}|{d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .OrderBy(line => line, StringComparer.Ordinal);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", lines))), 0, 8);
    }
}
