using System.Collections.Generic;

namespace Verbatim.CorpusSynth;

/// <summary>A speaker the synthesizer defines, with the phrase prose uses to refer to them ("Ms. Novak").</summary>
internal sealed record SyntheticSpeaker(
    string Id,
    string Name,
    string? Role,
    string? Organization,
    string Kind,
    IReadOnlyList<string> Aliases,
    string Reference);
