using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Corpus.Diagnostics;

namespace Verbatim.Generators.Analysis;

/// <summary>Turns a corpus library diagnostic into a Roslyn one located inside its corpus file.</summary>
internal static class CorpusDiagnosticMapper
{
    /// <summary>The Roslyn diagnostic, or null for an id this analyzer does not declare or one the configuration turns off.</summary>
    public static Diagnostic? ToDiagnostic(
        CorpusDiagnostic diagnostic,
        string path,
        SourceText text,
        ImmutableDictionary<string, string?> properties,
        EditorConfigSeverities severities)
    {
        var descriptor = Descriptors.ForCorpusId(diagnostic.Id);
        if (descriptor is null)
        {
            return null;
        }
        // Lines and columns come from the text Roslyn read, so they match what an IDE shows for
        // any line endings; the clamp keeps a span past the end of the text from throwing.
        int start = Math.Min(Math.Max(diagnostic.Span.Start, 0), text.Length);
        int end = Math.Min(Math.Max(diagnostic.Span.End, start), text.Length);
        var span = TextSpan.FromBounds(start, end);
        var location = Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
        return severities.Create(descriptor, location, properties, diagnostic.Message);
    }
}
