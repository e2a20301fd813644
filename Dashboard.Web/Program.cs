using IOC.Dashboard.Accounts;
using IOC.Dashboard.Hosting;

if (AccountTool.Handles(args))
{
    return await AccountTool.RunAsync(args, Environment.GetEnvironmentVariable, Console.In, Console.Out, Console.Error, TimeProvider.System);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddDashboard();
var app = builder.Build();
app.MapDashboard();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the functional tests.</summary>
public partial class Program;
