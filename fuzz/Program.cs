using System;
using System.IO;
using SharpFuzz;
using Verbatim.Fuzzing;
using Verbatim.Fuzzing.Inputs;

// Verbatim.Fuzzing                     lists the targets, one a line
// Verbatim.Fuzzing TARGET              runs TARGET under afl-fuzz (SharpFuzz's persistent loop)
// Verbatim.Fuzzing TARGET FILE...      runs TARGET once on each file and says what each did
if (args.Length == 0)
{
    foreach (var each in FuzzTargets.All)
    {
        Console.WriteLine(each.Name);
    }
    return 0;
}

var target = FuzzTargets.Find(args[0]);
if (target is null)
{
    Console.Error.WriteLine($"fuzz: no target '{args[0]}' (targets: {string.Join(", ", System.Linq.Enumerable.Select(FuzzTargets.All, t => t.Name))})");
    return 2;
}

if (args.Length == 1)
{
    var buffer = new MemoryStream();
    Fuzzer.Run(stream =>
    {
        buffer.SetLength(0);
        stream.CopyTo(buffer);
        target.Run(FuzzInput.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    });
    return 0;
}

int failed = 0;
for (int i = 1; i < args.Length; i++)
{
    try
    {
        target.Run(FuzzInput.Decode(File.ReadAllBytes(args[i])));
        Console.WriteLine($"ok {args[i]}");
    }
    catch (Exception exception)
    {
        failed++;
        Console.WriteLine($"FAIL {args[i]}: {exception}");
    }
}
return failed == 0 ? 0 : 1;
