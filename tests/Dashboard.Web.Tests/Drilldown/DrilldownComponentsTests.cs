using Bunit;
using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Time;
using IOC.Dashboard.Components.Drilldown;
using IOC.Dashboard.Components.Reports;
using IOC.Dashboard.Drilldown;
using IOC.Dashboard.Exports;
using IOC.Dashboard.Localization;
using IOC.Dashboard.Reports;

namespace IOC.Dashboard.Tests.Drilldown;

/// <summary>The drill-down pages' grids and the report's table, rendered alone with bUnit from figures made by hand.</summary>
public sealed class DrilldownComponentsTests : IDisposable
{
    private static readonly PeriodChoice November = new(PeriodKind.Month, new Period(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)));
    private readonly BunitContext _context = new();

    public void Dispose() => _context.Dispose();

    [Fact]
    public void FieldRows_SevenProcedures_ShowsTheFiveBusiestLinkedAndCountsTheRest()
    {
        var procedures = Enumerable.Range(1, 7)
            .Select(i => new ProcedureKpi(Procedure($"P{i}", $"Thủ tục {i}"), new KpiFigures { ReceivedOnline = 1000 * (8 - i), CarriedOver = 1 }))
            .ToList();
        var field = new FieldKpi("Hộ tịch", procedures.Aggregate(KpiFigures.Zero, (sum, p) => sum + p.Figures), procedures);

        var rows = _context.Render<FieldRows>(parameters => parameters
            .Add(p => p.Field, field).Add(p => p.UnitCode, "U1").Add(p => p.Choice, November).Add(p => p.Text, WallText.Vietnamese));

        var shown = rows.FindAll("[data-testid='procedure'] a");
        Assert.Equal(["Thủ tục 1", "Thủ tục 2", "Thủ tục 3", "Thủ tục 4", "Thủ tục 5"], shown.Select(a => a.TextContent));
        Assert.Equal("/units/U1/procedures/P1?period=month", shown[0].GetAttribute("href"));
        Assert.Contains("… và 2 thủ tục khác", rows.Markup);
        Assert.Contains("28.000", rows.Find("[data-testid='field']").TextContent);
    }

    [Fact]
    public void ExportLinks_BothFormats_LeadToTheirAddressesAsDownloads()
    {
        var links = _context.Render<ExportLinks>(parameters => parameters
            .Add(p => p.Text, WallText.English).Add(p => p.Href, format => $"/export.{format.Extension()}"));

        Assert.Equal("/export.csv", links.Find("[data-testid='export-csv']").GetAttribute("href"));
        Assert.Equal("/export.xlsx", links.Find("[data-testid='export-xlsx']").GetAttribute("href"));
        Assert.NotNull(links.Find("[data-testid='export-xlsx']").GetAttribute("download"));
        Assert.StartsWith("Download:", links.Find("[data-testid='export']").TextContent.Trim());
    }

    [Fact]
    public void ReportTable_GroupsSubtotalsOwnRowAndTotal_InTheFormsOrder()
    {
        var department = new KpiFigures { ReceivedDirect = 3, ResolvedEarly = 2 };
        var commune = new KpiFigures { ReceivedOnline = 1234, CarriedOver = 5, InProcessOverdue = 7 };
        var own = new KpiFigures { ReceivedPostal = 1 };
        var report = Report(
            [
                new ReportGroup("Sở, ban, ngành", [new ReportRow(ReportRowKind.Unit, "Sở A", "A", department)], new ReportRow(ReportRowKind.Subtotal, "Sở, ban, ngành", null, department)),
                new ReportGroup("UBND cấp xã", [new ReportRow(ReportRowKind.Unit, "Xã B", "B", commune)], new ReportRow(ReportRowKind.Subtotal, "UBND cấp xã", null, commune)),
            ],
            new ReportRow(ReportRowKind.Own, "Tỉnh", "T", own), new ReportRow(ReportRowKind.Total, "Tỉnh", "T", department + commune + own));

        var table = _context.Render<ReportTable>(parameters => parameters.Add(p => p.Report, report).Add(p => p.Text, WallText.Vietnamese));

        var labels = table.FindAll("tbody tr").Select(row => row.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Equal(["Sở, ban, ngành", "Sở A", "Cộng I", "UBND cấp xã", "Xã B", "Cộng II", "Trực tiếp tại Tỉnh", "Tổng cộng"], labels);
        var total = table.Find("[data-testid='report-total']").QuerySelectorAll("td.num").Select(td => td.TextContent).ToList();
        Assert.Equal(["1.243", "5", "1.238", "1.234", "3", "1", "2", "2", "0", "0", "0", "7", "0", "7", "0"], total);
    }

    private static PeriodReport Report(IReadOnlyList<ReportGroup> groups, ReportRow own, ReportRow total) => new(
        new Unit("T", "Tỉnh", null, UnitLevel.Province, null), ReportPeriod.Parse("2026-W47")!, DateTimeOffset.UnixEpoch, false, groups, own, total,
        [], [], [], [], [], ReportSignature.Empty);

    private static Procedure Procedure(string code, string name) =>
        new(code, name, "Hộ tịch", "commune", new Deadline(1, "working_days"), "full", true, false, ["U1"]);
}
