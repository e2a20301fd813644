using System.Text.Json;
using IOC.Analytics.Validation;

namespace IOC.Analytics.Catalog;

/// <summary>Turns catalogue JSON elements into units and procedures, or precise reasons why not.</summary>
public static class CatalogReader
{
    private static readonly string[] ProcedureLevels = [UnitLevel.Province, UnitLevel.Commune];

    /// <summary>Reads one unit; <paramref name="errors"/> is empty when it is valid.</summary>
    public static Unit? ReadUnit(JsonElement element, out IReadOnlyList<string> errors)
    {
        var fields = new JsonFields(element);
        var code = fields.RequiredString("code", 64);
        var name = fields.RequiredString("name", 256);
        var parent = fields.OptionalString("parentCode", 64);
        var level = fields.RequiredEnum("level", UnitLevel.All);
        var type = fields.OptionalString("type", 64);
        if (level == UnitLevel.Province && parent is not null)
        {
            fields.Fail("the province's root unit has no parentCode");
        }
        if (level is UnitLevel.Department or UnitLevel.Commune && parent is null)
        {
            fields.Fail("parentCode is required for a department or commune");
        }
        if (parent is not null && parent == code)
        {
            fields.Fail("parentCode must differ from code");
        }
        errors = fields.Errors;
        return errors.Count == 0 ? new Unit(code!, name!, parent, level!, type) : null;
    }

    /// <summary>Reads one procedure; <paramref name="errors"/> is empty when it is valid.</summary>
    public static Procedure? ReadProcedure(JsonElement element, out IReadOnlyList<string> errors)
    {
        var fields = new JsonFields(element);
        var code = fields.RequiredString("code", 64);
        var name = fields.RequiredString("name", 1024);
        var field = fields.RequiredString("field", 256);
        var level = fields.RequiredEnum("level", ProcedureLevels);
        var deadlineFields = fields.Object("deadline", required: true);
        var deadlineValue = deadlineFields?.RequiredNumber("value", 0);
        var deadlineUnit = deadlineFields?.RequiredEnum("unit", DeadlineUnit.All);
        foreach (var error in deadlineFields?.Errors ?? [])
        {
            fields.Fail("deadline." + error);
        }
        var onlineLevel = fields.RequiredEnum("onlineLevel", OnlineLevel.All);
        var eligible = fields.RequiredBool("fullOnlineEligible");
        var hasFee = fields.RequiredBool("hasFee");
        var unitCodes = fields.OptionalStringArray("unitCodes") ?? [];
        errors = fields.Errors;
        return errors.Count == 0
            ? new Procedure(code!, name!, field!, level!, new Deadline(deadlineValue!.Value, deadlineUnit!), onlineLevel!,
                eligible!.Value, hasFee!.Value, unitCodes.Distinct().ToList())
            : null;
    }
}
