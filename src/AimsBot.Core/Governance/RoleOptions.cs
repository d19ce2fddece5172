namespace AimsBot.Core.Governance;

/// <summary>
/// The first holders of the governance roles (admins and committee members then manage them in chat
/// with <c>roles add</c> and <c>roles remove</c>). Each entry names a person in one tenant or workspace:
/// <c>teams:&lt;tenant id&gt;:&lt;Entra object id or 29:… user id&gt;</c>, <c>slack:&lt;T… workspace&gt;:&lt;U… user&gt;</c>,
/// or without the tenant (<c>teams:&lt;id&gt;</c>, <c>slack:&lt;U…&gt;</c>) for a person in the platform's home
/// tenant (<see cref="TeamsTenantId"/>, <see cref="SlackTeamId"/>). A role never matches a person from another tenant.
/// </summary>
public sealed class RoleOptions
{
    public const string SectionName = "Roles";

    /// <summary>AIMS/ISMS managers: assign owners, run exports, administer the programme and the roles.</summary>
    public List<string> Admins { get; set; } = [];

    /// <summary>Governance committee members: approve registrations and the SoA, receive digests.</summary>
    public List<string> Committee { get; set; } = [];

    /// <summary>The Teams tenant of entries written without one; empty means the bot's own <c>MicrosoftAppTenantId</c>.</summary>
    public string TeamsTenantId { get; set; } = "";

    /// <summary>The Slack workspace (<c>T…</c>) of entries written without one.</summary>
    public string SlackTeamId { get; set; } = "";
}
