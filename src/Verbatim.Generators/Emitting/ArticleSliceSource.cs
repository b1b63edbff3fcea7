using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Generators.Model;
using Verbatim.Generators.Text;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// <c>Verbatim.Articles.NNNN.g.cs</c>, one per <see cref="ArticleSlice"/>: a list of the articles it
/// holds, each article's class and member (see <see cref="ArticleClassSource"/>), and one table of their
/// bodies, which <c>VerbatimData.ArticleBody</c> (see <see cref="ArticleBodySource"/>) reads: reading
/// every body runs that one method and one accessor per slice, never code per article.
/// </summary>
internal static class ArticleSliceSource
{
    /// <summary>The <c>VerbatimData</c> method that returns the bodies of a slice.</summary>
    public static string BodyTableMember(int slice) => "BodyTable" + slice.ToString(CultureInfo.InvariantCulture);

    public static SourceText Emit(ArticleSlice slice)
    {
        var options = slice.Articles[0].Options;
        var writer = GeneratedFile.Begin(options, 1024 + (slice.Articles.Count * 2048), Contents(slice));
        foreach (var article in slice.Articles)
        {
            if (article.Row.MemberName is { } memberName)
            {
                ArticleClassSource.WriteMember(writer, article, memberName);
            }
        }

        // The bodies, each its length then its text, in the order above: the loader steps over the ones before it.
        // In a u8 table each starts with its length in UTF-16 as well, so the loader decodes it in one pass.
        writer.Open("internal static partial class VerbatimData");
        var table = writer.StartSliceTable(BodyTableMember(slice.Index), options.UseUtf8Literals);
        foreach (var article in slice.Articles)
        {
            if (options.UseUtf8Literals)
            {
                table.Int(article.Body.Text.Length);
            }
            table = writer.KeptText(table, article.Body);
        }
        writer.EndTable(table).Close();
        return GeneratedFile.End(writer);
    }

    /// <summary>The list at the file's top: each article's id and file (as doc text, so no corpus text can end the comment).</summary>
    private static IEnumerable<string> Contents(ArticleSlice slice)
    {
        yield return "The articles of this file, in the order of Articles.All:";
        foreach (var article in slice.Articles)
        {
            yield return "  " + CSharpText.DocText(article.Row.Id) + " (" + CSharpText.DocText(article.Row.SourcePath) + ")";
        }
    }
}
