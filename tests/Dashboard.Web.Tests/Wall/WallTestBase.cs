using Bunit;
using Bunit.TestDoubles;
using IOC.Analytics.Calendar;
using IOC.Analytics.Kpi;
using IOC.Dashboard.Accounts;
using IOC.Dashboard.Charts;
using IOC.Dashboard.Figures;
using IOC.Dashboard.Live;
using IOC.Dashboard.Live.Notable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor.Services;
using Npgsql;
using WallPage = IOC.Dashboard.Components.Pages.Wall;

namespace IOC.Dashboard.Tests.Wall;

/// <summary>
/// Configures bUnit once for the wall's tests: MudBlazor, loose JS interop, the fixture's store and clock. Disposed
/// asynchronously because MudBlazor's popover service is async-disposable only.
/// </summary>
public abstract class WallTestBase : IAsyncLifetime
{
    protected WallTestBase()
        : this(new WallFixture())
    {
    }

    protected WallTestBase(WallFixture fixture)
    {
        Fixture = fixture;
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
        Context.Services.AddSingleton(Fixture.Store);
        Context.Services.AddSingleton<TimeProvider>(Fixture.Time);
        Context.Services.AddSingleton(_ => Options);
        // The board starts from these targets; its table is read only by its hosted service, which bUnit never starts.
        Context.Services.AddSingleton(_ => new KpiTargetBoard(Targets, new KpiTargetStore(NpgsqlDataSource.Create("Host=127.0.0.1;Database=no-targets")),
            NullLogger<KpiTargetBoard>.Instance));
        Context.Services.AddSingleton(new ChartHistory(Fixture.Index, () => CalendarData.ShippedCalendar()));
        Context.Services.AddSingleton(new UnitFigures(Fixture.Index, Fixture.Time));
        Context.Services.AddSingleton(Feed);
        // The wall's session watch looks an account up only for a signed-in person, and bUnit renders for nobody: the
        // store is there to be injected, its database never reached.
        Context.Services.AddSingleton(new AccountStore(NpgsqlDataSource.Create("Host=127.0.0.1;Database=no-accounts")));
    }

    protected BunitContext Context { get; } = new();

    protected WallFixture Fixture { get; }

    /// <summary>The notable events the wall's ticker shows.</summary>
    protected NotableFeed Feed { get; } = new(NullLogger<NotableFeed>.Instance);

    /// <summary>Set before rendering to change the thresholds of silence.</summary>
    protected WallOptions Options { get; set; } = WallOptions.Default;

    /// <summary>Set before rendering to change the targets.</summary>
    protected KpiTargets Targets { get; set; } = KpiTargets.Default;

    protected IRenderedComponent<WallPage> RenderWall(string? unit = null, string? language = null)
    {
        var query = string.Join('&', new[] { unit is null ? null : $"unit={unit}", language is null ? null : $"lang={language}" }.OfType<string>());
        Context.Services.GetRequiredService<BunitNavigationManager>().NavigateTo(query.Length == 0 ? "/wall" : $"/wall?{query}");
        return Context.Render<WallPage>();
    }

    protected static string Text(IRenderedComponent<WallPage> wall, string testId) =>
        wall.Find($"[data-testid='{testId}']").TextContent.Trim();

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Context.DisposeAsync();
        Fixture.Dispose();
    }
}
