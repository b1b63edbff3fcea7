using Microsoft.CodeAnalysis.CSharp;

namespace Verbatim.Generators.Options;

/// <summary>Everything about the consumer that shapes the generated code, in one value-equal model.</summary>
/// <param name="IsSupported">C# 8 or later: older versions get no code (the analyzer explains why).</param>
/// <param name="UseUtf8Literals">C# 11 or later and a span-decoding <c>Encoding</c>: text is stored as <c>u8</c> literals.</param>
/// <param name="UseLineSpans">C# 10 or later: members map to their corpus range with <c>#line (l,c)-(l,c)</c>, else to its line with <c>#line l</c>.</param>
/// <param name="OptimizeLoader">The loader's loops are compiled optimized at once (<c>AggressiveOptimization</c>), not first unoptimized and instrumented.</param>
internal sealed record EmitOptions(CorpusOptions Corpus, bool IsSupported, bool UseUtf8Literals, bool HasDateOnly, bool OptimizeLoader, bool UseLineSpans)
{
    public static EmitOptions Create(CorpusOptions corpus, LanguageVersion languageVersion, CompilationFeatures features) =>
        new(corpus,
            languageVersion >= LanguageVersion.CSharp8,
            languageVersion >= LanguageVersion.CSharp11 && features.CanDecodeUtf8Span,
            features.HasDateOnly,
            features.HasAggressiveOptimization,
            languageVersion >= LanguageVersion.CSharp10);

    /// <summary>The accessibility keyword of every user-facing generated type.</summary>
    public string Visibility => Corpus.IsPublic ? "public" : "internal";
}
