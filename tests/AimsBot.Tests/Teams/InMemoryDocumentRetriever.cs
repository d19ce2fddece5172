using System.Collections.Concurrent;
using Microsoft.IdentityModel.Protocols;

namespace AimsBot.Tests.Teams;

/// <summary>Serves OpenID metadata and JWKS documents from memory and counts fetches per address.</summary>
public sealed class InMemoryDocumentRetriever : IDocumentRetriever
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _fetches = new(StringComparer.Ordinal);

    public void Set(string address, string json) => _documents[address] = json;

    public int Fetches(string address) => _fetches.TryGetValue(address, out var count) ? count : 0;

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        _fetches.AddOrUpdate(address, 1, (_, count) => count + 1);
        return _documents.TryGetValue(address, out var json)
            ? Task.FromResult(json)
            : Task.FromException<string>(new IOException("No document at " + address));
    }
}
