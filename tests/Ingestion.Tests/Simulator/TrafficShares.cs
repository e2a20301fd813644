using IOC.Analytics.Dossiers;
using IOC.Analytics.Time;
using IOC.Ingestion.Simulator;

namespace IOC.Ingestion.Tests.Simulator;

/// <summary>The calibration figures of a set of generated dossiers, measured the way the KPIs judge them (on dates).</summary>
internal sealed record TrafficShares(
    int Dossiers,
    double Online,
    double Direct,
    double Postal,
    double OfficeHours,
    double DaysOff,
    double Early,
    double OnTime,
    double Late,
    double Supplemented,
    double Withdrawn,
    double Returned,
    double RefusedAtReception,
    double Rated,
    double PaidOnlineWhenOnline,
    double PaidOnlineOtherwise,
    double DigitizedOnReceipt,
    double EventsPerDossier)
{
    public static TrafficShares Of(IReadOnlyList<SimulatedDossier> dossiers)
    {
        var calendar = WeekdayWorkingCalendar.Instance;
        var received = dossiers.Where(d => Has(d, DossierEventType.Received)).ToList();
        var resolved = received.Where(d => Has(d, DossierEventType.Resolved)).ToList();
        var payments = received.SelectMany(d => d.Events.Where(e => e.Type == DossierEventType.Payment).Select(e => (d.Channel, e.PaidOnline))).ToList();
        return new TrafficShares(
            dossiers.Count,
            Share(received, d => d.Channel == Channel.Online),
            Share(received, d => d.Channel == Channel.Direct),
            Share(received, d => d.Channel == Channel.Postal),
            Share(dossiers, d => calendar.IsOfficeHours(d.ArrivedAt)),
            Share(dossiers, d => !calendar.IsWorkingDay(ProvinceTime.DateOf(d.ArrivedAt))),
            Share(resolved, d => Timeliness(d) < 0),
            Share(resolved, d => Timeliness(d) == 0),
            Share(resolved, d => Timeliness(d) > 0),
            Share(received, d => Has(d, DossierEventType.Supplemented)),
            Share(received, d => Has(d, DossierEventType.Withdrawn)),
            Share(received, d => Has(d, DossierEventType.Returned)),
            Share(dossiers, d => !Has(d, DossierEventType.Received)),
            Share(resolved, d => Has(d, DossierEventType.Rating)),
            Share(payments.Where(p => p.Channel == Channel.Online).ToList(), p => p.PaidOnline == true),
            Share(payments.Where(p => p.Channel != Channel.Online).ToList(), p => p.PaidOnline == true),
            Share(received, d => d.Events.Single(e => e.Type == DossierEventType.Received).Digitized == true),
            (double)dossiers.Sum(d => d.Events.Count) / dossiers.Count);
    }

    // Judged on dates, like the KPIs: negative early, zero on time, positive late.
    private static int Timeliness(SimulatedDossier dossier) =>
        ProvinceTime.DateOf(At(dossier, DossierEventType.Resolved)).CompareTo(ProvinceTime.DateOf(dossier.DueAt!.Value));

    private static bool Has(SimulatedDossier dossier, string type) => dossier.Events.Any(e => e.Type == type);

    private static DateTimeOffset At(SimulatedDossier dossier, string type) => dossier.Events.Single(e => e.Type == type).OccurredAt;

    private static double Share<T>(IReadOnlyCollection<T> items, Func<T, bool> predicate) =>
        items.Count == 0 ? 0 : (double)items.Count(predicate) / items.Count;
}
