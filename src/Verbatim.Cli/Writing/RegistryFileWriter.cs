using System.Collections.Generic;
using System.Text;
using Verbatim.Cli.Brat;

namespace Verbatim.Cli.Writing;

/// <summary>A <c>*.speakers.yaml</c> registry with every speaker, in the order given.</summary>
internal static class RegistryFileWriter
{
    public static string Write(IEnumerable<BratSpeaker> speakers)
    {
        var text = new StringBuilder();
        foreach (var speaker in speakers)
        {
            text.Append(YamlText.Key(speaker.Id)).Append(":\n");
            text.Append("  name: ").Append(YamlText.Quoted(speaker.Name)).Append('\n');
            if (speaker.Role is { } role)
            {
                text.Append("  role: ").Append(YamlText.Quoted(role)).Append('\n');
            }
            if (speaker.Organization is { } organization)
            {
                text.Append("  organization: ").Append(YamlText.Quoted(organization)).Append('\n');
            }
            text.Append("  kind: ").Append(speaker.Kind).Append('\n');
            if (speaker.Aliases is { Count: > 0 } aliases)
            {
                text.Append("  aliases: ").Append(YamlText.List(aliases)).Append('\n');
            }
        }
        return text.ToString();
    }
}
