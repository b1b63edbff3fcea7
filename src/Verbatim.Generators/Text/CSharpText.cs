using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Verbatim.Corpus.Model;
using Verbatim.Corpus.Naming;

namespace Verbatim.Generators.Text;

/// <summary>
/// The one place where corpus text becomes C# text: literals, XML doc text and identifiers.
/// Whatever a corpus file holds, what comes out here cannot end a literal or a comment early,
/// hide code behind invisible characters, or fail to compile.
/// </summary>
internal static class CSharpText
{
    // Escape's scratch list of indexes, one per thread (generators may run on several).
    [ThreadStatic]
    private static int[]? s_escapesFound;

    /// <summary>A regular string literal; every character that is invisible or ends a line is escaped.</summary>
    public static string StringLiteral(string value) =>
        AppendEscaped(new StringBuilder(value.Length + 2).Append('"'), value).Append('"').ToString();

    /// <summary>
    /// Appends <paramref name="value"/> as the content of a regular (or <c>u8</c>) string literal, escaped
    /// in place so large texts are copied once. Every character that is invisible or ends a line is escaped.
    /// </summary>
    public static StringBuilder AppendEscaped(StringBuilder literal, string value)
    {
        int plainFrom = 0;
        for (int i = PlainRun.End(value, 0); i < value.Length; i = PlainRun.End(value, i + 1))
        {
            string? escape = EscapeAt(value, i);
            if (escape is null)
            {
                continue;
            }
            literal.Append(value, plainFrom, i - plainFrom).Append(escape);
            plainFrom = i + 1;
        }
        return literal.Append(value, plainFrom, value.Length - plainFrom);
    }

    /// <summary><paramref name="value"/> prepared for a literal: where it needs escapes, found once, so it can be kept and written as it is.</summary>
    public static EscapedText Escape(string value)
    {
        // One pass that skips the plain runs (PlainRun) and notes each escape in a buffer kept by the
        // thread, then one exact array: a body has dozens of escapes (every line break, every quotation
        // mark), and a growing list copied itself several times for each of the corpus's bodies.
        // The same pass finds a lone surrogate, which is escaped like any invisible character.
        int[] found = s_escapesFound ??= new int[256];
        int count = 0;
        bool loneSurrogate = false;
        for (int i = PlainRun.End(value, 0); i < value.Length; i = PlainRun.End(value, i + 1))
        {
            if (NeedsEscape(value, i))
            {
                if (count == found.Length)
                {
                    Array.Resize(ref found, 2 * count);
                    s_escapesFound = found;
                }
                found[count++] = i;
                loneSurrogate |= char.IsSurrogate(value[i]);
            }
        }
        var escapedAt = count == 0 ? Array.Empty<int>() : new int[count];
        Array.Copy(found, escapedAt, count);
        return new EscapedText(value, new EquatableArray<int>(escapedAt), !loneSurrogate);
    }

    /// <summary>Whether <see cref="EscapeAt"/> has an escape for the character at <paramref name="index"/>, without making it.</summary>
    private static bool NeedsEscape(string value, int index) =>
        value[index] is '"' or '\\' or '\0' or '\t' or '\n' or '\r' || IsInvisible(value, index);

    /// <summary>
    /// What goes around an escaped text to make an expression of type <c>string</c>: a <c>u8</c> literal
    /// decoded at run time when <paramref name="useUtf8"/> (UTF-8 data is not subject to the 16 MB
    /// string heap limit, CS8103), else a string literal. Text a <c>u8</c> literal cannot hold (a lone
    /// surrogate) always takes the string literal.
    /// </summary>
    public static (string Open, string Close) TextExpressionDelimiters(EscapedText text, bool useUtf8) =>
        useUtf8 && text.FitsUtf8 ? ("global::System.Text.Encoding.UTF8.GetString(\"", "\"u8)") : ("\"", "\"");

    /// <summary>The escape of the character at <paramref name="index"/>, or null when it stands as it is.</summary>
    public static string? EscapeAt(string value, int index)
    {
        char c = value[index];
        switch (c)
        {
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case '\0': return "\\0";
            case '\t': return "\\t";
            case '\n': return "\\n";
            case '\r': return "\\r";
            default:
                return IsInvisible(value, index) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : null;
        }
    }

