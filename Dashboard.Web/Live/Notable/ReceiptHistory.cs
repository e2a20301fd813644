using IOC.Analytics.Storage;

namespace IOC.Dashboard.Live.Notable;

/// <summary>
/// The receipts of each procedure (and the unit that received each) over a bounded span of time, each dossier counted
/// once however often it changes, and the earliest receipt ever seen (how much history there is to call anything "typical").
/// </summary>
public sealed class ReceiptHistory(TimeSpan keep)
{
    private readonly Dictionary<string, DateTimeOffset> _counted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(DateTimeOffset At, string Unit)>> _byProcedure = new(StringComparer.Ordinal);

    /// <summary>The earliest receipt seen since start, kept or not; null before any.</summary>
    public DateTimeOffset? Earliest { get; private set; }

    /// <summary>Counts the dossier's receipt when it is new and within the span; true when it was counted.</summary>
    public bool Add(DossierRow row, DateTimeOffset now)
    {
        if (row.Outcome != DossierRow.Received || row.ReceivedAt is not { } receivedAt)
        {
            return false;
        }
        Earliest = Earliest is { } earliest && earliest <= receivedAt ? earliest : receivedAt;
        if (receivedAt <= now - keep || !_counted.TryAdd(row.Code, receivedAt))
        {
            return false;
        }
        if (!_byProcedure.TryGetValue(row.ProcedureCode, out var receipts))
        {
            _byProcedure[row.ProcedureCode] = receipts = [];
        }
        receipts.Add((receivedAt, row.UnitCode));
        return true;
    }

    /// <summary>Receipts of the procedure in (<paramref name="after"/>, <paramref name="upTo"/>].</summary>
    public int Count(string procedureCode, DateTimeOffset after, DateTimeOffset upTo) => Within(procedureCode, after, upTo).Count();

    /// <summary>The units that received the procedure's dossiers in (<paramref name="after"/>, <paramref name="upTo"/>].</summary>
    public IReadOnlyCollection<string> Units(string procedureCode, DateTimeOffset after, DateTimeOffset upTo) =>
        Within(procedureCode, after, upTo).Select(r => r.Unit).ToHashSet(StringComparer.Ordinal);

    /// <summary>Drops the receipts that fell out of the span, so memory follows the span, not the uptime.</summary>
    public void Forget(DateTimeOffset now)
    {
        var horizon = now - keep;
        foreach (var code in _counted.Where(c => c.Value <= horizon).Select(c => c.Key).ToList())
        {
            _counted.Remove(code);
        }
        foreach (var (procedure, receipts) in _byProcedure.ToList())
        {
            receipts.RemoveAll(r => r.At <= horizon);
            if (receipts.Count == 0)
            {
                _byProcedure.Remove(procedure);
            }
        }
    }

    private IEnumerable<(DateTimeOffset At, string Unit)> Within(string procedureCode, DateTimeOffset after, DateTimeOffset upTo) =>
        _byProcedure.TryGetValue(procedureCode, out var receipts) ? receipts.Where(r => r.At > after && r.At <= upTo) : [];
}
