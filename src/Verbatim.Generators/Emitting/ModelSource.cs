using Microsoft.CodeAnalysis.Text;
using Verbatim.Corpus.Naming;
using Verbatim.Generators.Options;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// <c>Verbatim.Model.g.cs</c>: the runtime types (<c>Article</c>, <c>Speaker</c>, <c>Quote</c>, the
/// kinds), <c>Quotes.All</c> and the loader that builds the whole corpus in loops from the data tables the other
/// files hold. Depends on the options only, so no corpus edit ever regenerates it. Written in parts: the kinds
/// (ModelSource.Kinds.cs), the public types (ModelSource.Types.cs), the base of the per-article classes
/// (ModelSource.ArticleView.cs) and the loader (ModelSource.Loader.cs); each table's reader is beside its writer.
/// </summary>
internal static partial class ModelSource
{

    public static SourceText Emit(EmitOptions options)
    {
        string date = options.HasDateOnly ? "global::System.DateOnly" : "global::System.DateTime";
        var writer = GeneratedFile.Begin(options);
        WriteKinds(writer, options.Visibility);
        writer.Block(ArticleType(options.Visibility, date)).Line();
        WriteArticleView(writer, options.Visibility, date);
        writer.Block(SpeakerType(options.Visibility)).Line();
        writer.Block(QuoteType(options.Visibility)).Line();
        writer.Block(RuntimeSource.TableDetails).Line();
        writer.EntryClass(options, GeneratedApiNames.Quotes, "The quotes of the corpus.", "Quote",
                "Every quote, in the order of <see cref=\"Articles.All\"/>, then document order.")
            .Line();
        // The loader runs once. Its per-quote work and the table readers are compiled optimized at
        // once, since tiered compilation's unoptimized, instrumented first pass slows the first walk;
        // the per-article loop is left to tiering, whose cheaper first compilation is what a small
        // corpus waits for (measured in docs/performance.md, "The first walk").
        string hot = options.OptimizeLoader ? AggressiveOptimization + "\n        " : "";
        writer.Block(Loader(date, options.UseUtf8Literals, hot));
        return GeneratedFile.End(writer);
    }

    /// <summary>The attribute that compiles a method of the loader optimized at once (where the target has it, see <see cref="EmitOptions.OptimizeLoader"/>).</summary>
    public const string AggressiveOptimization =
        "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]";
}
