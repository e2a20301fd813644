namespace IOC.Dashboard.Kiosk;

/// <summary>The kiosk links of unattended wall screens, read from the environment (README.md, "Kiosk screens").</summary>
/// <param name="Tokens">The tokens of <c>IOC_KIOSK_TOKEN</c> (comma-separated); none means no kiosk link opens.</param>
/// <param name="WallRequiresToken">
/// <c>IOC_WALL_REQUIRE_TOKEN</c>: when set, the wall opens only with a kiosk token or a read key; otherwise it stays
/// open to whoever reaches it (the operations room's LAN).
/// </param>
public sealed record KioskSettings(IReadOnlyList<string> Tokens, bool WallRequiresToken)
{
    private static readonly string[] Yes = ["1", "true", "on", "yes"];

    /// <summary>Reads <c>IOC_KIOSK_TOKEN</c> and <c>IOC_WALL_REQUIRE_TOKEN</c>.</summary>
    public static KioskSettings From(IConfiguration configuration) => new(
        (configuration["IOC_KIOSK_TOKEN"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Yes.Contains(configuration["IOC_WALL_REQUIRE_TOKEN"]?.Trim(), StringComparer.OrdinalIgnoreCase));
}
