using System.Collections.Generic;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Fuzzing.Checks;

/// <summary>Every speaker definition has a well-formed id, a name, and a place inside the file that defines it.</summary>
public static class SpeakerChecks
{
    public static void Require(IEnumerable<SpeakerSpec> speakers, FileSpans file)
    {
        foreach (var speaker in speakers)
        {
            InvariantViolation.Require(IdGrammar.IsValid(speaker.Id), () => $"speaker id «{speaker.Id}» is not an id");
            InvariantViolation.Require(speaker.Name.Length > 0, () => $"speaker {speaker.Id} has no name");
            InvariantViolation.Require(speaker.Path == file.Path, () => $"speaker {speaker.Id} says it is in {speaker.Path}, not {file.Path}");
            file.RequireInside(speaker.IdSpan, "speaker " + speaker.Id);
        }
    }
}
