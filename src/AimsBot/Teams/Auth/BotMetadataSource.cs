using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace AimsBot.Teams.Auth;

/// <summary>
/// The signing keys behind one OpenID metadata URL, through one
/// <see cref="ConfigurationManager{T}"/> at a time. Fresh for 24 hours; on a token whose key id is
/// not in the set it fetches again at most once an hour (key rotation), like the Bot Framework JS
/// SDK. A forced refresh swaps in a new manager whose first fetch is awaited, so the request that
/// saw the unknown key is validated against the new keys (the manager's own refresh request would
/// run in the background and race it). Times come from the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class BotMetadataSource(string metadataUrl, IDocumentRetriever documents, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);

    public static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromHours(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private BotOpenIdConfiguration? _current;
    private DateTimeOffset _fetchedAt;
    private DateTimeOffset _lastForcedRefresh = DateTimeOffset.MinValue;

    public string MetadataUrl => metadataUrl;

    /// <summary>How many times the metadata was fetched (a new manager was created).</summary>
    public int Fetches { get; private set; }

    /// <summary>The current metadata; fetched when there is none or it is older than <see cref="MaxAge"/>.</summary>
    public async Task<BotOpenIdConfiguration> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && time.GetUtcNow() - _fetchedAt < MaxAge)
        {
            return current;
        }

        return await RefreshAsync(force: false, cancellationToken);
    }

    /// <summary>
    /// Returns metadata that knows <paramref name="keyId"/> if a refresh (at most hourly) finds it;
    /// otherwise the current metadata, which does not.
    /// </summary>
    public async Task<BotOpenIdConfiguration> GetForKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        var current = await GetAsync(cancellationToken);
        if (current.HasKey(keyId) || time.GetUtcNow() - _lastForcedRefresh < UnknownKeyRefreshInterval)
        {
            return current;
        }

        return await RefreshAsync(force: true, cancellationToken);
    }

    public void Dispose() => _gate.Dispose();

    private async Task<BotOpenIdConfiguration> RefreshAsync(bool force, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (force ? now - _lastForcedRefresh < UnknownKeyRefreshInterval : _current is not null && now - _fetchedAt < MaxAge)
            {
                return _current!;
            }

            if (force)
            {
                _lastForcedRefresh = now;
            }

            var manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new BotMetadataRetriever(), documents)
            {
                AutomaticRefreshInterval = MaxAge,
                RefreshInterval = UnknownKeyRefreshInterval,
            };
            try
            {
                var fetched = (BotOpenIdConfiguration)await manager.GetConfigurationAsync(cancellationToken);
                _current = fetched;
                _fetchedAt = now;
                Fetches++;
            }
            catch (InvalidOperationException) when (_current is not null)
            {
                // Stale keys beat no keys: keep the last good set and try again on the next refresh.
                _fetchedAt = now - MaxAge + UnknownKeyRefreshInterval;
            }

            return _current ?? throw new InvalidOperationException($"No OpenID metadata could be read from {metadataUrl}.");
        }
        finally
        {
            _gate.Release();
        }
    }
}
