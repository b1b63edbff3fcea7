using System;

namespace Verbatim.Fuzzing.Checks;

/// <summary>A promise of the parser broken by an input: a finding, like any other exception.</summary>
public sealed class InvariantViolation : Exception
{
    public InvariantViolation(string message) : base(message)
    {
    }

    /// <summary>Throws when <paramref name="holds"/> is false; the message is built only then.</summary>
    public static void Require(bool holds, Func<string> message)
    {
        if (!holds)
        {
            throw new InvariantViolation(message());
        }
    }
}
