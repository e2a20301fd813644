using IOC.Analytics.Time;
using IOC.Dashboard.Live;
using IOC.Dashboard.Live.Notable;
using IOC.Dashboard.Localization;
using Microsoft.AspNetCore.Components;

namespace IOC.Dashboard.Components.Wall;

/// <summary>
/// The latest notable events (late resolutions, surges, units crossing a target) of the wall's unit subtree, newest
/// first, live.
/// </summary>
public sealed partial class NotableTicker : ComponentBase, IDisposable
{
    /// <summary>How many events fit under the figures on a 1920×1080 wall.</summary>
    public const int Shown = 3;

    private IReadOnlyList<NotableEvent> _shown = [];
    private RenderThrottle? _throttle;
    private IDisposable? _subscription;

    [Inject]
    private NotableFeed Feed { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    [CascadingParameter]
    private WallText Text { get; set; } = WallText.Vietnamese;

    /// <summary>The codes of the wall's unit and every unit below it; only their events are shown. Null shows every event.</summary>
    [Parameter]
    public IReadOnlySet<string>? Subtree { get; set; }

    /// <inheritdoc />
    protected override void OnParametersSet() => _shown = Latest();

    /// <inheritdoc />
    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }
        // Only the interactive render subscribes; the prerender must not leave a watcher behind.
        _throttle = new RenderThrottle(Time, RenderThrottle.WallInterval, () => _ = InvokeAsync(Refresh));
        _subscription = Feed.Subscribe(_ => _throttle.Request());
        _throttle.Request();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _throttle?.Dispose();
        _subscription?.Dispose();
    }

    private void Refresh()
    {
        _shown = Latest();
        StateHasChanged();
    }

    private IReadOnlyList<NotableEvent> Latest() =>
        Feed.Latest.Where(notable => Subtree is not { } subtree || notable.Concerns(subtree)).Take(Shown).ToList();

    private static string TimeOf(NotableEvent notable) => ProvinceTime.ToProvince(notable.At).ToString("HH:mm", WallFormat.Culture);

    private static string KindClass(NotableEvent notable) => notable switch
    {
        ThresholdCrossing { Met: true } => "ticker-good",
        ProcedureSurge => "ticker-surge",
        _ => "ticker-bad",
    };
}
