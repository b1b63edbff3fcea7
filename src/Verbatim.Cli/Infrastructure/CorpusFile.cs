using Microsoft.CodeAnalysis.Text;

namespace Verbatim.Cli.Infrastructure;

/// <summary>One corpus file as read from disk.</summary>
/// <param name="FullPath">The absolute path, as a compiler would be handed it.</param>
/// <param name="RelativePath">The path relative to the corpus folder, with <c>/</c>.</param>
/// <param name="Text">The text, decoded as the compiler decodes additional files (UTF-8 unless a BOM says otherwise).</param>
internal sealed record CorpusFile(string FullPath, string RelativePath, SourceText Text);
