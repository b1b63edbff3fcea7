using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Corpus.Parsing;

namespace Verbatim.CodeFixes;

/// <summary>
/// VQ0008: "Mark as printed so (!sic)": the corpus author has checked that the outlet printed these
/// words, so the annotation's header gets the <c>!sic</c> mark. The quote's words are never changed:
/// they are what the outlet printed.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MarkSicCodeFix), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
public sealed class MarkSicCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.Misquote);

    // Two misquotes in one quote would mark it twice in one batch: fixed one at a time.
    public override FixAllProvider? GetFixAllProvider() => null;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            context.RegisterCodeFix(
                CodeAction.Create("Mark as printed so (!sic)", cancellationToken => MarkAsync(context.TextDocument, span, cancellationToken), "Verbatim.MarkSic"),
                diagnostic);
        }
        return Task.CompletedTask;
    }

    private static async Task<Solution> MarkAsync(TextDocument document, TextSpan span, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var article = ArticleParser.Parse(document.FilePath ?? document.Name, text.ToString(), cancellationToken).Article;
        // The innermost quote whose words hold the misquote: its header ends with the one space before the content.
        var quote = article.Quotes
            .Where(q => article.Positions is { } positions && positions.Span(q.Start, q.Length) is var content
                && content.Start <= span.Start && span.End <= content.End)
            .LastOrDefault();
        if (quote is null || quote.Sic || quote.OpeningSpan.Length == 0 || text[quote.OpeningSpan.End - 1] != ' ')
        {
            return document.Project.Solution;
        }
        var marked = text.WithChanges(new TextChange(new TextSpan(quote.OpeningSpan.End - 1, 0), "!sic"));
        return document.Project.Solution.WithAdditionalDocumentText(document.Id, marked);
    }
}
