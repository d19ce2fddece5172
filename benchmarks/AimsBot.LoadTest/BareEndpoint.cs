namespace AimsBot.LoadTest;

/// <summary>The baseline: Kestrel on loopback that reads the body and answers 200, nothing else.</summary>
internal static class BareEndpoint
{
    public static async Task<int> RunAsync(Arguments arguments)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{arguments.Int("port", 5099)}");
        var app = builder.Build();
        app.MapPost("/api/{**path}", async (HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null);
            return Results.Ok();
        });
        app.MapGet("/healthz", () => "ok");
        await app.RunAsync();
        return 0;
    }
}
