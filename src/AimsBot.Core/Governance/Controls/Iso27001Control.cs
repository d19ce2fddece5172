namespace AimsBot.Core.Governance.Controls;

/// <summary>One ISO/IEC 27001:2022 Annex A control: id, short title and theme.</summary>
public sealed record Iso27001Control(string Id, string Title, string Theme);
