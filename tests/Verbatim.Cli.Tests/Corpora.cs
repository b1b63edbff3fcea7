namespace Verbatim.Cli.Tests;

/// <summary>Small corpora the tests write, each showing one thing.</summary>
internal static class Corpora
{
    public const string Registry = """
        tillerson:
          name: Rex W. Tillerson
          role: U.S. Secretary of State
          organization: U.S. Department of State
        lavrov:
          name: Sergey V. Lavrov
        """;

    // Line 4, and the misspelt id starts at column 11, right after "He said {@".
    public const string Misspelt = """
        ---
        title: Misspelt
        ---
        He said {@tilerson “Hello.”} and left.
        """;

    public const string Clean = """
        ---
        id: meeting
        title: The meeting
        outlet: The Daily
        published: 2017-04-12
        ---
        {@tillerson#low-trust “There is a low level of trust,”} Mr. Tillerson said. Mr. Lavrov said {@lavrov:indirect the facts were unclear}.
        """;

    public static TempFolder WithRegistry(this TempFolder folder) => folder.Write("people.speakers.yaml", Registry);
}
