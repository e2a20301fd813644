using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;
using IOC.Analytics.Hosting;
using IOC.Analytics.Kpi;
using IOC.Analytics.Storage;
using IOC.Dashboard.Access;
using IOC.Dashboard.Accounts;
using IOC.Dashboard.Api;
using IOC.Dashboard.Audit;
using IOC.Dashboard.Catalogue;
using IOC.Dashboard.Charts;
using IOC.Dashboard.Components;
using IOC.Dashboard.Figures;
using IOC.Dashboard.Health;
using IOC.Dashboard.Hubs;
using IOC.Dashboard.Keys;
using IOC.Dashboard.Kiosk;
using IOC.Dashboard.Live;
using IOC.Dashboard.Live.Notable;
using IOC.Dashboard.Reports;
using MudBlazor.Services;

namespace IOC.Dashboard.Hosting;

/// <summary>Service registration and endpoint mapping of the dashboard.</summary>
public static class DashboardServices
{
    /// <summary>The cultures the UI speaks; Vietnamese first.</summary>
    public static readonly CultureInfo[] Cultures = [new("vi-VN"), new("en-US")];

    /// <summary>Registers everything the dashboard runs.</summary>
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        // Serves wwwroot and package assets from the build output too (tests run the service from there); a no-op when published.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddIocStores(IocSettings.From(builder.Configuration, "ioc-dashboard"));
        var settings = DashboardSettings.From(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.Services.AddIocAccess(settings, KioskSettings.From(builder.Configuration));
        builder.AddIocRequestLogging(KioskEndpoints.Prefix);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CatalogCache>();
        builder.Services.AddSingleton<DossierStore>();
        builder.Services.AddSingleton<EventLog>();
        builder.Services.AddSingleton<FactsIndex>();
        builder.Services.AddSingleton<FactsFollower>();
        builder.Services.AddSingleton(provider => new UnitFigures(provider.GetRequiredService<FactsIndex>(),
            provider.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<UnitScores>();
        builder.Services.AddSingleton<PublishedKpis>();
        builder.Services.AddSingleton<Subscriptions>();
        builder.Services.AddSingleton<KeyedConnections>();
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddSingleton<AccountAdministration>();
        builder.Services.AddSingleton<KeyAdministration>();
        builder.Services.AddHttpClient<IngestionCatalogue>(IngestionCatalogue.ClientName, client =>
        {
            client.BaseAddress = settings.IngestionUrl;
            client.Timeout = TimeSpan.FromSeconds(15);
            client.DefaultRequestHeaders.Add(IOC.Analytics.Access.ApiKeyAuthenticationHandler.Header, settings.ServiceKey);
        });
        builder.Services.AddTransient<CatalogueAdministration>();
        builder.Services.AddSingleton<ReportBuilder>();
        builder.Services.AddSingleton<ReportPdf>();
        builder.Services.AddSingleton<ReportPage>();
        builder.Services.AddSingleton<ReportArchive>();
        builder.Services.AddSingleton<ReportArchiver>();
        builder.Services.AddSingleton<ReportSignatures>();
        builder.Services.AddSingleton<ReportScheduler>();
        if (settings.ReportsScheduled)
        {
            builder.Services.AddHostedService(provider => provider.GetRequiredService<ReportScheduler>());
        }
        builder.Services.AddIocHealthMetrics<DashboardHealth>(builder.Configuration, DashboardHealth.MeterName);
        builder.Services.AddSignalR().AddJsonProtocol(json => json.PayloadSerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase);
        builder.Services.AddSingleton<SchemaWaitService>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<SchemaWaitService>());
        builder.Services.AddHostedService(provider => provider.GetRequiredService<FactsFollower>());
        builder.Services.AddSingleton(WallOptions.From(builder.Configuration));
        builder.Services.AddSingleton<CalendarRefresher>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<CalendarRefresher>());
        builder.Services.AddSingleton(provider => new ChartHistory(
            provider.GetRequiredService<FactsIndex>(), () => provider.GetRequiredService<CalendarRefresher>().Current));
        builder.Services.AddHostedService<CatalogRefresher>();
        builder.Services.AddSingleton(provider => new LiveKpiStore(
            provider.GetRequiredService<PublishedKpis>().Updates,
            provider.GetRequiredService<FactsFollower>(),
            provider.GetRequiredService<FactsIndex>(),
            () => provider.GetRequiredService<CatalogCache>().Current,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<LiveKpiStore>>()));
        builder.Services.AddHostedService(provider => provider.GetRequiredService<LiveKpiStore>());
        builder.Services.AddNotableEvents();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddOpenApi();
        builder.Services.AddLocalization();
        // Vietnamese text goes out as text, not as &#x...; escapes: pages stay readable at the source and a third smaller.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        return builder;
    }

    /// <summary>Maps the pages, the API and <c>/healthz</c>.</summary>
    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.UseIocRequestLogging();
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture(Cultures[0].Name);
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
        });
        app.UseStaticFiles();
        app.UseWebSockets();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapOpenApi();
        app.MapIocHealth();
        app.MapIocMetrics();
        app.MapKioskLink();
        app.MapSignIn();
        app.MapGroup("/api/v1").RequireAuthorization(AccessPolicies.Read).MapKpiEndpoints().MapDossierEndpoints().MapExportEndpoints().MapReportEndpoints()
            .MapScore766Endpoints();
        var settings = app.Services.GetRequiredService<DashboardSettings>();
        app.MapHub<KpiHub>(KpiHub.Path, options => options.TransportSendTimeout = settings.HubSendTimeout)
            .RequireAuthorization(AccessPolicies.Hub);
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
