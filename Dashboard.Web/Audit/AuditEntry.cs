namespace IOC.Dashboard.Audit;

/// <summary>One change as the audit page lists it.</summary>
/// <param name="Actor">Who made it: an administrator's account name, or <c>./ioc</c> and the operator's user name.</param>
/// <param name="Action">What was done: <c>account.add</c>, <c>account.disable</c>, <c>key.add</c>, <c>key.revoke</c>.</param>
/// <param name="Subject">What it was done to: an account's name, a key's id.</param>
/// <param name="Before">The subject's state before, as JSON; null when it did not exist.</param>
/// <param name="After">The subject's state after, as JSON.</param>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string Subject, string? Before, string? After);
