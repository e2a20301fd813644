using System.Globalization;
using IOC.Analytics.Catalog;
using IOC.Dashboard.Catalogue;

namespace IOC.Dashboard.Components.Admin;

/// <summary>What the admin page's form about a procedure posts; a field left empty keeps the procedure's value.</summary>
public sealed class ProcedureForm
{
    /// <summary>The procedure's code.</summary>
    public string? Code { get; set; }

    /// <summary>Its new name.</summary>
    public string? Name { get; set; }

    /// <summary>Its deadline's amount, as typed (a comma or a point before decimals).</summary>
    public string? DeadlineValue { get; set; }

    /// <summary>Its deadline's unit (<see cref="DeadlineUnit"/>).</summary>
    public string? DeadlineUnit { get; set; }

    /// <summary>Its online level (<see cref="OnlineLevel"/>).</summary>
    public string? OnlineLevel { get; set; }

    /// <summary><c>yes</c> or <c>no</c> for a fee.</summary>
    public string? Fee { get; set; }

    /// <summary>The change this form asks of <paramref name="current"/>, or null when the deadline typed is not a number of 0 or more.</summary>
    public ProcedureChange? ChangeOf(Procedure current)
    {
        var value = current.Deadline.Value;
        if (DeadlineValue is { Length: > 0 } typed
            && (!decimal.TryParse(typed.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out value) || value < 0))
        {
            return null;
        }
        return new ProcedureChange(current.Code, Kept(Name, current.Name),
            new Deadline(value, Kept(DeadlineUnit, current.Deadline.Unit)), Kept(OnlineLevel, current.OnlineLevel),
            Fee is { Length: > 0 } fee ? fee == "yes" : current.HasFee);
    }

    private static string Kept(string? typed, string current) => typed is { Length: > 0 } && typed.Trim().Length > 0 ? typed.Trim() : current;
}
