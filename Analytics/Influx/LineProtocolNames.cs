namespace IOC.Analytics.Influx;

/// <summary>The names and tag values line protocol can carry, checked before a point is accepted.</summary>
internal static class LineProtocolNames
{
    /// <summary>Checks a tag or field key: a name that is not the reserved <c>time</c>.</summary>
    public static void CheckKey(string key, string what, string parameter)
    {
        CheckName(key, what, parameter);
        if (key == "time")
        {
            // InfluxDB drops such a point with a partial-write error.
            throw new ArgumentException($"The {what} 'time' is reserved by InfluxDB", parameter);
        }
    }

    /// <summary>Checks a measurement, key or tag value.</summary>
    /// <remarks>
    /// InfluxDB 1.x keeps backslashes literally and only unescapes <c>\,</c> <c>\=</c> <c>\ </c>: a backslash right before one of
    /// those characters, or at the end, would lose or swallow characters, and a line break would end the line.
    /// </remarks>
    public static void CheckName(string value, string what, string parameter)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, parameter);
        if (value.Contains('\n', StringComparison.Ordinal))
        {
            throw new ArgumentException($"The {what} '{value}' contains a line break, which line protocol cannot carry", parameter);
        }
        for (var i = value.IndexOf('\\', StringComparison.Ordinal); i >= 0; i = value.IndexOf('\\', i + 1))
        {
            if (i == value.Length - 1 || value[i + 1] is ',' or '=' or ' ')
            {
                throw new ArgumentException(
                    $"The {what} '{value}' has a backslash at its end or before a comma, equals sign or space, which InfluxDB cannot store as written",
                    parameter);
            }
        }
    }
}
