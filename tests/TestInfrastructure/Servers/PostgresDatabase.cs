using IOC.Analytics.Storage;
using Npgsql;
using Xunit;

namespace IOC.Testing.Servers;

/// <summary>A fresh database on the shared test PostgreSQL, migrated to the current schema; one per test class.</summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private NpgsqlDataSource? _dataSource;

    public string ConnectionString { get; private set; } = "";

    public NpgsqlDataSource DataSource => _dataSource ?? throw new InvalidOperationException("Not initialised");

    public PostgresServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await PostgresServer.SharedAsync();
        ConnectionString = await Server.CreateDatabaseAsync();
        _dataSource = NpgsqlDataSource.Create(ConnectionString);
        await new SchemaMigrator(_dataSource).MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }
}
