using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IOC.Analytics.Time;
using IOC.Ingestion.Simulator;

namespace IOC.Ingestion.Import;

/// <summary>
/// What a backfill draws: the dossiers arriving from <paramref name="From"/> with their events up to
/// <paramref name="Until"/>. With the service's simulator on, the history ends where the live traffic began and draws the
/// same volume and seed, so receipts go on at the same pace across the seam and no minute is counted twice.
/// </summary>
public sealed record BackfillPlan(DateOnly From, DateTimeOffset Until, int Seed, int DossiersPerWorkingDay, bool UpToSimulator)
{
    /// <summary>The plan for <paramref name="arguments"/> at <paramref name="now"/> beside the simulator's <paramref name="live"/> state.</summary>
    public static BackfillPlan For(ToolArguments arguments, SimulatorStatus live, DateTimeOffset now)
    {
        var upToSimulator = live.On && live.Since < now;
        return new BackfillPlan(ProvinceTime.DateOf(now).AddMonths(-arguments.Months), upToSimulator ? live.Since!.Value : now,
            arguments.Seed ?? live.Seed ?? 1, arguments.PerDay ?? live.DossiersPerWorkingDay ?? TrafficFigures.DossiersPerWorkingDay, upToSimulator);
    }

    /// <summary>The simulator's state as the service reports it; off when the service has no such endpoint.</summary>
    public static async Task<SimulatorStatus> SimulatorOfAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync("api/v1/simulator", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return SimulatorStatus.Off;
        }
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<SimulatorStatus>(JsonSerializerOptions.Web, cancellationToken) ?? SimulatorStatus.Off;
    }

    /// <summary>One line saying what is drawn, for the operator.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"backfill: dossiers from {From:yyyy-MM-dd}, {DossiersPerWorkingDay:N0} a working day, seed {Seed}, up to ")
        + (UpToSimulator
            ? string.Create(CultureInfo.InvariantCulture, $"{ProvinceTime.ToProvince(Until):yyyy-MM-dd HH:mm:ss}, where the simulator's live traffic began")
            : "now");
}
