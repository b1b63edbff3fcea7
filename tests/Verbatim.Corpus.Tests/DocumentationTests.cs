using System.IO;
using System.Reflection;
using Verbatim.Corpus.Diagnostics;

namespace Verbatim.Corpus.Tests;

/// <summary>docs/corpus-format.md quotes the messages exactly; this keeps the fixed ones true to the code.</summary>
public class DocumentationTests
{
    [Fact]
    public void Every_fixed_message_is_quoted_in_the_format_guide()
    {
        string guide = File.ReadAllText(Path.Combine(RepositoryFiles.Root(), "docs", "corpus-format.md"));
        var messages = typeof(CorpusMessages)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        messages.ShouldNotBeEmpty();
        messages.Where(m => !guide.Contains(m)).ShouldBeEmpty();
    }
}
