namespace IOC.Testing;

/// <summary>The checkout the tests run from, found by walking up to IOC.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "IOC.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("IOC.sln not found above " + AppContext.BaseDirectory);
    }
}
