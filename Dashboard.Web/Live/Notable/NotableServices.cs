using IOC.Analytics.Kpi;

namespace IOC.Dashboard.Live.Notable;

/// <summary>Registration of the wall's ticker of notable events.</summary>
public static class NotableServices
{
    /// <summary>Registers the feed and the watcher that fills it from the follower's changes and the live figures.</summary>
    public static IServiceCollection AddNotableEvents(this IServiceCollection services) => services
        .AddSingleton<NotableFeed>()
        .AddSingleton(provider => new NotableWatcher(
            provider.GetRequiredService<FactsFollower>(),
            provider.GetRequiredService<LiveKpiStore>(),
            provider.GetRequiredService<NotableFeed>(),
            () => provider.GetRequiredService<KpiTargetBoard>().Current,
            () => provider.GetRequiredService<CalendarRefresher>().Current,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<NotableWatcher>>()))
        .AddHostedService(provider => provider.GetRequiredService<NotableWatcher>());
}
