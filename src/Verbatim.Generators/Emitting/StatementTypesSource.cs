using Microsoft.CodeAnalysis.Text;
using Verbatim.Generators.Options;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// <c>Verbatim.StatementTypes.g.cs</c>: <c>Statement</c>, <c>StatementWording</c> and their loader,
/// which reads the statement slices on first use, in loops (no code per statement), and finds each
/// quote through its article. Both are the same for every corpus: <c>Runtime/StatementTypes.cs</c> and <c>Runtime/StatementSet.cs</c>.
/// </summary>
internal static class StatementTypesSource
{
    public static SourceText Emit(EmitOptions options)
    {
        var writer = GeneratedFile.Begin(options, 8192);
        writer.Block(RuntimeSource.WithVisibility(RuntimeSource.StatementTypes, options.Visibility)).Line().Block(RuntimeSource.StatementSet);
        return GeneratedFile.End(writer);
    }
}
