using System.IO;
using System.Runtime.CompilerServices;

namespace Verbatim.Sample.Tests;

/// <summary>
/// Approved-text snapshots in Verify's layout: <c>&lt;TestClass&gt;.&lt;TestMethod&gt;.verified.txt</c> beside the
/// test file (one test class per file). A mismatch writes <c>.received.txt</c> there to review and rename.
/// </summary>
internal static class Snapshot
{
    public static void ShouldMatchVerified(string actual, [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "")
    {
        var stem = Path.Combine(TestPaths.TestProject, $"{Path.GetFileNameWithoutExtension(testFile)}.{testMethod}");
        string verifiedPath = stem + ".verified.txt", receivedPath = stem + ".received.txt";
        actual = actual.ReplaceLineEndings("\n");
        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).ReplaceLineEndings("\n") : null;
        if (verified == actual)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, actual);
        actual.ShouldBe(verified, $"snapshot differs; review {receivedPath} and rename it to .verified.txt if it is right");
    }
}
