namespace IOC.Analytics.Calendar;

/// <summary>
/// One year of the working calendar: its special days and where they come from. A provisional year holds the statutory
/// days only, until the government's notice for that year is entered.
/// </summary>
public sealed record CalendarYear
{
    /// <summary>Creates a year; every day must fall in it, once, with a known kind.</summary>
    public CalendarYear(int year, bool provisional, string source, int version, IReadOnlyList<CalendarDay> days)
    {
        var outside = days.FirstOrDefault(d => d.Date.Year != year);
        if (outside is not null)
        {
            throw new ArgumentException($"Calendar year {year} holds {outside.Date:yyyy-MM-dd}, which belongs to another year");
        }
        var unknown = days.FirstOrDefault(d => !CalendarDayKind.All.Contains(d.Kind));
        if (unknown is not null)
        {
            throw new ArgumentException($"Calendar day {unknown.Date:yyyy-MM-dd} has unknown kind '{unknown.Kind}'");
        }
        var repeated = days.GroupBy(d => d.Date).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"Calendar year {year} lists {repeated.Key:yyyy-MM-dd} more than once");
        }
        Year = year;
        Provisional = provisional;
        Source = source;
        Version = version;
        Days = days.OrderBy(d => d.Date).ToList();
    }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>True while the year holds only the statutory days, before the official notice is entered.</summary>
    public bool Provisional { get; }

    /// <summary>The notices and rules the days come from.</summary>
    public string Source { get; }

    /// <summary>The data version of this year; an administrator bumps it with every edit.</summary>
    public int Version { get; }

    /// <summary>The special days, in date order.</summary>
    public IReadOnlyList<CalendarDay> Days { get; }
}
