namespace IOC.Analytics.Access;

/// <summary>What a key stands for: its purpose and, for readers, the unit whose subtree it may see.</summary>
/// <param name="Purpose">One of <see cref="AccessPurpose"/>.</param>
/// <param name="RootUnit">
/// The highest unit the caller may read, or post events for; null for the whole province (or no reading at all).
/// </param>
/// <param name="KeyId">The id of a key made with <c>./ioc key add</c>; null for the environment's keys.</param>
public sealed record Credential(string Purpose, string? RootUnit = null, string? KeyId = null);
