namespace Verbatim.Cli.Infrastructure;

/// <summary>What the tool's exit code means; docs/cli.md lists the same table.</summary>
internal static class ExitCodes
{
    /// <summary>Done; for <c>check</c>, no diagnostic of severity error.</summary>
    public const int Success = 0;

    /// <summary><c>check</c> (or <c>report</c>) found at least one error in the corpus.</summary>
    public const int CorpusErrors = 1;

    /// <summary>The command line could not be parsed: unknown command or option, missing value.</summary>
    public const int Usage = 2;

    /// <summary>The input cannot be read: a missing folder, no corpus files, an unreadable file, a bad brat line.</summary>
    public const int BadInput = 3;

    /// <summary>The output cannot be written: a target that exists, a folder that cannot be created.</summary>
    public const int BadOutput = 4;
}
