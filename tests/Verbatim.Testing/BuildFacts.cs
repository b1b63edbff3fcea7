using System;
using System.Linq;
using System.Reflection;

namespace Verbatim.Testing;

/// <summary>Facts the build wrote into a test assembly (<c>AssemblyMetadata</c> items): paths and versions known only to MSBuild.</summary>
public static class BuildFacts
{
    public static string Get(Assembly testAssembly, string key) =>
        testAssembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(attribute => attribute.Key == key)?.Value
        ?? throw new InvalidOperationException($"{testAssembly.GetName().Name} was built without the fact '{key}'.");
}
