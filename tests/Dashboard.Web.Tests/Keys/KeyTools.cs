using IOC.Dashboard.Keys;

namespace IOC.Dashboard.Tests.Keys;

/// <summary>Runs <c>./ioc key …</c> (Dashboard.Web's own command line) against a test database.</summary>
public static class KeyTools
{
    /// <summary>The exit status, output and errors of <c>key …</c>.</summary>
    public static async Task<(int Status, string Output, string Error)> RunAsync(string connectionString, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var status = await KeyTool.RunAsync(["key", .. args], name => name == "IOC_PG" ? connectionString : null, output, error, TimeProvider.System);
        return (status, output.ToString(), error.ToString());
    }

    /// <summary>Makes a key; its id and secret as printed. Fails the test when the tool refuses.</summary>
    public static async Task<(string Id, string Key)> AddAsync(string connectionString, params string[] options)
    {
        var (status, output, error) = await RunAsync(connectionString, ["add", .. options]);
        Assert.True(status == 0, error);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        return (Printed(lines, "id: "), Printed(lines, "key: ioc_").Insert(0, "ioc_"));
    }

    private static string Printed(string[] lines, string start) => lines.Single(line => line.StartsWith(start, StringComparison.Ordinal))[start.Length..];
}
