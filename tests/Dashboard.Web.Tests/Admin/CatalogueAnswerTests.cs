using IOC.Dashboard.Catalogue;

namespace IOC.Dashboard.Tests.Admin;

/// <summary>How the admin pages read Ingestion's answers to an edit.</summary>
public sealed class CatalogueAnswerTests
{
    [Fact]
    public void Accepted_WithNothingRejected_IsTaken() =>
        Assert.True(CatalogueAnswer.Of(202, """{"accepted":1,"duplicates":0,"rejected":[]}""") is { Taken: true, Reasons.Count: 0 });

    [Fact]
    public void Accepted_ButAnElementRejected_IsRefusedWithEveryError()
    {
        var answer = CatalogueAnswer.Of(202, """{"accepted":0,"duplicates":0,"rejected":[{"index":0,"errors":["name must not be empty","level must be one of province"]}]}""");

        Assert.False(answer.Taken);
        Assert.Equal(["name must not be empty", "level must be one of province"], answer.Reasons);
    }

    [Fact]
    public void AProblem_IsRefusedWithItsDetail() =>
        Assert.Equal(["the body is not valid JSON"], CatalogueAnswer.Of(400, """{"title":"Unreadable body","detail":"the body is not valid JSON"}""").Reasons);

    [Fact]
    public void NoBody_IsRefusedWithTheStatus()
    {
        var answer = CatalogueAnswer.Of(401, "");

        Assert.False(answer.Taken);
        Assert.Equal(["Ingestion answered 401"], answer.Reasons);
    }
}
