using System.Text;
using System.Text.Json;

namespace Verbatim.Editor.Tests.LanguageServer;

/// <summary>Reading LSP answers, whichever of the protocol's shapes a server chose.</summary>
internal static class Lsp
{
    /// <summary>The 0-based position just after the first <paramref name="before"/> in <paramref name="text"/>, or at its start.</summary>
    public static object Position(string text, string before, bool after = true)
    {
        int offset = text.IndexOf(before, StringComparison.Ordinal);
        offset.ShouldBeGreaterThanOrEqualTo(0, before);
        offset += after ? before.Length : 0;
        string head = text.Substring(0, offset).Replace("\r\n", "\n", StringComparison.Ordinal);
        int line = head.Count(c => c == '\n');
        return new { line, character = head.Length - (head.LastIndexOf('\n') + 1) };
    }

    public static object At(string path, object position) => new { textDocument = new { uri = CSharpLs.Uri(path) }, position };

    /// <summary>The items of a completion answer (a <c>CompletionList</c> or an array).</summary>
    public static IReadOnlyList<JsonElement> Items(JsonElement completion) =>
        completion.ValueKind switch
        {
            JsonValueKind.Array => completion.EnumerateArray().ToList(),
            JsonValueKind.Object when completion.TryGetProperty("items", out var items) => items.EnumerateArray().ToList(),
            _ => Array.Empty<JsonElement>(),
        };

    public static JsonElement? Item(JsonElement completion, string label) =>
        Items(completion).Cast<JsonElement?>().FirstOrDefault(item => item!.Value.GetProperty("label").GetString() == label);

    /// <summary>The locations of a definition answer (a <c>Location</c>, an array of them, or of <c>LocationLink</c>s), as path and 0-based line and character.</summary>
    public static IReadOnlyList<(string Path, int Line, int Character)> Locations(JsonElement definition)
    {
        var locations = definition.ValueKind switch
        {
            JsonValueKind.Array => definition.EnumerateArray().ToList(),
            JsonValueKind.Object => new List<JsonElement> { definition },
            _ => new List<JsonElement>(),
        };
        return locations.Select(location =>
        {
            bool isLink = location.TryGetProperty("targetUri", out var targetUri);
            var uri = isLink ? targetUri : location.GetProperty("uri");
            var start = location.GetProperty(isLink ? "targetSelectionRange" : "range").GetProperty("start");
            return (new Uri(uri.GetString()!).LocalPath, start.GetProperty("line").GetInt32(), start.GetProperty("character").GetInt32());
        }).ToList();
    }

    /// <summary>Every string in an answer, joined: what a client would show of a hover or a completion item.</summary>
    public static string Text(JsonElement element)
    {
        var text = new StringBuilder();
        Collect(element, text);
        return text.ToString();
    }

    private static void Collect(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                text.AppendLine(element.GetString());
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, text);
                }
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, text);
                }
                break;
        }
    }
}
