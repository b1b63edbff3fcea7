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
/// VQ0010, when the cue names a person nothing defines ("said Jane Doe, a spokeswoman for the
/// ministry"): "Define 'jane-doe' and annotate" adds the speaker to the article's front matter,
/// with the name and role the text gives, and annotates the quotation for it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DefineSpeakerAndAnnotateCodeFix), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
public sealed class DefineSpeakerAndAnnotateCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "Verbatim.DefineSpeakerAndAnnotate";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnannotatedQuotation);

    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var text = await context.TextDocument.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var (name, role) = DiagnosticProperties.NewSpeaker(diagnostic);
            var suggestions = DiagnosticProperties.Suggestions(diagnostic);
            if (name is null || suggestions.IsEmpty || Edit(text, diagnostic.Location.SourceSpan, suggestions[0], name, role) is null)
            {
                continue;
            }
            string id = suggestions[0];
            var span = diagnostic.Location.SourceSpan;
            var action = CodeAction.Create(
                $"Define '{id}' and annotate",
                async cancellationToken =>
                {
                    var current = await context.TextDocument.GetTextAsync(cancellationToken).ConfigureAwait(false);
                    return Edit(current, span, id, name, role) is { } edited
                        ? context.TextDocument.Project.Solution.WithAdditionalDocumentText(context.TextDocument.Id, edited)
                        : context.TextDocument.Project.Solution;
                },
                EquivalenceKey);
            context.RegisterCodeFix(action, diagnostic);
        }
    }

    // The quotation lies in the body, after the front matter: annotate it first, and the front matter's place is unchanged.
    private static SourceText? Edit(SourceText text, TextSpan quotation, string id, string name, string? role) =>
        QuotationAnnotation.Wrap(text, quotation, id) is { } annotated ? SpeakerDefinitionWriter.AddToFrontMatter(annotated, id, name, role) : null;
}
