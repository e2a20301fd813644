using IOC.Analytics.Access;
using IOC.Dashboard.Accounts;
using IOC.Dashboard.Audit;
using IOC.Dashboard.Hosting;

namespace IOC.Dashboard.Keys;

/// <summary>
/// <c>./ioc key add --purpose read|ingest [--unit CODE] [--name N]</c>, <c>./ioc key list</c> and
/// <c>./ioc key revoke ID</c>: the Dashboard.Web executable's command-line mode against the database of <c>IOC_PG</c>.
/// A new key is printed once and stored only as its SHA-256 (<see cref="StoredKeys"/>); both services pick up a new or
/// revoked key within <see cref="StoredKeyRefresher.Interval"/>.
/// </summary>
public static class KeyTool
{
    private const string Usage = "usage: key add --purpose read|ingest [--unit CODE] [--name NAME] | key list | key revoke ID";

    /// <summary>True when the arguments ask for this tool.</summary>
    public static bool Handles(string[] args) => args.Length > 0 && args[0] == "key";

    /// <summary>Runs the command; 0 on success, 1 when refused, 2 on a usage error.</summary>
    public static async Task<int> RunAsync(string[] args, Func<string, string?> environment, TextWriter output, TextWriter error,
        TimeProvider time)
    {
        await using var dataSource = await OperatorCommand.OpenAsync("key", environment, error);
        if (dataSource is null)
        {
            return 1;
        }
        var keys = new StoredKeys(dataSource);
        var administration = new KeyAdministration(dataSource, keys, new AuditLog(dataSource), time);
        return args.Skip(1).FirstOrDefault() switch
        {
            "add" => await AddAsync(OperatorCommand.Options(args[2..], "--purpose", "--unit", "--name"), administration, output, error),
            "list" when args.Length == 2 => await ListAsync(keys, output),
            "revoke" when args.Length == 3 => await RevokeAsync(args[2], administration, output, error),
            _ => await OperatorCommand.RefuseAsync(error, Usage, 2),
        };
    }

    private static async Task<int> AddAsync(IReadOnlyDictionary<string, string?> options, KeyAdministration administration,
        TextWriter output, TextWriter error)
    {
        var unit = options.GetValueOrDefault("--unit");
        if (options.Keys.Any(option => option is not ("--purpose" or "--unit" or "--name")) || (options.ContainsKey("--unit") && string.IsNullOrWhiteSpace(unit)))
        {
            return await OperatorCommand.RefuseAsync(error, Usage, 2);
        }
        var change = await administration.AddAsync(OperatorCommand.Actor, options.GetValueOrDefault("--purpose"), unit,
            options.GetValueOrDefault("--name"), CancellationToken.None);
        if (change.Problem is { } problem)
        {
            var usage = change.Refusal == ChangeRefusal.Usage;
            return await OperatorCommand.RefuseAsync(error, usage ? Usage : $"key: {problem}", usage ? 2 : 1);
        }
        await output.WriteLineAsync($"key: {change.Name} ({options["--purpose"]}, {unit ?? "the whole province"}) added; it works within 10 s");
        await output.WriteLineAsync($"id: {change.Id}");
        await output.WriteLineAsync($"key: {change.Key}");
        return 0;
    }

    private static async Task<int> ListAsync(StoredKeys keys, TextWriter output)
    {
        foreach (var key in await keys.ListAsync(CancellationToken.None))
        {
            var state = key.RevokedAt is { } revoked ? $"revoked {revoked.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z" : "active";
            await output.WriteLineAsync($"{key.Id}\t{key.Purpose}\t{key.UnitCode ?? "province"}\t{key.Name}\t{key.CreatedAt.UtcDateTime:yyyy-MM-dd}\t{state}");
        }
        return 0;
    }

    private static async Task<int> RevokeAsync(string id, KeyAdministration administration, TextWriter output, TextWriter error)
    {
        if (await administration.RevokeAsync(OperatorCommand.Actor, id, CancellationToken.None) is { } problem)
        {
            return await OperatorCommand.RefuseAsync(error, $"key: {problem}", 1);
        }
        await output.WriteLineAsync($"key: {id} revoked; refused within 10 s");
        return 0;
    }
}
