using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Corpus.Naming;
using Verbatim.Generators.Model;
using Verbatim.Generators.Options;
using Verbatim.Generators.Text;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// <c>Verbatim.Speakers.g.cs</c>: <c>Speakers.All</c> and the speaker table (definitions only), and
/// <c>Verbatim.Speakers.NN.g.cs</c>: the members of one slice of the speakers, with their docs, each
/// mapped to the speaker's definition (see <see cref="LineMapping"/>).
/// </summary>
internal static class SpeakersSource
{
    public static SourceText Emit(EmitOptions options, SpeakerSet speakers)
    {
        var writer = GeneratedFile.Begin(options, 1024 + (speakers.Speakers.Count * 100));
        writer.EntryClass(options, GeneratedApiNames.Speakers, "The speakers of the corpus: every registry and every article's front matter, merged.", "Speaker",
                "Every speaker, ordered by id (ordinal).")
            .Line()
            .Open("internal static partial class VerbatimData");
        var table = writer.StartTable("SpeakerTable", options.UseUtf8Literals).Int(speakers.Speakers.Count);
        foreach (var speaker in speakers.Speakers)
        {
            // What a walk reads first; then the details, which the loader steps over and reads on first use.
            table.Text(speaker.Id).Text(speaker.Name).Int((int)speaker.Kind).Text(speaker.Role).Text(speaker.Organization).Texts(speaker.Aliases);
        }
        writer.EndTable(table).Close();
        return GeneratedFile.End(writer);
    }

    public static SourceText EmitSlice(EmitOptions options, SpeakerSlice slice)
    {
        var writer = GeneratedFile.Begin(options);
        writer.Open(options.Visibility + " static partial class " + GeneratedApiNames.Speakers);
        bool first = true;
        foreach (var entry in slice.Speakers)
        {
            if (entry.Speaker.MemberName is not { } memberName)
            {
                continue;
            }
            if (!first)
            {
                writer.Line();
            }
            first = false;
            writer.Summary(DocSummaries.Speaker(entry.Speaker, entry.Quotes, entry.Articles) + " " + DocSummaries.Place(options.Corpus, entry.Place))
                .MappedLine(options, entry.Place, "public static " + CSharpText.HidingModifier(memberName) + "Speaker ", CSharpText.Identifier(memberName))
                .Line("    => All[" + entry.Index.ToString(CultureInfo.InvariantCulture) + "];");
        }
        writer.Close();
        return GeneratedFile.End(writer);
    }

    // The loader's reading of the speaker table (ModelSource.Loader.cs places it): each must match the row written in Emit.

    /// <summary>Reads every speaker's id, name and kind; a <c>Graph</c> member.</summary>
    public static string Reader(string hot) => $$"""
                {{hot}}private static Speaker[] ReadSpeakers()
                {
                    var table = new TableReader(SpeakerTable, 0);
                    var speakers = new Speaker[table.ReadInt()];
                    for (int i = 0; i < speakers.Length; i++)
                    {
                        speakers[i] = new Speaker(i, table.ReadText(), table.ReadText(), (SpeakerKind)table.ReadInt(), table.Position);
                        table.SkipSpeakerDetails();
                    }
                    return speakers;
                }
        """;

    /// <summary>Reads what a row holds after the kind, on first use.</summary>
    public const string DetailsReader = """
            internal static SpeakerDetails ReadSpeakerDetails(int position)
            {
                var table = new TableReader(SpeakerTable, position);
                return new SpeakerDetails(table.ReadNullableText(), table.ReadNullableText(), table.ReadTexts());
            }
        """;

    /// <summary>Steps over what <see cref="DetailsReader"/> reads (a <c>TableReader</c> member).</summary>
    public const string DetailsSkipper = """
                /// <summary>Steps over what <see cref="ReadSpeakerDetails"/> reads: role, organization, aliases.</summary>
                internal void SkipSpeakerDetails()
                {
                    SkipText();
                    SkipText();
                    SkipTexts();
                }
        """;
}
