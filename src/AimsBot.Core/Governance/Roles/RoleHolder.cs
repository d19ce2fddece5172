namespace AimsBot.Core.Governance.Roles;

/// <summary>Someone holding a role in one tenant, as <c>roles</c> lists them.</summary>
/// <param name="Name">The person's name, or the configured entry when the bot has not met them yet.</param>
/// <param name="UserKey">Their user key; empty for a configured entry not seen yet.</param>
/// <param name="Configured">Granted by configuration rather than in chat.</param>
public sealed record RoleHolder(string Name, string UserKey, bool Configured);
