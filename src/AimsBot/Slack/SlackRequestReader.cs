using Microsoft.Extensions.Options;

namespace AimsBot.Slack;

/// <summary>Reads a Slack request's raw body (size-limited) and checks its signature before anything parses it.</summary>
public sealed partial class SlackRequestReader(IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackRequestReader> logger)
{
    /// <summary>The verified body, or the result to answer with (413 too large, 401 bad or stale signature).</summary>
    public async Task<(byte[]? Body, IResult? Failure)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var max = settings.MaxBodyBytes;
        if (request.ContentLength > max)
        {
            return (null, TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return (null, TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge));
            }

            buffer.Write(chunk, 0, read);
        }

        var body = buffer.ToArray();
        var timestamp = request.Headers[SlackSignature.TimestampHeader].ToString();
        var signature = request.Headers[SlackSignature.SignatureHeader].ToString();
        if (!SlackSignature.IsValid(settings.SigningSecret, timestamp, signature, body, time.GetUtcNow(), settings.SignatureWindow))
        {
            Log.Rejected(logger, request.Path);
            return (null, TypedResults.Unauthorized());
        }

        return (body, null);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 600, Level = LogLevel.Warning, Message = "Rejected a Slack request to {Path}: missing, wrong or stale signature")]
        public static partial void Rejected(ILogger logger, PathString path);
    }
}
