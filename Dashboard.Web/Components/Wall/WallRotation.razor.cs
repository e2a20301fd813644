using System.Globalization;
using IOC.Dashboard.Localization;
using Microsoft.AspNetCore.Components;

namespace IOC.Dashboard.Components.Wall;

/// <summary>
/// Rotation of an unattended wall (<c>?rotate=CODE,CODE&amp;every=SECONDS</c>): every interval the wall moves on from
/// the province to each listed unit and back, by navigating within the circuit (no page reload), so every other query
/// parameter (<c>lang</c>, <c>rotate</c>, <c>every</c>) stays as it was; a small indicator shows where it is ("1/3").
/// </summary>
public sealed partial class WallRotation : ComponentBase, IDisposable
{
    /// <summary>The interval when <c>every</c> is absent or unreadable.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(30);

    /// <summary>The shortest interval: a wall that changes faster cannot be read.</summary>
    public static readonly TimeSpan ShortestInterval = TimeSpan.FromSeconds(5);

    private IReadOnlyList<string?> _stops = [];
    private int _position;
    private ITimer? _timer;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    [CascadingParameter]
    private WallText Text { get; set; } = WallText.Vietnamese;

    /// <summary>The units to rotate through after the province, comma-separated.</summary>
    [SupplyParameterFromQuery(Name = "rotate")]
    public string? Rotate { get; set; }

    /// <summary>Seconds each view stays.</summary>
    [SupplyParameterFromQuery(Name = "every")]
    public string? Every { get; set; }

    /// <summary>The unit shown now; the province when absent.</summary>
    [SupplyParameterFromQuery(Name = "unit")]
    public string? UnitCode { get; set; }

    /// <summary>The views in order: the province (null), then each listed unit once.</summary>
    public static IReadOnlyList<string?> Stops(string? rotate) =>
        [null, .. (rotate ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>Seconds as asked, never under <see cref="ShortestInterval"/>; the default when unreadable.</summary>
    public static TimeSpan Interval(string? every) =>
        int.TryParse(every, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(Math.Max(seconds, ShortestInterval.TotalSeconds))
            : DefaultInterval;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        _stops = Stops(Rotate);
        _position = Math.Max(0, IndexOf(_stops, UnitCode));
    }

    /// <inheritdoc />
    protected override void OnAfterRender(bool firstRender)
    {
        // Only the interactive render rotates; the prerender has no circuit to navigate in.
        if (firstRender && _stops.Count > 1)
        {
            var interval = Interval(Every);
            _timer = Time.CreateTimer(_ => _ = InvokeAsync(MoveOn), null, interval, interval);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _timer?.Dispose();

    private void MoveOn()
    {
        var next = _stops[(_position + 1) % _stops.Count];
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("unit", next));
    }

    private static int IndexOf(IReadOnlyList<string?> stops, string? unit)
    {
        for (var i = 1; i < stops.Count; i++)
        {
            if (string.Equals(stops[i], unit, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return 0;
    }
}
