using System.Reflection;

namespace Verbatim.Cli.Infrastructure;

internal static class ToolVersion
{
    /// <summary>The package version the tool was built as (without the source revision).</summary>
    public static string Current { get; } =
        (typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];
}
