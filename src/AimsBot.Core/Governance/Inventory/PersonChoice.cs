namespace AimsBot.Core.Governance.Inventory;

/// <summary>A person named on a form: the key the bot stores (empty when only a name was typed) and the name shown.</summary>
public sealed record PersonChoice(string Key, string Name);
