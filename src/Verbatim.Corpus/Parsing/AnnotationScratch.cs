using System.Collections.Generic;

namespace Verbatim.Corpus.Parsing;

/// <summary>
/// The lists <see cref="AnnotationParser"/> works in while it reads one body, kept per thread (parsers
/// may run on several) and emptied after each body: every article is parsed, and lists made anew for
/// each, with the breaks outgrowing theirs in about half the articles, were a few hundred bytes each.
/// </summary>
internal sealed class AnnotationScratch
{
    [System.ThreadStatic]
    private static AnnotationScratch? s_current;

    private AnnotationScratch()
    {
    }

    /// <summary>Every annotation, in document order.</summary>
    public List<QuoteDraft> Drafts { get; } = new(32);

    /// <summary>The annotations open at the current position, innermost on top.</summary>
    public Stack<QuoteDraft> Open { get; } = new(8);

    /// <summary>Body offset and file offset at every place where markup or an escape was skipped (see <c>BodyPositions</c>).</summary>
    public List<int> Breaks { get; } = new(128);

    /// <summary>This thread's lists, empty (whoever took them last emptied them).</summary>
    public static AnnotationScratch Take() => s_current ??= new AnnotationScratch();

    /// <summary>Empties the lists, so they hold no draft (nor the text each refers to) once a body is read.</summary>
    public void Clear()
    {
        Drafts.Clear();
        Open.Clear();
        Breaks.Clear();
    }
}