    /// <summary>
    /// Text for an XML doc comment: markup characters escaped, line breaks and invisible characters
    /// turned into spaces (so nothing can leave the <c>///</c> line), runs of white space collapsed.
    /// </summary>
    public static string DocText(string value)
    {
        if (IsDocTextAlready(value))
        {
            return value;
        }
        var text = new StringBuilder(value.Length);
        bool pendingSpace = false;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsWhiteSpace(c) || IsInvisible(value, i))
            {
                pendingSpace = text.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                text.Append(' ');
                pendingSpace = false;
            }
            switch (c)
            {
                case '&': text.Append("&amp;"); break;
                case '<': text.Append("&lt;"); break;
                case '>': text.Append("&gt;"); break;
                default: text.Append(c); break;
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// Whether <see cref="DocText"/> would give the text back unchanged: no markup character, no white
    /// space but single spaces between words, nothing invisible. Most titles, names and quotes are so,
    /// and they are then not copied.
    /// </summary>
    private static bool IsDocTextAlready(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            bool kept = c == ' '
                ? i > 0 && i < value.Length - 1 && value[i + 1] != ' '
                : c < '\u0080'
                    ? c > ' ' && c < '\u007F' && c is not ('&' or '<' or '>')
                    : !char.IsWhiteSpace(c) && !IsInvisible(value, i);
            if (!kept)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary><see cref="DocText"/> of at most about <paramref name="maxLength"/> characters, cut at a word with an ellipsis.</summary>
    public static string ShortDocText(string value, int maxLength)
    {
        string collapsed = DocText(value);
        if (collapsed.Length <= maxLength)
        {
            return collapsed;
        }
        int cut = collapsed.LastIndexOf(' ', maxLength);
        if (cut <= 0)
        {
            cut = maxLength;
        }
        // Never split an escape (&amp;) or a surrogate pair.
        int entity = collapsed.LastIndexOf('&', cut - 1);
        if (entity >= 0 && collapsed.IndexOf(';', entity) >= cut)
        {
            cut = entity;
        }
        if (cut > 0 && char.IsHighSurrogate(collapsed[cut - 1]))
        {
            cut--;
        }
        return collapsed.Substring(0, cut).TrimEnd() + "…";
    }

    /// <summary><paramref name="name"/> as an identifier: characters C# refuses become <c>_</c>, keywords get <c>@</c>.</summary>
    public static string Identifier(string name)
    {
        var identifier = new StringBuilder(name.Length + 1);
        foreach (char c in name)
        {
            identifier.Append(SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
        }
        if (identifier.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(identifier[0]))
        {
            identifier.Insert(0, '_');
        }
        string result = identifier.ToString();
        return SyntaxFacts.GetKeywordKind(result) == SyntaxKind.None ? result : "@" + result;
    }

    /// <summary>
    /// <c>"new "</c> when a member named <paramref name="name"/> hides a member every class inherits
    /// from <c>object</c> (an id such as <c>equals</c> names one), so the hiding is declared, not warned about.
    /// </summary>
    public static string HidingModifier(string name)
    {
        // A loop, not LINQ's Contains: this runs for every generated member, and Contains boxed the array and its enumerator each time.
        var hidden = GeneratedApiNames.ObjectMembers;
        for (int i = 0; i < hidden.Count; i++)
        {
            if (string.Equals(hidden[i], name, StringComparison.Ordinal))
            {
                return "new ";
            }
        }
        return "";
    }

    /// <summary>A valid namespace from a dotted name; empty parts are dropped, <c>Corpus</c> when none is left.</summary>
    public static string Namespace(string dottedName)
    {
        var parts = new StringBuilder();
        foreach (string part in dottedName.Split('.'))
        {
            string trimmed = part.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }
            if (parts.Length > 0)
            {
                parts.Append('.');
            }
            parts.Append(Identifier(trimmed));
        }
        return parts.Length == 0 ? "Corpus" : parts.ToString();
    }

    /// <summary>
    /// Characters that read as nothing, or end a line, in an editor: controls, format characters
    /// (bidirectional overrides included), line and paragraph separators, lone surrogates, and the
    /// noncharacters U+FFFE and U+FFFF (which XML refuses).
    /// </summary>
    private static bool IsInvisible(string value, int index)
    {
        char c = value[index];
        if (c >= '\uFFFE')
        {
            return true;
        }
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= value.Length || !char.IsLowSurrogate(value[index + 1]);
        }
        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(value[index - 1]);
        }
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
                return true;
            default:
                return false;
        }
    }

    /// <summary>Whether <paramref name="value"/> holds a surrogate without its pair, which UTF-8 cannot encode.</summary>
    public static bool HasLoneSurrogate(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (char.IsSurrogate(value[i]) && IsInvisible(value, i))
            {
                return true;
            }
        }
        return false;
    }
}
