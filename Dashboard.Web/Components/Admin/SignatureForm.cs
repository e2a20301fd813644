namespace IOC.Dashboard.Components.Admin;

/// <summary>What the admin page's form about a unit's report header and signature posts.</summary>
public sealed class SignatureForm
{
    /// <summary>The unit whose reports print these.</summary>
    public string? Unit { get; set; }

    /// <summary>The issuing office above the title; the unit's name when empty.</summary>
    public string? IssuingOffice { get; set; }

    /// <summary>Who prepares the report (người lập biểu).</summary>
    public string? Preparer { get; set; }

    /// <summary>Who signs it as the unit's head (thủ trưởng đơn vị).</summary>
    public string? Head { get; set; }
}
