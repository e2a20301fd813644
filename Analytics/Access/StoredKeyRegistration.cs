using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace IOC.Analytics.Access;

/// <summary>Registers the key ring of a service: the environment's keys, and the stored keys of one purpose kept fresh.</summary>
public static class StoredKeyRegistration
{
    /// <summary>
    /// A <see cref="KeyRing"/> of <paramref name="environment"/>'s keys, plus the <c>api_key</c> keys of
    /// <paramref name="storedPurpose"/>, read again by a <see cref="StoredKeyRefresher"/>.
    /// </summary>
    public static IServiceCollection AddKeyRing(this IServiceCollection services, IEnumerable<(string Key, Credential Credential)> environment,
        string storedPurpose)
    {
        services.AddSingleton(new KeyRing(environment));
        services.AddSingleton(provider => new StoredKeys(provider.GetRequiredService<NpgsqlDataSource>()));
        services.AddHostedService(provider => new StoredKeyRefresher(provider.GetRequiredService<KeyRing>(),
            provider.GetRequiredService<StoredKeys>(), storedPurpose, provider.GetRequiredService<ILogger<StoredKeyRefresher>>()));
        return services;
    }
}
