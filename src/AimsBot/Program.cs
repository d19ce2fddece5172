using AimsBot;
using AimsBot.Storage;

if (MigrateCommand.Matches(args))
{
    return MigrateCommand.Run(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddAimsBot();

var app = builder.Build();
app.MapAimsBot();
app.Run();
return 0;
