using AimsBot;
using AimsBot.Storage;

if (MigrateCommand.Matches(args))
{
    return MigrateCommand.Run(args, Console.Out, Console.Error);
}

if (BackupCommand.Matches(args))
{
    return BackupCommand.Run(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddAimsBot();

var app = builder.Build();
if (StoreStartup.Problem(app.Services) is { } problem)
{
    Console.Error.WriteLine(problem);
    return StoreStartup.DamagedExitCode;
}

app.MapAimsBot();
app.Run();
return 0;
