namespace IOC.Dashboard.Components.Admin;

/// <summary>What the admin page's form renaming a unit posts.</summary>
public sealed class UnitNameForm
{
    /// <summary>The unit.</summary>
    public string? Unit { get; set; }

    /// <summary>Its new name.</summary>
    public string? Name { get; set; }
}
