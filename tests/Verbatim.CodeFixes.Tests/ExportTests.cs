using System;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Verbatim.CodeFixes.Tests;

/// <summary>The IDE only asks a provider about an additional document when its export says so.</summary>
public sealed class ExportTests
{
    [Theory]
    [InlineData(typeof(ChangeSpeakerCodeFix))]
    [InlineData(typeof(DefineSpeakerCodeFix))]
    [InlineData(typeof(RenameDuplicateIdCodeFix))]
    [InlineData(typeof(MarkSicCodeFix))]
    [InlineData(typeof(CreditSpeakerCodeFix))]
    public void Each_fix_is_exported_for_CSharp_additional_documents(Type provider)
    {
        var export = provider.GetCustomAttribute<ExportCodeFixProviderAttribute>().ShouldNotBeNull();

        export.Name.ShouldBe(provider.Name);
        export.Languages.ShouldBe(new[] { LanguageNames.CSharp });
        export.DocumentKinds.ShouldBe(new[] { nameof(TextDocumentKind.AdditionalDocument) });
    }
}
