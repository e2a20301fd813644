using IOC.Dashboard.Localization;

namespace IOC.Dashboard.Components.Wall;

/// <summary>How a ratio stands against its target; every band has a label, so colour is never the only signal.</summary>
public enum Band
{
    /// <summary>No ratio to judge.</summary>
    None,

    /// <summary>The target is met.</summary>
    Met,

    /// <summary>Close to the target.</summary>
    Near,

    /// <summary>Far from the target.</summary>
    Missed,
}

/// <summary>Judges ratios against the targets of <see cref="Live.WallOptions"/>.</summary>
public static class TargetBand
{
    // "Near" is within a quarter of the target below it, or up to twice a ceiling: close enough to act on today.
    private const double NearFloor = 0.75;
    private const double NearCeiling = 2;

    /// <summary>For a ratio that should reach <paramref name="target"/> (e.g. the online ratio).</summary>
    public static Band AtLeast(double? ratio, double target) => ratio switch
    {
        null => Band.None,
        var r when r >= target => Band.Met,
        var r when r >= target * NearFloor => Band.Near,
        _ => Band.Missed,
    };

    /// <summary>For a ratio that should stay at or under <paramref name="ceiling"/> (e.g. the overdue rate).</summary>
    public static Band AtMost(double? ratio, double ceiling) => ratio switch
    {
        null => Band.None,
        var r when r <= ceiling => Band.Met,
        var r when r <= ceiling * NearCeiling => Band.Near,
        _ => Band.Missed,
    };

    /// <summary>The words of a band, in Vietnamese; the wall shows them through <see cref="WallText"/>.</summary>
    public static string Label(Band band) => band switch
    {
        Band.Met => "Đạt mục tiêu",
        Band.Near => "Gần đạt",
        Band.Missed => "Chưa đạt",
        _ => "Chưa có số liệu",
    };

    /// <summary>The CSS class of a band.</summary>
    public static string CssClass(Band band) => "band-" + band.ToString().ToLowerInvariant();
}
