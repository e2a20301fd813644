namespace IOC.Dashboard.Components.Admin;

/// <summary>What the admin page's forms about keys post.</summary>
public sealed class KeyForm
{
    /// <summary>The key's id (to revoke it).</summary>
    public string? Id { get; set; }

    /// <summary><c>read</c> or <c>ingest</c>.</summary>
    public string? Purpose { get; set; }

    /// <summary>The unit whose subtree the key is limited to; empty for the whole province.</summary>
    public string? Unit { get; set; }

    /// <summary>What the key is for, as the list shows it.</summary>
    public string? Name { get; set; }
}
