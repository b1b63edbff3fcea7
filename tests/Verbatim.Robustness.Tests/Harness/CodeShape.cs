using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Verbatim.Robustness.Tests.Harness;

/// <summary>
/// The structure of generated C#: every token and trivia kind (doc comment markup and directives
/// included), with literal values and XML doc text left out. Two corpora that differ only in their
/// text must give generated code of the same shape; text that broke out of a literal or a comment
/// would add tokens, comments, directives or line breaks.
/// </summary>
internal static class CodeShape
{
    private static readonly HashSet<SyntaxKind> s_textKinds = new()
    {
        SyntaxKind.XmlTextLiteralToken,
        SyntaxKind.XmlEntityLiteralToken,
        SyntaxKind.WhitespaceTrivia,
    };

    public static string Of(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose));
        var kinds = new List<string>();
        foreach (var token in tree.GetRoot().DescendantTokens(descendIntoTrivia: true))
        {
            AddTrivia(kinds, token.LeadingTrivia);
            if (!s_textKinds.Contains(token.Kind()))
            {
                kinds.Add(token.Kind().ToString());
            }
            AddTrivia(kinds, token.TrailingTrivia);
        }
        return string.Join("\n", kinds);
    }

    /// <summary>The shape of every generated source, by hint name.</summary>
    public static Dictionary<string, string> Of(BuildOutcome outcome) =>
        outcome.Sources.ToDictionary(source => source.HintName, source => Of(source.Text));

    private static void AddTrivia(List<string> kinds, SyntaxTriviaList trivia)
    {
        foreach (var piece in trivia)
        {
            if (!s_textKinds.Contains(piece.Kind()))
            {
                kinds.Add(piece.Kind().ToString());
            }
        }
    }
}
