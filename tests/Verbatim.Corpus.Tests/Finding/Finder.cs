using System.Collections.Generic;
using Verbatim.Corpus.Finding;
using Verbatim.Corpus.Parsing;

namespace Verbatim.Corpus.Tests.Finding;

/// <summary>Runs the finder on snippets with a small registry, the way the tests read best: text in, speakers out.</summary>
internal static class Finder
{
    public const string Registry = """
        tillerson:
          name: Rex W. Tillerson
          role: U.S. Secretary of State
          aliases: [Rex Tillerson, Mr. Tillerson]
        lavrov:
          name: Sergey V. Lavrov
          role: Foreign Minister of Russia
          aliases: [Sergey Lavrov, Mr. Lavrov]
        putin:
          name: Vladimir V. Putin
          role: President of Russia
          aliases: [Vladimir Putin, Mr. Putin]
        peskov:
          name: Dmitri S. Peskov
          role: Kremlin spokesman
        zakharova:
          name: Maria V. Zakharova
          role: Foreign Ministry spokeswoman
          aliases: [Ms. Zakharova]
        trump:
          name: Donald Trump
          role: President of the United States
        kremlin:
          name: The Kremlin
          kind: organization
          aliases: [the Kremlin]
        """;

    public static SpeakerIndex Index { get; } = SpeakerIndex.Create(RegistryParser.Parse("people.speakers.yaml", Registry).Speakers);

    public static List<FoundQuotation> Find(string text) => QuotationFinder.FindInText(text, Index).Quotations.ToList();

    /// <summary>The statements found, as "speaker: words" ("none: …" when no speaker is likely).</summary>
    public static string[] Statements(string text) =>
        Find(text).Where(q => q.IsStatement).Select(q => $"{q.Speaker?.Id ?? "none"}: {q.Text}").ToArray();

    public static FoundQuotation Single(string text) => Find(text).Where(q => q.IsStatement).ShouldHaveSingleItem();
}
