namespace Verbatim.Fuzzing.Inputs;

/// <summary>One corpus file made from a fuzz input: its path (the suffix says what it is) and its text.</summary>
public sealed record FuzzFile(string Path, string Text);
