using IOC.Analytics.Influx;
using IOC.Testing.Servers;

namespace IOC.Analytics.Tests.Influx;

/// <summary>The writer while its influxd is killed and started again: nothing lost, nothing doubled.</summary>
public sealed class InfluxServerRestartTests
{
    [Fact]
    public async Task Write_ServerStoppedMidWriteAndRestarted_EveryPointStoredExactlyOnce()
    {
        await using var server = await InfluxServer.StartNewAsync();
        var options = await InfluxTestDatabase.CreateAsync(server) with { BatchSize = 500, BufferCapacity = 2_000 };
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        await using var writer = new InfluxWriter(http, options);
        var start = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(7));
        using var stopProducing = new CancellationTokenSource();
        var produced = 0;
        var producer = Task.Run(async () =>
        {
            // Distinct timestamps: a batch stored twice would overwrite itself, so only a lost or a new point changes the count.
            while (!stopProducing.IsCancellationRequested)
            {
                await writer.WriteAsync(new Point("ticks", start.AddMilliseconds(produced)).Field("n", produced));
                if (Interlocked.Increment(ref produced) % 20 == 0)
                {
                    await Task.Delay(1);
                }
            }
        });

        await InfluxTestDatabase.EventuallyAsync(() => writer.GetStats().Written >= 1_000, "1,000 points are written");
        server.Stop();
        var atStop = writer.GetStats();
        // The buffer holds at most BufferCapacity points, so whether more arrive while writes fail depends on how full
        // it was at the stop: a retry with one more point, or with the producer held at a full buffer, is "mid-write".
        await InfluxTestDatabase.EventuallyAsync(
            () => writer.GetStats() is var stats && stats.Retries > atStop.Retries
                && (stats.Buffered > atStop.Buffered || stats.BufferDepth >= options.BufferCapacity),
            "writes fail while points keep arriving or wait at a full buffer");
        await server.StartAsync();
        var bufferedAtRestart = writer.GetStats().Buffered;
        await InfluxTestDatabase.EventuallyAsync(() => writer.GetStats().Written > bufferedAtRestart, "points written after the restart");
        await stopProducing.CancelAsync();
        await producer.WaitAsync(InfluxTestDatabase.Patience);
        await writer.FlushAsync().WaitAsync(InfluxTestDatabase.Patience);

        var stats = writer.GetStats();
        Assert.Equal((produced, produced, 0L, 0L), (stats.Buffered, stats.Written, stats.Rejected, stats.BufferDepth));
        var count = Assert.Single(await new InfluxQueryClient(http, options).QueryAsync("SELECT count(n), max(n) FROM ticks"));
        Assert.Equal((produced, produced - 1L), (count.GetInt64(0, "count"), count.GetInt64(0, "max")));
    }
}
