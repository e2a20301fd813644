using System.Net;

namespace IOC.Analytics.Influx;

/// <summary>InfluxDB answered with an error; the message is the server's own.</summary>
public sealed class InfluxException : Exception
{
    /// <summary>An error the server reported.</summary>
    public InfluxException(string message, HttpStatusCode? statusCode = null)
        : base(message)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status, when the error was the whole answer rather than one statement's result.</summary>
    public HttpStatusCode? StatusCode { get; }
}
