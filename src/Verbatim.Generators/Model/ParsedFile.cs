using System.Collections.Immutable;
using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Model;

/// <summary>
/// A corpus file as its one parsing step leaves it: an article, or a registry's speakers. Both kinds
/// are parsed in one step over the additional files, because each step over every file costs an edit
/// a pass over all of them in Roslyn's tables; the corpus-wide steps take each kind from the collected
/// array (<see cref="ParsedArticleSlice.Split"/>, <see cref="RegistriesOf"/>). A struct, so that array holds
/// what those passes read of every file on each edit in one run of memory, not behind a reference per file.
/// </summary>
/// <param name="Article">The parsed article, or null for a registry.</param>
/// <param name="Speakers">A registry's speakers; empty for an article.</param>
internal readonly record struct ParsedFile(ParsedArticle? Article, EquatableArray<SpeakerSpec> Speakers)
{
    /// <summary>The article's <see cref="ParsedArticle.IdHash"/>, kept here too: cutting the articles into slices reads it of every file on each edit, and so reaches no article's object.</summary>
    public uint IdHash { get; } = Article?.IdHash ?? 0;

    public static ParsedFile OfArticle(ParsedArticle article) => new(article, EquatableArray<SpeakerSpec>.Empty);

    public static ParsedFile OfRegistry(EquatableArray<SpeakerSpec> speakers) => new(null, speakers);

    /// <summary>Every registry's speakers, in the order the compilation lists their files.</summary>
    public static EquatableArray<EquatableArray<SpeakerSpec>> RegistriesOf(ImmutableArray<ParsedFile> files)
    {
        int count = 0;
        foreach (var file in files)
        {
            count += file.Article is null ? 1 : 0;
        }
        var registries = new EquatableArray<SpeakerSpec>[count];
        int next = 0;
        foreach (var file in files)
        {
            if (file.Article is null)
            {
                registries[next++] = file.Speakers;
            }
        }
        return new EquatableArray<EquatableArray<SpeakerSpec>>(registries);
    }
}
