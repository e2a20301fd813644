using IOC.Ingestion.Simulator;
using IOC.Testing;

namespace IOC.Ingestion.Tests.Simulator;

public sealed class TrafficReportToolTests
{
    private static readonly Dictionary<string, string> Environment = new() { ["IOC_DEMO_DIR"] = Path.Combine(RepositoryRoot.Path, "data", "demo") };

    [Fact]
    public async Task Run_AMonth_PrintsItsFiguresAndTheTenBusiestProcedures()
    {
        using var output = new StringWriter();

        var code = await TrafficReportTool.RunAsync(["traffic", "--month", "2026-11"], Environment.GetValueOrDefault, output, TextWriter.Null);

        var lines = output.ToString().Split('\n');
        Assert.Equal(0, code);
        Assert.Equal("Demo traffic of 2026-11 (seed 1, 2,000 dossiers a working day)", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("  online ", StringComparison.Ordinal));
        Assert.Equal(10, lines.Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s+\d+\.\s+[\d,]+\s+\d\.\d{6}\s")));
        Assert.Contains("2.000815  Chứng thực bản sao từ bản chính", lines.Single(l => l.StartsWith("    1.", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("--month", "2026-13")]
    [InlineData("--per-day", "0")]
    [InlineData("--colour", "red")]
    public async Task Run_BadOption_ExitsWithUsage(string option, string value)
    {
        using var error = new StringWriter();

        var code = await TrafficReportTool.RunAsync(["traffic", option, value], Environment.GetValueOrDefault, TextWriter.Null, error);

        Assert.Equal(2, code);
        Assert.Contains("usage: IOC.Ingestion traffic", error.ToString());
    }
}
