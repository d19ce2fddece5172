namespace AimsBot.Core.Governance.Controls;

/// <summary>The JSON shape of <c>catalogue.json</c>, before validation.</summary>
public sealed class CatalogueDocument
{
    public string Note { get; set; } = "";

    public List<Entry> Objectives { get; set; } = [];

    public List<ControlEntry> Controls { get; set; } = [];

    public List<IsoEntry> Iso27001 { get; set; } = [];

    public List<ClauseEntry> Clauses { get; set; } = [];

    public sealed class Entry
    {
        public string Id { get; set; } = "";

        public string Title { get; set; } = "";

        /// <summary>Sub-objectives (only A.6 has them: A.6.1 and A.6.2).</summary>
        public List<Entry> Parts { get; set; } = [];
    }

    public sealed class ControlEntry
    {
        public string Id { get; set; } = "";

        public string Title { get; set; } = "";

        public string Objective { get; set; } = "";

        public List<string> Iso27001 { get; set; } = [];

        public string Reuse { get; set; } = "";

        public List<string> Questions { get; set; } = [];

        /// <summary>AimsBot's suggestions beyond the reference mapping, linked only when the organisation chooses to.</summary>
        public List<string> SuggestedIso27001 { get; set; } = [];
    }

    public sealed class IsoEntry
    {
        public string Id { get; set; } = "";

        public string Title { get; set; } = "";

        public string Theme { get; set; } = "";
    }

    public sealed class ClauseEntry
    {
        public string Clause { get; set; } = "";

        public string Title { get; set; } = "";

        public string Kind { get; set; } = "";

        public string FromIsms { get; set; } = "";

        public string Addition { get; set; } = "";
    }
}
