namespace AimsBot.Core.Governance.Controls;

/// <summary>A new evidence item from an answer card: what it is, where it lives, which ISO 27001 controls it also serves.</summary>
public sealed record EvidenceDraft(string Title, string Location, IReadOnlyList<string> Iso27001);
