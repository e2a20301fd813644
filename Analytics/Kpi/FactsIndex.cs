using IOC.Analytics.Kpi.Flow;
using IOC.Analytics.Storage;
using IOC.Analytics.Time;

namespace IOC.Analytics.Kpi;

/// <summary>Sees one dossier of a <see cref="FactsIndex.Visit"/>: its code, its unit's and procedure's codes and its fact.</summary>
public delegate void FactVisitor(string dossierCode, string unitCode, string procedureCode, in DossierFact fact);

/// <summary>The figures of one group of units, and the procedures that received an online dossier in the period.</summary>
public sealed record GroupFigures(KpiFigures Figures, IReadOnlySet<string> ProceduresWithOnlineDossiers);

/// <summary>
/// Every dossier of the province as compact facts, kept current from the dossier table's change sequence, and counted
/// for any set of units and any period in one pass: the one code path behind the KPI API, the live figures and the
/// reports.
/// </summary>
public sealed class FactsIndex : ICountedFacts
{
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _unitIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _procedureIds = new(StringComparer.Ordinal);
    private readonly List<string> _unitCodes = [];
    private readonly List<string> _procedureCodes = [];
    private DossierFact[] _facts = new DossierFact[4096];
    private string[] _codes = new string[4096];
    private int _count;
    private long _version;
    private long _latestInstant = long.MinValue;

    /// <summary>
    /// Raised after each <see cref="Apply"/> that touched a province day, with those days, so that figures counted from the
    /// index before can be dropped: a dossier counts in no period evaluated before the start of its earliest such day.
    /// </summary>
    public event Action<IReadOnlySet<DateOnly>>? Changed;

    /// <summary>The last dossier change applied.</summary>
    public long LastChange { get; private set; }

    /// <summary>Grows with every <see cref="Apply"/>: figures counted at one version stand until the next.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>
    /// The latest instant any applied dossier holds (receipt, closure, 766 lateness), in UTC ticks: figures evaluated at a
    /// later instant of the same province day stay what they were until the next change.
    /// </summary>
    public long LatestInstant => Interlocked.Read(ref _latestInstant);

    /// <summary>How many dossiers the index holds.</summary>
    public int Count => _count;

