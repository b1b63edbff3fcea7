using System.Collections.Generic;
using Verbatim.Corpus.Parsing;
using Verbatim.Fuzzing.Checks;
using Verbatim.Fuzzing.Inputs;

namespace Verbatim.Fuzzing.Targets;

/// <summary>The speaker registry parser.</summary>
public static class RegistryTarget
{
    public static void Check(IReadOnlyList<FuzzFile> files)
    {
        foreach (var file in files)
        {
            var spans = new FileSpans(file.Path, file.Text);
            var result = RegistryParser.Parse(file.Path, file.Text);
            InvariantViolation.Require(result.Path == file.Path, () => $"registry path {result.Path}, file {file.Path}");
            SpeakerChecks.Require(result.Speakers, spans);
            DiagnosticChecks.RequireInFile(result.Diagnostics, spans);
        }
    }
}
