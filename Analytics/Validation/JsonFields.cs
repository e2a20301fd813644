using System.Globalization;
using System.Text.Json;

namespace IOC.Analytics.Validation;

/// <summary>Reads typed fields from one JSON object, collecting a precise message for each missing or wrong-typed field.</summary>
public sealed class JsonFields(JsonElement element)
{
    private readonly List<string> _errors = element.ValueKind == JsonValueKind.Object ? [] : ["element is not a JSON object"];

    /// <summary>Every problem found so far.</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>True when a field of that name is present and not null.</summary>
    public bool Has(string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>Adds a problem found by the caller.</summary>
    public void Fail(string message) => _errors.Add(message);

    /// <summary>A required string of at most <paramref name="maxLength"/> characters.</summary>
    public string? RequiredString(string name, int maxLength = 256) => String(name, maxLength, required: true);

    /// <summary>An optional string; null when absent.</summary>
    public string? OptionalString(string name, int maxLength = 256) => String(name, maxLength, required: false);

    /// <summary>A required string that must be one of <paramref name="allowed"/>.</summary>
    public string? RequiredEnum(string name, IReadOnlyCollection<string> allowed) => Enum(name, allowed, required: true);

    /// <summary>An optional string that must be one of <paramref name="allowed"/> when present.</summary>
    public string? OptionalEnum(string name, IReadOnlyCollection<string> allowed) => Enum(name, allowed, required: false);

    /// <summary>A required boolean.</summary>
    public bool? RequiredBool(string name) => Bool(name, required: true);

    /// <summary>An optional boolean.</summary>
    public bool? OptionalBool(string name) => Bool(name, required: false);

    /// <summary>An optional number; <paramref name="min"/> bounds it from below.</summary>
    public decimal? OptionalNumber(string name, decimal min = decimal.MinValue) => Number(name, min, required: false);

    /// <summary>A required number; <paramref name="min"/> bounds it from below.</summary>
    public decimal? RequiredNumber(string name, decimal min = decimal.MinValue) => Number(name, min, required: true);

    /// <summary>A required RFC 3339 timestamp that carries its offset.</summary>
    public DateTimeOffset? RequiredInstant(string name) => Instant(name, required: true);

    /// <summary>An optional RFC 3339 timestamp that carries its offset.</summary>
    public DateTimeOffset? OptionalInstant(string name) => Instant(name, required: false);

    /// <summary>A nested object, or null (with an error when required).</summary>
    public JsonFields? Object(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            _errors.Add($"{name} must be an object");
            return null;
        }
        return new JsonFields(value);
    }

    /// <summary>An optional array of strings.</summary>
    public IReadOnlyList<string>? OptionalStringArray(string name)
    {
        if (!TryGet(name, required: false, out var value))
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            _errors.Add($"{name} must be an array of strings");
            return null;
        }
        return value.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    private string? String(string name, int maxLength, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            _errors.Add($"{name} must be a string");
            return null;
        }
        var text = value.GetString()!;
        if (text.Length == 0 || string.IsNullOrWhiteSpace(text))
        {
            _errors.Add($"{name} must not be empty");
            return null;
        }
        if (text.Length > maxLength)
        {
            _errors.Add($"{name} is longer than {maxLength} characters");
            return null;
        }
        return text;
    }

    private string? Enum(string name, IReadOnlyCollection<string> allowed, bool required)
    {
        var text = String(name, 64, required);
        if (text is not null && !allowed.Contains(text))
        {
            _errors.Add($"{name} must be one of {string.Join(", ", allowed)} (got '{text}')");
            return null;
        }
        return text;
    }

    private bool? Bool(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }
        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            _errors.Add($"{name} must be true or false");
            return null;
        }
        return value.GetBoolean();
    }

    private decimal? Number(string name, decimal min, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number))
        {
            _errors.Add($"{name} must be a number");
            return null;
        }
        if (number < min)
        {
            _errors.Add($"{name} must be at least {min.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }
        return number;
    }

    private DateTimeOffset? Instant(string name, bool required)
    {
        var text = String(name, 64, required);
        if (text is null)
        {
            return null;
        }
        if (!Rfc3339.TryParse(text, out var instant))
        {
            _errors.Add($"{name} must be an RFC 3339 timestamp with an offset, e.g. 2026-11-23T08:15:00+07:00 (got '{text}')");
            return null;
        }
        return instant;
    }

    private bool TryGet(string name, bool required, out JsonElement value)
    {
        value = default;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }
        if (element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }
        if (required)
        {
            _errors.Add($"{name} is required");
        }
        return false;
    }
}
