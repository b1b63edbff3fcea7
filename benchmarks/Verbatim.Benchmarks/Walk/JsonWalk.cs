using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Verbatim.Benchmarks.Walk;

/// <summary>What a user of the JSON alternative runs first: deserialize, index the speakers, visit every quote.</summary>
internal static class JsonWalk
{
    /// <summary>The same sum as the generated walk: title and body lengths, quote text lengths, first speakers' name lengths.</summary>
    public static long Run(byte[] utf8)
    {
        var corpus = JsonSerializer.Deserialize(utf8, CorpusJsonContext.Default.CorpusJson)!;
        var speakers = new Dictionary<string, SpeakerJson>(corpus.Speakers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var speaker in corpus.Speakers)
        {
            speakers[speaker.Id] = speaker;
        }

        long sum = 0;
        foreach (var article in corpus.Articles)
        {
            sum += article.Title.Length + article.Body.Length;
            foreach (var quote in article.Quotes)
            {
                sum += quote.Text.Length + speakers[quote.Speakers[0]].Name.Length;
            }
        }
        return sum;
    }
}
