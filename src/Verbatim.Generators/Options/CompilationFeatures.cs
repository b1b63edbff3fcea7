using System.Linq;
using Microsoft.CodeAnalysis;

namespace Verbatim.Generators.Options;

/// <summary>
/// What the consumer's compilation offers that the generated code adapts to: an equatable
/// projection, so a C# edit that leaves these unchanged stops here.
/// </summary>
/// <param name="HasDateOnly"><c>System.DateOnly</c> exists (net6.0 and later): <c>Published</c> is a <c>DateOnly?</c>, else a <c>DateTime?</c>.</param>
/// <param name="CanDecodeUtf8Span"><c>Encoding.GetString(ReadOnlySpan&lt;byte&gt;)</c> exists, so text can be stored as <c>u8</c> literals.</param>
/// <param name="HasAggressiveOptimization"><c>MethodImplOptions.AggressiveOptimization</c> exists (.NET Core 3.0 and later), so the loader can skip tiered compilation.</param>
internal readonly record struct CompilationFeatures(bool HasDateOnly, bool CanDecodeUtf8Span, bool HasAggressiveOptimization)
{
    public static CompilationFeatures Of(Compilation compilation, System.Threading.CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        bool canDecodeUtf8Span = compilation.GetTypeByMetadataName("System.Text.Encoding")?
            .GetMembers("GetString")
            .OfType<IMethodSymbol>()
            .Any(method => method.Parameters.Length == 1
                && method.Parameters[0].Type is INamedTypeSymbol { Name: "ReadOnlySpan", Arity: 1 }) == true;
        bool hasAggressiveOptimization = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.MethodImplOptions")?
            .GetMembers("AggressiveOptimization").Length > 0;
        return new CompilationFeatures(compilation.GetTypeByMetadataName("System.DateOnly") is not null, canDecodeUtf8Span, hasAggressiveOptimization);
    }
}
