namespace IOC.Dashboard.Components.Admin;

/// <summary>What the admin page's forms about accounts post.</summary>
public sealed class AccountForm
{
    /// <summary>The account's name.</summary>
    public string? Name { get; set; }

    /// <summary><c>leader</c>, <c>head</c> or <c>admin</c>.</summary>
    public string? Role { get; set; }

    /// <summary>The code of the highest unit it sees.</summary>
    public string? Unit { get; set; }
}
