namespace AimsBot.Core.Governance;

/// <summary>
/// The kinds of person the access policy names. A guest from another organisation (a Slack Connect
/// guest, a tenant not allowed) has no flag: the edges refuse them before the core sees anything.
/// </summary>
[Flags]
public enum Who
{
    Nobody = 0,

    /// <summary>An AIMS/ISMS admin (<c>Roles:Admins</c>).</summary>
    Admin = 1,

    /// <summary>A governance committee member (<c>Roles:Committee</c>).</summary>
    Committee = 2,

    /// <summary>The owner of the control the command or card is about.</summary>
    ControlOwner = 4,

    /// <summary>The requester or business owner of the AI system the command or card is about.</summary>
    SystemOwner = 8,

    /// <summary>The owner of the risk treatment the command or card is about.</summary>
    TreatmentOwner = 16,

    /// <summary>Someone in the organisation with no role and owning nothing in question.</summary>
    Member = 32,

    /// <summary>Everyone in the organisation.</summary>
    Anyone = Admin | Committee | ControlOwner | SystemOwner | TreatmentOwner | Member,
}
