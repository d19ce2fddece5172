namespace AimsBot.Core.Governance;

/// <summary>One EU AI Act category an inventory record is classified into (<c>../shared/data/eu-ai-act-categories.tsv</c>).</summary>
/// <param name="Kind">prohibited, high-risk, transparency, general-purpose or minimal.</param>
/// <param name="Id">The article or annex reference, for example <c>III.4</c>.</param>
/// <param name="Name">The short name.</param>
public sealed record EuAiActCategory(string Kind, string Id, string Name)
{
    public string Title => Id == "-" ? Name : $"{Name} ({Id})";

    /// <summary>What a person reads: "High-risk: Employment and workers management (III.4)", or the title alone where it already names the class.</summary>
    public string Label => string.Equals(Name, Class, StringComparison.Ordinal) ? Title : $"{Class}: {Title}";

    /// <summary>The risk class in words: prohibited, high-risk, limited-risk (transparency), general-purpose, minimal.</summary>
    public string Class => Kind switch
    {
        "prohibited" => "Prohibited practice",
        "high-risk" => "High-risk",
        "transparency" => "Limited risk (transparency obligations)",
        "general-purpose" => "General-purpose AI model",
        _ => "Minimal risk",
    };
}
