// Replaced by the sample-corpus report (issue 5).
System.Console.WriteLine("Verbatim sample corpus");
