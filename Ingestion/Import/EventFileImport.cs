using System.Text;

namespace IOC.Ingestion.Import;

/// <summary>
/// Imports an event file into the ingestion service: NDJSON (one event per line) or, for a <c>.csv</c> file, CSV with
/// the contract's field names in its header row. Records that are not even JSON are counted as rejected and not sent.
/// </summary>
public sealed class EventFileImport(EventPoster poster, ProgressBar progress)
{
    /// <summary>Events per request.</summary>
    public const int BatchSize = 1_000;

    /// <summary>Sends the whole file and returns the sum of the answers.</summary>
    public async Task<IngestTally> RunAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var records = IsCsv(path) ? CsvEventReader.Read(reader) : NdjsonEventReader.Read(reader);
        var tally = new IngestTally();
        var send = new BatchedSend(poster, tally, BatchSize);
        foreach (var record in records)
        {
            if (record.Json is null)
            {
                tally.Reject(record.Origin, [record.Error ?? "unreadable"]);
                continue;
            }
            await send.AddAsync(record.Origin, record.Json, cancellationToken);
            progress.Report(stream.Length == 0 ? 1 : (double)stream.Position / stream.Length, send.Sent);
        }
        await send.FlushAsync(cancellationToken);
        progress.Complete(send.Sent);
        return tally;
    }

    private static bool IsCsv(string path) => Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase);
}
