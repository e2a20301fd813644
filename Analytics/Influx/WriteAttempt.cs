using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace IOC.Analytics.Influx;

/// <summary>What became of one <c>/write</c> request.</summary>
internal enum WriteResult
{
    Written,
    Rejected,
    Retry,
}

/// <summary>The outcome of one attempt: for a rejection, how many points the server dropped (0 when it does not say).</summary>
internal readonly record struct WriteOutcome(WriteResult Result, string? Message = null, int Dropped = 0, TimeSpan? RetryAfter = null);

/// <summary>Sends one line-protocol body to <c>/write</c> and sorts the answer into written, rejected or worth retrying.</summary>
internal static partial class WriteAttempt
{
    private static readonly MediaTypeHeaderValue PlainText = new("text/plain") { CharSet = "utf-8" };

    public static async Task<WriteOutcome> SendAsync(HttpClient http, Uri endpoint, byte[] body, TimeProvider time,
        CancellationToken cancellationToken)
    {
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = PlainText;
            using var response = await http.PostAsync(endpoint, content, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return new WriteOutcome(WriteResult.Written);
            }
            var message = $"{(int)response.StatusCode} {await InfluxErrors.ReadMessageAsync(response, cancellationToken)}";
            if (IsTransient(response.StatusCode))
            {
                return new WriteOutcome(WriteResult.Retry, message, RetryAfter: RetryAfter(response.Headers.RetryAfter, time));
            }
            var dropped = DroppedPattern().Match(message);
            return new WriteOutcome(WriteResult.Rejected, message, dropped.Success ? int.Parse(dropped.Groups[1].ValueSpan) : 0);
        }
        catch (HttpRequestException exception)
        {
            return new WriteOutcome(WriteResult.Retry, exception.Message);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout elapsed: the server may have stored the batch, and resending it overwrites the same points.
            return new WriteOutcome(WriteResult.Retry, exception.Message);
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, TimeProvider time) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow(),
        _ => null,
    };

    [GeneratedRegex(@"dropped=(\d+)")]
    private static partial Regex DroppedPattern();
}
