using IOC.Dashboard.Accounts;
using IOC.Dashboard.Hosting;
using IOC.Dashboard.Keys;

if (AccountTool.Handles(args))
{
    return await AccountTool.RunAsync(args, Environment.GetEnvironmentVariable, Console.In, Console.Out, Console.Error, TimeProvider.System);
}
if (KeyTool.Handles(args))
{
    return await KeyTool.RunAsync(args, Environment.GetEnvironmentVariable, Console.Out, Console.Error, TimeProvider.System);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddDashboard();
var app = builder.Build();
app.MapDashboard();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the functional tests.</summary>
public partial class Program;
