using System;
using System.IO;
using System.Linq;
using SharpFuzz;
using Verbatim.Fuzzing;
using Verbatim.Fuzzing.Inputs;

// Verbatim.Fuzzing                     lists the targets, one a line
// Verbatim.Fuzzing --shape TARGET      says what TARGET's input stands for: article, registry or corpus
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

bool shapeOnly = args[0] == "--shape" && args.Length == 2;
string name = shapeOnly ? args[1] : args[0];
var target = FuzzTargets.Find(name);
if (target is null)
{
    Console.Error.WriteLine($"fuzz: no target '{name}' (targets: {string.Join(", ", FuzzTargets.All.Select(t => t.Name))})");
    return 2;
}

if (shapeOnly)
{
    Console.WriteLine(target.Shape.ToString().ToLowerInvariant());
    return 0;
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
foreach (string file in args.Skip(1))
{
    try
    {
        target.Run(FuzzInput.Decode(File.ReadAllBytes(file)));
        Console.WriteLine($"ok {file}");
    }
    catch (Exception exception)
    {
        failed++;
        Console.WriteLine($"FAIL {file}: {exception}");
    }
}
return failed == 0 ? 0 : 1;
