using System;
using Verbatim.Corpus.Model;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// The part of <see cref="ModelSource"/> that writes <c>QuoteKind</c> and <c>SpeakerKind</c>: the values of
/// <see cref="QuoteKind"/> and <see cref="SpeakerKind"/> themselves, in their order, so the numbers the tables
/// hold (<c>(int)</c> of a kind) name the same kind in the generated code.
/// </summary>
internal static partial class ModelSource
{
    private static void WriteKinds(IndentedWriter writer, string visibility)
    {
        WriteEnum<QuoteKind>(writer, visibility, "Whether a quote gives the speaker's own words or paraphrases them.", kind => Summary(kind));
        writer.Line();
        WriteEnum<SpeakerKind>(writer, visibility, "What a speaker is.", kind => Summary(kind));
        writer.Line();
    }

    private static void WriteEnum<TKind>(IndentedWriter writer, string visibility, string summary, Func<TKind, string> summaryOf)
        where TKind : struct, Enum
    {
        writer.Summary(summary).Open(visibility + " enum " + typeof(TKind).Name);
        bool first = true;
        foreach (TKind kind in Enum.GetValues(typeof(TKind)))
        {
            if (!first)
            {
                writer.Line();
            }
            first = false;
            writer.Summary(summaryOf(kind)).Line(kind + ",");
        }
        writer.Close();
    }

    /// <summary>The doc of a quote kind in the generated code.</summary>
    internal static string Summary(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "The speaker's own words.",
        QuoteKind.Indirect => "A paraphrase of what the speaker said, without quotation marks.",
        _ => kind.ToString(),
    };

    /// <summary>The doc of a speaker kind in the generated code.</summary>
    internal static string Summary(SpeakerKind kind) => kind switch
    {
        SpeakerKind.Person => "A person.",
        SpeakerKind.Organization => "An organization speaking as one.",
        SpeakerKind.Group => "A group of people.",
        SpeakerKind.Anonymous => "A source the article does not name.",
        _ => kind.ToString(),
    };
}
