// Replaced by the benchmarks (issue 7).
System.Console.WriteLine("Verbatim benchmarks");
