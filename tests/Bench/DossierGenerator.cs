using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Time;

namespace IOC.Bench;

/// <summary>
/// Generates a province's dossiers for the year up to <c>now</c>: receipts spread over the year (desks on working hours,
/// the portal round the clock), a few carried over from December, most resolved before their due date, some late,
/// some withdrawn or returned, some still open. Deterministic per chunk, so every store can be given the same dossiers.
/// </summary>
public sealed class DossierGenerator(DemoCatalog catalog, DateTimeOffset now, string codePrefix)
{
    private static readonly DateTimeOffset YearStart = ProvinceTime.StartOf(new DateOnly(2026, 1, 1));
    private static readonly DateTimeOffset CarryStart = ProvinceTime.StartOf(new DateOnly(2025, 12, 1));

    /// <summary>The dossiers numbered [first, first + count), the same ones on every call.</summary>
    public IReadOnlyList<SyntheticDossier> Chunk(int first, int count)
    {
        var random = new Random(first);
        return Enumerable.Range(first, count).Select(number => Generate(number, random)).ToList();
    }

    private SyntheticDossier Generate(int number, Random random)
    {
        var (procedure, unit) = catalog.Pick(random);
        var channel = Draw(random, (0.45, Channel.Online), (0.05, Channel.Postal), (0.50, Channel.Direct));
        var carried = random.NextDouble() < 0.03;
        var receivedAt = Receipt(random, channel, carried ? CarryStart : YearStart, carried ? YearStart : now.AddHours(-1));
        var code = $"{codePrefix}{ProvinceTime.DateOf(receivedAt):yyMMdd}-{number:D7}";
        if (!carried && random.NextDouble() < 0.01)
        {
            return new SyntheticDossier(code, unit, procedure.Code, procedure.HasFee, true, channel, receivedAt, receivedAt, receivedAt,
                receivedAt, null, null, 0, null, null, false, false, false, null);
        }
        var deadline = Deadline(procedure.Deadline);
        var dueAt = receivedAt + deadline;
        var supplements = Draw(random, (0.05, 1), (0.01, 2), (0.94, 0));
        var effectiveDueAt = dueAt + TimeSpan.FromDays(supplements * random.Next(1, 5));
        var (closure, factor) = Closure(random);
        DateTimeOffset? closedAt = closure is null ? null : receivedAt + deadline * factor + TimeSpan.FromDays(supplements * 2);
        if (carried && closedAt < YearStart)
        {
            closedAt = YearStart + TimeSpan.FromHours(random.NextDouble() * 24 * 20);
        }
        if (closedAt >= now)
        {
            (closure, closedAt) = (null, null);
        }
        var resolved = closure == ClosureKind.Resolved;
        var overdueFrom = ProvinceTime.DateOf(effectiveDueAt).AddDays(1);
        return new SyntheticDossier(code, unit, procedure.Code, procedure.HasFee, false, channel, receivedAt, dueAt, effectiveDueAt,
            closedAt, closure, resolved ? Judge(closedAt!.Value, effectiveDueAt) : null, supplements,
            supplements >= 2 ? receivedAt + deadline / 2 : null,
            closedAt is null || closedAt >= ProvinceTime.StartOf(overdueFrom) ? overdueFrom : null,
            random.NextDouble() < 0.7, resolved && random.NextDouble() < 0.6,
            procedure.HasFee && random.NextDouble() < (channel == Channel.Online ? 0.7 : 0.1),
            resolved && random.NextDouble() < 0.25 ? Draw(random, (0.85, Rating.Satisfied), (0.10, Rating.Neutral), (0.05, Rating.Dissatisfied)) : null);
    }

    private static DateTimeOffset Receipt(Random random, string channel, DateTimeOffset from, DateTimeOffset to)
    {
        var instant = from + (to - from) * random.NextDouble();
        if (channel == Channel.Online)
        {
            return ProvinceTime.ToProvince(instant);
        }
        var date = ProvinceTime.DateOf(instant);
        date = date.DayOfWeek switch { DayOfWeek.Saturday => date.AddDays(-1), DayOfWeek.Sunday => date.AddDays(-2), _ => date };
        var atDesk = ProvinceTime.At(date, new TimeOnly(7, 30)).AddMinutes(random.NextDouble() * 570);
        return atDesk < to && atDesk >= from ? atDesk : ProvinceTime.ToProvince(instant);
    }

    // Working days and hours as calendar time, near enough for a benchmark's due dates.
    private static TimeSpan Deadline(Deadline deadline) => deadline.Unit switch
    {
        DeadlineUnit.WorkingDays => TimeSpan.FromDays((double)deadline.Value * 1.4),
        DeadlineUnit.Hours => TimeSpan.FromHours((double)deadline.Value * 3),
        _ => TimeSpan.FromDays((double)deadline.Value),
    };

    private static (ClosureKind? Closure, double Factor) Closure(Random random)
    {
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.01 => (null, 0),
            < 0.03 => (ClosureKind.Withdrawn, 0.1 + random.NextDouble() * 0.9),
            < 0.045 => (ClosureKind.Returned, 0.1 + random.NextDouble() * 0.9),
            < 0.05 => (ClosureKind.RefusedAfterReceipt, 0.1 + random.NextDouble() * 0.5),
            < 0.58 => (ClosureKind.Resolved, 0.1 + random.NextDouble() * 0.75),
            < 0.90 => (ClosureKind.Resolved, 0.85 + random.NextDouble() * 0.15),
            _ => (ClosureKind.Resolved, 1 + random.NextDouble() * 1.5),
        };
    }

    private static Timeliness Judge(DateTimeOffset resolvedAt, DateTimeOffset dueAt)
    {
        var resolvedOn = ProvinceTime.DateOf(resolvedAt);
        var dueOn = ProvinceTime.DateOf(dueAt);
        return resolvedOn < dueOn ? Timeliness.Early : resolvedOn == dueOn ? Timeliness.OnTime : Timeliness.Late;
    }

    private static T Draw<T>(Random random, params (double Share, T Value)[] choices)
    {
        var roll = random.NextDouble();
        foreach (var (share, value) in choices)
        {
            if ((roll -= share) < 0)
            {
                return value;
            }
        }
        return choices[^1].Value;
    }
}
