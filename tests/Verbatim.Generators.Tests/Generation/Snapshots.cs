using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Verbatim.Generators.Tests.Generation;

/// <summary>
/// Approved-file snapshots in Verify's layout: <c>&lt;TestClass&gt;.&lt;TestMethod&gt;#&lt;name&gt;.verified.cs</c>
/// beside the test file. A mismatch (or a missing snapshot) writes <c>.received.cs</c> next to it and
/// fails; review it and rename it to <c>.verified.cs</c> to approve.
/// </summary>
internal static class Snapshots
{
    public static void Match(string actual, string name, [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "")
    {
        string? mismatch = Compare(actual, name, testFile, testMethod);
        if (mismatch is not null)
        {
            throw new ShouldAssertException(mismatch);
        }
    }

    /// <summary>Compares every snapshot before failing, so one run writes every <c>.received.cs</c>.</summary>
    public static void MatchAll(IEnumerable<(string Name, string Actual)> snapshots, [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "")
    {
        var mismatches = snapshots
            .Select(snapshot => Compare(snapshot.Actual, snapshot.Name, testFile, testMethod))
            .OfType<string>()
            .ToList();
        mismatches.ShouldBeEmpty();
    }

    private static string? Compare(string actual, string name, string testFile, string testMethod)
    {
        string directory = Path.GetDirectoryName(testFile)!;
        string stem = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(testFile)}.{testMethod}#{name}");
        string verified = stem + ".verified.cs";
        string received = stem + ".received.cs";

        if (File.Exists(verified) && File.ReadAllText(verified) == actual)
        {
            File.Delete(received);
            return null;
        }
        File.WriteAllText(received, actual);
        return File.Exists(verified)
            ? $"{Path.GetFileName(received)} differs from its verified snapshot: compare the two, and rename it to approve."
            : $"No snapshot yet: review {Path.GetFileName(received)} and rename it to .verified.cs to approve.";
    }
}
