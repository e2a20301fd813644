using IOC.Analytics.Time;

namespace IOC.Analytics.Tests.Calendar;

/// <summary>Province-local instants, written the way the cases are worked out by hand.</summary>
internal static class Local
{
    public static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, ProvinceTime.Offset);
}
