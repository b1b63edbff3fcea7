using System.Collections.Generic;
using System.Linq;
using Verbatim.Corpus.Model;

namespace Verbatim.Corpus.Finding;

/// <summary>
/// The names a text may call the corpus' speakers by, ready to match word by word: each
/// speaker's name and aliases, a person's surname (which a title may precede: <c>Mr. Lavrov</c>),
/// and the speaker's role (<c>the Kremlin spokesman</c>). A name that fits two speakers equally
/// names neither. Build it once per corpus and use it for every article.
/// </summary>
public sealed class SpeakerIndex
{
    private const int NamePriority = 3, RolePriority = 2, SurnamePriority = 1;

    private readonly System.Lazy<List<IndexedSpeaker>> _speakers;
    private readonly Node _root = new(string.Empty);

    // Built on first use: an analyzer makes one per compilation, and most compilations' articles
    // (fully annotated ones) never need a name looked up.
    private SpeakerIndex(IEnumerable<SpeakerSpec> speakers) =>
        _speakers = new System.Lazy<List<IndexedSpeaker>>(() => Build(speakers), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>An index that knows no speaker, for drafting an article with no registry.</summary>
    public static SpeakerIndex Empty { get; } = new(System.Array.Empty<SpeakerSpec>());

    internal List<IndexedSpeaker> Speakers => _speakers.Value;

    /// <summary>Indexes <paramref name="speakers"/> (a registry's, an article's, or the merged corpus set).</summary>
    public static SpeakerIndex Create(IEnumerable<SpeakerSpec> speakers) => new(speakers.ToList());

    private List<IndexedSpeaker> Build(IEnumerable<SpeakerSpec> speakers)
    {
        var list = new List<IndexedSpeaker>();
        var index = this;
        var seen = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var spec in speakers)
        {
            if (!seen.Add(spec.Id))
            {
                continue;
            }
            int i = list.Count;
            list.Add(new IndexedSpeaker(spec.Id, spec.Name, spec.Role, spec.Kind, GenderOf(spec)));
            foreach (var name in spec.Aliases.Prepend(spec.Name))
            {
                var words = Words(name);
                index.Add(words, i, NamePriority);
                if (spec.Kind is SpeakerKind.Person && words.Count > 1 && IsCapitalized(words[words.Count - 1]))
                {
                    index.Add(words.GetRange(words.Count - 1, 1), i, SurnamePriority);
                }
            }
            if (spec.Role is { } role)
            {
                var words = Words(role);
                index.Add(words, i, RolePriority);
                // "U.S. Secretary of State" is often written "Secretary of State", "Foreign Minister of Russia" "the foreign minister".
                if (words.Count > 2)
                {
                    index.Add(words.GetRange(1, words.Count - 1), i, SurnamePriority);
                }
                int of = words.Count > 1 ? words.FindIndex(1, word => word is "of" or "for" or "to" or "at") : -1;
                if (of > 0)
                {
                    index.Add(words.GetRange(0, of), i, SurnamePriority);
                }
            }
        }
        return list;
    }

    /// <summary>The longest name starting at token <paramref name="at"/>: the speaker's index (-1 when the name fits several) and the token count, or a count of 0.</summary>
    internal (int Speaker, int Length) Match(string text, List<Token> tokens, int at)
    {
        _ = _speakers.Value;
        var node = _root;
        int best = 0, speaker = -1;
        for (int i = at; i < tokens.Count && i - at < 12 && tokens[i].Kind == TokenKind.Word; i++)
        {
            var token = tokens[i];
            if (node.Children is null || !node.Children.TryGetValue(WordKey.Hash(text, token.Start, token.Length), out var child)
                || !WordKey.Equals(child.Word, text, token.Start, token.Length))
            {
                break;
            }
            node = child;
            if (node.Priority > 0)
            {
                best = i - at + 1;
                speaker = node.Speaker;
            }
        }
        return (speaker, best);
    }

    private void Add(List<string> words, int speaker, int priority)
    {
        if (words.Count == 0)
        {
            return;
        }
        var node = _root;
        foreach (var word in words)
        {
            string folded = WordKey.Folded(word, 0, word.Length);
            node.Children ??= new Dictionary<long, Node>();
            long key = WordKey.Hash(folded, 0, folded.Length);
            if (!node.Children.TryGetValue(key, out var child))
            {
                node.Children.Add(key, child = new Node(folded));
            }
            node = child;
        }
        if (priority > node.Priority)
        {
            node.Priority = priority;
            node.Speaker = speaker;
        }
        else if (priority == node.Priority && node.Speaker != speaker)
        {
            node.Speaker = -1;
        }
    }

    private static List<string> Words(string phrase)
    {
        var text = new FinderText(phrase, 0, System.Array.Empty<SkippedRange>(), hasMarkup: false);
        return Tokenizer.Tokenize(text, System.Array.Empty<Quotation>())
            .Where(t => t.Kind == TokenKind.Word)
            .Select(t => phrase.Substring(t.Start, t.Length))
            .ToList();
    }

    private static bool IsCapitalized(string word) => word.Length > 1 && char.IsUpper(word[0]);

    private static char GenderOf(SpeakerSpec speaker)
    {
        foreach (var words in speaker.Aliases.Prepend(speaker.Name).Append(speaker.Role))
        {
            char gender = Titles.GenderOfWords(words);
            if (gender != '\0')
            {
                return gender;
            }
        }
        return '\0';
    }

    private sealed class Node
    {
        public Node(string word) => Word = word;

        public string Word { get; }

        public Dictionary<long, Node>? Children { get; set; }

        /// <summary>0 when no name ends here.</summary>
        public int Priority { get; set; }

        public int Speaker { get; set; } = -1;
    }
}

/// <summary>What the finder knows of a defined speaker.</summary>
/// <param name="Gender">'m', 'f', or '\0' when nothing in the definition says.</param>
internal sealed record IndexedSpeaker(string Id, string Name, string? Role, SpeakerKind Kind, char Gender);
