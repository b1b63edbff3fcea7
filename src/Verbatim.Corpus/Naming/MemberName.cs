namespace Verbatim.Corpus.Naming;

/// <summary>
/// The C# member name given to an id; <paramref name="Renamed"/> when a collision forced a suffix (VQ0005).
/// <paramref name="Name"/> is null when the id gets no member because its class is full (<see cref="MemberLimits"/>).
/// </summary>
public readonly record struct MemberName(string Id, string? Name, bool Renamed);
