namespace AimsBot.Core.Governance.Risks;

/// <summary>
/// The method the product ships (DOMAIN.md, "Defaults the product ships"): each list applies only when
/// the configuration leaves it empty (the configuration binder appends to lists, so defaults cannot
/// be initialisers).
/// </summary>
public static class RiskMethodDefaults
{
    public static void Apply(RiskOptions options)
    {
        if (options.Likelihood.Count == 0)
        {
            options.Likelihood =
            [
                Scale("Rare", "Could happen only in exceptional circumstances; not expected in the next five years."),
                Scale("Unlikely", "Could happen, but is not expected; perhaps once in a few years."),
                Scale("Possible", "Might well happen; about once a year or has happened elsewhere."),
                Scale("Likely", "Will probably happen; several times a year."),
                Scale("Almost certain", "Expected to happen, or is happening already; monthly or more."),
            ];
        }

        if (options.Impact.Count == 0)
        {
            options.Impact =
            [
                Scale("Negligible", "Barely noticed: no lasting effect on people, the organisation or society."),
                Scale("Minor", "A small, quickly reversed effect on a few people or one team."),
                Scale("Moderate", "A noticeable effect: some people treated unfairly or inconvenienced, a complaint, a small loss."),
                Scale("Major", "Serious harm to people's rights, safety or finances, a regulator's interest, a significant loss."),
                Scale("Severe", "Lasting or irreversible harm to many people or to society, legal action, the organisation's licence at stake."),
            ];
        }

        if (options.Levels.Count == 0)
        {
            options.Levels =
            [
                Level("Low", "Tolerable as it is; watch it.", AcceptanceAuthority.Owner, 24),
                Level("Medium", "Reduce it where that is reasonable.", AcceptanceAuthority.Owner, 12),
                Level("High", "Treat it; any residual risk at this level needs the committee's acceptance.", AcceptanceAuthority.Committee, 6),
                Level("Critical", "Not acceptable: treat it until it is lower, or stop the activity.", AcceptanceAuthority.NotAcceptable, 3),
            ];
        }

        if (options.Matrix.Count == 0)
        {
            options.Matrix =
            [
                "Low, Low, Low, Medium, Medium",
                "Low, Low, Medium, Medium, High",
                "Low, Medium, Medium, High, High",
                "Medium, Medium, High, High, Critical",
                "Medium, High, High, Critical, Critical",
            ];
        }
    }

    private static RiskScaleLevel Scale(string name, string description) => new() { Name = name, Description = description };

    private static RiskLevelDefinition Level(string name, string description, AcceptanceAuthority acceptance, int months) =>
        new() { Name = name, Description = description, Acceptance = acceptance, ReviewMonths = months };
}
