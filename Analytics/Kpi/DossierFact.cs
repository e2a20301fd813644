using IOC.Analytics.Dossiers;
using IOC.Analytics.Storage;
using IOC.Analytics.Time;

namespace IOC.Analytics.Kpi;

/// <summary>What a stored dossier is, for counting: received, refused at reception, or not yet received.</summary>
public enum FactKind : byte
{
    /// <summary>Events arrived, the receipt not yet: counted nowhere.</summary>
    Waiting,

    /// <summary>Received (tiếp nhận).</summary>
    Received,

    /// <summary>Refused at reception; counted apart.</summary>
    Refused,
}

/// <summary>Yes/no facts of a dossier packed in one byte.</summary>
[Flags]
public enum FactFlags : byte
{
    /// <summary>None of the below.</summary>
    None = 0,

    /// <summary>At least one online payment.</summary>
    PaidOnline = 1,

    /// <summary>Components digitised at receipt.</summary>
    DigitizedComponents = 2,

    /// <summary>Result digitised at resolution.</summary>
    DigitizedResult = 4,

    /// <summary>Rated by the citizen.</summary>
    Rated = 8,

    /// <summary>Latest rating satisfied or neutral.</summary>
    RatedSatisfiedOrNeutral = 16,
}

/// <summary>
/// One dossier as a compact value (about 72 bytes) so a year of a province's dossiers can be counted and listed in
/// memory in milliseconds. Instants are UTC ticks; "never" is <see cref="long.MaxValue"/>.
/// </summary>
/// <param name="DueAt">The current due time (after supplements); <see cref="long.MaxValue"/> without one.</param>
/// <param name="Waits">Supplement request and answer instants in turn (null without any); an odd count ends unanswered.</param>
public readonly record struct DossierFact(
    int Unit,
    int Procedure,
    FactKind Kind,
    byte Channel,
    ClosureKind? Closure,
    Timeliness? Timeliness,
    long ReceivedAt,
    long ClosedAt,
    int OverdueFromDay,
    int[]? LaterOverdueChanges,
    long Late766From,
    FactFlags Flags,
    long DueAt,
    long[]? Waits)
{
    /// <summary>True when the dossier waits for a supplement at <paramref name="instant"/> (UTC ticks).</summary>
    public bool IsWaitingAt(long instant)
    {
        for (var i = 0; Waits is not null && i < Waits.Length; i += 2)
        {
            if (Waits[i] <= instant && (i + 1 == Waits.Length || instant < Waits[i + 1]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the dossier, if open, stands overdue on the province day with that number.</summary>
    public bool IsOverdueOn(int day)
    {
        if (OverdueFromDay > day)
        {
            return false;
        }
        // The rare standing that toggles back: overdue ⇔ an odd number of change dates up to the day.
        var changes = 1;
        foreach (var change in LaterOverdueChanges ?? [])
        {
            changes += change <= day ? 1 : 0;
        }
        return changes % 2 == 1;
    }

    /// <summary>The channel code for <see cref="Dossiers.Channel.Direct"/>.</summary>
    public const byte Direct = 0;

    /// <summary>The channel code for <see cref="Dossiers.Channel.Online"/>.</summary>
    public const byte Online = 1;

    /// <summary>The channel code for <see cref="Dossiers.Channel.Postal"/>.</summary>
    public const byte Postal = 2;

    /// <summary>The fact of a stored dossier, with unit and procedure given as the index's ids.</summary>
    public static DossierFact From(DossierRow row, int unit, int procedure)
    {
        var kind = row.Outcome switch
        {
            DossierRow.Received => FactKind.Received,
            DossierRow.Refused => FactKind.Refused,
            _ => FactKind.Waiting,
        };
        var flags = (row.PaidOnline ? FactFlags.PaidOnline : 0)
            | (row.DigitizedComponents ? FactFlags.DigitizedComponents : 0)
            | (row.DigitizedResult ? FactFlags.DigitizedResult : 0)
            | (row.Rating is not null ? FactFlags.Rated : 0)
            | (row.Rating is Rating.Satisfied or Rating.Neutral ? FactFlags.RatedSatisfiedOrNeutral : 0);
        return new DossierFact(
            unit,
            procedure,
            kind,
            row.Channel switch { Dossiers.Channel.Online => Online, Dossiers.Channel.Postal => Postal, _ => Direct },
            row.Closure is null ? null : Enum.Parse<ClosureKind>(row.Closure),
            row.Timeliness is null ? null : Enum.Parse<Timeliness>(row.Timeliness),
            Ticks(kind == FactKind.Refused ? row.ClosedAt : row.ReceivedAt),
            kind == FactKind.Refused ? long.MaxValue : Ticks(row.ClosedAt),
            row.OverdueChanges.Count > 0 ? row.OverdueChanges[0].DayNumber : int.MaxValue,
            row.OverdueChanges.Count > 1 ? row.OverdueChanges.Skip(1).Select(d => d.DayNumber).ToArray() : null,
            Ticks(row.Late766From),
            flags,
            Ticks(row.EffectiveDueAt ?? row.DueAt),
            row.SupplementWaits.Count > 0 ? row.SupplementWaits.Select(w => w.UtcTicks).ToArray() : null);
    }

    /// <summary>The province date's day number of a UTC tick count.</summary>
    public static int DayOf(long utcTicks) => ProvinceTime.DateOf(new DateTimeOffset(utcTicks, TimeSpan.Zero)).DayNumber;

    private static long Ticks(DateTimeOffset? instant) => instant?.UtcTicks ?? long.MaxValue;
}