    /// <summary>Applies changed dossiers (each replaces what the index held for that dossier).</summary>
    /// <returns>The province days whose flows the changes touched: each dossier's flow days before and after its change.</returns>
    public IReadOnlySet<DateOnly> Apply(IReadOnlyList<(long Change, DossierRow Row)> changes)
    {
        var days = new HashSet<DateOnly>();
        _lock.EnterWriteLock();
        try
        {
            foreach (var (change, row) in changes)
            {
                var fact = DossierFact.From(row, Id(_unitIds, row.UnitCode, _unitCodes), Id(_procedureIds, row.ProcedureCode, _procedureCodes));
                FlowDays.AddTo(fact, days);
                if (_slots.TryGetValue(row.Code, out var slot))
                {
                    FlowDays.AddTo(_facts[slot], days);
                }
                else
                {
                    slot = _count++;
                    if (slot == _facts.Length)
                    {
                        Array.Resize(ref _facts, _facts.Length * 2);
                        Array.Resize(ref _codes, _codes.Length * 2);
                    }
                    _slots[row.Code] = slot;
                    _codes[slot] = row.Code;
                }
                _facts[slot] = fact;
                LastChange = Math.Max(LastChange, change);
                Interlocked.Exchange(ref _latestInstant, Math.Max(_latestInstant, LatestOf(fact)));
            }
            Interlocked.Increment(ref _version);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
        if (days.Count > 0)
        {
            Changed?.Invoke(days);
        }
        return days;
    }

    /// <summary>
    /// The figures of each group of units (e.g. one subtree per child unit) for a period evaluated at <paramref name="now"/>.
    /// </summary>
    public IReadOnlyList<GroupFigures> Compute(IReadOnlyList<IReadOnlyCollection<string>> groups, Period period, DateTimeOffset now,
        Func<string, bool> hasFee)
    {
        var window = KpiWindow.Of(period, now);
        _lock.EnterReadLock();
        try
        {
            var groupsOfUnit = GroupsOfUnit(groups);
            var fee = _procedureCodes.Select(hasFee).ToArray();
            var counters = groups.Select(_ => new KpiCounter()).ToArray();
            var online = groups.Select(_ => new HashSet<int>()).ToArray();
            for (var i = 0; i < _count; i++)
            {
                ref readonly var fact = ref _facts[i];
                var receivedOnline = fact.Kind == FactKind.Received && fact.Channel == DossierFact.Online && window.Contains(fact.ReceivedAt);
                foreach (var group in fact.Unit < groupsOfUnit.Length ? groupsOfUnit[fact.Unit] : [])
                {
                    counters[group].Add(fact, window, fee[fact.Procedure]);
                    if (receivedOnline)
                    {
                        online[group].Add(fact.Procedure);
                    }
                }
            }
            return counters.Select((c, g) => new GroupFigures(c.ToFigures(),
                online[g].Select(p => _procedureCodes[p]).ToHashSet(StringComparer.Ordinal))).ToList();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>The figures of each procedure within the given units, for a period evaluated at <paramref name="now"/>.</summary>
    public IReadOnlyDictionary<string, KpiFigures> ComputeByProcedure(IReadOnlyCollection<string> units, Period period, DateTimeOffset now,
        Func<string, bool> hasFee)
    {
        var window = KpiWindow.Of(period, now);
        _lock.EnterReadLock();
        try
        {
            var member = GroupsOfUnit([units]);
            var fee = _procedureCodes.Select(hasFee).ToArray();
            var counters = new KpiCounter?[_procedureCodes.Count];
            for (var i = 0; i < _count; i++)
            {
                ref readonly var fact = ref _facts[i];
                if (fact.Unit < member.Length && member[fact.Unit].Length > 0)
                {
                    (counters[fact.Procedure] ??= new KpiCounter()).Add(fact, window, fee[fact.Procedure]);
                }
            }
            return counters.Select((counter, p) => (counter, p)).Where(x => x.counter is not null)
                .ToDictionary(x => _procedureCodes[x.p], x => x.counter!.ToFigures(), StringComparer.Ordinal);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// The flows of each given province day per unit (the dossier's own), procedure and channel, each day counted in full
    /// (as of its end); combinations without any dossier are left out.
    /// </summary>
    public IReadOnlyList<DayFlow> ComputeDays(IReadOnlySet<DateOnly> days, Func<string, bool> hasFee)
    {
        _lock.EnterReadLock();
        try
        {
            var counter = new DayFlowCounter(days, _procedureCodes.Select(hasFee).ToArray());
            for (var i = 0; i < _count; i++)
            {
                counter.Add(_facts[i]);
            }
            return counter.ToFlows(_unitCodes, _procedureCodes);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// Dossiers received (refusals at reception excluded) within the given units, counted per bucket: bucket i holds
    /// those received in [from + i·width, from + (i+1)·width).
    /// </summary>
    public int[] ReceivedPerBucket(IReadOnlyCollection<string> units, DateTimeOffset from, TimeSpan width, int buckets) =>
        ReceivedPerBucket([units], from, width, buckets)[0];

    /// <summary>
    /// <see cref="ReceivedPerBucket(IReadOnlyCollection{string}, DateTimeOffset, TimeSpan, int)"/> for each group of units
    /// (e.g. the subtrees of several walls' units), counted in one pass.
    /// </summary>
    public int[][] ReceivedPerBucket(IReadOnlyList<IReadOnlyCollection<string>> groups, DateTimeOffset from, TimeSpan width, int buckets)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(width, TimeSpan.Zero);
        var counts = groups.Select(_ => new int[buckets]).ToArray();
        var start = from.UtcTicks;
        var end = start + width.Ticks * buckets;
        _lock.EnterReadLock();
        try
        {
            var groupsOfUnit = GroupsOfUnit(groups);
            for (var i = 0; i < _count; i++)
            {
                ref readonly var fact = ref _facts[i];
                if (fact.Kind != FactKind.Received || fact.ReceivedAt < start || fact.ReceivedAt >= end || fact.Unit >= groupsOfUnit.Length)
                {
                    continue;
                }
                var bucket = (fact.ReceivedAt - start) / width.Ticks;
                foreach (var group in groupsOfUnit[fact.Unit])
                {
                    counts[group][bucket]++;
                }
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
        return counts;
    }

    /// <summary>Shows <paramref name="visitor"/> every dossier of the given units, under the index's read lock.</summary>
    public void Visit(IReadOnlyCollection<string> units, FactVisitor visitor)
    {
        _lock.EnterReadLock();
        try
        {
            var member = GroupsOfUnit([units]);
            for (var i = 0; i < _count; i++)
            {
                ref readonly var fact = ref _facts[i];
                if (fact.Unit < member.Length && member[fact.Unit].Length > 0)
                {
                    visitor(_codes[i], _unitCodes[fact.Unit], _procedureCodes[fact.Procedure], in fact);
                }
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    // Groups may overlap (a unit and its parent's subtree), so each unit maps to every group it belongs to.
    private int[][] GroupsOfUnit(IReadOnlyList<IReadOnlyCollection<string>> groups)
    {
        var map = new List<int>[_unitIds.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var code in groups[g])
            {
                if (_unitIds.TryGetValue(code, out var id))
                {
                    (map[id] ??= []).Add(g);
                }
            }
        }
        return map.Select(list => list?.ToArray() ?? []).ToArray();
    }

    // "Never" (long.MaxValue) is no instant.
    private static long LatestOf(in DossierFact fact) =>
        Math.Max(Instant(fact.ReceivedAt), Math.Max(Instant(fact.ClosedAt), Instant(fact.Late766From)));

    private static long Instant(long utcTicks) => utcTicks == long.MaxValue ? long.MinValue : utcTicks;

    private static int Id(Dictionary<string, int> ids, string code, List<string> codes)
    {
        if (!ids.TryGetValue(code, out var id))
        {
            id = ids.Count;
            ids[code] = id;
            codes.Add(code);
        }
        return id;
    }
}
