using IOC.Analytics.Dossiers;
using IOC.Analytics.Time;

namespace IOC.Analytics.Tests.Dossiers;

/// <summary>
/// Seeded random dossier histories with the awkward parts of real feeds: instants outside office hours and on exact
/// midnights, offsets other than +07:00, supplements (answered, unanswered, at the same instant), every closure,
/// stray and duplicate events, refusals at reception, dossiers still waiting for receipt, any arrival order.
/// </summary>
internal static class GeneratedHistories
{
    public static readonly DateOnly From = new(2026, 1, 1);
    public static readonly DateOnly To = new(2026, 4, 30);
    public static readonly string[] Units = ["000.00.06.H56", "000.00.07.H56", "000.00.08.H56"];
    private const string StrayUnit = "000.00.99.H56";

    private static readonly string[] Procedures = [TestCatalog.ThreeWorkingDays, TestCatalog.FiveDays, TestCatalog.Unknown];
    private static readonly string?[] Channels = [null, Channel.Direct, Channel.Online, Channel.Online, Channel.Postal];
    private static readonly string[] Closures =
    [
        DossierEventType.Resolved, DossierEventType.Resolved, DossierEventType.Resolved, DossierEventType.ResultDelivered,
        DossierEventType.Withdrawn, DossierEventType.Returned, DossierEventType.Refused,
    ];

    public static IReadOnlyList<DossierOutcome> Fold(int seed, int count) =>
        Create(seed, count).Select(events => DossierHistory.Fold(events)).ToList();

    public static IEnumerable<IReadOnlyList<DossierEvent>> Create(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var events = new Writer(random, $"{Units[i % Units.Length]}-{i:D6}", Units[i % Units.Length]).Write();
            yield return events.OrderBy(_ => random.Next()).ToList();
        }
    }

    private sealed class Writer(Random random, string code, string unit)
    {
        private readonly List<DossierEvent> events = [];
        private readonly string procedure = Procedures[random.Next(Procedures.Length)];

        public List<DossierEvent> Write()
        {
            var receivedAt = Instant(ProvinceTime.StartOf(From).AddMinutes(random.Next((To.DayNumber - From.DayNumber + 1) * 1440)));
            var roll = random.Next(100);
            if (roll < 3)
            {
                Add(DossierEventType.Refused, receivedAt);
                return events;
            }
            if (roll < 6)
            {
                Add(DossierEventType.Payment, receivedAt);
                return events;
            }
            Add(DossierEventType.Received, receivedAt, channel: Channels[random.Next(Channels.Length)],
                dueAt: random.Next(4) == 0 ? receivedAt.AddHours(random.Next(-48, 400)) : null,
                digitized: random.Next(2) == 0);
            var cursor = receivedAt;
            for (var requests = Weighted(0, 0, 0, 1, 1, 2, 3); requests > 0; requests--)
            {
                cursor = Later(cursor, 120);
                Add(DossierEventType.SupplementRequested, cursor);
                if (random.Next(5) > 0)
                {
                    cursor = random.Next(8) == 0 ? cursor : Later(cursor, 150);
                    Add(DossierEventType.Supplemented, cursor);
                }
            }
            if (random.Next(4) > 0)
            {
                var type = Closures[random.Next(Closures.Length)];
                cursor = Later(cursor, 360);
                Add(type, cursor, digitized: random.Next(2) == 0);
                if (type == DossierEventType.Resolved && random.Next(2) == 0)
                {
                    Add(DossierEventType.ResultDelivered, Later(cursor, 48));
                }
                if (random.Next(3) == 0)
                {
                    Add(DossierEventType.Rating, Later(cursor, 100), rating: Rating.All.ElementAt(random.Next(3)));
                }
            }
            AddStrays(receivedAt, cursor);
            return events;
        }

        private void AddStrays(DateTimeOffset receivedAt, DateTimeOffset cursor)
        {
            if (random.Next(3) == 0)
            {
                Add(DossierEventType.Payment, Later(receivedAt, 100), paidOnline: random.Next(2) == 0);
            }
            if (random.Next(10) == 0)
            {
                Add(DossierEventType.Received, Later(receivedAt, 50));
            }
            if (random.Next(10) == 0)
            {
                var stray = new[] { DossierEventType.Supplemented, DossierEventType.SupplementRequested, DossierEventType.Withdrawn };
                Add(stray[random.Next(stray.Length)], Later(cursor, 200), otherUnit: random.Next(2) == 0);
            }
            if (random.Next(15) == 0)
            {
                Add(DossierEventType.SupplementRequested, receivedAt.AddHours(-random.Next(1, 30)));
            }
        }

        private DateTimeOffset Later(DateTimeOffset from, int maxHours) =>
            Instant(random.Next(10) == 0 ? ProvinceTime.StartOf(ProvinceTime.DateOf(from).AddDays(random.Next(1, 1 + maxHours / 24)))
                : from.AddMinutes(random.Next(1, maxHours * 60)));

        private DateTimeOffset Instant(DateTimeOffset local) =>
            random.Next(6) == 0 ? local.ToOffset(TimeSpan.Zero) : ProvinceTime.ToProvince(local);

        private int Weighted(params int[] values) => values[random.Next(values.Length)];

        private void Add(string type, DateTimeOffset at, string? channel = null, DateTimeOffset? dueAt = null,
            bool? digitized = null, bool? paidOnline = null, string? rating = null, bool otherUnit = false) =>
            events.Add(new DossierEvent($"{code}/{events.Count:D2}", code, type, at, otherUnit ? StrayUnit : unit, procedure,
                channel, dueAt, digitized, paidOnline is null ? null : 10_000m, paidOnline, rating));
    }
}
