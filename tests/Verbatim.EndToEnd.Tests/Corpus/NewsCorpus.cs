namespace Verbatim.EndToEnd.Tests.Corpus;

/// <summary>A small corpus as a user would lay it out: a registry at the project root, articles in a folder.</summary>
internal static class NewsCorpus
{
    public const string Registry = """
        tillerson:
          name: Rex W. Tillerson
          role: U.S. Secretary of State
        lavrov:
          name: Sergey V. Lavrov
          role: Russian Foreign Minister
        """;

    public const string MoscowTalks = """
        ---
        id: moscow-talks
        title: Tillerson Meets Lavrov
        outlet: The Daily Test
        published: 2017-04-12
        ---
        {@tillerson#low-trust “There is a low level of trust between our countries,”} Mr. Tillerson said.
        Mr. Lavrov said {@lavrov:indirect the facts had yet to be determined}.
        """;

    public const string FollowUp = """
        ---
        title: A Second Meeting
        ---
        {@lavrov “We will meet again.”}
        """;

    /// <summary>Two articles (ids <c>follow-up</c> and <c>moscow-talks</c>), three quotes, two speakers.</summary>
    public static ConsumerProject WithNewsCorpus(this ConsumerProject project) => project
        .Write("people.speakers.yaml", Registry)
        .Write("articles/moscow-talks.article.md", MoscowTalks)
        .Write("articles/follow-up.article.md", FollowUp);
}
