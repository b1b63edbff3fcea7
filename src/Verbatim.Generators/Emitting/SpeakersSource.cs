using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Verbatim.Generators.Model;
using Verbatim.Generators.Options;

namespace Verbatim.Generators.Emitting;

/// <summary><c>Verbatim.Speakers.g.cs</c>: <c>Speakers.All</c>, one member per speaker, and the speaker table.</summary>
internal static class SpeakersSource
{
    public const string HintName = "Verbatim.Speakers.g.cs";

    public static string Emit(EmitOptions options, SpeakerSet speakers, ImmutableArray<SpeakerUse> uses)
    {
        var (quotes, articles) = Counts(uses);
        var table = new DataTableWriter().Int(speakers.Speakers.Count);
        var writer = GeneratedFile.Begin(options);
        writer.OpenEntryClass(options, "Speakers", "The speakers of the corpus: every registry and every article's front matter, merged.", "Speaker",
            "Every speaker, ordered by id (ordinal).");
        for (int i = 0; i < speakers.Speakers.Count; i++)
        {
            var speaker = speakers.Speakers[i];
            table.Text(speaker.Id).Text(speaker.Name).Text(speaker.Role).Text(speaker.Organization).Int((int)speaker.Kind).Texts(speaker.Aliases);
            writer.Line()
                .Summary(DocSummaries.Speaker(speaker, quotes.TryGetValue(speaker.Id, out int q) ? q : 0, articles.TryGetValue(speaker.Id, out int a) ? a : 0))
                .Line("public static " + CSharpText.HidingModifier(speaker.MemberName) + "Speaker " + CSharpText.Identifier(speaker.MemberName) + " => All[" + i + "];");
        }
        writer.Close().Line();
        writer.Open("internal static partial class VerbatimData")
            .Table(options, "SpeakerTable", table)
            .Close();
        return GeneratedFile.End(writer);
    }

    /// <summary>For each speaker id: how many quotes, in how many articles.</summary>
    private static (Dictionary<string, int> Quotes, Dictionary<string, int> Articles) Counts(ImmutableArray<SpeakerUse> uses)
    {
        var quotes = new Dictionary<string, int>(StringComparer.Ordinal);
        var articles = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var use in uses)
        {
            var inThisArticle = new HashSet<string>(StringComparer.Ordinal);
            foreach (string id in use.QuotedSpeakerIds)
            {
                quotes[id] = (quotes.TryGetValue(id, out int count) ? count : 0) + 1;
                if (inThisArticle.Add(id))
                {
                    articles[id] = (articles.TryGetValue(id, out int seen) ? seen : 0) + 1;
                }
            }
        }
        return (quotes, articles);
    }
}
