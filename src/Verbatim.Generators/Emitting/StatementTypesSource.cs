using Microsoft.CodeAnalysis.Text;
using Verbatim.Generators.Options;

namespace Verbatim.Generators.Emitting;

/// <summary>
/// <c>Verbatim.StatementTypes.g.cs</c>: <c>Statement</c>, <c>StatementWording</c> and their loader,
/// which reads the statement slices on first use, in loops (no code per statement), and finds each
/// quote through its article.
/// </summary>
internal static class StatementTypesSource
{
    public static SourceText Emit(EmitOptions options)
    {
        var writer = GeneratedFile.Begin(options, 8192);
        writer.Block(Types(options.Visibility)).Line().Block(Loader);
        return GeneratedFile.End(writer);
    }

    private static string Types(string visibility) => $$"""
        /// <summary>One statement: quotes in two or more articles that report the same words (see docs/statements.md).</summary>
        {{visibility}} sealed class Statement
        {
            internal Statement(string id, string text, global::System.Collections.Generic.IReadOnlyList<StatementWording> wordings, global::System.Collections.Generic.IReadOnlyList<Quote> quotes)
            {
                Id = id;
                Text = text;
                Wordings = wordings;
                Quotes = quotes;
                var articles = new global::System.Collections.Generic.List<Article>();
                var speakers = new global::System.Collections.Generic.List<Speaker>();
                foreach (var quote in quotes)
                {
                    if (!articles.Contains(quote.Article))
                    {
                        articles.Add(quote.Article);
                    }
                    foreach (var speaker in quote.Speakers)
                    {
                        if (!speakers.Contains(speaker))
                        {
                            speakers.Add(speaker);
                        }
                    }
                }
                Articles = VerbatimData.ReadOnly(articles.ToArray());
                Speakers = VerbatimData.ReadOnly(speakers.ToArray());
            }

            /// <summary>The quote id its quotes share, else a stable id made from its words (<c>s-</c> and 8 hex digits).</summary>
            public string Id { get; }

            /// <summary>The wording most outlets print (when they split evenly, the first of the tied wordings in corpus order).</summary>
            public string Text { get; }

            /// <summary>Every quote of the statement, in the order of <c>Articles.All</c>, then document order.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Quote> Quotes { get; }

            /// <summary>The articles that quote it, in the order of <c>Articles.All</c>.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Article> Articles { get; }

            /// <summary>The speakers its quotes are credited to, in the order first credited.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Speaker> Speakers { get; }

            /// <summary>The distinct wordings, the most printed first.</summary>
            public global::System.Collections.Generic.IReadOnlyList<StatementWording> Wordings { get; }

            /// <summary>Returns the text.</summary>
            public override string ToString() => Text;
        }

        /// <summary>One wording of a statement: the words as some outlets print them.</summary>
        {{visibility}} sealed class StatementWording
        {
            internal StatementWording(string text, global::System.Collections.Generic.IReadOnlyList<Quote> quotes)
            {
                Text = text;
                Quotes = quotes;
            }

            /// <summary>The words, as the first of its quotes prints them.</summary>
            public string Text { get; }

            /// <summary>The quotes that print this wording, in corpus order.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Quote> Quotes { get; }

            /// <summary>Returns the text.</summary>
            public override string ToString() => Text;
        }
        """;

    private const string Loader = """
        internal static partial class VerbatimData
        {
            private static StatementSet? s_statements;

            internal static StatementSet StatementGraph
            {
                get
                {
                    StatementSet? statements = global::System.Threading.Volatile.Read(ref s_statements);
                    if (statements == null)
                    {
                        statements = new StatementSet(Corpus);
                        statements = global::System.Threading.Interlocked.CompareExchange(ref s_statements, statements, null) ?? statements;
                    }
                    return statements;
                }
            }

            /// <summary>The statements, read from their slices on first use.</summary>
            internal sealed class StatementSet
            {
                private readonly global::System.Collections.Generic.Dictionary<string, Statement> _byId = new global::System.Collections.Generic.Dictionary<string, Statement>(global::System.StringComparer.Ordinal);
                private readonly global::System.Collections.Generic.Dictionary<Quote, global::System.Collections.Generic.List<Statement>> _byQuote = new global::System.Collections.Generic.Dictionary<Quote, global::System.Collections.Generic.List<Statement>>();

                internal StatementSet(Graph corpus)
                {
                    var statements = new global::System.Collections.Generic.List<(QuotePlace First, Statement Statement)>();
                    for (int slice = 0; slice < StatementSliceCount; slice++)
                    {
                        var table = new TableReader(StatementTable(slice), 0);
                        for (int count = table.ReadInt(); count > 0; count--)
                        {
                            var statement = Read(ref table, corpus, out var first);
                            statements.Add((first, statement));
                            _byId.Add(statement.Id, statement);
                        }
                    }
                    statements.Sort((x, y) => x.First.CompareTo(y.First));
                    var all = new Statement[statements.Count];
                    for (int i = 0; i < all.Length; i++)
                    {
                        all[i] = statements[i].Statement;
                        foreach (var quote in all[i].Quotes)
                        {
                            if (!_byQuote.TryGetValue(quote, out var of))
                            {
                                _byQuote.Add(quote, of = new global::System.Collections.Generic.List<Statement>(1));
                            }
                            of.Add(all[i]);
                        }
                    }
                    All = ReadOnly(all);
                }

                internal global::System.Collections.Generic.IReadOnlyList<Statement> All { get; }

                internal Statement WithId(string id) => _byId[id];

                internal global::System.Collections.Generic.IReadOnlyList<Statement> StatementsOf(Quote quote) =>
                    _byQuote.TryGetValue(quote, out var statements) ? ReadOnly(statements.ToArray()) : global::System.Array.Empty<Statement>();

                private static Statement Read(ref TableReader table, Graph corpus, out QuotePlace first)
                {
                    string id = table.ReadText();
                    string text = table.ReadText();
                    var wordings = new StatementWording[table.ReadInt()];
                    var places = new global::System.Collections.Generic.List<QuotePlace>();
                    for (int w = 0; w < wordings.Length; w++)
                    {
                        string wordingText = table.ReadText();
                        var quotes = new Quote[table.ReadInt()];
                        for (int q = 0; q < quotes.Length; q++)
                        {
                            var place = new QuotePlace(table.ReadText(), table.ReadInt());
                            quotes[q] = place.Of(corpus);
                            places.Add(place);
                        }
                        wordings[w] = new StatementWording(wordingText, ReadOnly(quotes));
                    }
                    places.Sort();
                    var all = new Quote[places.Count];
                    for (int q = 0; q < all.Length; q++)
                    {
                        all[q] = places[q].Of(corpus);
                    }
                    first = places[0];
                    return new Statement(id, text, ReadOnly(wordings), ReadOnly(all));
                }
            }

            /// <summary>A quote as a table names it: its article's id and its place among the article's quotes; ordered as the corpus is.</summary>
            private readonly struct QuotePlace : global::System.IComparable<QuotePlace>
            {
                private readonly string _articleId;
                private readonly int _index;

                internal QuotePlace(string articleId, int index)
                {
                    _articleId = articleId;
                    _index = index;
                }

                internal Quote Of(Graph corpus) => corpus.ArticleWithId(_articleId).Quotes[_index];

                public int CompareTo(QuotePlace other)
                {
                    int byArticle = string.CompareOrdinal(_articleId, other._articleId);
                    return byArticle != 0 ? byArticle : _index.CompareTo(other._index);
                }
            }
        }
        """;
}
