using IOC.Testing;

namespace IOC.Dashboard.Tests.Browser;

/// <summary>
/// A month of dossier events of the test province up to a given instant, as a source would post them: every unit
/// receives a few dossiers a day in office hours with its own online share, some resolved late. Deterministic.
/// </summary>
internal static class WallHistory
{
    private static readonly TimeSpan ProvinceOffset = TimeSpan.FromHours(7);

    private static readonly (string Unit, string Procedure, int OnlineEvery)[] Units =
    [
        (TestCatalog.CommuneA, TestCatalog.BirthRegistration, 2),
        (TestCatalog.CommuneB, TestCatalog.BirthRegistration, 3),
        (TestCatalog.Justice, TestCatalog.CriminalRecord, 4),
        (TestCatalog.Construction, TestCatalog.BuildingPermit, 6),
    ];

    public static IReadOnlyList<object> Events(DateTimeOffset now, int days = 30)
    {
        var local = now.ToOffset(ProvinceOffset);
        var events = new List<object>();
        var number = 0;
        for (var back = days; back >= 0; back--)
        {
            var day = local.Date.AddDays(-back);
            foreach (var (unit, procedure, onlineEvery) in Units)
            {
                for (var hour = 7; hour <= 16; hour += 2)
                {
                    var receivedAt = new DateTimeOffset(day.AddHours(hour).AddMinutes(number % 50), ProvinceOffset);
                    if (receivedAt > local)
                    {
                        continue;
                    }
                    number++;
                    var code = $"HS-HIST-{number:D5}";
                    var channel = number % onlineEvery == 0 ? "online" : number % 17 == 0 ? "postal" : "direct";
                    events.Add(Event(code + "-in", code, "received", receivedAt, unit, procedure, channel));
                    // Every fifth resolved three weeks later (late whatever the deadline), the others the next day; the last days still open.
                    var resolvedAt = receivedAt.AddDays(number % 5 == 0 ? 21 : 1);
                    if (resolvedAt <= local)
                    {
                        events.Add(Event(code + "-done", code, "resolved", resolvedAt, unit, procedure, null));
                    }
                }
            }
        }
        return events;
    }

    private static object Event(string eventId, string dossierCode, string type, DateTimeOffset occurredAt, string unitCode,
        string procedureCode, string? channel) => new
    {
        eventId,
        dossierCode,
        type,
        occurredAt = occurredAt.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
        unitCode,
        procedureCode,
        channel,
    };
}
