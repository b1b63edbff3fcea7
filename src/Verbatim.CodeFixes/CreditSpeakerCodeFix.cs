using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Verbatim.Corpus.Diagnostics;

namespace Verbatim.CodeFixes;

/// <summary>VQ0009: "Credit '&lt;id&gt;', as the other outlets do", for each speaker the other outlets credit, most credited first.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CreditSpeakerCodeFix), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
public sealed class CreditSpeakerCodeFix() : ReplaceWithSuggestionCodeFix(DiagnosticIds.ConflictingAttribution, "Credit '{0}', as the other outlets do", "Verbatim.CreditSpeaker");
