using IOC.Analytics.Storage;
using IOC.Testing.Servers;
using Npgsql;

namespace IOC.Analytics.Tests.Storage;

public sealed class SchemaMigratorTests
{
    [Fact]
    public async Task Migrate_EmptyDatabase_CreatesEveryTableAndRecordsTheVersion()
    {
        var server = await PostgresServer.SharedAsync();
        await using var dataSource = NpgsqlDataSource.Create(await server.CreateDatabaseAsync());
        var migrator = new SchemaMigrator(dataSource);

        var applied = await migrator.MigrateAsync();

        Assert.Equal(SchemaMigrator.RequiredVersion, applied);
        Assert.Equal(SchemaMigrator.RequiredVersion, await migrator.CurrentVersionAsync());
        await using var command = dataSource.CreateCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = ANY(@names)");
        string[] tables = ["unit", "procedure", "procedure_unit", "calendar_day", "dossier_event", "dossier", "dead_letter"];
        command.Parameters.AddWithValue("names", tables);
        Assert.Equal((long)tables.Length, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Migrate_Twice_AppliesNothingTheSecondTime()
    {
        var server = await PostgresServer.SharedAsync();
        await using var dataSource = NpgsqlDataSource.Create(await server.CreateDatabaseAsync());
        var migrator = new SchemaMigrator(dataSource);
        await migrator.MigrateAsync();

        Assert.Equal(0, await migrator.MigrateAsync());
    }

    [Fact]
    public async Task Migrate_ConcurrentOwners_ApplyEachMigrationOnce()
    {
        var server = await PostgresServer.SharedAsync();
        await using var dataSource = NpgsqlDataSource.Create(await server.CreateDatabaseAsync());

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => new SchemaMigrator(dataSource).MigrateAsync()));

        Assert.Equal(SchemaMigrator.RequiredVersion, results.Sum());
    }

    [Fact]
    public async Task WaitForVersion_ReturnsOnceTheOwnerHasMigrated()
    {
        var server = await PostgresServer.SharedAsync();
        await using var dataSource = NpgsqlDataSource.Create(await server.CreateDatabaseAsync());
        var waiter = new SchemaMigrator(dataSource).WaitForVersionAsync(SchemaMigrator.RequiredVersion, TimeSpan.FromMilliseconds(50),
            new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        Assert.False(waiter.IsCompleted);

        await new SchemaMigrator(dataSource).MigrateAsync();

        await waiter;
    }
}
