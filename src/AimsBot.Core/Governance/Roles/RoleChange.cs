using AimsBot.Core.Conversations;

namespace AimsBot.Core.Governance.Roles;

/// <summary>The outcome of <c>roles add</c> or <c>roles remove</c>: done (for whom), or why nothing changed.</summary>
public sealed record RoleChange(bool Succeeded, string Message, UserRef? Person)
{
    public static RoleChange Done(UserRef person) => new(true, "", person);

    public static RoleChange Refused(string message) => new(false, message, null);
}
