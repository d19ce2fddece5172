using System.ComponentModel;

namespace AimsBot.Core.Governance.Risks;

/// <summary>Who may accept a risk at a level (the acceptance criteria of 6.1.2 a).</summary>
public enum AcceptanceAuthority
{
    [Description("The risk owner may accept it")] Owner = 1,
    [Description("The committee must accept it")] Committee = 2,
    [Description("May not be accepted: treat it further")] NotAcceptable = 3,
}
