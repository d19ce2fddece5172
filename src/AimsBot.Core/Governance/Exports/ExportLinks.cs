using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Controls.Storage;
using AimsBot.Core.Storage;
using LiteDB;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Governance.Exports;

/// <summary>
/// Keeps produced files in LiteDB (so links survive a restart) behind short-lived, unguessable
/// tokens: 32 random bytes, base64url. Only the token's hash is stored.
/// </summary>
public sealed class ExportLinks(AimsDatabase database, IOptions<ExportsOptions> options, TimeProvider time)
{
    public const string RoutePrefix = "/exports/";

    private ILiteCollection<ExportFile> Files => database.Collection<ExportFile>(ControlCollections.ExportFiles);

    /// <summary>Stores the file and returns its download URL and expiry; expired files are removed first.</summary>
    public (Uri Url, DateTimeOffset ExpiresAt) Publish(Actor actor, string fileName, string contentType, byte[] content)
    {
        var now = time.GetUtcNow();
        var expires = now + options.Value.LinkLifetime;
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        Files.DeleteMany(x => x.ExpiresAt < now.UtcDateTime);
        Files.Insert(new ExportFile
        {
            Id = Hash(token),
            FileName = fileName,
            ContentType = contentType,
            Content = content,
            CreatedByKey = actor.Key,
            CreatedAt = now.UtcDateTime,
            ExpiresAt = expires.UtcDateTime,
        });
        var baseUrl = options.Value.PublicBaseUrl.TrimEnd('/');
        return (new Uri(baseUrl + RoutePrefix + token), expires);
    }

    /// <summary>The file for a token, or null when the token is malformed, unknown or expired.</summary>
    public ExportFile? Resolve(string token)
    {
        if (token.Length != 43 || !Base64Url.IsValid(token))
        {
            return null;
        }

        var file = Files.FindById(Hash(token));
        return file is not null && file.ExpiresAt > time.GetUtcNow().UtcDateTime ? file : null;
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
}
