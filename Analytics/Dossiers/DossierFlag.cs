namespace IOC.Analytics.Dossiers;

/// <summary>
/// Codes of the flags a fold attaches to accepted but questionable events; a flag reads <c>code:eventId</c>.
/// </summary>
public static class DossierFlag
{
    /// <summary>An event names another unit than the receipt; it is applied but does not move the dossier.</summary>
    public const string OtherUnit = "other-unit";

    /// <summary>An event names another procedure than the receipt; it is applied to the receipt's procedure.</summary>
    public const string OtherProcedure = "other-procedure";

    /// <summary>A second <c>received</c>: the earliest one wins.</summary>
    public const string SecondReceipt = "second-received";

    /// <summary>A <c>received</c> after the dossier was refused at reception; the refusal stands.</summary>
    public const string ReceivedAfterRefusal = "received-after-refusal";

    /// <summary>A lifecycle event before the receipt (supplement request, closure); ignored.</summary>
    public const string BeforeReceipt = "before-receipt";

    /// <summary>A <c>supplemented</c> with no open supplement request; ignored.</summary>
    public const string SupplementWithoutRequest = "supplement-without-request";

    /// <summary>A supplement request while another one is still open; ignored, the clock is already stopped.</summary>
    public const string RequestWhileWaiting = "request-while-waiting";

    /// <summary>A supplement event after the dossier closed; ignored.</summary>
    public const string AfterClosure = "after-closure";

    /// <summary>A terminal event after the one that closed the dossier; kept, not applied.</summary>
    public const string LaterTerminal = "later-terminal";

    /// <summary>A <c>resolved</c> later than the <c>result_delivered</c>; its instant is the resolution instant.</summary>
    public const string ResolvedAfterDelivery = "resolved-after-delivery";

    /// <summary>A channel outside <see cref="Channel.All"/>; the dossier counts as direct.</summary>
    public const string UnknownChannel = "unknown-channel";

    /// <summary>The procedure is not in the catalogue and the source gave no due time: the dossier has no due time.</summary>
    public const string UnknownProcedure = "unknown-procedure";

    internal static string For(string code, DossierEvent source) => $"{code}:{source.EventId}";
}
