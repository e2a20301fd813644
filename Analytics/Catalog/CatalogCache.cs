namespace IOC.Analytics.Catalog;

/// <summary>
/// The current catalogue snapshot, reloaded from PostgreSQL after an upsert and, at most once a second, when a lookup
/// misses (another instance may have added the unit).
/// </summary>
public sealed class CatalogCache(CatalogStore store, TimeProvider time)
{
    private static readonly TimeSpan MissReloadInterval = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private CatalogSnapshot _snapshot = CatalogSnapshot.Empty;
    private DateTimeOffset _loadedAt = DateTimeOffset.MinValue;

    /// <summary>The snapshot as last loaded.</summary>
    public CatalogSnapshot Current => _snapshot;

    /// <summary>Reloads the snapshot from the store.</summary>
    public async Task<CatalogSnapshot> ReloadAsync(CancellationToken cancellationToken)
    {
        await _reloading.WaitAsync(cancellationToken);
        try
        {
            var snapshot = new CatalogSnapshot(await store.UnitsAsync(cancellationToken), await store.ProceduresAsync(cancellationToken));
            _snapshot = snapshot;
            _loadedAt = time.GetUtcNow();
            return snapshot;
        }
        finally
        {
            _reloading.Release();
        }
    }

    /// <summary>The snapshot, reloaded first when it may be missing a code a caller needs.</summary>
    public async Task<CatalogSnapshot> FreshEnoughAsync(bool missed, CancellationToken cancellationToken) =>
        _loadedAt == DateTimeOffset.MinValue || (missed && time.GetUtcNow() - _loadedAt >= MissReloadInterval)
            ? await ReloadAsync(cancellationToken)
            : _snapshot;
}
