using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Time;
using IOC.Dashboard.Figures;

namespace IOC.Dashboard.Reports;

/// <summary>
/// Makes a <see cref="PeriodReport"/> from the same figures as the API (<see cref="UnitFigures"/>), so a report's cell
/// equals <c>GET /api/v1/kpi</c> or <c>/kpi/units</c> for the same unit and period. A running period is counted as of
/// now and marked provisional; the period before it and the year to date are counted whole.
/// </summary>
public sealed class ReportBuilder(UnitFigures figures, FactsIndex index, TimeProvider time)
{
    /// <summary>The title of the departments' group.</summary>
    public const string Departments = "Sở, ban, ngành";

    /// <summary>The title of the communes' group.</summary>
    public const string Communes = "UBND cấp xã";

    private const int Most = 10;

    /// <summary>The report of <paramref name="unit"/> for <paramref name="period"/>, with the unit's signature.</summary>
    public PeriodReport Build(CatalogSnapshot catalog, Unit unit, ReportPeriod period, ReportSignature signature)
    {
        var now = time.GetUtcNow();
        var total = figures.Of(catalog, unit, period.Period);
        var children = figures.OfChildren(catalog, unit, period.Period);
        var own = index.Compute([[unit.Code]], period.Period, now, code => catalog.Procedure(code)?.HasFee == true)[0].Figures;
        var groups = new[]
            {
                (Title: Departments, Units: children.Where(child => child.Unit.Level != UnitLevel.Commune)),
                (Title: Communes, Units: children.Where(child => child.Unit.Level == UnitLevel.Commune)),
            }
            .Where(group => group.Units.Any())
            .Select(group => Group(group.Title, group.Units))
            .ToList();
        return new PeriodReport(unit, period, ProvinceTime.ToProvince(period.Period.EvaluatedAt(now)), !period.Period.HasEnded(now), groups,
            own.Equals(KpiFigures.Zero) ? null : new ReportRow(ReportRowKind.Own, unit.Name, unit.Code, own),
            new ReportRow(ReportRowKind.Total, unit.Name, unit.Code, total.Figures),
            Indicators(total.Figures, figures.Of(catalog, unit, period.Previous().Period).Figures,
                figures.Of(catalog, unit, period.YearToDate()).Figures),
            figures.ByField(catalog, unit, period.Period).SelectMany(field => field.Procedures)
                .Where(p => p.Figures.InProcessOverdue > 0)
                .OrderByDescending(p => p.Figures.InProcessOverdue).ThenBy(p => p.Procedure.Code, StringComparer.Ordinal)
                .Take(Most).ToList(),
            children.Where(child => child.Figures.InProcessOverdue > 0)
                .OrderByDescending(child => child.Figures.InProcessOverdue).ThenBy(child => child.Unit.Code, StringComparer.Ordinal)
                .Take(Most).ToList(),
            children.Where(child => child.Figures.ReceivedTotal > 0)
                .OrderByDescending(child => child.Figures.OnlineRatio).ThenBy(child => child.Unit.Code, StringComparer.Ordinal).ToList(),
            children.Where(child => child.Figures.ReceivedTotal == 0).Select(child => child.Unit).ToList(),
            signature);
    }

    private static ReportGroup Group(string title, IEnumerable<UnitKpi> units)
    {
        var rows = units.OrderBy(kpi => kpi.Unit.Code, StringComparer.Ordinal)
            .Select(kpi => new ReportRow(ReportRowKind.Unit, kpi.Unit.Name, kpi.Unit.Code, kpi.Figures)).ToList();
        return new ReportGroup(title, rows,
            new ReportRow(ReportRowKind.Subtotal, title, null, rows.Aggregate(KpiFigures.Zero, (sum, row) => sum + row.Figures)));
    }

    private static IReadOnlyList<ReportIndicator> Indicators(KpiFigures now, KpiFigures before, KpiFigures year) =>
    [
        new("Tỷ lệ hồ sơ trực tuyến", now.OnlineRatio, before.OnlineRatio, year.OnlineRatio, HigherIsBetter: true),
        new("Tỷ lệ trễ hạn (Biểu 06)", now.OverdueRate, before.OverdueRate, year.OverdueRate, HigherIsBetter: false),
        new("Tỷ lệ đúng hạn (Biểu 06)", now.OnTimeRate, before.OnTimeRate, year.OnTimeRate, HigherIsBetter: true),
        new("Tiến độ giải quyết (766)", now.Progress766, before.Progress766, year.Progress766, HigherIsBetter: true),
    ];
}
