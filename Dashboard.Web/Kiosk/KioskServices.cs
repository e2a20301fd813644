namespace IOC.Dashboard.Kiosk;

/// <summary>Registration of kiosk links and the wall's gate.</summary>
public static class KioskServices
{
    /// <summary>Registers the kiosk settings and access check.</summary>
    public static IServiceCollection AddKiosk(this IServiceCollection services, IConfiguration configuration) => services
        .AddSingleton(KioskSettings.From(configuration))
        .AddSingleton<KioskAccess>();

    /// <summary>Puts the wall's gate in front of the pages and maps the kiosk link.</summary>
    public static WebApplication UseKiosk(this WebApplication app)
    {
        app.UseMiddleware<WallGate>();
        app.MapKioskLink();
        return app;
    }
}
