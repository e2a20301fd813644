using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace IOC.Ingestion.Tests.Access;

/// <summary>
/// Every route of Ingestion's API against every credential a caller may bring: only the ingest key opens it, and the
/// service credential the catalogue's routes (the admin pages' edits), no other.
/// </summary>
public sealed class AccessMatrixTests(IngestionApp app) : IClassFixture<IngestionApp>
{
    public enum Caller { Anonymous, IngestKey, IngestKeyAsBearer, ReadKey, ServiceKey, KioskCookie, WrongKey, IngestKeyAsAccessToken }

    public static TheoryData<string, string, Caller> Matrix()
    {
        var data = new TheoryData<string, string, Caller>();
        foreach (var (method, path) in new[]
        {
            ("POST", "/api/v1/events"), ("GET", "/api/v1/dead-letters"), ("POST", "/api/v1/dead-letters/replay"),
            ("PUT", "/api/v1/catalog/units"), ("PUT", "/api/v1/catalog/procedures"), ("PUT", "/api/v1/catalog/calendar"),
            ("PUT", "/api/v1/catalog/targets"), ("GET", "/api/v1/simulator"),
        })
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                data.Add(method, path, caller);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Route_Caller_OnlyTheIngestKeyGetsIn_AndTheServiceKeyToTheCatalogue(string method, string path, Caller caller)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method),
            caller == Caller.IngestKeyAsAccessToken ? $"{path}?access_token={IngestionApp.ApiKey}" : path);
        if (method != "GET")
        {
            request.Content = new StringContent("[]", Encoding.UTF8, "application/json");
        }
        Present(request, caller);

        using var response = await app.CreateClient().SendAsync(request);

        if (caller is Caller.IngestKey or Caller.IngestKeyAsBearer || (caller == Caller.ServiceKey && path.StartsWith("/api/v1/catalog/")))
        {
            Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.BadRequest,
                $"{method} {path} with {caller}: {(int)response.StatusCode}");
        }
        else if (caller == Caller.ServiceKey)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    private static void Present(HttpRequestMessage request, Caller caller)
    {
        switch (caller)
        {
            case Caller.IngestKey:
                request.Headers.Add("X-Api-Key", IngestionApp.ApiKey);
                break;
            case Caller.IngestKeyAsBearer:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", IngestionApp.ApiKey);
                break;
            case Caller.ReadKey:
                request.Headers.Add("X-Api-Key", "a-read-key");
                break;
            case Caller.ServiceKey:
                request.Headers.Add("X-Api-Key", IngestionApp.ServiceKey);
                break;
            case Caller.KioskCookie:
                request.Headers.Add("Cookie", "ioc-kiosk=a-kiosk-token");
                break;
            case Caller.WrongKey:
                request.Headers.Add("X-Api-Key", IngestionApp.ApiKey + "x");
                break;
            case Caller.Anonymous or Caller.IngestKeyAsAccessToken:
                break;
        }
    }
}
