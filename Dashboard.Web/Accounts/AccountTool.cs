using System.Security.Cryptography;
using IOC.Dashboard.Hosting;
using Npgsql;

namespace IOC.Dashboard.Accounts;

/// <summary>
/// <c>./ioc user add NAME --role leader|head|admin --unit CODE [--password-stdin]</c>, <c>./ioc user list</c> and
/// <c>./ioc user disable NAME</c>: the Dashboard.Web executable's command-line mode against the database of
/// <c>IOC_PG</c>. A generated password is printed once and stored only as its hash.
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
        return args.Skip(1).FirstOrDefault() switch
        {
            "add" when args.Length >= 3 => await AddAsync(args[2], OperatorCommand.Options(args[3..], "--role", "--unit"), dataSource, store, input, output, error),
            "list" => await ListAsync(store, output, time),
            "disable" when args.Length == 3 => await DisableAsync(args[2], store, output, error, time),
            _ => await OperatorCommand.RefuseAsync(error, Usage, 2),
        };
    }

    private static async Task<int> AddAsync(string name, IReadOnlyDictionary<string, string?> options, NpgsqlDataSource dataSource,
        AccountStore store, TextReader input, TextWriter output, TextWriter error)
    {
        var role = options.GetValueOrDefault("--role");
        var unit = options.GetValueOrDefault("--unit");
        if (!AccountRole.IsKnown(role) || string.IsNullOrWhiteSpace(unit))
        {
            return await OperatorCommand.RefuseAsync(error, Usage, 2);
        }
        var level = await OperatorCommand.UnitLevelAsync(dataSource, unit);
        if (level is null)
        {
            return await OperatorCommand.RefuseAsync(error, $"user: unit {unit} is not in the catalogue", 1);
        }
        if (role != AccountRole.Head && level != "province")
        {
            return await OperatorCommand.RefuseAsync(error, $"user: a {role} sees a whole province; --unit must be the province's root, not the {level} {unit}", 1);
        }
        var password = options.ContainsKey("--password-stdin") ? (await input.ReadLineAsync())?.TrimEnd('\r') : Generate();
        if (string.IsNullOrEmpty(password))
        {
            return await OperatorCommand.RefuseAsync(error, "user: --password-stdin read no password", 1);
        }
        if (!await store.AddAsync(name, role!, unit, AccountSignIn.Hash(password), CancellationToken.None))
        {
            return await OperatorCommand.RefuseAsync(error, $"user: an account named {name} exists already", 1);
        }
        await output.WriteLineAsync($"user: {name} ({role}, {unit}) added");
        if (!options.ContainsKey("--password-stdin"))
        {
            await output.WriteLineAsync($"password: {password}");
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

    private static async Task<int> DisableAsync(string name, AccountStore store, TextWriter output, TextWriter error, TimeProvider time)
    {
        if (!await store.DisableAsync(name, time.GetUtcNow(), CancellationToken.None))
        {
            return await OperatorCommand.RefuseAsync(error, $"user: no account named {name}", 1);
        }
        await output.WriteLineAsync($"user: {name} disabled");
        return 0;
    }

    // 18 random bytes, URL-safe: 24 characters a person can copy.
    private static string Generate() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
}
