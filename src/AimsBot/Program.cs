using AimsBot;

var builder = WebApplication.CreateBuilder(args);
builder.AddAimsBot();

var app = builder.Build();
app.MapAimsBot();
app.Run();
