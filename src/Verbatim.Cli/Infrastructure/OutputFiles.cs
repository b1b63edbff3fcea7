using System;
using System.IO;

namespace Verbatim.Cli.Infrastructure;

/// <summary>Writes output files, turning a failure into a message for the user.</summary>
internal static class OutputFiles
{
    public static void Write(string path, Action<Stream> write)
    {
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
            {
                Directory.CreateDirectory(directory);
            }
            using var stream = File.Create(path);
            write(stream);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw CliException.Output($"Cannot write '{path}': {exception.Message}");
        }
    }

    /// <summary>Creates <paramref name="path"/> as an output folder.</summary>
    public static string CreateFolder(string path)
    {
        try
        {
            return Directory.CreateDirectory(path).FullName;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw CliException.Output($"Cannot create the folder '{path}': {exception.Message}");
        }
    }
}
