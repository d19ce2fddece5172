namespace AimsBot.Core.Governance.Risks;

/// <summary>
/// Counts of active risks per likelihood and impact (0-based: <c>[likelihood - 1, impact - 1]</c>):
/// inherent, and residual for risks whose treatment gives one (otherwise the inherent cell again).
/// </summary>
public sealed record RiskGrid(int[,] Inherent, int[,] Residual, int Total);
