using System.ComponentModel;

namespace AimsBot.Core.Governance.Roles;

/// <summary>The roles the core decides permissions from.</summary>
public enum GovernanceRole
{
    [Description("AIMS admin")] Admin = 1,
    [Description("committee member")] Committee = 2,
}
