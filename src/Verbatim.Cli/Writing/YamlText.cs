using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Verbatim.Cli.Writing;

/// <summary>
/// YAML scalars for the front matter and registries the tool writes. Text is always a
/// double-quoted scalar with JSON's escapes, which YAML reads the same way, so no value can
/// change meaning (a title of <c>yes</c>, a name with <c>: </c> or <c>#</c>).
/// </summary>
internal static class YamlText
{
    private static readonly JsonSerializerOptions s_json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly Regex s_plainKey = new("^[A-Za-z][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant);

    public static string Quoted(string value) => JsonSerializer.Serialize(value, s_json);

    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Quoted)) + "]";

    /// <summary>A mapping key: plain when it is an ordinary id, else quoted.</summary>
    public static string Key(string key) => s_plainKey.IsMatch(key) ? key : Quoted(key);
}
