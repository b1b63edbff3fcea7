using System.Collections.Generic;

namespace Verbatim.Corpus.Finding;

/// <summary>The verbs that attribute words to a speaker in news prose (<c>said</c>, <c>told</c>, <c>warned</c>, …), in every tense a report uses.</summary>
internal static class SpeechVerbs
{
    // Forms not made by the regular rules (declared first: the set below is built from it).
    private static readonly string[] s_irregular = { "said", "says", "saying", "told", "tells", "telling", "wrote", "writes", "written", "writing", "began", "begun" };

    private static readonly WordSet s_verbs = Forms(
        "say", "tell", "add", "ask", "write", "warn", "insist", "state", "declare", "note", "explain", "continue", "reply",
        "respond", "argue", "stress", "emphasize", "emphasise", "claim", "announce", "acknowledge", "admit", "concede",
        "observe", "remark", "recall", "suggest", "complain", "conclude", "comment", "quip", "joke", "tweet", "urge",
        "caution", "predict", "vow", "pledge", "promise", "counter", "retort", "lament", "maintain", "contend",
        "assert", "affirm", "confirm", "reiterate", "repeat", "underline", "underscore", "describe", "call", "muse",
        "shout", "yell", "whisper", "exclaim", "boast", "charge", "allege", "demand", "quote", "cite", "deny",
        "report", "testify", "tout", "proclaim", "concur", "interject", "begin", "recount", "scoff", "snap", "point");

    public static bool IsSpeechVerb(string text, Token token) =>
        token.Kind == TokenKind.Word && token.Length <= 14 && char.IsLower(text[token.Start]) && s_verbs.Contains(text, token.Start, token.Length);

    private static WordSet Forms(params string[] verbs)
    {
        var forms = new HashSet<string>(s_irregular, System.StringComparer.Ordinal);
        foreach (string verb in verbs)
        {
            forms.Add(verb);
            bool e = verb.EndsWith("e", System.StringComparison.Ordinal);
            bool y = verb.EndsWith("y", System.StringComparison.Ordinal) && !verb.EndsWith("ay", System.StringComparison.Ordinal);
            string stem = e || y ? verb.Substring(0, verb.Length - 1) : verb;
            forms.Add(y ? stem + "ies" : verb.EndsWith("s", System.StringComparison.Ordinal) || verb.EndsWith("sh", System.StringComparison.Ordinal) ? verb + "es" : verb + "s");
            forms.Add(y ? stem + "ied" : e ? verb + "d" : verb + "ed");
            forms.Add(stem + (y ? "ying" : "ing"));
            // Doubled final consonant: admitted, quipped, snapped.
            if (verb is "admit" or "quip" or "snap")
            {
                forms.Add(verb + verb[verb.Length - 1] + "ed");
                forms.Add(verb + verb[verb.Length - 1] + "ing");
            }
        }
        return new WordSet(forms);
    }
}
