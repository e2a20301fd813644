using IOC.Dashboard.Figures;

namespace IOC.Dashboard.Tests.Figures;

public sealed class LeastRecentlyUsedTests
{
    [Fact]
    public void Set_PastCapacity_DropsTheLeastRecentlyUsed()
    {
        var cache = new LeastRecentlyUsed<string, int>(2);
        cache.Set("a", 1);
        cache.Set("b", 2);
        cache.TryGet("a", out _);

        cache.Set("c", 3);

        Assert.Equal(["c", "a"], cache.Entries.Select(e => e.Key));
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal(1, a);
    }

    [Fact]
    public void RemoveWhere_Matching_RemovesOnlyThose()
    {
        var cache = new LeastRecentlyUsed<string, int>(4);
        cache.Set("a", 1);
        cache.Set("b", 2);
        cache.Set("c", 3);

        Assert.Equal(2, cache.RemoveWhere((_, value) => value != 2));

        Assert.Equal(["b"], cache.Entries.Select(e => e.Key));
    }
}
