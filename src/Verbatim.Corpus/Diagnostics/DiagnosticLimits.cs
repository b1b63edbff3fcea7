namespace Verbatim.Corpus.Diagnostics;

/// <summary>How many diagnostics a corpus file may report.</summary>
public static class DiagnosticLimits
{
    /// <summary>
    /// The most diagnostics one file reports; past it, one more says so. A file of a million stray
    /// braces must not turn into a million diagnostics in the compiler.
    /// </summary>
    public const int MaxDiagnosticsPerFile = 1000;
}
