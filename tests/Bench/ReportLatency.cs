using System.Diagnostics;
using System.Net;
using IOC.Analytics.Time;

namespace IOC.Bench;

/// <summary>
/// Figure 2c: how long the province's report takes to make over the bench's dossiers, signed in on the same
/// Dashboard.Web process as figure 2b, its schedule off: each of the last eight ended ISO weeks asked for once (made,
/// stored in the archive, sent), then again (served from the archive), then the calendar year so far, as .xlsx.
/// </summary>
public static class ReportLatency
{
    private const string Part = "2c. Reports: the province's report made on request (real Dashboard.Web process)";

    public static async Task RunAsync(HttpClient signedIn, string root, Figures figures)
    {
        var lastWeek = ReportPeriod.FromWeekOf(ProvinceTime.DateOf(DateTimeOffset.UtcNow)).Previous();
        var weeks = new List<ReportPeriod> { lastWeek };
        while (weeks.Count < 8)
        {
            weeks.Add(weeks[^1].Previous());
        }
        var timings = new List<double>();
        foreach (var week in weeks)
        {
            timings.Add(await TimeAsync(signedIn, $"api/v1/reports/{week.Code}.xlsx?unit={root}"));
        }
        figures.AddLatency(Part, $"GET /api/v1/reports/{{week}}.xlsx of the province, 8 ended weeks, made and stored", Percentiles.Of(timings), "< 5000 ms");
        var served = new List<double>();
        foreach (var week in weeks)
        {
            served.Add(await TimeAsync(signedIn, $"api/v1/reports/{week.Code}.xlsx?unit={root}"));
        }
        figures.AddLatency(Part, $"the same 8 weeks again, served from the archive", Percentiles.Of(served));
        var year = ProvinceTime.DateOf(DateTimeOffset.UtcNow).Year;
        figures.Add(Part, $"GET /api/v1/reports/{year}.xlsx of the province (the year so far), first request",
            await TimeAsync(signedIn, $"api/v1/reports/{year}.xlsx?unit={root}"), "ms", "< 30000 ms");
        figures.Add(Part, $"GET /api/v1/reports/{lastWeek.Code}.pdf of the province (Chromium prints it)",
            await TimeAsync(signedIn, $"api/v1/reports/{lastWeek.Code}.pdf?unit={root}"), "ms");
    }

    private static async Task<double> TimeAsync(HttpClient http, string path)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await http.GetAsync(path);
        await response.Content.ReadAsByteArrayAsync();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return response.StatusCode == HttpStatusCode.OK
            ? Math.Round(elapsed, 1)
            : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}");
    }
}
