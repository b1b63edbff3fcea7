using System.Collections.Generic;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Diagnostics;

/// <summary>Collects the diagnostics of one file, up to the per-file limit, turning offsets into full spans.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<CorpusDiagnostic> _items = new();
    private readonly DiagnosticCap _cap = new();

    public DiagnosticBag(string path, LineMap lines)
    {
        Path = path;
        Lines = lines;
    }

    public string Path { get; }

    public LineMap Lines { get; }

    public int Count => _items.Count;

    public void Add(string id, string message, int start, int length, EquatableArray<string> suggestions = default)
    {
        if (_items.Count > DiagnosticLimits.MaxDiagnosticsPerFile)
        {
            return;
        }
        if (_cap.TryKeep(new CorpusDiagnostic(id, message, Path, Lines.Span(start, length), suggestions), out var kept))
        {
            _items.Add(kept);
        }
    }

    public EquatableArray<CorpusDiagnostic> ToArray() => new(_items);
}
