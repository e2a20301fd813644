using IOC.Analytics.Catalog;
using IOC.Analytics.Time;
using IOC.Dashboard.Drilldown;
using IOC.Dashboard.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace IOC.Dashboard.Components.Pages;

/// <summary>
/// What every drill-down page reads from its URL and its request: the period (<c>period</c>, or <c>from</c> and
/// <c>to</c>), the language, the catalogue and the province's today.
/// </summary>
public abstract class DrilldownPage : ComponentBase
{
    /// <summary><c>today</c>, <c>week</c>, <c>month</c> (the default), <c>quarter</c> or <c>year</c>.</summary>
    [SupplyParameterFromQuery(Name = "period")]
    public string? PeriodName { get; set; }

    /// <summary>The first day of a custom range, yyyy-MM-dd.</summary>
    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    /// <summary>The last day of a custom range, yyyy-MM-dd.</summary>
    [SupplyParameterFromQuery(Name = "to")]
    public string? To { get; set; }

    /// <summary>The page's language: Vietnamese unless <c>en</c>.</summary>
    [SupplyParameterFromQuery(Name = "lang")]
    public string? Language { get; set; }

    /// <summary>The request the page is rendered for.</summary>
    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = null!;

    /// <summary>The catalogue of units and procedures.</summary>
    [Inject]
    protected CatalogCache Catalog { get; set; } = null!;

    /// <summary>The clock.</summary>
    [Inject]
    protected TimeProvider Time { get; set; } = null!;

    /// <summary>The province's date when the request was served.</summary>
    protected DateOnly Today { get; private set; }

    /// <summary>The page's language.</summary>
    protected WallText Text => WallText.For(Language);

    /// <summary>The period the URL names, on <see cref="Today"/>.</summary>
    protected PeriodChoice ChosenPeriod => PeriodChoice.Parse(PeriodName, From, To, Today);

    /// <summary>Reads the clock and a fresh enough catalogue; the instant read.</summary>
    protected async Task<(DateTimeOffset Now, CatalogSnapshot Catalog)> BeginAsync()
    {
        var now = Time.GetUtcNow();
        Today = ProvinceTime.DateOf(now);
        return (now, await Catalog.FreshEnoughAsync(missed: false, HttpContext.RequestAborted));
    }

    /// <summary>Answers the request with <paramref name="status"/> (404, 403, 400) instead of 200.</summary>
    protected void AnswerWith(int status) => HttpContext.Response.StatusCode = status;
}
