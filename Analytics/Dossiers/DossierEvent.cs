namespace IOC.Analytics.Dossiers;

/// <summary>The event types of CONTRACT.md §1, in the lifecycle order used to break ties between equal instants.</summary>
public static class DossierEventType
{
    /// <summary>Tiếp nhận.</summary>
    public const string Received = "received";

    /// <summary>Yêu cầu bổ sung, hoàn thiện hồ sơ.</summary>
    public const string SupplementRequested = "supplement_requested";

    /// <summary>The citizen supplied what was asked.</summary>
    public const string Supplemented = "supplemented";

    /// <summary>Fee paid.</summary>
    public const string Payment = "payment";

    /// <summary>Đã giải quyết (result ready).</summary>
    public const string Resolved = "resolved";

    /// <summary>Result handed over.</summary>
    public const string ResultDelivered = "result_delivered";

    /// <summary>Rút hồ sơ (withdrawn by the citizen).</summary>
    public const string Withdrawn = "withdrawn";

    /// <summary>Trả lại hồ sơ (stopped / handed back without a result).</summary>
    public const string Returned = "returned";

    /// <summary>Từ chối tiếp nhận (refused at reception, or after receipt).</summary>
    public const string Refused = "refused";

    /// <summary>Citizen's rating.</summary>
    public const string Rating = "rating";

    /// <summary>Every type in lifecycle order.</summary>
    public static readonly IReadOnlyList<string> LifecycleOrder =
        [Received, SupplementRequested, Supplemented, Payment, Resolved, ResultDelivered, Withdrawn, Returned, Refused, Rating];

    /// <summary>The rank of a type in lifecycle order.</summary>
    public static int Rank(string type)
    {
        for (var i = 0; i < LifecycleOrder.Count; i++)
        {
            if (LifecycleOrder[i] == type)
            {
                return i;
            }
        }
        return LifecycleOrder.Count;
    }
}

/// <summary>Submission channels; a missing channel counts as direct.</summary>
public static class Channel
{
    /// <summary>Trực tiếp, at the desk.</summary>
    public const string Direct = "direct";

    /// <summary>Trực tuyến.</summary>
    public const string Online = "online";

    /// <summary>Bưu chính công ích.</summary>
    public const string Postal = "postal";

    /// <summary>Every channel.</summary>
    public static readonly IReadOnlyCollection<string> All = [Direct, Online, Postal];
}

/// <summary>Citizen ratings.</summary>
public static class Rating
{
    /// <summary>Hài lòng.</summary>
    public const string Satisfied = "satisfied";

    /// <summary>Bình thường.</summary>
    public const string Neutral = "neutral";

    /// <summary>Không hài lòng.</summary>
    public const string Dissatisfied = "dissatisfied";

    /// <summary>Every rating.</summary>
    public static readonly IReadOnlyCollection<string> All = [Satisfied, Neutral, Dissatisfied];
}

/// <summary>One accepted dossier event (CONTRACT.md §1), already validated.</summary>
public sealed record DossierEvent(
    string EventId,
    string DossierCode,
    string Type,
    DateTimeOffset OccurredAt,
    string UnitCode,
    string ProcedureCode,
    string? Channel = null,
    DateTimeOffset? DueAt = null,
    bool? Digitized = null,
    decimal? Amount = null,
    bool? PaidOnline = null,
    string? Rating = null);
