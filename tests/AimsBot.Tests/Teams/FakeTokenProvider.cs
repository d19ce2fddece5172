using AimsBot.Teams.Outbound;

namespace AimsBot.Tests.Teams;

/// <summary>Hands out a fixed token (or none, as in the no-auth mode).</summary>
public sealed class FakeTokenProvider(string? token) : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult(token);
}
