namespace AimsBot.Core.Governance;

/// <summary>
/// The EU AI Act categories, summarised by name (the descriptions people see are our own words);
/// a test keeps this list equal to <c>../shared/data/eu-ai-act-categories.tsv</c>.
/// </summary>
public static class EuAiActCategories
{
    public static IReadOnlyList<EuAiActCategory> All { get; } =
    [
        new("prohibited", "5(1)(a)", "Manipulation"),
        new("prohibited", "5(1)(b)", "Exploiting vulnerabilities"),
        new("prohibited", "5(1)(c)", "Social scoring"),
        new("prohibited", "5(1)(d)", "Predictive policing by profiling"),
        new("prohibited", "5(1)(e)", "Facial image scraping"),
        new("prohibited", "5(1)(f)", "Emotion recognition at work or school"),
        new("prohibited", "5(1)(g)", "Biometric categorisation of sensitive traits"),
        new("prohibited", "5(1)(h)", "Real-time remote biometric identification"),
        new("high-risk", "III.1", "Biometrics"),
        new("high-risk", "III.2", "Critical infrastructure"),
        new("high-risk", "III.3", "Education and vocational training"),
        new("high-risk", "III.4", "Employment and workers management"),
        new("high-risk", "III.5", "Essential private and public services"),
        new("high-risk", "III.6", "Law enforcement"),
        new("high-risk", "III.7", "Migration, asylum and border control"),
        new("high-risk", "III.8", "Administration of justice and democratic processes"),
        new("high-risk", "Annex I", "Safety component of a regulated product"),
        new("transparency", "50(1)", "Interacts with people"),
        new("transparency", "50(2)", "Generates synthetic content"),
        new("transparency", "50(3)", "Emotion recognition or biometric categorisation"),
        new("transparency", "50(4)", "Deep fakes and public-interest text"),
        new("general-purpose", "51-55", "General-purpose AI model"),
        new("minimal", "-", "Minimal risk"),
    ];

    public static EuAiActCategory? Find(string id) => All.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    public static bool IsHighRisk(string id) => Find(id)?.Kind == "high-risk";
}
