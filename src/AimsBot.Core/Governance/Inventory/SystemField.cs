namespace AimsBot.Core.Governance.Inventory;

/// <summary>One inventory field as people read it: a stable key, a label and its value in words.</summary>
public sealed record SystemField(string Key, string Label, Func<AiSystem, string> Read);
