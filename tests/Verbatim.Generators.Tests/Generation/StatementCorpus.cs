using Microsoft.CodeAnalysis;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>
/// Four outlets' reports of one press conference: a statement printed three ways with no shared id
/// (one outlet misprints a word, marked <c>!sic</c>), one with a shared id, an excerpt, a translation
/// joined by its id, and a quote that no other article prints.
/// </summary>
internal static class StatementCorpus
{
    public const string Registry = """
        tillerson: { name: Rex W. Tillerson }
        putin: { name: Vladimir V. Putin }
        """;

    public static readonly InMemoryAdditionalText Nyt = new("/project/articles/nyt.article.md", """
        ---
        title: Tillerson and Putin Meet
        outlet: The New York Times
        ---
        {@tillerson#nuclear-powers “The world’s two foremost nuclear powers cannot have this kind of relationship,”} Mr. Tillerson said.
        {@putin#degraded “The level of trust at the working level has not become better but most likely has degraded.”}
        {@tillerson “We will keep talking.”} He left.
        """);

    public static readonly InMemoryAdditionalText Nymag = new("/project/articles/nymag.article.md", """
        ---
        title: Tillerson Meets Putin
        outlet: New York Magazine
        ---
        {@tillerson “The world’s two foremost nuclear powers cannot have this kind of relationship.”}
        Putin said {@putin#degraded “You could say confidence between our soldiers got worse.”}
        """);

    public static readonly InMemoryAdditionalText Anj = new("/project/articles/anj.article.md", """
        ---
        title: Putin and Tillerson at the Kremlin
        outlet: ANJ
        ---
        {@tillerson!sic "The world's two foremost nuclear owners can not have this kind of relationship."}
        He called it {@tillerson “this kind of relationship”}.
        """);

    public static readonly InMemoryAdditionalText Guardian = new("/project/articles/guardian.article.md", """
        ---
        title: US-Russia relations at a low
        outlet: The Guardian
        ---
        {@tillerson “The world’s two foremost nuclear powers cannot have this sort of relationship.”}
        """);

    public static readonly AdditionalText[] Files =
    {
        new InMemoryAdditionalText("/project/people.speakers.yaml", Registry), Nyt, Nymag, Anj, Guardian,
    };
}
