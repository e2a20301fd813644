using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace IOC.Dashboard.Components.Charts;

/// <summary>
/// An ApexCharts chart driven through <c>wwwroot/js/charts.js</c>: created once with its options and data after the first
/// render, then only new <see cref="ChartData"/> is pushed, never the options and never a re-render of the markup.
/// </summary>
public sealed partial class ApexChart : ComponentBase, IAsyncDisposable
{
    /// <summary>The JS module, relative to the page's base.</summary>
    public const string ModulePath = "./js/charts.js";

    private ElementReference _element;
    private IJSObjectReference? _module;
    private ChartData? _sent;
    private bool _pushing;

    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    /// <summary>ApexCharts options without series or categories; read once, at creation.</summary>
    [Parameter, EditorRequired]
    public object Options { get; set; } = new();

    /// <summary>What the chart shows now.</summary>
    [Parameter, EditorRequired]
    public ChartData Data { get; set; } = ChartData.Empty;

    /// <summary>How values are written.</summary>
    [Parameter, EditorRequired]
    public ChartNumbers Numbers { get; set; } = new("vi-VN", false, 0);

    /// <summary>The test id of the chart's host element.</summary>
    [Parameter, EditorRequired]
    public string TestId { get; set; } = "";

    /// <inheritdoc />
    protected override bool ShouldRender() => _module is null;

    /// <inheritdoc />
    protected override Task OnParametersSetAsync() => PushAsync();

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }
        var module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
        _sent = Data;
        await module.InvokeVoidAsync("create", _element, Options, _sent, Numbers);
        _module = module;
        // Data that arrived while the chart was being created goes now.
        await PushAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_module is null)
        {
            return;
        }
        try
        {
            await _module.InvokeVoidAsync("dispose", _element);
            await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone, and the browser's chart with it.
        }
    }

    private async Task PushAsync()
    {
        // One push at a time; a push that finds newer data when it ends sends that too.
        if (_module is null || _pushing)
        {
            return;
        }
        _pushing = true;
        try
        {
            while (!Data.Equals(_sent))
            {
                _sent = Data;
                await _module.InvokeVoidAsync("update", _element, _sent);
            }
        }
        finally
        {
            _pushing = false;
        }
    }
}
