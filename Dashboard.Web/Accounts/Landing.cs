namespace IOC.Dashboard.Accounts;

/// <summary>Where a person lands after signing in: the highest unit they see.</summary>
public static class Landing
{
    /// <summary>The unit's page, in the person's language.</summary>
    public static string Of(string unitCode, string? lang) =>
        $"/units/{Uri.EscapeDataString(unitCode)}" + (lang == "en" ? "?lang=en" : "");
}
