using System.Collections.Immutable;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>
/// A small corpus that uses every feature the generator handles: a registry and front matter
/// speakers of every kind, all front matter fields, nested, multi-speaker and indirect quotes, a quote
/// whose only speaker is undefined (left out, its nested quote re-parented), escapes, names that
/// collide, a duplicate article id, text that must not break C#, and a file that is not corpus.
/// </summary>
internal static class TestCorpus
{
    public const string ProjectDirectory = "/project/";

    public const string Registry = """
        tillerson:
          name: Rex W. Tillerson
          role: U.S. Secretary of State
          organization: U.S. Department of State
          aliases: [Rex Tillerson, Mr. Tillerson]
        lavrov:
          name: Sergey V. Lavrov
          role: Foreign Minister of Russia
        putin:
          name: Vladimir V. Putin
          role: President of Russia
        former-us-official:
          name: A former U.S. official involved in relations with Russia over Syria
          kind: anonymous
        kremlin:
          name: The Kremlin
          kind: organization
        ilf-petrov:
          name: Ilya Ilf and Yevgeni Petrov
          kind: group
        never-quoted:
          name: Nobody Quoted
        r.c.-hammond:
          name: R.C. Hammond
          role: "Spokesman </summary> */ \"quoted\" \\ & more"
        """;

    public const string Nyt = """
        ---
        id: nyt-tillerson-putin
        title: Tillerson and Putin Meet
        outlet: The New York Times
        published: 2017-04-12
        url: https://www.example.com/a
        authors: [A. Reporter, B. Writer]
        speakers:
          peskov: { name: Dmitri S. Peskov, role: Kremlin spokesman }
        ---
        {@tillerson#low-trust “There is a low level of trust between our countries,”} Mr. Tillerson
        told reporters. Mr. Putin said, {@putin#boring “ {@ilf-petrov#ladies ‘It’s boring, ladies.’} We have seen
        this all before.”} Mr. Lavrov said {@lavrov:indirect the facts had yet to be determined}.

        Both said {@tillerson,lavrov#working-group:indirect they would form a working group}.
        {@nobody#dropped “An undefined speaker said {@peskov#kept “this nested quote survives”} here.”}
        {@tillerson,nobody#partly “Half defined.”} Literal \{braces\} and a back\\slash.
        {@r.c.-hammond#to-string “A quote id that collides with a member of the class.”}
        """;

    // No id (the file name gives it, with a leading digit); text that must stay inert in C# and XML docs.
    public const string Report = "---\n"
        + "title: \"Weird </summary> */ \\u202E evil \\u2028 #line 1 title\"\n"
        + "---\n"
        + "A \"report\" with a back\\\\slash, a tab\there, \u202Ebidi\u202C, a line\u2028separator and NEL\u0085.\n"
        + "{@former-us-official “It was */ never #pragma warning disable going to work.”}\n"
        + "{@kremlin:indirect the talks were useful}\n";

    // Its member name, All, is taken by Articles.All.
    public const string All = """
        ---
        title: An article called all
        ---
        {@tillerson#low-trust “Same quote id, another article.”}
        """;

    // Loses the id nyt-tillerson-putin to the file above, which comes first by path.
    public const string Duplicate = """
        ---
        id: nyt-tillerson-putin
        title: A second article with the same id
        ---
        {@putin “Never generated.”}
        """;

    public static ImmutableArray<InMemoryAdditionalText> Files { get; } = ImmutableArray.Create(
        new InMemoryAdditionalText("/project/corpus.speakers.yaml", Registry),
        new InMemoryAdditionalText("/project/articles/nyt-tillerson-putin.article.md", Nyt),
        new InMemoryAdditionalText("/project/articles/2017-report.article.md", Report),
        new InMemoryAdditionalText("/project/articles/all.article.md", All),
        new InMemoryAdditionalText("/project/articles/zz-duplicate.article.md", Duplicate),
        new InMemoryAdditionalText("/project/notes.txt", "Not corpus: {@tillerson “ignored”}"));
}
