using AimsBot.Core.Governance.Exports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AimsBot.Exports;

/// <summary><c>GET /exports/{token}</c>: the file behind a short-lived export link, or 404.</summary>
public static class ExportEndpoints
{
    public static RouteGroupBuilder MapExports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/exports");
        group.MapGet("/{token}", Download);
        return group;
    }

    /// <summary>Unknown, malformed and expired tokens all answer 404 with nothing that tells them apart.</summary>
    public static Results<FileContentHttpResult, NotFound> Download(string token, ExportLinks links, HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        var file = links.Resolve(token);
        return file is null
            ? TypedResults.NotFound()
            : TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
