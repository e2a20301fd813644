using IOC.Ingestion.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddIngestion();
var app = builder.Build();
app.MapIngestion();
app.Run();

/// <summary>Entry point, visible to the functional tests.</summary>
public partial class Program;
