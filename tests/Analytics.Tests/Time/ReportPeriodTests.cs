using IOC.Analytics.Time;

namespace IOC.Analytics.Tests.Time;

/// <summary>The report periods of CONTRACT.md §5, their dates worked out by hand on the 2026 calendar.</summary>
public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData("2026-W47", "2026-11-16", "2026-11-22")]
    [InlineData("2026-W01", "2025-12-29", "2026-01-04")]
    [InlineData("2026-W53", "2026-12-28", "2027-01-03")]
    [InlineData("2026-11", "2026-11-01", "2026-11-30")]
    [InlineData("2028-02", "2028-02-01", "2028-02-29")]
    [InlineData("2026-Q4", "2026-10-01", "2026-12-31")]
    [InlineData("2026", "2026-01-01", "2026-12-31")]
    [InlineData("2026-11c", "2026-10-15", "2026-11-14")]
    [InlineData("2026-01c", "2025-12-15", "2026-01-14")]
    [InlineData("2026-Q4c", "2026-09-15", "2026-12-14")]
    [InlineData("2026-Q1c", "2025-12-15", "2026-03-14")]
    [InlineData("2026c", "2025-12-15", "2026-12-14")]
    public void Parse_ACode_CoversItsDays(string code, string from, string to)
    {
        var period = ReportPeriod.Parse(code)!;

        Assert.Equal(new Period(DateOnly.Parse(from), DateOnly.Parse(to)), period.Period);
        Assert.Equal(code, period.Code);
    }

    [Theory]
    [InlineData("2025-W53")]
    [InlineData("2026-W00")]
    [InlineData("2026-W47c")]
    [InlineData("2026-13")]
    [InlineData("2026-Q5")]
    [InlineData("2026-11x")]
    [InlineData("26-11")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_NotAPeriod_IsNull(string? code) => Assert.Null(ReportPeriod.Parse(code));

    [Theory]
    [InlineData("2026-W01", "2025-W52")]
    [InlineData("2026-W47", "2026-W46")]
    [InlineData("2026-01", "2025-12")]
    [InlineData("2026-Q1", "2025-Q4")]
    [InlineData("2026-01c", "2025-12c")]
    [InlineData("2026-Q1c", "2025-Q4c")]
    [InlineData("2026c", "2025c")]
    public void Previous_IsTheSameKindJustBefore(string code, string previous) =>
        Assert.Equal(previous, ReportPeriod.Parse(code)!.Previous().Code);

    [Theory]
    [InlineData("2026-W01", "2026-01-01", "2026-01-04")]
    [InlineData("2026-W47", "2026-01-01", "2026-11-22")]
    [InlineData("2026-11c", "2025-12-15", "2026-11-14")]
    [InlineData("2026-01c", "2025-12-15", "2026-01-14")]
    public void YearToDate_StartsWithTheYearThePeriodEndsIn(string code, string from, string to) =>
        Assert.Equal(new Period(DateOnly.Parse(from), DateOnly.Parse(to)), ReportPeriod.Parse(code)!.YearToDate());
}
