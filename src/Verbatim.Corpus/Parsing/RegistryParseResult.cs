using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Parsing;

/// <summary>A speaker registry read on its own: its valid speakers, in file order, and its mistakes.</summary>
public sealed record RegistryParseResult(string Path, EquatableArray<SpeakerSpec> Speakers, EquatableArray<CorpusDiagnostic> Diagnostics);
