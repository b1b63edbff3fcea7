using System.Collections.Generic;
using Verbatim.Corpus.Model;

namespace Verbatim.Fuzzing.Checks;

/// <summary>Every speaker definition has an id, a name, and a place inside the file that defines it.</summary>
public static class SpeakerChecks
{
    public static void Require(IEnumerable<SpeakerSpec> speakers, FileSpans file)
    {
        foreach (var speaker in speakers)
        {
            InvariantViolation.Require(speaker.Id.Length > 0, () => "a speaker with an empty id");
            InvariantViolation.Require(speaker.Path == file.Path, () => $"speaker {speaker.Id} says it is in {speaker.Path}, not {file.Path}");
            file.RequireInside(speaker.IdSpan, "speaker " + speaker.Id);
        }
    }
}
