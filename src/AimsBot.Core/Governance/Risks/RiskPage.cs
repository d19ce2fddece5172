namespace AimsBot.Core.Governance.Risks;

/// <summary>One page of a risk list and how many risks matched in all.</summary>
public sealed record RiskPage(IReadOnlyList<Risk> Items, int Total);
