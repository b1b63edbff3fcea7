using System;
using System.Collections.Generic;
using Verbatim.Fuzzing.Inputs;

namespace Verbatim.Fuzzing;

/// <summary>
/// One fuzz target: what its input stands for, and the run that must neither throw nor break an
/// invariant on the files made of it. The replay tests build the same files with the generator.
/// </summary>
/// <param name="Name">The name <c>run.sh</c> takes; also the folder of its regression files.</param>
/// <param name="Shape">The corpus files an input stands for, and so the seeds the target starts from.</param>
/// <param name="Check">Parses (or resolves) the files and throws <see cref="Checks.InvariantViolation"/> on a broken promise.</param>
public sealed record FuzzTarget(string Name, InputShape Shape, Action<IReadOnlyList<FuzzFile>> Check)
{
    public IReadOnlyList<FuzzFile> Files(string input) => FuzzFiles.Of(Shape, input);

    /// <summary>Runs the target on one input, as decoded from its bytes.</summary>
    public void Run(string input) => Check(Files(input));
}
