using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Generators.Analysis;

namespace Verbatim.CodeFixes;

/// <summary>
/// Offers one action per suggestion the analyzer attached to a diagnostic: replace the
/// diagnostic's span of the corpus file with it.
/// </summary>
public abstract class ReplaceWithSuggestionCodeFix : CodeFixProvider
{
    private readonly string _titleFormat;
    private readonly string _equivalenceKeyPrefix;

    /// <param name="titleFormat">The action's title, <c>{0}</c> standing for the suggestion.</param>
    protected ReplaceWithSuggestionCodeFix(string diagnosticId, string titleFormat, string equivalenceKeyPrefix)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
        _titleFormat = titleFormat;
        _equivalenceKeyPrefix = equivalenceKeyPrefix;
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    // Each action names its own target id, so there is nothing uniform to apply everywhere at once.
    public override FixAllProvider? GetFixAllProvider() => null;

    public sealed override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            foreach (var suggestion in DiagnosticProperties.Suggestions(diagnostic))
            {
                var action = CodeAction.Create(
                    string.Format(CultureInfo.InvariantCulture, _titleFormat, suggestion),
                    cancellationToken => ReplaceAsync(context.TextDocument, span, suggestion, cancellationToken),
                    _equivalenceKeyPrefix + ":" + suggestion);
                context.RegisterCodeFix(action, diagnostic);
            }
        }
        return Task.CompletedTask;
    }

    private static async Task<Solution> ReplaceAsync(TextDocument document, TextSpan span, string replacement, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        // A diagnostic from an older version of the file may point past its end: leave the file alone.
        return span.End > text.Length
            ? document.Project.Solution
            : document.Project.Solution.WithAdditionalDocumentText(document.Id, text.Replace(span, replacement));
    }
}
