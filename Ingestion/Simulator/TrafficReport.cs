using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Time;

namespace IOC.Ingestion.Simulator;

/// <summary>
/// What the generator draws in a month of the demo province: the figures it is calibrated on and its busiest procedures,
/// for <c>./ioc traffic</c> and the calibration tests. Lateness is judged on dates, as the KPIs do, over the whole
/// lifecycles of the month's dossiers.
/// </summary>
/// <param name="Received">Dossiers received in the month.</param>
/// <param name="RefusedAtReception">Dossiers refused at the desk, never received.</param>
/// <param name="OnlineShare">Received online, of those received.</param>
/// <param name="CommuneShare">Received at communes, of those received.</param>
/// <param name="LateShare">Resolved after their due date, of those resolved.</param>
/// <param name="Busiest">The procedures that received the most, busiest first, with their counts.</param>
public sealed record TrafficReport(int Received, int RefusedAtReception, double OnlineShare, double CommuneShare, double LateShare,
    IReadOnlyList<(Procedure Procedure, int Received)> Busiest)
{
    /// <summary>The figures of the dossiers arriving in <paramref name="month"/> (its first day).</summary>
    public static TrafficReport Of(DemoCatalog catalog, DossierTrafficGenerator generator, DateOnly month, int busiest = 10)
    {
        var dossiers = Enumerable.Range(0, DateTime.DaysInMonth(month.Year, month.Month))
            .SelectMany(day => generator.Day(month.AddDays(day))).ToList();
        var received = dossiers.Where(d => d.Events.Any(e => e.Type == DossierEventType.Received)).ToList();
        var resolved = received.Select(d => (d.DueAt, Resolved: d.Events.FirstOrDefault(e => e.Type == DossierEventType.Resolved)))
            .Where(r => r.Resolved is not null && r.DueAt is not null).ToList();
        var communes = catalog.Units.Where(u => u.Level == UnitLevel.Commune).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var procedures = catalog.Procedures.ToDictionary(p => p.Code, StringComparer.Ordinal);
        return new TrafficReport(
            received.Count,
            dossiers.Count - received.Count,
            Share(received.Count(d => d.Channel == Channel.Online), received.Count),
            Share(received.Count(d => communes.Contains(d.UnitCode)), received.Count),
            Share(resolved.Count(r => ProvinceTime.DateOf(r.Resolved!.OccurredAt) > ProvinceTime.DateOf(r.DueAt!.Value)), resolved.Count),
            received.CountBy(d => d.ProcedureCode).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(busiest)
                .Select(c => (procedures[c.Key], c.Value)).ToList());
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
