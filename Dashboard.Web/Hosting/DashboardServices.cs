using System.Globalization;
using IOC.Analytics.Hosting;
using IOC.Dashboard.Components;
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
        builder.Services.AddIocStores(IocSettings.From(builder.Configuration, "ioc-dashboard"));
        builder.Services.AddSingleton<SchemaWaitService>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<SchemaWaitService>());
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddOpenApi();
        builder.Services.AddLocalization();
        return builder;
    }

    /// <summary>Maps the pages, the API and <c>/healthz</c>.</summary>
    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture(Cultures[0].Name);
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
        });
        app.UseStaticFiles();
        app.UseAntiforgery();
        app.MapOpenApi();
        app.MapIocHealth();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
