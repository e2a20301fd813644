using IOC.Analytics.Influx;
using IOC.Testing.Servers;

namespace IOC.Analytics.Tests.Influx;

/// <summary>A database of its own for one test, on a real influxd, with options that retry quickly.</summary>
internal static class InfluxTestDatabase
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    public static async Task<InfluxOptions> CreateAsync(InfluxServer server)
    {
        var options = new InfluxOptions
        {
            Url = server.Url,
            Database = $"t_{Guid.NewGuid():N}"[..14],
            FlushInterval = TimeSpan.FromMilliseconds(50),
            InitialRetryDelay = TimeSpan.FromMilliseconds(50),
            MaxRetryDelay = TimeSpan.FromMilliseconds(500),
            ShutdownTimeout = TimeSpan.FromSeconds(30),
        };
        using var http = new HttpClient();
        await new InfluxQueryClient(http, options).CreateDatabaseAsync(options.Database).WaitAsync(Patience);
        return options;
    }

    /// <summary>Waits (in real time, generously) until a condition holds.</summary>
    public static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}");
            await Task.Delay(20);
        }
    }
}
