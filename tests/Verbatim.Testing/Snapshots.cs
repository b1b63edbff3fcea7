using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Shouldly;

namespace Verbatim.Testing;

/// <summary>
/// Approved-file snapshots in Verify's layout, compared byte for byte: <c>&lt;TestClass&gt;.&lt;TestMethod&gt;[#&lt;name&gt;].verified.&lt;extension&gt;</c>
/// beside the test file (one test class per file; test projects keep real source paths for this). A mismatch
/// (or a missing snapshot) writes <c>.received.&lt;extension&gt;</c> next to it and fails; review it and rename it
/// to <c>.verified.&lt;extension&gt;</c> to approve.
/// </summary>
public static class Snapshots
{
    public static void Match(string actual, string extension, string? name = null, [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "")
    {
        string? mismatch = Compare(actual, Stem(testFile, testMethod, name), extension);
        if (mismatch is not null)
        {
            throw new ShouldAssertException(mismatch);
        }
    }

    /// <summary>Compares every snapshot before failing, so one run writes every <c>.received</c> file.</summary>
    public static void MatchAll(IEnumerable<(string Name, string Actual)> snapshots, string extension, [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "")
    {
        var mismatches = snapshots
            .Select(snapshot => Compare(snapshot.Actual, Stem(testFile, testMethod, snapshot.Name), extension))
            .OfType<string>()
            .ToList();
        mismatches.ShouldBeEmpty();
    }

    private static string Stem(string testFile, string testMethod, string? name) =>
        Path.Combine(Path.GetDirectoryName(testFile)!, $"{Path.GetFileNameWithoutExtension(testFile)}.{testMethod}{(name is null ? "" : "#" + name)}");

    private static string? Compare(string actual, string stem, string extension)
    {
        string verified = $"{stem}.verified.{extension}";
        string received = $"{stem}.received.{extension}";

        if (File.Exists(verified) && File.ReadAllText(verified) == actual)
        {
            File.Delete(received);
            return null;
        }
        File.WriteAllText(received, actual);
        return File.Exists(verified)
            ? $"{Path.GetFileName(received)} differs from its verified snapshot: compare the two, and rename it to approve."
            : $"No snapshot yet: review {Path.GetFileName(received)} and rename it to .verified.{extension} to approve.";
    }
}
