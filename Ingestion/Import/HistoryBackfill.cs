using IOC.Analytics.Storage;
using IOC.Ingestion.Simulator;

namespace IOC.Ingestion.Import;

/// <summary>
/// Posts generated history, from a first date up to now, through the public API. The same seed gives the same event
/// ids, so running it again only yields duplicates (and the steps that have happened since).
/// </summary>
public sealed class HistoryBackfill(EventPoster poster, ProgressBar progress)
{
    /// <summary>Events per request.</summary>
    public const int BatchSize = 1_000;

    /// <summary>Sends every generated event of dossiers arriving from <paramref name="from"/>, none after <paramref name="now"/>.</summary>
    public async Task<IngestTally> RunAsync(DossierTrafficGenerator generator, DateOnly from, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Drawing the days is cheap next to posting them; a first pass gives the bar its total.
        var total = generator.History(from, now).Sum(day => (long)day.Count);
        var tally = new IngestTally();
        var send = new BatchedSend(poster, tally, BatchSize);
        var position = 0L;
        foreach (var day in generator.History(from, now))
        {
            foreach (var dossierEvent in day)
            {
                position++;
                await send.AddAsync(new SourcePosition(position, $"event {position}"), EventJson.Serialize(dossierEvent), cancellationToken);
                progress.Report(total == 0 ? 1 : (double)send.Sent / total, send.Sent);
            }
        }
        await send.FlushAsync(cancellationToken);
        progress.Complete(send.Sent);
        return tally;
    }
}
