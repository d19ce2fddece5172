using Microsoft.Extensions.Options;

namespace AimsBot.Slack;

/// <summary>
/// Lets in Slack requests only from allowed workspaces: <c>Slack:AllowedTeams</c> and the organisations
/// in <c>Slack:AllowedEnterprises</c>, or, when both are empty, the bot token's own workspace (asked
/// once with <c>auth.test</c>). The workspace the request was sent to and the person's own must both be
/// allowed, so a Slack Connect guest from another organisation reads nothing and does nothing.
/// </summary>
public sealed partial class SlackTeamGate(SlackApiClient api, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackTeamGate> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SlackWorkspace? _own;

    public void Dispose() => _gate.Dispose();

    /// <summary>Null when the request may come in; else the 403 to answer (logged, with <c>X-Slack-No-Retry</c>).</summary>
    public async Task<IResult?> CheckAsync(SlackOrigin origin, HttpResponse response, CancellationToken cancellationToken)
    {
        var reason = await RefusalAsync(origin, cancellationToken);
        if (reason is null)
        {
            return null;
        }

        Log.Refused(logger, response.HttpContext.Request.Path, reason);
        response.Headers["X-Slack-No-Retry"] = "1";
        return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "This app does not serve this workspace.");
    }

    /// <summary>Null when allowed, else why not.</summary>
    public async Task<string?> RefusalAsync(SlackOrigin origin, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var teams = settings.AllowedTeams;
        var enterprises = settings.AllowedEnterprises;
        if (teams.Count == 0 && enterprises.Count == 0)
        {
            var own = await OwnAsync(cancellationToken);
            if (own is null)
            {
                return "the bot's own workspace could not be read (auth.test failed), so no workspace is allowed yet";
            }

            teams = [own.TeamId];
        }

        if (origin.Team.Length == 0 && origin.UserTeam.Length == 0)
        {
            return "the request names no workspace";
        }

        bool Allowed(string team, string enterprise) =>
            (team.Length > 0 && teams.Contains(team, StringComparer.Ordinal))
            || (enterprise.Length > 0 && enterprises.Contains(enterprise, StringComparer.Ordinal));

        if (origin.Team.Length > 0 && !Allowed(origin.Team, origin.Enterprise))
        {
            return $"workspace '{origin.Team}' (organisation '{origin.Enterprise}') is not allowed";
        }

        return Allowed(origin.UserTeam, origin.UserEnterprise)
            ? null
            : $"the person is from workspace '{origin.UserTeam}', another organisation (a Slack Connect guest)";
    }

    private async Task<SlackWorkspace?> OwnAsync(CancellationToken cancellationToken)
    {
        if (_own is { } known)
        {
            return known;
        }

        using var budget = new CancellationTokenSource(options.Value.SyncBudget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, cancellationToken);
        try
        {
            await _gate.WaitAsync(linked.Token);
            try
            {
                // A failure is not remembered: the next request asks again.
                return _own ??= await api.AuthTestAsync(linked.Token);
            }
            finally
            {
                _gate.Release();
            }
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or OperationCanceledException)
        {
            Log.AuthTestFailed(logger, ex);
            return null;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 660, Level = LogLevel.Warning, Message = "Slack request to {Path} refused with 403: {Reason}")]
        public static partial void Refused(ILogger logger, PathString path, string reason);

        [LoggerMessage(EventId = 661, Level = LogLevel.Error, Message = "auth.test failed: the bot's own Slack workspace is unknown")]
        public static partial void AuthTestFailed(ILogger logger, Exception exception);
    }
}
