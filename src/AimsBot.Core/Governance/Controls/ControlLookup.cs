namespace AimsBot.Core.Governance.Controls;

/// <summary>What a typed control id or keyword resolved to.</summary>
public sealed record ControlLookup(ControlLookupKind Kind)
{
    public AnnexAControl? Control { get; init; }

    public Iso27001Control? Iso27001 { get; init; }

    /// <summary>Several controls matched the keyword.</summary>
    public IReadOnlyList<AnnexAControl> Matches { get; init; } = [];

    /// <summary>The closest ids for an unknown or malformed id.</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];
}
