using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.QuickInfo;

namespace Verbatim.Editor.Tests.Infrastructure;

/// <summary>What IntelliSense shows, asked of Roslyn's own services the way an IDE asks them.</summary>
internal static class IdeServices
{
    /// <summary>The completion items at the caret, each with the description the IDE shows beside it.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> CompletionsAsync(Project project, string code)
    {
        var (document, position) = Caret.In(project, code);
        var service = CompletionService.GetService(document);
        service.ShouldNotBeNull("Microsoft.CodeAnalysis.CSharp.Features is not in the workspace's MEF composition");
        var list = await service.GetCompletionsAsync(document, position);
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in list.ItemsList.Where(item => !items.ContainsKey(item.DisplayText)))
        {
            var description = await service.GetDescriptionAsync(document, item);
            items[item.DisplayText] = description?.Text ?? "";
        }
        return items;
    }

    /// <summary>The text of every section of the Quick Info at the caret.</summary>
    public static async Task<string> QuickInfoAsync(Project project, string code)
    {
        var (document, position) = Caret.In(project, code);
        var service = QuickInfoService.GetService(document);
        service.ShouldNotBeNull();
        var info = await service.GetQuickInfoAsync(document, position);
        info.ShouldNotBeNull("no Quick Info at the caret");
        return string.Join("\n", info.Sections.Select(section => section.Text));
    }

    /// <summary>The symbol at the caret, as Go to Definition finds it.</summary>
    public static async Task<ISymbol> SymbolAsync(Project project, string code)
    {
        var (document, position) = Caret.In(project, code);
        var symbol = await Microsoft.CodeAnalysis.FindSymbols.SymbolFinder.FindSymbolAtPositionAsync(document, position);
        symbol.ShouldNotBeNull();
        return symbol;
    }
}
