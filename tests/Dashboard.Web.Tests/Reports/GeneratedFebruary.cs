using IOC.Analytics.Dossiers;
using IOC.Testing;

namespace IOC.Dashboard.Tests.Reports;

/// <summary>
/// 240 dossiers of February 2026 drawn with a fixed seed across the test province's units and procedures: received
/// from 2 to 27 February (Tết Bính Ngọ's days off fall from 14 to 22 February, so week 8 is Tết week), some supplemented,
/// most resolved at random times, some withdrawn, some refused at reception, and a share given a due date on Sunday 1
/// March, the last day of week 9.
/// </summary>
public static class GeneratedFebruary
{
    private static readonly (string Unit, string Procedure)[] Desks =
    [
        (TestCatalog.CommuneA, TestCatalog.BirthRegistration), (TestCatalog.CommuneA, TestCatalog.Certification),
        (TestCatalog.CommuneB, TestCatalog.BirthRegistration), (TestCatalog.CommuneB, TestCatalog.Certification),
        (TestCatalog.Construction, TestCatalog.BuildingPermit), (TestCatalog.Justice, TestCatalog.CriminalRecord),
    ];

    private static readonly string[] Channels = [Channel.Online, Channel.Direct, Channel.Postal];

    /// <summary>The events, in no particular order of arrival.</summary>
    public static IReadOnlyList<DossierEvent> Events()
    {
        var random = new Random(2026);
        var start = DateTimeOffset.Parse("2026-02-02T07:30:00+07:00", System.Globalization.CultureInfo.InvariantCulture);
        var sunday = DateTimeOffset.Parse("2026-03-01T17:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture);
        var events = new List<DossierEvent>();
        for (var i = 0; i < 240; i++)
        {
            var (unit, procedure) = Desks[random.Next(Desks.Length)];
            var code = $"F{i:000}";
            var at = start.AddMinutes(random.Next(0, 25 * 24 * 60));
            if (random.Next(20) == 0)
            {
                events.Add(new DossierEvent(code + "-x", code, DossierEventType.Refused, at, unit, procedure));
                continue;
            }
            var due = random.Next(6) == 0 ? sunday : (DateTimeOffset?)null;
            events.Add(new DossierEvent(code + "-in", code, DossierEventType.Received, at, unit, procedure, Channels[random.Next(3)], due));
            var next = at.AddHours(random.Next(1, 24 * 12));
            if (random.Next(5) == 0)
            {
                events.Add(new DossierEvent(code + "-sr", code, DossierEventType.SupplementRequested, next, unit, procedure));
                next = next.AddHours(random.Next(1, 24 * 5));
                events.Add(new DossierEvent(code + "-s", code, DossierEventType.Supplemented, next, unit, procedure));
                next = next.AddHours(random.Next(1, 24 * 5));
            }
            var outcome = random.Next(10);
            if (outcome < 7)
            {
                events.Add(new DossierEvent(code + "-r", code, DossierEventType.Resolved, next, unit, procedure));
            }
            else if (outcome == 7)
            {
                events.Add(new DossierEvent(code + "-w", code, DossierEventType.Withdrawn, next, unit, procedure));
            }
        }
        return events;
    }
}
