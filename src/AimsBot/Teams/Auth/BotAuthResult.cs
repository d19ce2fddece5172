namespace AimsBot.Teams.Auth;

/// <summary>The outcome of checking a request's Bot Framework token.</summary>
/// <param name="Failure">Why the request is refused (logged, never sent to the caller); null on success.</param>
/// <param name="Anonymous">True in the no-auth local mode.</param>
public sealed record BotAuthResult(string? Failure, bool Anonymous = false)
{
    public bool Succeeded => Failure is null;

    public static BotAuthResult Ok { get; } = new((string?)null);

    public static BotAuthResult NoAuth { get; } = new(null, Anonymous: true);

    public static BotAuthResult Fail(string reason) => new(reason);
}
