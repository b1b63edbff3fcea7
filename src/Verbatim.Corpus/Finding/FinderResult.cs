using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Finding;

/// <summary>The quotations found in one text, in text order (an outer quotation before those inside it).</summary>
public sealed class FinderResult
{
    internal FinderResult(EquatableArray<FoundQuotation> quotations, long steps)
    {
        Quotations = quotations;
        Steps = steps;
    }

    public static FinderResult None { get; } = new(EquatableArray<FoundQuotation>.Empty, 0);

    public EquatableArray<FoundQuotation> Quotations { get; }

    /// <summary>How many steps the search took: tests check it grows in proportion to the text.</summary>
    internal long Steps { get; }
}
