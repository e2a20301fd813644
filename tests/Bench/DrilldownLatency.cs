using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using IOC.Testing.Servers;

namespace IOC.Bench;

/// <summary>
/// Figure 2b: what a department head waits for on the same Dashboard.Web process as figure 2, signed in as the
/// province's leader through <c>/login</c>: the server-rendered unit page of the province for the year, and the overdue
/// list (API and page) on its first page and on a late one; the CSV and .xlsx export of that whole list.
/// </summary>
public static partial class DrilldownLatency
{
    private const string Part = "2b. Drill-down: pages and lists for 2026, signed in (real Dashboard.Web process)";
    private const string Name = "bench-leader";
    private const string Password = "bench-leader-password";
    private const int Warmup = 5;

    public static async Task RunAsync(Uri dashboard, string connectionString, string publishFolder, DemoCatalog catalog,
        BenchOptions options, Figures figures)
    {
        await AddLeaderAsync(publishFolder, connectionString, catalog.Root);
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = dashboard,
            Timeout = TimeSpan.FromMinutes(1),
        };
        await SignInAsync(http);
        var overdue = $"unit={catalog.Root}&status=overdue&{KpiLatency.Year}";
        using var first = JsonDocument.Parse(await GetAsync(http, $"api/v1/dossiers?{overdue}&pageSize=50"));
        var total = first.RootElement.GetProperty("total").GetInt32();
        var late = Math.Max(1, (total + 49) / 50 * 9 / 10);
        Progress.Say($"Drill-down: timing {options.KpiRequests} requests of each kind ({total:N0} overdue dossiers, late page {late})");
        figures.Add(Part, "overdue dossiers of the province (in process and overdue now)", total, "dossiers");
        figures.AddLatency(Part, $"page /units/{catalog.Root}?period=year (server-rendered)",
            await Time(http, $"units/{catalog.Root}?period=year", options), "< 300 ms");
        figures.AddLatency(Part, "GET /api/v1/dossiers?status=overdue page 1, 50 a page",
            await Time(http, $"api/v1/dossiers?{overdue}&pageSize=50", options), "< 300 ms");
        figures.AddLatency(Part, $"GET /api/v1/dossiers?status=overdue page {late}, 50 a page",
            await Time(http, $"api/v1/dossiers?{overdue}&pageSize=50&page={late}", options), "< 300 ms");
        figures.AddLatency(Part, $"page /units/{catalog.Root}/dossiers?status=overdue page {late}",
            await Time(http, $"units/{catalog.Root}/dossiers?status=overdue&period=year&page={late}", options), "< 300 ms");
        await TimeExportsAsync(http, catalog, total, options, figures);
        await ReportLatency.RunAsync(http, catalog.Root, figures);
    }

    // The province's overdue list (about 10,000 rows on the bench's dossiers), whole, as a person's download reads it.
    private static async Task TimeExportsAsync(HttpClient http, DemoCatalog catalog, int rows, BenchOptions options, Figures figures)
    {
        var unit = catalog.Root;
        var list = $"unit={unit}&status=overdue&{KpiLatency.Year}";
        var requests = Math.Min(options.KpiRequests, 30);
        var bytes = 0L;
        foreach (var format in new[] { "csv", "xlsx" })
        {
            var timed = await Percentiles.MeasureAsync(requests, 2, async () => bytes = await DownloadAsync(http, $"api/v1/dossiers.{format}?{list}"));
            figures.AddLatency(Part, $"GET /api/v1/dossiers.{format}?status=overdue of {unit}: {rows:N0} rows, {bytes / 1024.0:N0} KiB", timed,
                null);
        }
    }

    private static async Task<long> DownloadAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == HttpStatusCode.OK
            ? body.LongLength
            : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}");
    }

    private static Task<Percentiles> Time(HttpClient http, string path, BenchOptions options) =>
        Percentiles.MeasureAsync(options.KpiRequests, Warmup, () => GetAsync(http, path));

    // The account is made as an operator makes it: Dashboard.Web's own command line (./ioc user add).
    private static async Task AddLeaderAsync(string publishFolder, string connectionString, string root)
    {
        var info = new ProcessStartInfo("dotnet", ["IOC.Dashboard.Web.dll", "user", "add", Name, "--role", "leader", "--unit", root, "--password-stdin"])
        {
            WorkingDirectory = publishFolder,
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment = { ["IOC_PG"] = connectionString },
        };
        using var process = Process.Start(info)!;
        await process.StandardInput.WriteLineAsync(Password);
        process.StandardInput.Close();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new ProcessExitedException($"user add answered {process.ExitCode}: {error}");
        }
    }

    private static async Task SignInAsync(HttpClient http)
    {
        var form = await GetAsync(http, "login");
        using var answer = await http.PostAsync("account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value,
            ["name"] = Name,
            ["password"] = Password,
        }));
        if (answer.StatusCode != HttpStatusCode.Redirect || answer.Headers.Location?.OriginalString.StartsWith("/units/") != true)
        {
            throw new InvalidOperationException($"signing in answered {(int)answer.StatusCode} to {answer.Headers.Location}");
        }
    }

    private static async Task<string> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK
            ? body
            : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}");
    }

    [GeneratedRegex("__RequestVerificationToken\"[^>]*?value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
