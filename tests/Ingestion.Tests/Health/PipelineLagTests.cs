using IOC.Ingestion.Health;
using Microsoft.Extensions.Time.Testing;

namespace IOC.Ingestion.Tests.Health;

/// <summary>The lag's bookkeeping in controlled time: accepted, projected, live.</summary>
public sealed class PipelineLagTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-26T03:00:00Z"));

    [Fact]
    public void Seconds_NothingAccepted_IsZero() => Assert.Equal(0, new PipelineLag(_time).Seconds());

    [Fact]
    public void Live_AfterProjection_MeasuresFromTheOldestBatchAndHoldsStill()
    {
        var lag = new PipelineLag(_time);
        lag.Accepted();
        _time.Advance(TimeSpan.FromSeconds(1));
        lag.Accepted();
        var mark = lag.Mark();
        _time.Advance(TimeSpan.FromSeconds(2));
        lag.Projected(mark);
        _time.Advance(TimeSpan.FromSeconds(0.5));

        lag.Live();
        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(3.5, lag.Seconds());
    }

    [Fact]
    public void Live_BeforeTheProjectionCaughtUp_DoesNotCountTheBatch()
    {
        var lag = new PipelineLag(_time);
        var mark = lag.Mark();
        lag.Accepted();
        lag.Projected(mark);
        _time.Advance(TimeSpan.FromSeconds(1));

        lag.Live();
        _time.Advance(TimeSpan.FromSeconds(9));

        Assert.Equal(10, lag.Seconds());
    }

    [Fact]
    public void Seconds_PipelineStalled_GrowsWithTheOldestBatchAge()
    {
        var lag = new PipelineLag(_time);
        lag.Accepted();
        lag.Projected(lag.Mark());
        lag.Live();
        lag.Accepted();

        _time.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(30, lag.Seconds());
    }

    [Fact]
    public void AlreadyProjected_LiveFiguresCameFirst_CountsUpToNowAndHoldsStill()
    {
        var lag = new PipelineLag(_time);
        lag.Accepted();
        var first = lag.Mark();
        lag.Accepted();
        _time.Advance(TimeSpan.FromSeconds(1));
        lag.Projected(first);
        lag.Live();
        _time.Advance(TimeSpan.FromSeconds(0.5));

        lag.AlreadyProjected(lag.Mark());
        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(1.5, lag.Seconds());
    }

    [Fact]
    public void AlreadyProjected_WhileAProjectedBatchAwaitsLiveFigures_LeavesItToThem()
    {
        var lag = new PipelineLag(_time);
        lag.Accepted();
        lag.Projected(lag.Mark());
        _time.Advance(TimeSpan.FromSeconds(2));

        lag.AlreadyProjected(lag.Mark());
        lag.Live();

        Assert.Equal(2, lag.Seconds());
    }
}
