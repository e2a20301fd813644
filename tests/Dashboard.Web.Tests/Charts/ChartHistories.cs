using System.Globalization;
using IOC.Analytics.Calendar;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Kpi;
using IOC.Analytics.Storage;
using IOC.Dashboard.Tests.Wall;

namespace IOC.Dashboard.Tests.Charts;

/// <summary>Hand-written dossier histories of the wall fixture's province, put into a facts index.</summary>
internal static class ChartHistories
{
    public static FactsIndex Index(params DossierRow[] rows)
    {
        var index = new FactsIndex();
        index.Apply(rows.Select((row, i) => ((long)i + 1, row)).ToList());
        return index;
    }

    public static DossierRow Received(string code, string unit, string channel, string receivedAt, string? resolvedAt = null) =>
        WallFixture.Dossier(code, unit, channel, receivedAt, DueThreeDaysAfter(receivedAt), resolvedAt);

    public static DossierRow ResolvedLate(string code, string unit, string channel, string receivedAt, string dueAt, string resolvedAt) =>
        WallFixture.Dossier(code, unit, channel, receivedAt, dueAt, resolvedAt);

    public static DossierRow RefusedAtReception(string code, string unit, string refusedAt)
    {
        var procedure = WallFixture.Catalog.Procedures.First().Code;
        return DossierRows.From(DossierFold.Fold(
            [new DossierEvent(code + "-refused", code, DossierEventType.Refused, At(refusedAt), unit, procedure, Channel.Direct)],
            WallFixture.Catalog.Procedure, CalendarData.ShippedCalendar()));
    }

    public static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    private static string DueThreeDaysAfter(string receivedAt) =>
        At(receivedAt).AddDays(3).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
