using IOC.Ingestion.Hosting;
using IOC.Ingestion.Import;
using IOC.Ingestion.Reexport;
using IOC.Ingestion.Simulator;

if (IngestionTool.Handles(args))
{
    return await IngestionTool.RunAsync(args, Environment.GetEnvironmentVariable, Console.Out, Console.Error, CancellationToken.None);
}
if (TrafficReportTool.Handles(args))
{
    return await TrafficReportTool.RunAsync(args, Environment.GetEnvironmentVariable, Console.Out, Console.Error);
}
if (ReexportTool.Handles(args))
{
    return await ReexportTool.RunAsync(args, Environment.GetEnvironmentVariable, Console.Out, Console.Error, CancellationToken.None);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddIngestion();
var app = builder.Build();
app.MapIngestion();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the functional tests.</summary>
public partial class Program;
