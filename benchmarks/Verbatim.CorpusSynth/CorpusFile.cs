namespace Verbatim.CorpusSynth;

/// <summary>One corpus file: its path relative to the corpus folder (always <c>/</c>-separated) and its text.</summary>
public sealed record CorpusFile(string Path, string Text);
