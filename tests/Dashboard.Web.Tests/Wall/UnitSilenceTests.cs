using System.Globalization;
using IOC.Dashboard.Components.Wall;

namespace IOC.Dashboard.Tests.Wall;

public sealed class UnitSilenceTests
{
    private static readonly DateTimeOffset ListeningSince = At("2026-11-23T08:00:00+07:00");
    private static readonly TimeSpan SilentAfter = TimeSpan.FromMinutes(30);

    [Fact]
    public void HeardWithinTheSilence_NotSilent()
    {
        var silence = UnitSilence.Of(At("2026-11-23T09:45:00+07:00"), ListeningSince, At("2026-11-23T10:14:59+07:00"), SilentAfter);

        Assert.False(silence.IsSilent);
        Assert.Equal(At("2026-11-23T09:45:00+07:00"), silence.Since);
    }

    [Fact]
    public void HeardExactlyTheSilenceAgo_Silent() =>
        Assert.True(UnitSilence.Of(At("2026-11-23T09:45:00+07:00"), ListeningSince, At("2026-11-23T10:15:00+07:00"), SilentAfter).IsSilent);

    [Fact]
    public void NeverHeard_SilentSinceListeningOnceTheSilencePasses()
    {
        Assert.False(UnitSilence.Of(null, ListeningSince, At("2026-11-23T08:29:00+07:00"), SilentAfter).IsSilent);

        var silence = UnitSilence.Of(null, ListeningSince, At("2026-11-23T08:30:00+07:00"), SilentAfter);

        Assert.True(silence.IsSilent);
        Assert.Equal(ListeningSince, silence.Since);
        Assert.Null(silence.HeardAt);
    }

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);
}
