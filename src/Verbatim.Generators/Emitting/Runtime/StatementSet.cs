// Emitted as is into Verbatim.StatementTypes.g.cs (see RuntimeSource): the reader of the statement
// table StatementsSource writes, on first use, in loops (no code per statement); it finds each quote through its article.

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
