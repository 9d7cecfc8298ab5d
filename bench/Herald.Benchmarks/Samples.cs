namespace Herald.Benchmarks;

/// <summary>Inputs the benchmarks share.</summary>
internal static class Samples
{
    /// <summary>The text of <c>samples/harbour-accord.txt</c>, found above the benchmark's folder.</summary>
    public static string Article()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "harbour-accord.txt");
            if (File.Exists(candidate))
                return File.ReadAllText(candidate);
        }
        throw new FileNotFoundException("samples/harbour-accord.txt not found above " + AppContext.BaseDirectory);
    }
}
