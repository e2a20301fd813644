using IOC.Analytics.Calendar;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Time;
using static IOC.Ingestion.Simulator.TrafficFigures;

namespace IOC.Ingestion.Simulator;

/// <summary>
/// Draws what happens to an arrived dossier, step by step in working time against its procedure's deadline, so that
/// about <see cref="TrafficFigures.LateShare"/> of resolutions fall after the due date and the rest early or on time.
/// </summary>
internal sealed class LifecycleDraw(IWorkingCalendar calendar, double compression)
{
    private static readonly TimeSpan WorkingDay = TimeSpan.FromHours(8);

    public SimulatedDossier Draw(Arrival arrival, Random random)
    {
        var events = new LifecycleEvents(arrival, compression);
        if (random.NextDouble() < RefusedAtReceptionShare)
        {
            events.Add(DossierEventType.Refused, calendar.AddWorkingTime(arrival.At, Minutes(random, 5, 240)));
            return events.Dossier(null);
        }
        var start = calendar.AddWorkingTime(arrival.At, TimeSpan.Zero);
        var due = calendar.DueAt(arrival.At, arrival.Served.Procedure.Deadline);
        var allowed = calendar.WorkingTimeBetween(start, due);
        var online = arrival.Channel == Channel.Online;
        events.Add(DossierEventType.Received, arrival.At, arrival.Channel, compression == 1 ? null : due,
            digitized: random.NextDouble() < (online ? DigitizedOnline : DigitizedOnReceipt));
        var outcome = random.NextDouble();
        if (outcome < WithdrawnShare + ReturnedShare)
        {
            var (type, from, to) = outcome < WithdrawnShare ? (DossierEventType.Withdrawn, 0.05, 0.8) : (DossierEventType.Returned, 0.3, 1.0);
            var closedAt = calendar.AddWorkingTime(start, allowed * Between(random, from, to));
            Pay(events, arrival, closedAt, random);
            events.Add(type, closedAt);
            return events.Dossier(due);
        }
        var (resolvedAt, finalDue, late) = Resolve(events, arrival, start, due, allowed, random);
        events.Add(DossierEventType.Resolved, resolvedAt, digitized: random.NextDouble() < DigitizedResult);
        var deliveredAt = resolvedAt;
        if (random.NextDouble() < DeliveredShare)
        {
            deliveredAt = online ? resolvedAt + Minutes(random, 10, 240) : calendar.AddWorkingTime(resolvedAt, WorkingDay * 3 * random.NextDouble());
            events.Add(DossierEventType.ResultDelivered, deliveredAt);
        }
        if (random.NextDouble() < RatedShare)
        {
            events.Add(DossierEventType.Rating, deliveredAt + Minutes(random, 5, 2 * 24 * 60), rating: DrawRating(late, random));
        }
        return events.Dossier(finalDue);
    }

    private (DateTimeOffset ResolvedAt, DateTimeOffset FinalDue, bool Late) Resolve(LifecycleEvents events, Arrival arrival,
        DateTimeOffset start, DateTimeOffset due, TimeSpan allowed, Random random)
    {
        var (from, finalDue) = (start, due);
        DateTimeOffset? requestedAt = null;
        if (random.NextDouble() < SupplementShare)
        {
            requestedAt = calendar.AddWorkingTime(start, allowed * Between(random, 0.1, 0.5));
            // The citizen takes a few working days; the clock stops meanwhile, so the due time moves by as much.
            var wait = TimeSpan.FromMinutes(Math.Round(WorkingDay.TotalMinutes * Between(random, 1, 5)));
            from = calendar.AddWorkingTime(requestedAt.Value, wait);
            finalDue = calendar.AddWorkingTime(due, wait);
        }
        var late = random.NextDouble() < LateShare;
        var resolvedAt = late
            ? LateResolution(finalDue, random)
            : calendar.AddWorkingTime(from, calendar.WorkingTimeBetween(from, finalDue) * (0.15 + 0.85 * Math.Pow(random.NextDouble(), 0.8)));
        Pay(events, arrival, requestedAt ?? resolvedAt, random);
        if (requestedAt is { } requested)
        {
            events.Add(DossierEventType.SupplementRequested, requested);
            events.Add(DossierEventType.Supplemented, from);
        }
        return (resolvedAt, finalDue, late);
    }

    // Late is judged on dates: the result comes on one of the next working days after the due date, mostly the first.
    private DateTimeOffset LateResolution(DateTimeOffset due, Random random)
    {
        var days = 1;
        while (days < 10 && random.NextDouble() < 0.45)
        {
            days++;
        }
        var date = ProvinceTime.DateOf(due);
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            counted += calendar.IsWorkingDay(date) ? 1 : 0;
        }
        return calendar.AddWorkingTime(ProvinceTime.StartOf(date), WorkingDay * random.NextDouble());
    }

    // The fee is paid soon after receipt, before anything else happens to the dossier.
    private static void Pay(LifecycleEvents events, Arrival arrival, DateTimeOffset nextStep, Random random)
    {
        if (!arrival.Served.Procedure.HasFee)
        {
            return;
        }
        var paidOnline = random.NextDouble() < arrival.Channel switch
        {
            Channel.Online => 0.85,
            Channel.Postal => 0.3,
            _ => 0.1,
        };
        events.Add(DossierEventType.Payment, arrival.At + (nextStep - arrival.At) * Between(random, 0.02, 0.3),
            amount: Fees.Of(arrival.Served.Procedure.Code), paidOnline: paidOnline);
    }

    private static string DrawRating(bool late, Random random)
    {
        var draw = random.NextDouble();
        var (satisfied, neutral) = late ? (0.55, 0.25) : (0.88, 0.09);
        return draw < satisfied ? Rating.Satisfied : draw < satisfied + neutral ? Rating.Neutral : Rating.Dissatisfied;
    }

    private static double Between(Random random, double from, double to) => from + (to - from) * random.NextDouble();

    private static TimeSpan Minutes(Random random, int from, int to) => TimeSpan.FromMinutes(random.Next(from, to));
}
