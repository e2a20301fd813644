namespace IOC.Testing;

/// <summary>Waits, with a generous timeout, for something that happens asynchronously (CI machines are loaded).</summary>
public static class Eventually
{
    /// <summary>
    /// Polls until <paramref name="probe"/> returns a value, then returns it; fails after <paramref name="timeout"/>. A probe that
    /// times out (a loaded machine answering slowly) is tried again like one that failed.
    /// </summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, string? what = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var value = await probe();
                if (value is not null)
                {
                    return value;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException or IOException or TaskCanceledException)
            {
                last = exception;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{what ?? "condition"} not reached within {timeout}", last);
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails after <paramref name="timeout"/>.</summary>
    public static Task TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, string? what = null) =>
        ValueAsync<object>(async () => await condition() ? new object() : null, timeout, what);
}
