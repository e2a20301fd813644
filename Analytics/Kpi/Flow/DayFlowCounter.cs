using IOC.Analytics.Time;

namespace IOC.Analytics.Kpi.Flow;

/// <summary>
/// Counts dossier facts into the flows of chosen province days, per unit, procedure and channel. Each day is counted as
/// its own one-day period by <see cref="KpiCounter"/>, evaluated at the day's end, so a day's flows are exactly what the
/// period figures count for that day: received (by channel), resolved (by timeliness), withdrawn/returned, refused at
/// reception, and their fee, digitisation and rating shares.
/// </summary>
public sealed class DayFlowCounter(IReadOnlySet<DateOnly> days, IReadOnlyList<bool> feeBearing)
{
    private readonly Dictionary<(DateOnly Day, int Unit, int Procedure, byte Channel), KpiCounter> _counters = [];
    private readonly Dictionary<DateOnly, KpiWindow> _windows = [];
    private readonly HashSet<DateOnly> _factDays = [];

    /// <summary>Counts one dossier on each chosen day it has flows on.</summary>
    public void Add(in DossierFact fact)
    {
        _factDays.Clear();
        FlowDays.AddTo(fact, _factDays);
        foreach (var day in _factDays)
        {
            if (!days.Contains(day))
            {
                continue;
            }
            var key = (day, fact.Unit, fact.Procedure, fact.Channel);
            if (!_counters.TryGetValue(key, out var counter))
            {
                _counters[key] = counter = new KpiCounter();
            }
            counter.Add(fact, Window(day), feeBearing[fact.Procedure]);
        }
    }

    /// <summary>The counted flows, with the index's unit and procedure ids turned back into codes.</summary>
    public IReadOnlyList<DayFlow> ToFlows(IReadOnlyList<string> unitCodes, IReadOnlyList<string> procedureCodes) =>
        _counters.Select(c => new DayFlow(c.Key.Day, unitCodes[c.Key.Unit], procedureCodes[c.Key.Procedure], ChannelName(c.Key.Channel),
            c.Value.ToFigures())).ToList();

    private KpiWindow Window(DateOnly day)
    {
        if (!_windows.TryGetValue(day, out var window))
        {
            var period = new Period(day, day);
            _windows[day] = window = KpiWindow.Of(period, period.End);
        }
        return window;
    }

    private static string ChannelName(byte channel) => channel switch
    {
        DossierFact.Online => Dossiers.Channel.Online,
        DossierFact.Postal => Dossiers.Channel.Postal,
        _ => Dossiers.Channel.Direct,
    };
}
