namespace Verbatim.CorpusSynth;

/// <summary>Where a quote's words come from: the phrase pool of the harsh corpus, or the news-like corpus' large vocabulary.</summary>
internal interface IQuoteWords
{
    /// <summary>Words with no closing punctuation, lower-case first.</summary>
    string Clause();

    /// <summary>Two words an outlet quotes as a fragment ("fragile agreement").</summary>
    string Phrase();
}
