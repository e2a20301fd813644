namespace IOC.Analytics.Access;

/// <summary>A key made with <c>./ioc key add</c>, as listed: never its secret, which only its holder has.</summary>
/// <param name="Id">The public id that names the key in lists and in <c>./ioc key revoke</c>.</param>
/// <param name="Purpose"><see cref="AccessPurpose.Read"/> or <see cref="AccessPurpose.Ingest"/>.</param>
/// <param name="UnitCode">The unit whose subtree the key is limited to; null for the whole province.</param>
public sealed record StoredKey(string Id, string Name, string Purpose, string? UnitCode, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
