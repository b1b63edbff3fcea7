using System.Runtime.CompilerServices;

// The tests run the report in-process and read the generated (internal) corpus API directly.
[assembly: InternalsVisibleTo("Verbatim.Sample.Tests")]
