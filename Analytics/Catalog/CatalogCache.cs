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

    /// <summary>
    /// Reloads the snapshot from the store; the one held stays when nothing changed, so figures counted against it (and
    /// cached by it) stand.
    /// </summary>
    public async Task<CatalogSnapshot> ReloadAsync(CancellationToken cancellationToken)
    {
        await _reloading.WaitAsync(cancellationToken);
        try
        {
            var loaded = new CatalogSnapshot(await store.UnitsAsync(cancellationToken), await store.ProceduresAsync(cancellationToken));
            var snapshot = _snapshot.HasSameContent(loaded) ? _snapshot : loaded;
            _snapshot = snapshot;
            _loadedAt = time.GetUtcNow();
            return snapshot;
        }
        finally
        {
            _reloading.Release();
        }
    }

    /// <summary>
    /// The snapshot; reloaded first when none is loaded yet or when the caller missed a code. Misses reload at most
    /// once a second: a miss soon after a load waits for the rest of that second rather than answer from a stale view.
    /// </summary>
    public async Task<CatalogSnapshot> FreshEnoughAsync(bool missed, CancellationToken cancellationToken)
    {
        if (_loadedAt == DateTimeOffset.MinValue)
        {
            return await ReloadAsync(cancellationToken);
        }
        if (!missed)
        {
            return _snapshot;
        }
        var wait = MissReloadInterval - (time.GetUtcNow() - _loadedAt);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }
        return await ReloadAsync(cancellationToken);
    }
}
