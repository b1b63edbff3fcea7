using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Verbatim.Cli.Report;

/// <summary>
/// A colour per speaker, as a CSS class: twelve hand-picked light hues first (dark text stays
/// readable on each), then hues spread by the golden angle for any number more. The same corpus
/// always gets the same colours.
/// </summary>
internal sealed class SpeakerPalette
{
    private static readonly string[] s_first =
    {
        "#ffd6a5", "#caffbf", "#9bf6ff", "#ffc6ff", "#fdffb6", "#bdb2ff",
        "#ffadad", "#a0c4ff", "#d0f4de", "#f1c0e8", "#e4c1f9", "#b9fbc0",
    };

    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="speakerIds">Every speaker id that may be drawn, in a stable order.</param>
    public SpeakerPalette(IEnumerable<string> speakerIds)
    {
        foreach (var id in speakerIds)
        {
            _index.TryAdd(id, _index.Count);
        }
    }

    /// <summary>The CSS class of a speaker; an id the palette was not given gets the class of unknown speakers.</summary>
    public string ClassOf(string speakerId) => _index.TryGetValue(speakerId, out int index) ? "s" + index.ToString(CultureInfo.InvariantCulture) : "s-unknown";

    public string Css()
    {
        var css = new StringBuilder();
        foreach (var (_, index) in _index)
        {
            css.Append(".s").Append(index.ToString(CultureInfo.InvariantCulture)).Append("{--c:").Append(Colour(index)).Append("}\n");
        }
        return css.ToString();
    }

    private static string Colour(int index)
    {
        if (index < s_first.Length)
        {
            return s_first[index];
        }
        double hue = (index * 137.508) % 360;
        return string.Create(CultureInfo.InvariantCulture, $"hsl({hue:F0} 80% 82%)");
    }
}
