namespace IOC.Dashboard.Figures;

/// <summary>A count of settled figures under way, spoiled when a change that it may have missed arrives meanwhile.</summary>
internal sealed class PendingCount(long evaluatedAt)
{
    /// <summary>The instant the figures are evaluated at, in UTC ticks.</summary>
    public long EvaluatedAt { get; } = evaluatedAt;

    /// <summary>True once a change may have altered what is being counted: the result is answered but not kept.</summary>
    public bool Spoiled { get; set; }
}
