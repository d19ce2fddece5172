using AimsBot.Core.Dialogs.Registration;

namespace AimsBot.Core.Dialogs.Attestation;

/// <summary>The delegate form's draft: the system, and the person picked (the current delegate at first).</summary>
public sealed class DelegateDraft
{
    public string SystemId { get; set; } = "";

    public PersonValue Person { get; set; } = PersonValue.None;
}
