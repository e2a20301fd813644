using System.Globalization;
using System.Text;

namespace IOC.Analytics.Influx;

/// <summary>Encodes points as InfluxDB line protocol with millisecond timestamps (<c>precision=ms</c>).</summary>
public static class LineProtocol
{
    /// <summary>The <c>precision</c> query parameter that matches the encoded timestamps.</summary>
    public const string Precision = "ms";

    /// <summary>One line (without line break) for a point.</summary>
    /// <exception cref="ArgumentException">The point has no field.</exception>
    public static string Encode(Point point)
    {
        var builder = new StringBuilder(64);
        Append(builder, point);
        return builder.ToString();
    }

    /// <summary>Appends one line (without line break) for a point.</summary>
    /// <exception cref="ArgumentException">The point has no field.</exception>
    public static void Append(StringBuilder builder, Point point)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(point);
        if (point.Fields.Count == 0)
        {
            throw new ArgumentException($"Point '{point.Measurement}' at {point.Timestamp:O} has no field; InfluxDB needs at least one", nameof(point));
        }
        AppendEscaped(builder, point.Measurement, escapeEquals: false);
        foreach (var (key, value) in point.Tags)
        {
            builder.Append(',');
            AppendEscaped(builder, key, escapeEquals: true);
            builder.Append('=');
            AppendEscaped(builder, value, escapeEquals: true);
        }
        var separator = ' ';
        foreach (var (key, value) in point.Fields)
        {
            builder.Append(separator);
            separator = ',';
            AppendEscaped(builder, key, escapeEquals: true);
            builder.Append('=');
            AppendFieldValue(builder, value);
        }
        builder.Append(' ').Append(point.Timestamp.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The shortest text that reads back as the same double, always in positional notation: InfluxDB's own encoder writes floats
    /// this way, and it keeps <c>1E+20</c>-style exponents out of the body.
    /// </summary>
    public static string FormatFloat(double value)
    {
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = shortest.IndexOf('E', StringComparison.Ordinal);
        if (exponentAt < 0)
        {
            return shortest;
        }
        var negative = shortest[0] == '-';
        var mantissa = shortest[(negative ? 1 : 0)..exponentAt];
        var exponent = int.Parse(shortest.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var pointAt = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = pointAt < 0 ? mantissa : mantissa.Remove(pointAt, 1);
        var integerDigits = (pointAt < 0 ? mantissa.Length : pointAt) + exponent;
        var text = integerDigits <= 0
            ? "0." + new string('0', -integerDigits) + digits
            : integerDigits >= digits.Length
                ? digits + new string('0', integerDigits - digits.Length)
                : digits[..integerDigits] + "." + digits[integerDigits..];
        return negative ? "-" + text : text;
    }

    private static void AppendFieldValue(StringBuilder builder, object value)
    {
        switch (value)
        {
            case long integer:
                builder.Append(integer.ToString(CultureInfo.InvariantCulture)).Append('i');
                break;
            case double number:
                builder.Append(FormatFloat(number));
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case string text:
                builder.Append('"');
                foreach (var character in text)
                {
                    if (character is '"' or '\\')
                    {
                        builder.Append('\\');
                    }
                    builder.Append(character);
                }
                builder.Append('"');
                break;
            default:
                throw new InvalidOperationException($"Unsupported field type {value.GetType()}");
        }
    }

    private static void AppendEscaped(StringBuilder builder, string name, bool escapeEquals)
    {
        foreach (var character in name)
        {
            if (character is ',' or ' ' || (escapeEquals && character == '='))
            {
                builder.Append('\\');
            }
            builder.Append(character);
        }
    }
}
