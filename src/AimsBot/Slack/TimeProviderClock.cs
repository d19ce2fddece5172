using Microsoft.Extensions.Internal;

namespace AimsBot.Slack;

/// <summary>The injected <see cref="TimeProvider"/> as the clock a <c>MemoryCache</c> expires entries by.</summary>
public sealed class TimeProviderClock(TimeProvider time) : ISystemClock
{
    public DateTimeOffset UtcNow => time.GetUtcNow();
}
