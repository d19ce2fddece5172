using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using AimsBot.Core.Conversations;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Governance.Exports;

/// <summary>
/// Keeps produced files in the store (so links survive a restart) behind short-lived, unguessable
/// tokens: 32 random bytes, base64url. Only the token's hash is stored. With
/// <see cref="ExportsOptions.SingleUse"/> (the default) the first download removes the file.
/// </summary>
public sealed class ExportLinks(IExportFileStore files, IOptions<ExportsOptions> options, TimeProvider time)
{
    public const string RoutePrefix = "/exports/";

    /// <summary>Whether a link works for one download only.</summary>
    public bool SingleUse => options.Value.SingleUse;

    /// <summary>Stores the file (<paramref name="content"/> from its start) and returns its download URL and expiry; expired files are removed first.</summary>
    public (Uri Url, DateTimeOffset ExpiresAt) Publish(Actor actor, string fileName, string contentType, Stream content)
    {
        var now = time.GetUtcNow();
        var expires = now + options.Value.LinkLifetime;
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var file = new ExportFile
        {
            Id = Hash(token),
            FileName = fileName,
            ContentType = contentType,
            Length = content.Length,
            CreatedByKey = actor.Key,
            CreatedAt = now.UtcDateTime,
            ExpiresAt = expires.UtcDateTime,
        };
        content.Position = 0;
        files.Save(file, content, now.UtcDateTime);
        var baseUrl = options.Value.PublicBaseUrl.TrimEnd('/');
        return (new Uri(baseUrl + RoutePrefix + token), expires);
    }

    /// <summary>
    /// The file for a token, or null when the token is malformed, unknown, expired or (single-use) already
    /// downloaded. Read and removal are one transaction, so two downloads at once get the file once.
    /// </summary>
    public ExportFile? Resolve(string token)
    {
        if (token.Length != 43 || !Base64Url.IsValid(token))
        {
            return null;
        }

        var id = Hash(token);
        var file = options.Value.SingleUse ? files.Take(id) : files.Find(id);
        return file is null || file.ExpiresAt <= time.GetUtcNow().UtcDateTime ? null : file;
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
}
