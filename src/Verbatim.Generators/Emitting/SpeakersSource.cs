using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Generators.Model;
using Verbatim.Generators.Options;

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
        writer.EntryClass(options, "Speakers", "The speakers of the corpus: every registry and every article's front matter, merged.", "Speaker",
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
        writer.Open(options.Visibility + " static partial class Speakers");
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
}
