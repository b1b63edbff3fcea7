using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using Verbatim.Corpus.Diagnostics;
using Verbatim.Generators.Analysis;

namespace Verbatim.CodeFixes;

/// <summary>
/// VQ0010: "Annotate as '{@&lt;id&gt; …}'" for the likely speaker, then one action for each other
/// speaker the context names. A likely speaker that nothing defines gets
/// <see cref="DefineSpeakerAndAnnotateCodeFix"/> instead, since annotating alone would leave VQ0001.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AnnotateQuotationCodeFix), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
public sealed class AnnotateQuotationCodeFix : CodeFixProvider
{
    private const string EquivalenceKeyPrefix = "Verbatim.AnnotateQuotation";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnannotatedQuotation);

    // Each action names its own speaker, so there is nothing uniform to apply everywhere at once.
    public override FixAllProvider? GetFixAllProvider() => null;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var suggestions = DiagnosticProperties.Suggestions(diagnostic);
            bool firstIsNew = DiagnosticProperties.NewSpeaker(diagnostic).Name is not null;
            for (int i = firstIsNew ? 1 : 0; i < suggestions.Length; i++)
            {
                string id = suggestions[i];
                var span = diagnostic.Location.SourceSpan;
                var action = CodeAction.Create(
                    $"Annotate as '{{@{id} …}}'",
                    cancellationToken => AnnotateAsync(context.TextDocument, span, id, cancellationToken),
                    EquivalenceKeyPrefix + ":" + id);
                context.RegisterCodeFix(action, diagnostic);
            }
        }
        return Task.CompletedTask;
    }

    private static async Task<Solution> AnnotateAsync(TextDocument document, TextSpan span, string id, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return QuotationAnnotation.Wrap(text, span, id) is { } annotated
            ? document.Project.Solution.WithAdditionalDocumentText(document.Id, annotated)
            : document.Project.Solution;
    }
}
