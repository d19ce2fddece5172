namespace AimsBot.Core.Governance;

/// <summary>
/// Who holds the governance roles. Each entry names a person as <c>platform:id</c> (any tenant) or
/// <c>platform:tenant:id</c>; for Teams the id may be the Entra object id or the bot-specific user id
/// (<c>29:...</c>), for Slack the user id (<c>U...</c>) with the workspace (<c>T...</c>) as tenant.
/// </summary>
public sealed class RoleOptions
{
    public const string SectionName = "Roles";

    /// <summary>AIMS/ISMS managers: assign owners, run exports, administer the programme.</summary>
    public List<string> Admins { get; set; } = [];

    /// <summary>Governance committee members: approve registrations and receive digests.</summary>
    public List<string> Committee { get; set; } = [];
}
