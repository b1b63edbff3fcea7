using System;
using System.Collections.Generic;
using System.Threading;
using Verbatim.Corpus.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Verbatim.Corpus.Parsing.Yaml;

/// <summary>
/// Reads one YAML document of a corpus file into a <see cref="YamlNode"/> tree through YamlDotNet's
/// event parser, enforcing <see cref="CorpusLimits"/>. Every problem becomes VQ0003 at its place.
/// </summary>
internal static class YamlTreeReader
{
    /// <summary>
    /// Reads the YAML at <paramref name="start"/> (<paramref name="length"/> characters) of the file text;
    /// null when the document is empty or unreadable (then a diagnostic says why).
    /// </summary>
    public static YamlNode? Read(string text, int start, int length, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        if (length > CorpusLimits.MaxYamlCharacters)
        {
            diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.YamlTooLarge(length, CorpusLimits.MaxYamlCharacters), start, 0);
            return null;
        }
        var parser = new Parser(new TextSliceReader(text, start, length));
        try
        {
            return Build(parser, start, diagnostics, cancellationToken);
        }
        catch (YamlException e)
        {
            int errorStart = start + ToOffset(e.Start);
            diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.YamlSyntax(e.Message), errorStart, start + ToOffset(e.End) - errorStart);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // YamlDotNet is third-party code: whatever else it throws must still end as a diagnostic, not a crash.
            diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.YamlSyntax(e.Message), start, 0);
            return null;
        }
    }

    private static YamlNode? Build(Parser parser, int start, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var open = new Stack<YamlNode>();
        YamlNode? root = null;
        int documents = 0;
        while (parser.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = parser.Current!;
            int eventStart = start + ToOffset(current.Start);
            int eventLength = Math.Max(0, start + ToOffset(current.End) - eventStart);
            switch (current)
            {
                case DocumentStart when ++documents > 1:
                    diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.YamlSecondDocument, eventStart, eventLength);
                    return root;
                case AnchorAlias:
                case NodeEvent { Anchor.IsEmpty: false }:
                    diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.YamlAliases, eventStart, eventLength);
                    return null;
                case NodeEvent { Tag.IsEmpty: false }:
                    diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.YamlTags, eventStart, eventLength);
                    return null;
                case Scalar scalar:
                    Attach(new YamlNode(YamlNodeKind.Scalar, ValueOf(scalar), eventStart, eventStart + eventLength), open, ref root);
                    break;
                case MappingStart or SequenceStart:
                    if (open.Count >= CorpusLimits.MaxYamlDepth)
                    {
                        diagnostics.Add(DiagnosticIds.InvalidYaml, CorpusMessages.YamlTooDeep(CorpusLimits.MaxYamlDepth), eventStart, eventLength);
                        return null;
                    }
                    var collection = new YamlNode(current is MappingStart ? YamlNodeKind.Mapping : YamlNodeKind.Sequence, null, eventStart, eventStart + eventLength)
                    {
                        IsFlow = current is MappingStart { Style: MappingStyle.Flow } or SequenceStart { Style: SequenceStyle.Flow },
                    };
                    Attach(collection, open, ref root);
                    open.Push(collection);
                    break;
                case MappingEnd or SequenceEnd:
                    // A flow collection ends at its closing bracket; a block one at its last item.
                    var closed = open.Pop();
                    closed.End = closed.IsFlow ? eventStart + 1 : closed.Children.Count > 0 ? closed.Children[closed.Children.Count - 1].End : closed.Start;
                    break;
            }
        }
        return root;
    }

    private static void Attach(YamlNode node, Stack<YamlNode> open, ref YamlNode? root)
    {
        if (open.Count == 0)
        {
            root = node;
        }
        else
        {
            open.Peek().Add(node);
        }
    }

    // YAML's null: an empty or ~ or null plain scalar. Quoted text is always a string.
    private static string? ValueOf(Scalar scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL" ? null : scalar.Value;

    private static int ToOffset(Mark mark) => (int)Math.Min(mark.Index, CorpusLimits.MaxYamlCharacters);
}
