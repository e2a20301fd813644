using IOC.Ingestion.Import;

namespace IOC.Ingestion.Tests.Import;

public sealed class ToolArgumentsTests
{
    private static readonly Dictionary<string, string> Environment = new() { ["IOC_INGEST_API_KEY"] = "env-key" };

    [Fact]
    public void Parse_ImportWithoutOptions_TakesUrlAndKeyFromTheEnvironment()
    {
        var arguments = ToolArguments.Parse(["import", "events.csv"], Environment.GetValueOrDefault, out var problem);

        Assert.Null(problem);
        Assert.Equal("events.csv", arguments!.File);
        Assert.Equal(new Uri("http://127.0.0.1:5081/"), arguments.Url);
        Assert.Equal("env-key", arguments.Key);
    }

    [Fact]
    public void Parse_BackfillWithOptions_OverridesTheDefaults()
    {
        var arguments = ToolArguments.Parse(["backfill", "--months", "6", "--seed", "9", "--url", "http://host:8080/ioc", "--key", "k"],
            _ => null, out _);

        Assert.Equal((6, (int?)9, (int?)null, "k"), (arguments!.Months, arguments.Seed, arguments.PerDay, arguments.Key));
        Assert.Equal(new Uri("http://host:8080/ioc/"), arguments.Url);
    }

    [Theory]
    [InlineData("backfill", "backfill needs --months N, N ≥ 1")]
    [InlineData("backfill --months 0", "backfill needs --months N, N ≥ 1")]
    [InlineData("import", "import takes exactly one FILE")]
    [InlineData("import a.csv --months 2", "unknown option --months for import")]
    [InlineData("backfill --months", "--months needs a value")]
    public void Parse_BadCommandLine_NamesTheProblem(string commandLine, string expected)
    {
        var arguments = ToolArguments.Parse(commandLine.Split(' '), Environment.GetValueOrDefault, out var problem);

        Assert.Null(arguments);
        Assert.Equal(expected, problem);
    }
}
