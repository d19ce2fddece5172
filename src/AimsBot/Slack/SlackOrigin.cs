using System.Text.Json.Nodes;

namespace AimsBot.Slack;

/// <summary>
/// Where a Slack request comes from: the workspace (and Enterprise Grid organisation) it was sent to,
/// and the workspace of the person acting. For a Slack Connect guest from another organisation the
/// person's workspace differs and their organisation is unknown, so only <c>Slack:AllowedTeams</c> can admit them.
/// </summary>
public sealed record SlackOrigin(string Team, string Enterprise, string UserTeam, string UserEnterprise)
{
    /// <summary>An <c>event_callback</c>: the envelope's workspace; the person's from <c>user_team</c>/<c>team</c>/<c>source_team</c>.</summary>
    public static SlackOrigin FromEvent(JsonObject envelope)
    {
        var team = SlackTurns.Str(envelope["team_id"]);
        var enterprise = SlackTurns.Str(envelope["enterprise_id"]);
        var inner = envelope["event"] as JsonObject;
        var userTeam = FirstOf(SlackTurns.At(inner, "user_team"), SlackTurns.At(inner, "team"), SlackTurns.At(inner, "source_team"));
        var external = envelope["is_ext_shared_channel"] is JsonValue flag && flag.GetValueKind() == System.Text.Json.JsonValueKind.True;
        return Person(team, enterprise, userTeam.Length > 0 ? userTeam : team, external);
    }

    /// <summary>A slash command: <c>team_id</c> and <c>enterprise_id</c> are the person's own.</summary>
    public static SlackOrigin FromCommand(IReadOnlyDictionary<string, string> form)
    {
        var team = form.GetValueOrDefault("team_id", "");
        var enterprise = form.GetValueOrDefault("enterprise_id", "");
        return new SlackOrigin(team, enterprise, team, enterprise);
    }

    /// <summary>An interactivity payload: <c>team.id</c>/<c>enterprise.id</c>, and the person's <c>user.team_id</c>.</summary>
    public static SlackOrigin FromInteraction(JsonObject payload)
    {
        var userTeam = SlackTurns.Str(SlackTurns.At(payload, "user", "team_id"));
        var team = FirstOf(SlackTurns.At(payload, "team", "id"), SlackTurns.At(payload, "user", "team_id"));
        var enterprise = SlackTurns.Str(SlackTurns.At(payload, "enterprise", "id"));
        return Person(team, enterprise, userTeam.Length > 0 ? userTeam : team, external: false);
    }

    private static SlackOrigin Person(string team, string enterprise, string userTeam, bool external) =>
        // The person belongs to the request's organisation only when they are in its workspace, or in
        // a channel the organisation does not share outside (Enterprise Grid workspaces among themselves).
        new(team, enterprise, userTeam, userTeam == team || !external ? enterprise : "");

    private static string FirstOf(params JsonNode?[] nodes) =>
        nodes.Select(SlackTurns.Str).FirstOrDefault(s => s.Length > 0) ?? "";
}
