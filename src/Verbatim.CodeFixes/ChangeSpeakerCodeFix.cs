using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Verbatim.Corpus.Diagnostics;

namespace Verbatim.CodeFixes;

/// <summary>VQ0001: "Change to '&lt;id&gt;'", for each defined speaker id close to the undefined one.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ChangeSpeakerCodeFix), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
public sealed class ChangeSpeakerCodeFix() : ReplaceWithSuggestionCodeFix(DiagnosticIds.UndefinedSpeaker, "Change to '{0}'", "Verbatim.ChangeSpeaker");
