using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IOC.Ingestion.Tests.Faults;
using IOC.Testing;
using IOC.Testing.Servers;

namespace IOC.Ingestion.Tests.Access;

/// <summary>
/// Both services as real processes with their default logging, every way a key or token can travel (headers, bearer
/// tokens, the hub's access_token, a kiosk link and its cookie, refused ones too): afterwards no key is in their logs,
/// while the requests themselves are, redacted.
/// </summary>
public sealed class KeysInLogsTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task EveryCredentialUsed_NoneReachesTheLogs()
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        var (readKey, serviceKey, kioskToken) = ($"read-{id}", $"service-{id}", $"kiosk-{id}");
        var logs = Directory.CreateDirectory(Path.Combine(ProcessRunner.TestRoot(), $"logs-{id}")).FullName;
        await using (var services = await IngestionAndDashboard.StartAsync(serviceKey, readKey,
            new Dictionary<string, string> { ["IOC_KIOSK_TOKEN"] = kioskToken, ["IOC_WALL_REQUIRE_TOKEN"] = "on" }, logs))
        {
            using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
            {
                BaseAddress = services.Dashboard.Url,
            };
            var link = await AnswerAsync(browser, HttpMethod.Get, $"/kiosk/{kioskToken}?lang=en");
            Assert.Equal(HttpStatusCode.Redirect, link);
            Assert.Equal(HttpStatusCode.OK, await AnswerAsync(browser, HttpMethod.Get, "/wall", cookie: $"ioc-kiosk={kioskToken}"));
            Assert.Equal(HttpStatusCode.OK, await AnswerAsync(browser, HttpMethod.Post, $"/hubs/kpi/negotiate?negotiateVersion=1&access_token={readKey}"));
            Assert.Equal(HttpStatusCode.Unauthorized, await AnswerAsync(browser, HttpMethod.Get,
                $"/api/v1/kpi?unit={TestCatalog.Province}&from=2026-11-01&to=2026-11-02&access_token={readKey}"));
            Assert.Equal(HttpStatusCode.OK, await AnswerAsync(browser, HttpMethod.Get,
                $"/api/v1/kpi?unit={TestCatalog.Province}&from=2026-11-01&to=2026-11-02", key: readKey));
            Assert.Equal(HttpStatusCode.OK, await AnswerAsync(browser, HttpMethod.Get,
                $"/api/v1/kpi?unit={TestCatalog.Province}&from=2026-11-01&to=2026-11-02", bearer: readKey));
            using var source = new HttpClient { BaseAddress = services.Ingestion.Url };
            Assert.Equal(HttpStatusCode.OK, await AnswerAsync(source, HttpMethod.Get, "/api/v1/dead-letters", bearer: IngestionApp.ApiKey));
            Assert.Equal(HttpStatusCode.Unauthorized, await AnswerAsync(source, HttpMethod.Get, $"/api/v1/dead-letters?access_token={IngestionApp.ApiKey}"));

            // The request lines are there, redacted, so the absence of keys below is not the absence of logging.
            await Eventually.TrueAsync(() => Task.FromResult(
                    Read(logs, "dashboard.log") is var log && log.Contains("/kiosk/***", StringComparison.Ordinal)
                    && log.Contains("access_token=***", StringComparison.Ordinal)
                    && Read(logs, "ingestion.log").Contains("access_token=***", StringComparison.Ordinal)),
                Generous, "the redacted request lines in both services' logs");
        }

        foreach (var file in new[] { "dashboard.log", "ingestion.log" })
        {
            var log = Read(logs, file);
            foreach (var secret in new[] { readKey, serviceKey, kioskToken, IngestionApp.ApiKey })
            {
                Assert.False(log.Contains(secret, StringComparison.Ordinal), $"{file} holds the secret {secret}");
            }
        }
    }

    private static async Task<HttpStatusCode> AnswerAsync(HttpClient client, HttpMethod method, string path,
        string? key = null, string? bearer = null, string? cookie = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        if (method == HttpMethod.Post)
        {
            request.Content = new StringContent("", Encoding.UTF8);
        }
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static string Read(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        return File.Exists(path) ? File.ReadAllText(path) : "";
    }
}
