using Npgsql;

namespace IOC.Testing.Servers;

/// <summary>
/// A real PostgreSQL server of the test run's own: its own data folder (owned by the postgres user, since
/// initdb refuses root) and its own port. Each test class takes a fresh database from it.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private static readonly Lazy<Task<PostgresServer>> Shared = new(() => StartNewAsync());
    // Tests trade crash safety for speed; a benchmark of the durable path must not.
    private const string FastUnsafe = " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
    private readonly bool _durable;
    private int _databases;

    private PostgresServer(string dataDirectory, int port, bool durable)
    {
        DataDirectory = dataDirectory;
        Port = port;
        _durable = durable;
    }

    public string DataDirectory { get; }

    public int Port { get; }

    /// <summary>The server shared by every test of this test assembly, stopped when the process exits.</summary>
    public static Task<PostgresServer> SharedAsync() => Shared.Value;

    /// <summary>Starts a new server; <paramref name="durable"/> keeps PostgreSQL's crash-safe defaults, as <c>./ioc run</c> does.</summary>
    public static async Task<PostgresServer> StartNewAsync(bool durable = false)
    {
        var directory = Path.Combine(ProcessRunner.TestRoot(), $"pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..24]);
        Directory.CreateDirectory(directory);
        await ProcessRunner.RunAsync("chown", "postgres:postgres", directory);
        await AsPostgres(Binary("initdb"), "-D", directory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale");
        var server = new PostgresServer(directory, FreePort.Next(), durable);
        await server.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.StopAsync().GetAwaiter().GetResult();
        await using var connection = new NpgsqlConnection(server.ConnectionString("postgres", "postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("CREATE ROLE ioc LOGIN PASSWORD 'ioc' CREATEDB", connection);
        await command.ExecuteNonQueryAsync();
        return server;
    }

    public Task StartAsync() =>
        AsPostgres(Binary("pg_ctl"), "-D", DataDirectory, "-l", Path.Combine(DataDirectory, "server.log"), "-w", "-t", "60",
            "-o", $"-h 127.0.0.1 -p {Port} -k {DataDirectory}{(_durable ? "" : FastUnsafe)}", "start");

    public async Task StopAsync()
    {
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await AsPostgres(Binary("pg_ctl"), "-D", DataDirectory, "-m", "fast", "-w", "stop");
        }
    }

    /// <summary>kill -9 of the postmaster and every backend: a crash, with no checkpoint and no shutdown code.</summary>
    public void Kill()
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        var postmaster = System.Diagnostics.Process.GetProcessById(int.Parse(File.ReadLines(pidFile).First(),
            System.Globalization.CultureInfo.InvariantCulture));
        BackgroundProcess.Kill(postmaster);
    }

    /// <summary>A new, empty database owned by the application role; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"ioc_test_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..30];
        await using var connection = new NpgsqlConnection(ConnectionString("postgres", "postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" OWNER ioc", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name, "ioc");
    }

    public string ConnectionString(string database, string user) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Database = database,
        Username = user,
        Password = user == "ioc" ? "ioc" : null,
        // A stopped or killed server refuses at once; the timeout only bounds a connect on a loaded machine.
        Timeout = 30,
    }.ConnectionString;

    public async ValueTask DisposeAsync() => await StopAsync();

    private static Task<string> AsPostgres(string binary, params string[] arguments) =>
        ProcessRunner.RunAsync("runuser", ["-u", "postgres", "--", binary, .. arguments]);

    private static string Binary(string name)
    {
        var root = "/usr/lib/postgresql";
        var version = Directory.Exists(root)
            ? Directory.GetDirectories(root).OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).FirstOrDefault()
            : null;
        return version is null ? name : Path.Combine(version, "bin", name);
    }
}
