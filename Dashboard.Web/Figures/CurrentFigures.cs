using IOC.Analytics.Kpi;

namespace IOC.Dashboard.Figures;

/// <summary>
/// Figures of periods that include now, each kept with the state of the index it was counted from. An exact question is
/// answered from them only while nothing changed; a recent one (a wall's) while they are under
/// <see cref="UnitFigures.RecentFor"/> old, and when they are older, they are counted again together with every other
/// question of the same catalogue and period that screens still ask, in one pass over the index.
/// </summary>
internal sealed class CurrentFigures(FactsIndex index, int capacity)
{
    // A question nobody asked for this long is left to the least-recently-used bound instead of being counted again.
    private static readonly TimeSpan AskedWithin = TimeSpan.FromMinutes(1);
    private readonly Lock _lock = new();
    private readonly Lock _counting = new();
    private readonly LeastRecentlyUsed<FiguresKey, CurrentCount> _entries = new(capacity);

    /// <summary>How many are kept.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The figures of the key, evaluated at <paramref name="now"/> or, as the age allows, a little before.</summary>
    public object Get(FiguresKey key, FiguresAge age, DateTimeOffset now)
    {
        if (Kept(key, age, now) is { } kept)
        {
            return kept;
        }
        if (age == FiguresAge.Exact)
        {
            var version = index.Version;
            var counted = FiguresCounter.Count(index, [key], now)[0];
            Keep(key, [key], [counted], version, now);
            return counted;
        }
        // One recount at a time: a wall waiting here mostly finds its figures counted by the one before.
        lock (_counting)
        {
            if (Kept(key, age, now) is { } countedMeanwhile)
            {
                return countedMeanwhile;
            }
            var due = Due(key, now);
            var version = index.Version;
            var counted = FiguresCounter.Count(index, due, now);
            Keep(key, due, counted, version, now);
            return counted[0];
        }
    }

    private object? Kept(FiguresKey key, FiguresAge age, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (!_entries.TryGet(key, out var kept) || !kept.Serves(age, index, now))
            {
                return null;
            }
            kept.AskedAt = now;
            return kept.Value;
        }
    }

    // The key first, then what else screens still ask that one pass can count with it and that is due again.
    private List<FiguresKey> Due(FiguresKey key, DateTimeOffset now)
    {
        lock (_lock)
        {
            return
            [
                key,
                .. _entries.Entries
                    .Where(e => !e.Key.Equals(key) && CountTogether(e.Key, key) && now - e.Value.AskedAt < AskedWithin
                        && !e.Value.Serves(FiguresAge.Recent, index, now))
                    .Select(e => e.Key),
            ];
        }
    }

    private void Keep(FiguresKey asked, IReadOnlyList<FiguresKey> keys, IReadOnlyList<object> counted, long version, DateTimeOffset now)
    {
        lock (_lock)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                var had = _entries.TryGet(keys[i], out var kept) ? kept : null;
                // An exact count that ran beside this one may have kept later figures.
                if (had is not null && had.CountedAt > now)
                {
                    continue;
                }
                var askedAt = keys[i].Equals(asked) ? now : had?.AskedAt ?? now;
                _entries.Set(keys[i], new CurrentCount(counted[i], version, now, askedAt));
            }
        }
    }

    private static bool CountTogether(FiguresKey one, FiguresKey other) =>
        ReferenceEquals(one.Catalog, other.Catalog) && one.Period == other.Period && Pass(one.Kind) is { } pass && pass == Pass(other.Kind);

    // Which pass over the index answers the kind; a drill-down by field is a pass of its own.
    private static int? Pass(FiguresKind kind) => kind switch
    {
        FiguresKind.Unit or FiguresKind.Children => 0,
        FiguresKind.Hours => 1,
        _ => null,
    };
}
