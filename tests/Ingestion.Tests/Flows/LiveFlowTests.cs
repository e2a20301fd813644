using IOC.Analytics.Influx;
using IOC.Analytics.Time;
using IOC.Testing;
using IOC.Testing.Servers;

namespace IOC.Ingestion.Tests.Flows;

/// <summary>
/// The real Ingestion process keeps kpi_flow current: a new dossier appears on today's point, a backfilled earlier
/// receipt moves it to the past day, and changes made while InfluxDB is down arrive when it is back.
/// </summary>
public sealed class LiveFlowTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task KpiFlow_NewDossierThenBackfillThenInfluxOutage_DaysRewrittenEachTime()
    {
        await using var stack = await IngestionWithInflux.StartAsync();
        var (influx, source, query) = (stack.Influx, stack.Source, stack.Query);
        var now = DateTimeOffset.UtcNow.AddMinutes(-1);
        var today = ProvinceTime.DateOf(now);
        var past = today.AddDays(-10);

        await source.PostEventsAsync(SourceClient.Received("F1-in", "F1", Stamp(now)));
        await UntilAsync(query, [$"{today:yyyy-MM-dd} online=1"], "today's point of the new dossier");
        await source.PostEventsAsync(SourceClient.Received("F1-in-earlier", "F1", Stamp(ProvinceTime.At(past, new TimeOnly(9, 0))), channel: "direct"));
        await UntilAsync(query, [$"{past:yyyy-MM-dd} direct=1"], "the dossier moved to the backfilled day, gone from today");
        var retries = await stack.InfluxRetriesAsync();
        influx.Stop();
        await source.PostEventsAsync(SourceClient.Received("F2-in", "F2", Stamp(now)));
        await stack.UntilAWriteWasRetriedAsync(retries);
        await influx.StartAsync();
        await UntilAsync(query, [$"{past:yyyy-MM-dd} direct=1", $"{today:yyyy-MM-dd} online=1"], "the dossier received while InfluxDB was down");
    }

    private static Task UntilAsync(InfluxQueryClient query, IReadOnlyList<string> expected, string what) =>
        Eventually.TrueAsync(async () =>
        {
            try
            {
                return (await query.ReceivedByDayAndChannelAsync(TestCatalog.Province)).SequenceEqual(expected);
            }
            catch (InfluxException)
            {
                return false;
            }
        }, Generous, what);

    private static string Stamp(DateTimeOffset instant) => ProvinceTime.ToProvince(instant).ToString("yyyy-MM-ddTHH:mm:sszzz",
        System.Globalization.CultureInfo.InvariantCulture);
}
