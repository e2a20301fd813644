using IOC.Analytics.Calendar;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Kpi.Counts;
using IOC.Analytics.Time;

namespace IOC.Analytics.Kpi.Lists;

/// <summary>
/// The dossier lists (CONTRACT.md §2b), found in the same <see cref="FactsIndex"/> and by the same standing
/// (<see cref="KpiCounter.StandingOf"/>) as the KPI counts, so a list holds exactly the dossiers its count counts. One
/// pass over the index whatever the unit's size, then a sort of the matches and one page cut from them.
/// </summary>
public static class DossierLister
{
    private readonly record struct Match(string Code, string Unit, string Procedure, DossierFact Fact, DossierStanding Standing);

    /// <summary>The page of the list asked for, evaluated at <paramref name="now"/> against the province calendar.</summary>
    public static DossierListPage List(FactsIndex index, DossierListQuery query, DateTimeOffset now, IWorkingCalendar calendar)
    {
        var (window, matches) = Find(index, query, now, calendar);
        var items = Order(matches, query.Sort, query.Descending, window).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(m => Item(m, window, calendar)).ToList();
        return new DossierListPage(matches.Count, query.Page, query.PageSize, items);
    }

    /// <summary>
    /// The whole list asked for, in its order, whatever the query's page (an export): how many dossiers it holds, and
    /// the items, made as they are read.
    /// </summary>
    public static (int Total, IEnumerable<ListedDossier> Items) All(FactsIndex index, DossierListQuery query, DateTimeOffset now,
        IWorkingCalendar calendar)
    {
        var (window, matches) = Find(index, query, now, calendar);
        return (matches.Count, Order(matches, query.Sort, query.Descending, window).Select(m => Item(m, window, calendar)));
    }

    private static (KpiWindow Window, List<Match> Matches) Find(FactsIndex index, DossierListQuery query, DateTimeOffset now,
        IWorkingCalendar calendar)
    {
        var window = KpiWindow.Of(query.Period, now);
        var dueSoonUntil = NextWorkingDay(calendar, DateOnly.FromDayNumber(window.EvaluatedDay)).DayNumber;
        var matches = new List<Match>();
        index.Visit(query.Units, (string code, string unit, string procedure, in DossierFact fact) =>
        {
            if (query.Search is { Length: > 0 } search && !code.Contains(search, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
            var standing = KpiCounter.StandingOf(fact, window, feeBearing: false);
            if (Holds(query.Kind, fact, standing, window, dueSoonUntil))
            {
                matches.Add(new Match(code, unit, procedure, fact, standing));
            }
        });
        return (window, matches);
    }

    private static bool Holds(DossierListKind kind, in DossierFact fact, DossierStanding standing, in KpiWindow window, int dueSoonUntil) => kind switch
    {
        DossierListKind.Overdue => KpiCount.InProcessOverdue.Rule.Matches(standing),
        DossierListKind.ResolvedLate => KpiCount.ResolvedLate.Rule.Matches(standing),
        DossierListKind.InProcess => standing.HasFlag(DossierStanding.InProcess),
        _ => KpiCount.InProcessWithinDeadline.Rule.Matches(standing) && !fact.IsWaitingAt(window.EvaluatedAt - 1)
            && fact.DueAt != long.MaxValue && DossierFact.DayOf(fact.DueAt) >= window.EvaluatedDay && DossierFact.DayOf(fact.DueAt) <= dueSoonUntil,
    };

    private static IEnumerable<Match> Order(List<Match> matches, DossierListSort sort, bool descending, KpiWindow window)
    {
        Func<Match, long> key = sort switch
        {
            DossierListSort.ReceivedAt => m => m.Fact.ReceivedAt,
            DossierListSort.ResolvedAt => m => ResolvedAt(m.Fact, window) ?? long.MaxValue,
            DossierListSort.DossierCode => _ => 0,
            _ => m => m.Fact.DueAt,
        };
        return descending
            ? matches.OrderByDescending(key).ThenByDescending(m => m.Code, StringComparer.Ordinal)
            : matches.OrderBy(key).ThenBy(m => m.Code, StringComparer.Ordinal);
    }

    private static ListedDossier Item(Match match, KpiWindow window, IWorkingCalendar calendar)
    {
        var fact = match.Fact;
        var waiting = fact.IsWaitingAt(window.EvaluatedAt - 1);
        var status = ListedStatus.Of(match.Standing, waiting)!;
        var resolvedAt = ResolvedAt(fact, window);
        int? late = status switch
        {
            ListedStatus.Overdue => WorkingDaysLate.Between(calendar, Date(fact.DueAt), DateOnly.FromDayNumber(window.EvaluatedDay)),
            ListedStatus.ResolvedLate => WorkingDaysLate.Between(calendar, Date(fact.DueAt), Date(resolvedAt!.Value)),
            _ => null,
        };
        return new ListedDossier(match.Code, match.Unit, match.Procedure, ChannelOf(fact.Channel), Instant(fact.ReceivedAt)!.Value,
            Instant(fact.DueAt), resolvedAt is { } resolved ? Instant(resolved) : null, status, late, waiting);
    }

    // Resolved by T: the closure is a resolution and came before T.
    private static long? ResolvedAt(in DossierFact fact, in KpiWindow window) =>
        fact.Closure == ClosureKind.Resolved && fact.ClosedAt < window.EvaluatedAt ? fact.ClosedAt : null;

    private static DateOnly NextWorkingDay(IWorkingCalendar calendar, DateOnly date)
    {
        var next = date.AddDays(1);
        for (var tries = 0; tries < 60 && !calendar.IsWorkingDay(next); tries++)
        {
            next = next.AddDays(1);
        }
        return next;
    }

    private static DateOnly Date(long utcTicks) => DateOnly.FromDayNumber(DossierFact.DayOf(utcTicks));

    private static DateTimeOffset? Instant(long utcTicks) =>
        utcTicks == long.MaxValue ? null : ProvinceTime.ToProvince(new DateTimeOffset(utcTicks, TimeSpan.Zero));

    private static string ChannelOf(byte channel) => channel switch
    {
        DossierFact.Online => Channel.Online,
        DossierFact.Postal => Channel.Postal,
        _ => Channel.Direct,
    };
}
