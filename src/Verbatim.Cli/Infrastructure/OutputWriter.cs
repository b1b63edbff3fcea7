using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Verbatim.Cli.Infrastructure;

/// <summary>
/// Writes a set of files into an output folder as UTF-8 without BOM. Unless forced, nothing is
/// written when any target exists, so an export never half-overwrites an earlier one.
/// </summary>
internal static class OutputWriter
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string output, IReadOnlyList<OutputFile> files, bool force)
    {
        string folder = OutputFiles.CreateFolder(output);
        if (!force)
        {
            var existing = files.Select(file => file.Name).Where(name => File.Exists(Path.Combine(folder, name))).ToList();
            if (existing.Count > 0)
            {
                string more = existing.Count > 1 ? $" and {existing.Count - 1} more" : "";
                throw CliException.Output($"'{Path.Combine(output, existing[0])}'{more} already exist(s); remove them or pass --force to overwrite.");
            }
        }
        foreach (var file in files)
        {
            OutputFiles.Write(Path.Combine(folder, file.Name), stream =>
            {
                var bytes = s_utf8.GetBytes(file.Text);
                stream.Write(bytes, 0, bytes.Length);
            });
        }
    }
}
