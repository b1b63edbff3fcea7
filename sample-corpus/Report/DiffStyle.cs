using System.Collections.Generic;
using System.Linq;

namespace SampleCorpus.Report;

/// <summary>How removed and added words are marked: plain-text markers, or ANSI colour on a terminal.</summary>
internal sealed record DiffStyle(string RemovedStart, string RemovedEnd, string AddedStart, string AddedEnd)
{
    public static DiffStyle Markers { get; } = new("[-", "-]", "{+", "+}");

    public static DiffStyle Colour { get; } = new("\u001b[9;31m", "\u001b[0m", "\u001b[32m", "\u001b[0m");

    public string Render(IEnumerable<DiffSegment> segments) => string.Join(" ", segments.Select(Render));

    private string Render(DiffSegment segment) => segment.Operation switch
    {
        DiffOperation.Removed => RemovedStart + segment.Text + RemovedEnd,
        DiffOperation.Added => AddedStart + segment.Text + AddedEnd,
        _ => segment.Text,
    };
}
