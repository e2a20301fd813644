using IOC.Dashboard.Accounts;
using IOC.Testing;

namespace IOC.Dashboard.Tests.Accounts;

/// <summary><c>./ioc user add | list | disable</c> against the real database: what it accepts, refuses and prints.</summary>
public sealed class AccountToolTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
    public async Task InitializeAsync() => await new ProvinceSeeder(app.Database.DataSource).LoadCatalogAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Add_WithoutAPassword_PrintsAGeneratedOneOnceThatSignsIn()
    {
        var (status, output, _) = await People.ToolAsync(app, null, "add", "generated", "--role", AccountRole.Head, "--unit", TestCatalog.Justice);
        var password = output.Split('\n').Single(line => line.StartsWith("password: "))["password: ".Length..].Trim();
        using var browser = await People.SignedInAsync(app, "generated", password);
        var (_, list, _) = await People.ToolAsync(app, null, "list");

        Assert.Equal(0, status);
        Assert.True(password.Length >= 20, password);
        Assert.Contains($"generated\thead\t{TestCatalog.Justice}\tactive", list.Split('\n'));
        Assert.DoesNotContain(password, list);
    }

    [Theory]
    [InlineData("--role", "head", "--unit", "NOWHERE", "is not in the catalogue")]
    [InlineData("--role", "leader", "--unit", TestCatalog.CommuneA, "must be the province's root")]
    [InlineData("--role", "admin", "--unit", TestCatalog.Justice, "must be the province's root")]
    [InlineData("--role", "chief", "--unit", TestCatalog.CommuneA, "usage:")]
    public async Task Add_WrongRoleOrUnit_IsRefusedWithTheReason(string roleOption, string role, string unitOption, string unit, string reason)
    {
        var (status, _, error) = await People.ToolAsync(app, "pw", "add", $"refused-{role}-{unit}", roleOption, role, unitOption, unit, "--password-stdin");
        var (_, list, _) = await People.ToolAsync(app, null, "list");

        Assert.NotEqual(0, status);
        Assert.Contains(reason, error);
        Assert.DoesNotContain($"refused-{role}-{unit}", list);
    }

    [Fact]
    public async Task Add_ANameTakenAlready_IsRefusedAndKeepsTheFirstPassword()
    {
        await People.AddAsync(app, "twice", AccountRole.Head, TestCatalog.CommuneA, "the first password");

        var (status, _, error) = await People.ToolAsync(app, "the second password", "add", "twice", "--role", AccountRole.Head,
            "--unit", TestCatalog.CommuneA, "--password-stdin");
        using var browser = await People.SignedInAsync(app, "twice", "the first password");

        Assert.Equal(1, status);
        Assert.Contains("exists already", error);
    }

    [Fact]
    public async Task Disable_NoSuchAccount_SaysSo()
    {
        var (status, _, error) = await People.ToolAsync(app, null, "disable", "nobody-here");

        Assert.Equal(1, status);
        Assert.Contains("no account named nobody-here", error);
    }
}
