using System.Text;

namespace Verbatim.CorpusSynth;

/// <summary>Writes speakers in the two YAML shapes the format allows: registry blocks and front matter flow maps.</summary>
internal static class SpeakerYaml
{
    public static void WriteBlock(StringBuilder yaml, SyntheticSpeaker speaker)
    {
        yaml.Append(speaker.Id).Append(":\n");
        yaml.Append("  name: ").Append(speaker.Name).Append('\n');
        AppendIfSet(yaml, "  role: ", speaker.Role);
        AppendIfSet(yaml, "  organization: ", speaker.Organization);
        // "person" is the default; writing it only sometimes exercises both spellings.
        if (speaker.Kind != "person" || speaker.Aliases.Count == 0)
        {
            yaml.Append("  kind: ").Append(speaker.Kind).Append('\n');
        }
        if (speaker.Aliases.Count > 0)
        {
            yaml.Append("  aliases: [").AppendJoin(", ", speaker.Aliases).Append("]\n");
        }
    }

    public static void WriteFlow(StringBuilder yaml, SyntheticSpeaker speaker)
    {
        yaml.Append("  ").Append(speaker.Id).Append(": { name: ").Append(speaker.Name);
        if (speaker.Role is not null)
        {
            yaml.Append(", role: ").Append(speaker.Role);
        }
        if (speaker.Kind != "person")
        {
            yaml.Append(", kind: ").Append(speaker.Kind);
        }
        yaml.Append(" }\n");
    }

    private static void AppendIfSet(StringBuilder yaml, string key, string? value)
    {
        if (value is not null)
        {
            yaml.Append(key).Append(value).Append('\n');
        }
    }
}
