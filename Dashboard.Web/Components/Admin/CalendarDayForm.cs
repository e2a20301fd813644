namespace IOC.Dashboard.Components.Admin;

/// <summary>What the admin page's form about a calendar day posts.</summary>
public sealed class CalendarDayForm
{
    /// <summary>The day.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>What it becomes (<see cref="Analytics.Calendar.CalendarDayKind"/>); empty for an ordinary day.</summary>
    public string? Kind { get; set; }

    /// <summary>What the day is, as the notice says it.</summary>
    public string? Name { get; set; }
}
