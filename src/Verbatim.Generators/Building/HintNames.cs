using System.Globalization;
using Verbatim.Generators.Model;

namespace Verbatim.Generators.Building;

/// <summary>
/// What each generated file is called. Hint names must be unique ignoring case, and they are the
/// file names a reader sees under the analyzer's node, so they say what a file holds.
/// </summary>
internal static class HintNames
{
    /// <summary>The runtime types and the loader.</summary>
    public const string Model = "Verbatim.Model.g.cs";

    /// <summary>The article table and <c>Articles</c>.</summary>
    public const string Articles = "Verbatim.Articles.g.cs";

    /// <summary>The speaker table and <c>Speakers</c>.</summary>
    public const string Speakers = "Verbatim.Speakers.g.cs";

    /// <summary>The statement types, the same for every corpus.</summary>
    public const string StatementTypes = "Verbatim.StatementTypes.g.cs";

    /// <summary><c>Statements</c>, over its slices.</summary>
    public const string Statements = "Verbatim.Statements.g.cs";

    /// <summary>One slice of the articles: their classes, members and bodies.</summary>
    public static string Of(ArticleSlice slice) => "Verbatim.Articles." + slice.Index.ToString("D4", CultureInfo.InvariantCulture) + ".g.cs";

    public static string Of(QuoteSlice slice) => "Verbatim.Quotes." + Number(slice.Index) + ".g.cs";

    public static string Of(SpeakerSlice slice) => "Verbatim.Speakers." + Number(slice.Index) + ".g.cs";

    public static string Of(StatementSlice slice) => "Verbatim.Statements." + Number(slice.Index) + ".g.cs";

    private static string Number(int sliceIndex) => sliceIndex.ToString("D2", CultureInfo.InvariantCulture);
}
