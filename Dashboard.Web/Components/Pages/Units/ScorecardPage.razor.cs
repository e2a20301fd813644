using IOC.Dashboard.Access;
using IOC.Dashboard.Drilldown;
using IOC.Dashboard.Figures;
using IOC.Dashboard.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace IOC.Dashboard.Components.Pages.Units;

/// <summary>
/// <c>/units/{unitCode}/score766</c>: the unit's 766 index for the period — total, band and coverage, each group and
/// indicator with its counts, what would raise it most, the child units ranked, the weeks of the year. Rendered per
/// request; the page policy has already checked the unit lies within what the person sees.
/// </summary>
public sealed partial class ScorecardPage : DrilldownPage
{
    /// <summary>The unit's code.</summary>
    [Parameter]
    public string UnitCode { get; set; } = "";

    [Inject]
    private UnitScores Scores { get; set; } = null!;

    private ScoreView? View { get; set; }

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        var (_, catalog) = await BeginAsync();
        if (catalog.Unit(UnitCode) is not { } unit)
        {
            AnswerWith(StatusCodes.Status404NotFound);
            return;
        }
        View = ScoreView.Of(catalog, Scores, unit, ChosenPeriod, ReadScope.Of(HttpContext.User)?.RootUnit, Today);
    }

    private string Count(int value) => WallFormat.Count(value, Text.Culture);

    private string Percent(double? ratio) => WallFormat.Percent(ratio, Text.Culture);

    private string Number(double? value) => value is { } v ? WallFormat.Count((int)Math.Round(v), Text.Culture) : "—";

    private string OutOf(double? score, double max) => score is null
        ? Text.Format("chưa có dữ liệu (/{0})", ScoreWords.Points(max, Text))
        : $"{ScoreWords.Points(score, Text)}/{ScoreWords.Points(max, Text)}";
}
