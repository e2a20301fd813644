using IOC.Analytics.Dossiers;
using IOC.Analytics.Time;

namespace IOC.Analytics.Tests.Dossiers;

/// <summary>
/// Seeded random dossier histories with the awkward parts of real feeds: instants at any hour and on exact midnights,
/// offsets other than +07:00, supplements (answered, unanswered, at the same instant), every closure, deliveries before
/// the resolution, stray and duplicate events, refusals at reception, dossiers still waiting for receipt, any arrival
/// order.
/// </summary>
internal static class GeneratedHistories
{
    public static readonly DateOnly From = new(2026, 1, 1);
    public static readonly DateOnly To = new(2026, 12, 31);
    public static readonly string[] Units = ["000.00.06.H56", "000.00.07.H56", "000.00.08.H56"];

    private const string StrayUnit = "000.00.99.H56";
    private static readonly string[] Procedures =
        [TestCatalog.ThreeWorkingDays, TestCatalog.FiveDays, TestCatalog.Unknown];
    private static readonly string?[] Channels = [null, Channel.Direct, Channel.Online, Channel.Online, Channel.Postal];
    private static readonly string[] Closures =
    [
        DossierEventType.Resolved, DossierEventType.Resolved, DossierEventType.Resolved,
        DossierEventType.ResultDelivered, DossierEventType.Withdrawn, DossierEventType.Returned, DossierEventType.Refused,
    ];
    private static readonly string[] Strays =
        [DossierEventType.Supplemented, DossierEventType.SupplementRequested, DossierEventType.Withdrawn];

    public static IReadOnlyList<DossierOutcome> Fold(int seed, int count) =>
        Create(seed, count).Select(events => DossierHistory.Fold(events)).ToList();

    public static IEnumerable<IReadOnlyList<DossierEvent>> Create(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var unit = Units[i % Units.Length];
            var events = new Writer(random, $"{unit}-{i:D6}", unit).Write();
            yield return events.OrderBy(_ => random.Next()).ToList();
        }
    }

    private sealed class Writer(Random random, string code, string unit)
    {
        private readonly List<DossierEvent> events = [];
        private readonly string procedure = Procedures[random.Next(Procedures.Length)];

        public List<DossierEvent> Write()
        {
            var minutes = (To.DayNumber - From.DayNumber + 1) * 24 * 60;
            var receivedAt = Instant(ProvinceTime.StartOf(From).AddMinutes(random.Next(minutes)));
            var roll = random.Next(100);
            if (roll < 6)
            {
                Add(roll < 3 ? DossierEventType.Refused : DossierEventType.Payment, receivedAt);
                return events;
            }
            Add(DossierEventType.Received, receivedAt, channel: Channels[random.Next(Channels.Length)],
                dueAt: random.Next(4) == 0 ? receivedAt.AddHours(random.Next(-48, 400)) : null,
                digitized: random.Next(2) == 0);
            var cursor = WriteSupplements(receivedAt);
            if (random.Next(4) > 0)
            {
                cursor = WriteClosure(cursor);
            }
            WriteStrays(receivedAt, cursor);
            return events;
        }

        private DateTimeOffset WriteSupplements(DateTimeOffset cursor)
        {
            for (var requests = new[] { 0, 0, 0, 1, 1, 2, 3 }[random.Next(7)]; requests > 0; requests--)
            {
                cursor = Later(cursor, 120);
                Add(DossierEventType.SupplementRequested, cursor);
                if (random.Next(5) > 0)
                {
                    cursor = random.Next(8) == 0 ? cursor : Later(cursor, 150);
                    Add(DossierEventType.Supplemented, cursor);
                }
            }
            return cursor;
        }

        private DateTimeOffset WriteClosure(DateTimeOffset cursor)
        {
            var type = Closures[random.Next(Closures.Length)];
            cursor = Later(cursor, 360);
            Add(type, cursor, digitized: random.Next(2) == 0);
            if (type == DossierEventType.Resolved && random.Next(2) == 0)
            {
                Add(DossierEventType.ResultDelivered, Later(cursor, 48));
            }
            if (type == DossierEventType.ResultDelivered && random.Next(3) == 0)
            {
                cursor = Later(cursor, 48);
                Add(DossierEventType.Resolved, cursor);
            }
            if (random.Next(3) == 0)
            {
                Add(DossierEventType.Rating, Later(cursor, 100), rating: Rating.All.ElementAt(random.Next(3)));
            }
            return cursor;
        }

        private void WriteStrays(DateTimeOffset receivedAt, DateTimeOffset cursor)
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
                Add(Strays[random.Next(Strays.Length)], Later(cursor, 200), otherUnit: random.Next(2) == 0);
            }
            if (random.Next(15) == 0)
            {
                Add(DossierEventType.SupplementRequested, receivedAt.AddHours(-random.Next(1, 30)));
            }
        }

        /// <summary>Up to <paramref name="maxHours"/> later; one time in ten exactly at a later midnight.</summary>
        private DateTimeOffset Later(DateTimeOffset from, int maxHours)
        {
            var midnight = ProvinceTime.StartOf(ProvinceTime.DateOf(from).AddDays(random.Next(1, 1 + maxHours / 24)));
            return Instant(random.Next(10) == 0 ? midnight : from.AddMinutes(random.Next(1, maxHours * 60)));
        }

        private DateTimeOffset Instant(DateTimeOffset local) =>
            random.Next(6) == 0 ? local.ToOffset(TimeSpan.Zero) : ProvinceTime.ToProvince(local);

        private void Add(string type, DateTimeOffset at, string? channel = null, DateTimeOffset? dueAt = null,
            bool? digitized = null, bool? paidOnline = null, string? rating = null, bool otherUnit = false) =>
            events.Add(new DossierEvent($"{code}/{events.Count:D2}", code, type, at, otherUnit ? StrayUnit : unit,
                procedure, channel, dueAt, digitized, paidOnline is null ? null : 10_000m, paidOnline, rating));
    }
}
