namespace Verbatim.Corpus.Model;

/// <summary>A calendar date from front matter (ISO 8601 <c>yyyy-MM-dd</c>), already validated.</summary>
public readonly record struct CorpusDate(int Year, int Month, int Day)
{
    public override string ToString() => $"{Year:D4}-{Month:D2}-{Day:D2}";
}
