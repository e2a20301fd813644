using IOC.Dashboard.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddDashboard();
var app = builder.Build();
app.MapDashboard();
app.Run();

/// <summary>Entry point, visible to the functional tests.</summary>
public partial class Program;
