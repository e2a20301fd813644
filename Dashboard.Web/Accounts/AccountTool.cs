using IOC.Dashboard.Audit;
using IOC.Dashboard.Hosting;

namespace IOC.Dashboard.Accounts;

/// <summary>
/// <c>./ioc user add NAME --role leader|head|admin --unit CODE [--password-stdin]</c>, <c>./ioc user list</c> and
/// <c>./ioc user disable NAME</c>: the Dashboard.Web executable's command-line mode against the database of
/// <c>IOC_PG</c>, by the rules of <see cref="AccountAdministration"/> (audited as <c>./ioc</c> and the operator's user
/// name). A generated password is printed once and stored only as its hash.
/// </summary>
public static class AccountTool
{
    private const string Usage =
        "usage: user add NAME --role leader|head|admin --unit CODE [--password-stdin] | user list | user disable NAME";

    /// <summary>True when the arguments ask for this tool.</summary>
    public static bool Handles(string[] args) => args.Length > 0 && args[0] == "user";

    /// <summary>Runs the command; 0 on success, 1 when refused, 2 on a usage error.</summary>
    public static async Task<int> RunAsync(string[] args, Func<string, string?> environment, TextReader input, TextWriter output,
        TextWriter error, TimeProvider time)
    {
        await using var dataSource = await OperatorCommand.OpenAsync("user", environment, error);
        if (dataSource is null)
        {
            return 1;
        }
        var store = new AccountStore(dataSource);
        var administration = new AccountAdministration(dataSource, store, new AuditLog(dataSource), time);
        return args.Skip(1).FirstOrDefault() switch
        {
            "add" when args.Length >= 3 => await AddAsync(args[2], OperatorCommand.Options(args[3..], "--role", "--unit"), administration,
                input, output, error),
            "list" => await ListAsync(store, output, time),
            "disable" when args.Length == 3 => await DisableAsync(args[2], administration, output, error),
            _ => await OperatorCommand.RefuseAsync(error, Usage, 2),
        };
    }

    private static async Task<int> AddAsync(string name, IReadOnlyDictionary<string, string?> options, AccountAdministration administration,
        TextReader input, TextWriter output, TextWriter error)
    {
        var role = options.GetValueOrDefault("--role");
        var unit = options.GetValueOrDefault("--unit");
        var fromInput = options.ContainsKey("--password-stdin");
        var password = fromInput ? (await input.ReadLineAsync())?.TrimEnd('\r') : null;
        if (fromInput && string.IsNullOrEmpty(password))
        {
            return await OperatorCommand.RefuseAsync(error, "user: --password-stdin read no password", 1);
        }
        var change = await administration.AddAsync(OperatorCommand.Actor, name, role, unit, password, CancellationToken.None);
        if (change.Problem is { } problem)
        {
            var usage = change.Refusal == ChangeRefusal.Usage;
            return await OperatorCommand.RefuseAsync(error, usage ? Usage : $"user: {problem}", usage ? 2 : 1);
        }
        await output.WriteLineAsync($"user: {name} ({role}, {unit}) added");
        if (change.Password is { } generated)
        {
            await output.WriteLineAsync($"password: {generated}");
        }
        return 0;
    }

    private static async Task<int> ListAsync(AccountStore store, TextWriter output, TimeProvider time)
    {
        var now = time.GetUtcNow();
        foreach (var account in await store.ListAsync(CancellationToken.None))
        {
            var state = account.DisabledAt is not null ? "disabled"
                : account.LockedUntil > now ? $"locked until {account.LockedUntil:yyyy-MM-dd HH:mm:ss}Z"
                : "active";
            await output.WriteLineAsync($"{account.Name}\t{account.Role}\t{account.UnitCode}\t{state}");
        }
        return 0;
    }

    private static async Task<int> DisableAsync(string name, AccountAdministration administration, TextWriter output, TextWriter error)
    {
        if (await administration.DisableAsync(OperatorCommand.Actor, name, CancellationToken.None) is { } problem)
        {
            return await OperatorCommand.RefuseAsync(error, $"user: {problem}", 1);
        }
        await output.WriteLineAsync($"user: {name} disabled");
        return 0;
    }
}
